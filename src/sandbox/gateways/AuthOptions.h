#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace kfp::sandbox {

// Which Kubeflow login front the sandbox puts in front of the API (docs/login.md, generations).
enum class AuthMode
{
    None,              // standalone KFP: no login at all
    AuthServiceLegacy, // oidc-authservice + Dex <= 2.29 (Kubeflow <= 1.5): form at
                       // /dex/auth/<id>?req=
    AuthService,       // oidc-authservice + Dex >= 2.36 (Kubeflow 1.8): 401 on a wrong password
    OAuth2Proxy190,    // oauth2-proxy as in Kubeflow 1.9.0: 302 for every path, approval page
    OAuth2Proxy,       // oauth2-proxy as in Kubeflow >= 1.9.1: 401 {} for APIs, 403 sign-in page
};

// Parses the command-line names ("none", "authservice-legacy", "authservice",
// "oauth2-proxy-1.9.0", "oauth2-proxy"). Returns false for anything else.
bool parseAuthMode(const QString &name, AuthMode *mode);
QString authModeName(AuthMode mode);

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
    int sessionTtlSecs = 86400; // cookie_expire = 24h / SESSION_MAX_AGE 86400
    bool bigSession = false;    // oauth2-proxy: split the session cookie into <name>_0, _1
    bool mfa = false;           // Dex sends the user on to /dex/mfa/totp after the password
    bool secureCookies = false; // oauth2-proxy FORCE_HTTPS=true: cookies marked Secure
    // Opaque bearer tokens accepted as-is (identity = the first user).
    QStringList tokens;
    // Issuer of the JWTs the sandbox mints and accepts (Kubeflow's in-cluster Dex by default).
    QString jwtIssuer = QStringLiteral("http://dex.auth.svc.cluster.local:5556/dex");

    // Splits "a:b,c:d" into users; returns false on an entry without ':' or an empty user.
    static bool parseUsers(const QString &text, QList<QPair<QString, QString>> *out);
    // Checks connector ids against local, ldap, github; returns false on an unknown one.
    static bool validConnectors(const QStringList &ids, QString *bad);
};

} // namespace kfp::sandbox
