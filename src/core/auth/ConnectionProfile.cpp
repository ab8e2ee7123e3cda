#include "ConnectionProfile.h"

#include <QHostAddress>

namespace kfp {

QUrl ConnectionProfile::normalizeUrl(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("https://")); // as the kfp SDK does
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid())
        return {};
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QUrl ConnectionProfile::gatewayRoot(const QUrl &baseUrl)
{
    QUrl root = baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery);
    QString path = root.path();
    if (path.endsWith(QLatin1String("/pipeline")))
        path.chop(int(qstrlen("/pipeline")));
    root.setPath(path);
    return root;
}

bool ConnectionProfile::passwordWouldBeExposed(const QUrl &url)
{
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

QString ConnectionProfile::authModeKey(AuthMode mode)
{
    switch (mode) {
    case AuthMode::Dex:
        return QStringLiteral("dex");
    case AuthMode::Token:
        return QStringLiteral("token");
    case AuthMode::Cookie:
        return QStringLiteral("cookie");
    case AuthMode::None:
        break;
    }
    return QStringLiteral("none");
}

ConnectionProfile::AuthMode ConnectionProfile::authModeFromKey(const QString &key)
{
    if (key == QLatin1String("dex"))
        return AuthMode::Dex;
    if (key == QLatin1String("token"))
        return AuthMode::Token;
    if (key == QLatin1String("cookie"))
        return AuthMode::Cookie;
    return AuthMode::None;
}

} // namespace kfp
