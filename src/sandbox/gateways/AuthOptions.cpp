#include "sandbox/gateways/AuthOptions.h"

namespace kfp::sandbox {
namespace {

struct ModeName
{
    AuthMode mode;
    const char *name;
};

constexpr ModeName kModes[] = {{AuthMode::None, "none"},
                               {AuthMode::AuthServiceLegacy, "authservice-legacy"},
                               {AuthMode::AuthService, "authservice"},
                               {AuthMode::OAuth2Proxy190, "oauth2-proxy-1.9.0"},
                               {AuthMode::OAuth2Proxy, "oauth2-proxy"}};

} // namespace

bool parseAuthMode(const QString &name, AuthMode *mode)
{
    for (const ModeName &m : kModes) {
        if (name == QLatin1String(m.name)) {
            *mode = m.mode;
            return true;
        }
    }
    return false;
}

QString authModeName(AuthMode mode)
{
    for (const ModeName &m : kModes)
        if (m.mode == mode)
            return QLatin1String(m.name);
    return {};
}

bool AuthOptions::parseUsers(const QString &text, QList<QPair<QString, QString>> *out)
{
    QList<QPair<QString, QString>> users;
    for (const QString &entry : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int colon = entry.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return false;
        users.append({entry.left(colon), entry.mid(colon + 1)}); // passwords may contain ':'
    }
    if (users.isEmpty())
        return false;
    *out = users;
    return true;
}

bool AuthOptions::validConnectors(const QStringList &ids, QString *bad)
{
    static const QStringList known{QStringLiteral("local"), QStringLiteral("ldap"),
                                   QStringLiteral("github")};
    for (const QString &id : ids) {
        if (!known.contains(id)) {
            if (bad)
                *bad = id;
            return false;
        }
    }
    return !ids.isEmpty();
}

} // namespace kfp::sandbox
