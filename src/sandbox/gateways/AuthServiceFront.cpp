#include "sandbox/gateways/AuthServiceFront.h"

#include "sandbox/gateways/AuthState.h"
#include "sandbox/gateways/GatewayHttp.h"
#include "sandbox/gateways/JwtIssuer.h"

namespace kfp::sandbox {
namespace {

const QString kCookie = QStringLiteral("authservice_session");
const QString kStateCookie = QStringLiteral("oidc_state_csrf");
constexpr qint64 kStateTtl = 20 * 60; // the state cookie lives 20 minutes

} // namespace

AuthServiceFront::AuthServiceFront(const AuthOptions &options, AuthState &state,
                                   const JwtIssuer &jwt)
    : LoginFront(options, state, jwt)
{}

QString AuthServiceFront::callbackPath() const
{
    // REDIRECT_URL of common/oidc-authservice/base/params.env: /login/oidc up to Kubeflow 1.6.
    return m_options.mode == AuthMode::AuthServiceLegacy ||
                   m_options.mode == AuthMode::AuthService16
               ? QStringLiteral("/login/oidc")
               : QStringLiteral("/authservice/oidc/callback");
}

bool AuthServiceFront::ownsPath(const QString &path) const
{
    return path.startsWith(QLatin1String("/authservice/")) || path == callbackPath();
}

HttpResponse AuthServiceFront::handle(const HttpRequest &req)
{
    if (req.path == callbackPath())
        return callback(req);
    if (req.path == QLatin1String("/authservice/logout"))
        return logout(req);
    return gw::text(404, "404 page not found\n");
}

Verdict AuthServiceFront::authenticate(const HttpRequest &req)
{
    Verdict v;
    // Authenticators in order: the session id as a bearer header, an ID token, the cookie.
    const QString bearer = bearerToken(req);
    if (!bearer.isEmpty()) {
        if (const auto user = m_state.sessionUser(bearer)) {
            v.ok = true;
            v.user = *user;
            return v;
        }
        const Verdict token = judgeBearer(req);
        if (token.ok)
            return token;
    }
    if (const auto user = m_state.sessionUser(gw::requestCookies(req).value(kCookie))) {
        v.ok = true;
        v.user = *user;
        return v;
    }
    // No API distinction (authservice has a TODO for XHR 401s that was never done).
    const QString state = gw::randomToken(24);
    m_state.putNonce(state, gw::requestUri(req), kStateTtl);
    v.denial = gw::redirect(302, QStringLiteral("/dex/auth?") +
                                     gw::encodeQuery({{"client_id", "kubeflow-oidc-authservice"},
                                                      {"redirect_uri", callbackPath()},
                                                      {"response_type", "code"},
                                                      {"scope", "profile email groups openid"},
                                                      {"state", state}}));
    v.denial.headers.append({"Set-Cookie", gw::setCookie(kStateCookie, state, kStateTtl,
                                                         m_state.now(), m_options.secureCookies)});
    return v;
}

HttpResponse AuthServiceFront::callback(const HttpRequest &req)
{
    const QString state = req.param(QStringLiteral("state"));
    const QString cookie = gw::requestCookies(req).value(kStateCookie);
    const auto returnTo =
        cookie.isEmpty() || cookie != state ? std::nullopt : m_state.takeNonce(state);
    if (!returnTo)
        return gw::text(400, "CSRF check failed. This may happen if you opened the login form in "
                             "more than 1 tabs. Please try to login again.");
    const auto user = m_state.redeemCode(req.param(QStringLiteral("code")), callbackPath());
    if (!user)
        return gw::text(500, "Failed to exchange authorization code with token: oauth2: cannot "
                             "fetch token: 400 Bad Request");
    const QString session = gw::randomToken(48);
    m_state.addSession(session, *user, m_options.sessionTtl());
    ++m_state.counters.successfulLogins;
    HttpResponse r = gw::redirect(302, safeRedirect(*returnTo));
    r.headers.append({"Set-Cookie", gw::clearCookie(kStateCookie, m_options.secureCookies)});
    r.headers.append({"Set-Cookie", gw::setCookie(kCookie, session, m_options.sessionTtl(),
                                                  m_state.now(), m_options.secureCookies)});
    return r;
}

// POST /authservice/logout with `Authorization: Bearer <session>`; the cookie alone is refused
// (CSRF protection). 201 on success.
HttpResponse AuthServiceFront::logout(const HttpRequest &req)
{
    const QString session = bearerToken(req);
    if (req.method != "POST" || session.isEmpty() || !m_state.sessionUser(session))
        return gw::text(401, "Unauthorized");
    m_state.revokeSession(session);
    ++m_state.counters.signOuts;
    HttpResponse r = HttpResponse::json({{"afterLogoutURL", "/"}}, 201);
    r.headers.append({"Set-Cookie", gw::clearCookie(kCookie, m_options.secureCookies)});
    return r;
}

} // namespace kfp::sandbox
