#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace kfp::sandbox {

// Which Kubeflow login front the sandbox puts in front of the API: one mode per Kubeflow
// generation (docs/login.md, docs/sandbox-fidelity.md "Login gateways").
enum class AuthMode
{
    None,              // standalone KFP: no login at all
    AuthServiceLegacy, // Kubeflow <= 1.5: oidc-authservice + Dex 2.22 (<= 2.28.1), form at
                       // /dex/auth/<id>?req=, callback /login/oidc
    AuthService16,     // Kubeflow 1.6: oidc-authservice + Dex 2.31.2, callback /login/oidc
    AuthService17,     // Kubeflow 1.7: the same Dex, callback /authservice/oidc/callback
    AuthService,       // Kubeflow 1.8: oidc-authservice + Dex 2.36, 401 on a wrong password
    OAuth2Proxy18,     // Kubeflow 1.8's optional overlay: oauth2-proxy v7.4.0 + Dex 2.36
    OAuth2Proxy190,    // oauth2-proxy as in Kubeflow 1.9.0: 302 for every path, approval page
    OAuth2Proxy,       // oauth2-proxy as in Kubeflow >= 1.9.1: 401 {} for APIs, 403 sign-in page
};

// The Dex a mode ships, as far as a client can tell them apart (dexidp/dex server/handlers.go).
enum class DexGeneration
{
    Legacy,  // <= 2.28.1: form at /dex/auth/<id>?req=, always via /dex/approval, 200 on a bad
             // password
    Middle,  // 2.29.0 - 2.35: form at /dex/auth/<id>/login?back=&state=, still always via
             // /dex/approval, 200 on a bad password
    Current, // >= 2.36: 401 on a bad password, straight to the callback unless approval is asked
};

// Parses the command-line names ("none", "authservice-legacy", "authservice-1.6",
// "authservice-1.7", "authservice", "oauth2-proxy-1.8", "oauth2-proxy-1.9.0", "oauth2-proxy").
// Returns false for anything else.
bool parseAuthMode(const QString &name, AuthMode *mode);
QString authModeName(AuthMode mode);
QStringList authModeNames(); // every mode but "none", oldest generation first
DexGeneration dexGeneration(AuthMode mode);
bool isAuthService(AuthMode mode); // oidc-authservice in front (else oauth2-proxy, or none)
// Dex >= 2.39 shows the approval page for approval_prompt=force even with skipApprovalScreen;
// 2.36 (Kubeflow 1.8) and older never show it in Kubeflow's configuration.
bool dexHonoursForcedApproval(AuthMode mode);
QString kubeflowVersion(AuthMode mode); // the release a mode stands for, as env-info reports it

// The login gateway's configuration. Defaults are those of a Kubeflow install.
struct AuthOptions
{
    AuthMode mode = AuthMode::None;
    // Dex static passwords: {email, password}. The local connector logs in by email; the ldap
    // connector accepts the email or its part before '@' as the username.
    QList<QPair<QString, QString>> users{
        {QStringLiteral("user@example.com"), QStringLiteral("12341234")}};
    // Dex connector ids in chooser order: "local", "ldap", "github". Several → chooser page.
    QStringList connectors{QStringLiteral("local")};
    // Session lifetime; 0 = the mode's default (sessionTtl()).
    int sessionTtlSecs = 0;
    bool bigSession = false; // oauth2-proxy: split the session cookie into <name>_0, _1
    // Dex runs with its experimental DEX_SESSIONS_ENABLED flag (off by default, master only):
    // after the password it sends the user on to /dex/mfa/totp, and `prompt=none` without a Dex
    // session answers error=login_required.
    bool mfa = false;
    bool secureCookies = false; // oauth2-proxy FORCE_HTTPS=true: cookies marked Secure
    // Opaque bearer tokens accepted as-is (identity = the first user).
    QStringList tokens;
    // Issuer of the JWTs the sandbox mints and accepts (Kubeflow's in-cluster Dex by default).
    QString jwtIssuer = QStringLiteral("http://dex.auth.svc.cluster.local:5556/dex");

    // oauth2-proxy `email_domains` (Kubeflow: "*"); a user outside them is refused at the
    // callback with 403 "You do not have permission to access this resource.".
    QStringList emailDomains{QStringLiteral("*")};

    // The session lifetime: --session-ttl, else cookie_expire 24h (Kubeflow's oauth2-proxy) /
    // SESSION_MAX_AGE 86400 (authservice), or oauth2-proxy's own default of 168h for the 1.8
    // overlay, which sets no cookie_expire.
    int sessionTtl() const;

    // Splits "a:b,c:d" into users; returns false on an entry without ':' or an empty user.
    static bool parseUsers(const QString &text, QList<QPair<QString, QString>> *out);
    // Checks connector ids against local, ldap, github; returns false on an unknown one.
    static bool validConnectors(const QStringList &ids, QString *bad);
};

} // namespace kfp::sandbox
