#pragma once

#include "sandbox/HttpTypes.h"
#include "sandbox/gateways/AuthOptions.h"

namespace kfp::sandbox {

class AuthState;
class JwtIssuer;

// What a front decided about a request for a protected path.
struct Verdict
{
    bool ok = false;
    QString user;        // the identity (email) when ok
    HttpResponse denial; // the front's "not logged in" answer when !ok
};

// The ext-authz service in front of Kubeflow: oauth2-proxy or oidc-authservice. It owns a few
// paths of its own (start, callback, sign-out) and judges every other request.
class LoginFront
{
public:
    LoginFront(const AuthOptions &options, AuthState &state, const JwtIssuer &jwt)
        : m_options(options)
        , m_state(state)
        , m_jwt(jwt)
    {}
    virtual ~LoginFront();

    // The OAuth client's callback registered at Dex.
    virtual QString callbackPath() const = 0;
    virtual bool ownsPath(const QString &path) const = 0;
    virtual HttpResponse handle(const HttpRequest &req) = 0;
    virtual Verdict authenticate(const HttpRequest &req) = 0;

protected:
    // Istio's judgement of an `Authorization` header (RequestAuthentication + the require-jwt
    // DENY policy): a configured opaque token or a valid JWT passes; a bad JWT gets jwt_authn's
    // 401 text; a header that is not a Bearer token gets 403 "RBAC: access denied".
    Verdict judgeBearer(const HttpRequest &req) const;
    QString bearerToken(const HttpRequest &req) const; // empty if not "Bearer <token>"
    // The URL to come back to after a login; anything but a local absolute path becomes "/"
    // (oauth2-proxy's redirect validator).
    static QString safeRedirect(const QString &rd);

    const AuthOptions &m_options;
    AuthState &m_state;
    const JwtIssuer &m_jwt;
};

} // namespace kfp::sandbox
