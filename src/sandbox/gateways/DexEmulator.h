#pragma once

#include "sandbox/HttpTypes.h"
#include "sandbox/gateways/AuthOptions.h"

namespace kfp::sandbox {

class AuthState;
struct DexAuthRequest;

// Dex under /dex/ with static passwords (connector `local`), an LDAP-like `ldap` connector over
// the same users, and `github`, which sends the browser off-host. Three generations
// (DexGeneration): legacy (<= 2.28.1: the form at /dex/auth/<id>?req=, 200 on a wrong password,
// always via /dex/approval), middle (2.29 - 2.35: the form at /dex/auth/<id>/login?back=&state=,
// still 200 and always via /dex/approval) and current (>= 2.36: 401 on a wrong password, the
// approval page only for approval_prompt=force from 2.39 on).
class DexEmulator final
{
public:
    // redirectUri: the one registered OAuth client's callback ("/oauth2/callback", ...).
    DexEmulator(const AuthOptions &options, AuthState &state, const QString &redirectUri, bool tls);

    HttpResponse handle(const HttpRequest &req); // any path under /dex/

private:
    bool legacy() const { return dexGeneration(m_options.mode) == DexGeneration::Legacy; }
    bool current() const { return dexGeneration(m_options.mode) == DexGeneration::Current; }
    HttpResponse authorize(const HttpRequest &req);
    HttpResponse connectorStart(const HttpRequest &req, const QString &connector);
    HttpResponse legacyPasswordPage(const HttpRequest &req, const QString &connector);
    HttpResponse passwordPage(const HttpRequest &req, const QString &connector);
    HttpResponse checkCredentials(const HttpRequest &req, DexAuthRequest &authReq,
                                  const QString &postUrl, const QString &back);
    HttpResponse approval(const HttpRequest &req);
    HttpResponse mfa(const HttpRequest &req);
    HttpResponse toCallback(const DexAuthRequest &authReq);
    // Dex's sendCodeResponse: an expired request gets 400, else the code goes to the client.
    HttpResponse sendCode(const DexAuthRequest &authReq);
    HttpResponse githubRedirect(const HttpRequest &req, const DexAuthRequest &authReq) const;
    // Validates client_id/redirect_uri of an authorization request; fills *error when invalid.
    bool validClient(const HttpRequest &req, HttpResponse *error) const;
    DexAuthRequest &newAuthRequest(const HttpRequest &req, const QString &connector);
    QString authenticate(const QString &connector, const QString &login,
                         const QString &password) const; // the email, or empty

    const AuthOptions &m_options;
    AuthState &m_state;
    QString m_redirectUri;
    bool m_tls = false;
};

} // namespace kfp::sandbox
