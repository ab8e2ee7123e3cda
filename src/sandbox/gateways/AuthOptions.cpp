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
                               {AuthMode::AuthService16, "authservice-1.6"},
                               {AuthMode::AuthService17, "authservice-1.7"},
                               {AuthMode::AuthService, "authservice"},
                               {AuthMode::OAuth2Proxy18, "oauth2-proxy-1.8"},
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

QStringList authModeNames()
{
    QStringList names;
    for (const ModeName &m : kModes)
        if (m.mode != AuthMode::None)
            names << QLatin1String(m.name);
    return names;
}

DexGeneration dexGeneration(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AuthServiceLegacy:
        return DexGeneration::Legacy; // Dex 2.22 (Kubeflow 1.4 - 1.5)
    case AuthMode::AuthService16:
    case AuthMode::AuthService17:
        return DexGeneration::Middle; // Dex 2.31.2 (Kubeflow 1.6 - 1.7)
    default:
        return DexGeneration::Current; // 2.36 (1.8), 2.39.1 (1.9.0), 2.41+ (>= 1.9.1)
    }
}

bool isAuthService(AuthMode mode)
{
    return mode == AuthMode::AuthServiceLegacy || mode == AuthMode::AuthService16 ||
           mode == AuthMode::AuthService17 || mode == AuthMode::AuthService;
}

bool dexHonoursForcedApproval(AuthMode mode)
{
    return mode == AuthMode::OAuth2Proxy190 || mode == AuthMode::OAuth2Proxy;
}

QString kubeflowVersion(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AuthServiceLegacy:
        return QStringLiteral("1.5.0");
    case AuthMode::AuthService16:
        return QStringLiteral("1.6.0");
    case AuthMode::AuthService17:
        return QStringLiteral("1.7.0");
    case AuthMode::AuthService:
    case AuthMode::OAuth2Proxy18:
        return QStringLiteral("1.8.0");
    case AuthMode::OAuth2Proxy190:
        return QStringLiteral("1.9.0");
    default:
        return QStringLiteral("1.9.1");
    }
}

int AuthOptions::sessionTtl() const
{
    if (sessionTtlSecs > 0)
        return sessionTtlSecs;
    return mode == AuthMode::OAuth2Proxy18 ? 168 * 3600 : 86400;
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
