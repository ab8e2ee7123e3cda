#pragma once

#include "sandbox/gateways/LoginFront.h"

namespace kfp::sandbox {

// arrikto/oidc-authservice as in Kubeflow <= 1.8 (see docs/login.md): every unauthenticated
// request, API paths included, is 302'd to Dex with a state cookie `oidc_state_csrf`; the
// callback sets `authservice_session`. Kubeflow <= 1.6 registered the callback as /login/oidc,
// 1.7 and 1.8 as /authservice/oidc/callback. The session id is also accepted
// as `Authorization: Bearer <id>`, which is what POST /authservice/logout requires.
class AuthServiceFront final : public LoginFront
{
public:
    AuthServiceFront(const AuthOptions &options, AuthState &state, const JwtIssuer &jwt);

    QString callbackPath() const override;
    bool ownsPath(const QString &path) const override;
    HttpResponse handle(const HttpRequest &req) override;
    Verdict authenticate(const HttpRequest &req) override;

private:
    HttpResponse callback(const HttpRequest &req);
    HttpResponse logout(const HttpRequest &req);
};

} // namespace kfp::sandbox
