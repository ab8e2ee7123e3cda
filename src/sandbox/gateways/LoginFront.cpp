#include "sandbox/gateways/LoginFront.h"

#include "sandbox/gateways/AuthState.h"
#include "sandbox/gateways/GatewayHttp.h"
#include "sandbox/gateways/JwtIssuer.h"

namespace kfp::sandbox {

LoginFront::~LoginFront() = default;

QString LoginFront::bearerToken(const HttpRequest &req) const
{
    const QByteArray auth = req.header("authorization").trimmed();
    if (auth.size() < 8 || auth.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(auth.mid(7).trimmed());
}

Verdict LoginFront::judgeBearer(const HttpRequest &req) const
{
    Verdict v;
    const QString token = bearerToken(req);
    if (token.isEmpty()) {
        // No JWT principal: the require-jwt AuthorizationPolicy denies.
        v.denial = gw::text(403, "RBAC: access denied");
        return v;
    }
    if (m_options.tokens.contains(token) && !m_options.users.isEmpty()) {
        v.ok = true;
        v.user = m_options.users.first().first;
        return v;
    }
    const JwtIssuer::Verdict jwt = m_jwt.verify(token, m_state.now());
    if (jwt.ok) {
        v.ok = true;
        v.user = jwt.email;
        return v;
    }
    v.denial = gw::text(401, jwt.reason);
    const QByteArray realm = "http://" + req.header("host") + gw::requestUri(req).toUtf8();
    v.denial.headers.append(
        {"www-authenticate", "Bearer realm=\"" + realm + "\", error=\"invalid_token\""});
    return v;
}

QString LoginFront::safeRedirect(const QString &rd)
{
    if (!rd.startsWith(QLatin1Char('/')) || rd.startsWith(QLatin1String("//")) ||
        rd.startsWith(QLatin1String("/\\")))
        return QStringLiteral("/");
    return rd;
}

} // namespace kfp::sandbox
