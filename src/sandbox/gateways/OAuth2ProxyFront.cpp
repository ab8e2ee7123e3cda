#include "sandbox/gateways/OAuth2ProxyFront.h"

#include "sandbox/gateways/AuthState.h"
#include "sandbox/gateways/GatewayHttp.h"

#include <QRegularExpression>

namespace kfp::sandbox {
namespace {

constexpr qint64 kCsrfTtl = 15 * 60; // oauth2-proxy's CSRF cookie lives 15 minutes
// oauth2-proxy splits a cookie longer than 4096 bytes (name + value) into numbered parts.
constexpr int kCookiePart = 4000;

// api_routes = ["/api/", "/apis/", "^/ml_metadata"]: unanchored regexes on the request URI.
bool isApiRoute(const QString &path)
{
    static const QRegularExpression api(QStringLiteral("/api/|/apis/|^/ml_metadata"));
    return api.match(path).hasMatch();
}

// pkg/app/pagewriter error page: without show_debug_on_error the page shows the handler's
// user-facing message when it gave one, else the status's default text; the internal reason
// ("Invalid session: unauthorized", a redeem error) is only logged.
QString defaultMessage(int status)
{
    switch (status) {
    case 403:
        return QStringLiteral("You do not have permission to access this resource.");
    case 401:
        return QStringLiteral("You need to be logged in to access this resource.");
    case 404:
        return QStringLiteral("We could not find the resource you were looking for.");
    default:
        return QStringLiteral("Oops! Something went wrong. For more information contact your "
                              "server administrator.");
    }
}

HttpResponse errorPage(int status, const QString &title, const QString &message = {})
{
    return gw::html(status,
                    QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                                   "<meta charset=\"utf-8\">\n<title>%1</title>\n"
                                   "</head>\n<body>\n<section class=\"hero\">\n"
                                   "<h1 class=\"title\">%2</h1>\n<p class=\"subtitle\">"
                                   "%3</p>\n</section>\n</body>\n</html>\n")
                        .arg(gw::escape(title), QString::number(status),
                             gw::escape(message.isEmpty() ? defaultMessage(status) : message)));
}

} // namespace

OAuth2ProxyFront::OAuth2ProxyFront(const AuthOptions &options, AuthState &state,
                                   const JwtIssuer &jwt)
    : LoginFront(options, state, jwt)
{}

QString OAuth2ProxyFront::cookieName() const
{
    // The 1.8 overlay set no cookie_name, so oauth2-proxy's default applies.
    return v18() ? QStringLiteral("_oauth2_proxy") : QStringLiteral("oauth2_proxy_kubeflow");
}

bool OAuth2ProxyFront::ownsPath(const QString &path) const
{
    return path.startsWith(QLatin1String("/oauth2/"));
}

HttpResponse OAuth2ProxyFront::handle(const HttpRequest &req)
{
    if (req.path == QLatin1String("/oauth2/start"))
        return start(safeRedirect(req.param(QStringLiteral("rd"))));
    if (req.path == QLatin1String("/oauth2/callback"))
        return callback(req);
    if (req.path == QLatin1String("/oauth2/sign_out"))
        return signOut(req);
    if (req.path == QLatin1String("/oauth2/sign_in"))
        return signInPage(req, safeRedirect(req.param(QStringLiteral("rd"))));
    return gw::text(404, "404 page not found\n");
}

Verdict OAuth2ProxyFront::authenticate(const HttpRequest &req)
{
    // >= 1.9.1: the ext-authz policy only applies without an Authorization header; Istio's
    // RequestAuthentication judges the header alone.
    if (current() && !req.header("authorization").isEmpty())
        return judgeBearer(req);
    if (!current() && !bearerToken(req).isEmpty()) {
        const Verdict bearer = judgeBearer(req);
        if (bearer.ok)
            return bearer;
    }
    Verdict v;
    const QString value = sessionValue(req);
    if (const auto user = m_state.sessionUser(value)) {
        v.ok = true;
        v.user = *user;
        return v;
    }
    const QString rd = gw::requestUri(req);
    if (v190()) {
        v.denial = start(rd); // skip_provider_button = true
    } else if (current() && isApiRoute(req.path)) {
        v.denial = HttpResponse::json({}, 401);
    } else {
        // SignInPage writes the 403 status before it calls ClearSessionCookie, so the clearing
        // Set-Cookie never reaches the client: a stale session cookie stays in the jar.
        v.denial = signInPage(req, rd);
        v.denial.status = 403;
    }
    return v;
}

// OAuthStart: a CSRF nonce in a cookie and in `state`, then Dex's authorize endpoint.
HttpResponse OAuth2ProxyFront::start(const QString &rd)
{
    const QString nonce = gw::randomToken(32);
    m_state.putNonce(nonce, rd, kCsrfTtl);
    QList<QPair<QString, QString>> params{
        {"client_id", "kubeflow-oidc-authservice"},
        {"code_challenge", gw::randomToken(32)}, // PKCE S256; the sandbox does not check it
        {"code_challenge_method", "S256"},
        {"redirect_uri", callbackPath()},
        {"response_type", "code"},
        {"scope", "profile email groups openid"},
        {"state", nonce + QLatin1Char(':') + rd}};
    // 1.8 and 1.9.0 configured no prompt, so oauth2-proxy sent its legacy default
    // approval_prompt=force; >= 1.9.1 sets prompt = "none".
    if (current())
        params.append({QStringLiteral("prompt"), QStringLiteral("none")});
    else
        params.append({QStringLiteral("approval_prompt"), QStringLiteral("force")});
    HttpResponse r = gw::redirect(302, QStringLiteral("/dex/auth?") + gw::encodeQuery(params));
    r.headers.append({"Set-Cookie", gw::setCookie(csrfCookieName(), nonce, kCsrfTtl, m_state.now(),
                                                  m_options.secureCookies)});
    return r;
}

HttpResponse OAuth2ProxyFront::callback(const HttpRequest &req)
{
    if (req.hasParam(QStringLiteral("error")))
        return errorPage(403, QStringLiteral("Forbidden"),
                         QStringLiteral("Login Failed: The upstream identity provider returned "
                                        "an error: %1")
                             .arg(req.param(QStringLiteral("error"))));
    const QString state = req.param(QStringLiteral("state"));
    const QString nonce = state.section(QLatin1Char(':'), 0, 0);
    const QString csrf = gw::requestCookies(req).value(csrfCookieName());
    const auto rd = csrf.isEmpty() || csrf != nonce ? std::nullopt : m_state.takeNonce(nonce);
    if (!rd)
        return errorPage(403, QStringLiteral("Forbidden"),
                         QStringLiteral("Login Failed: Unable to find a valid CSRF token. "
                                        "Please try again."));
    const auto user = m_state.redeemCode(req.param(QStringLiteral("code")), callbackPath());
    if (!user) // a redeem error: the page shows only the status's default text
        return errorPage(500, QStringLiteral("Internal Server Error"));
    if (!emailAllowed(*user)) // "Invalid session: unauthorized", shown as the 403 default text
        return errorPage(403, QStringLiteral("Forbidden"));

    const QString value = newSessionValue();
    m_state.addSession(value, *user, m_options.sessionTtl());
    ++m_state.counters.successfulLogins;
    HttpResponse r = gw::redirect(302, safeRedirect(*rd));
    r.headers.append({"Set-Cookie", gw::clearCookie(csrfCookieName(), m_options.secureCookies)});
    const QString base = cookieName();
    const auto add = [&](const QString &name, const QString &part) {
        r.headers.append({"Set-Cookie", gw::setCookie(name, part, m_options.sessionTtl(),
                                                      m_state.now(), m_options.secureCookies)});
    };
    if (value.size() <= kCookiePart) {
        add(base, value);
    } else {
        for (int i = 0; i * kCookiePart < value.size(); ++i)
            add(base + QStringLiteral("_%1").arg(i), value.mid(i * kCookiePart, kCookiePart));
    }
    return r;
}

HttpResponse OAuth2ProxyFront::signOut(const HttpRequest &req)
{
    QStringList sent;
    m_state.revokeSession(sessionValue(req, &sent));
    ++m_state.counters.signOuts;
    HttpResponse r = gw::redirect(302, safeRedirect(req.param(QStringLiteral("rd"))));
    if (sent.isEmpty())
        sent << cookieName();
    for (const QString &name : sent)
        r.headers.append({"Set-Cookie", gw::clearCookie(name, m_options.secureCookies)});
    return r;
}

HttpResponse OAuth2ProxyFront::signInPage(const HttpRequest &req, const QString &rd) const
{
    Q_UNUSED(req)
    return gw::html(
        200,
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\" charset=\"utf-8\">\n<head>\n"
                       "<meta charset=\"utf-8\">\n<title>Sign In</title>\n</head>\n<body>\n"
                       "<section class=\"section\">\n<div class=\"box block has-text-centered\">\n"
                       "<form method=\"GET\" action=\"/oauth2/start\">\n"
                       "<input type=\"hidden\" name=\"rd\" value=\"%1\">\n"
                       "<button type=\"submit\" class=\"button block is-primary\">Sign in with Dex"
                       "</button>\n</form>\n</div>\n</section>\n</body>\n</html>\n")
            .arg(gw::escape(rd)));
}

QString OAuth2ProxyFront::sessionValue(const HttpRequest &req, QStringList *names) const
{
    const QMap<QString, QString> cookies = gw::requestCookies(req);
    const QString base = cookieName();
    if (cookies.contains(base)) {
        if (names)
            names->append(base);
        return cookies.value(base);
    }
    QString joined;
    for (int i = 0; cookies.contains(base + QStringLiteral("_%1").arg(i)); ++i) {
        const QString name = base + QStringLiteral("_%1").arg(i);
        joined += cookies.value(name);
        if (names)
            names->append(name);
    }
    return joined;
}

bool OAuth2ProxyFront::emailAllowed(const QString &email) const
{
    for (const QString &domain : m_options.emailDomains) {
        if (domain == QLatin1String("*") ||
            email.endsWith(QLatin1Char('@') + domain, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString OAuth2ProxyFront::newSessionValue() const
{
    // Shaped like oauth2-proxy's signed cookie: <payload>|<timestamp>|<signature>. A "big"
    // session stands for an ID token with many groups (LDAP, Azure AD).
    const QString payload = gw::randomToken(m_options.bigSession ? 4800 : 96);
    return payload + QLatin1Char('|') + QString::number(m_state.now()) + QLatin1Char('|') +
           gw::randomToken(32);
}

} // namespace kfp::sandbox
