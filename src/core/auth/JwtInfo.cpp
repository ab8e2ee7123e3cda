#include "JwtInfo.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kfp {

JwtInfo JwtInfo::decode(const QString &token)
{
    JwtInfo info;
    QString text = token.trimmed();
    if (text.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        text = text.mid(7).trimmed();
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(1).isEmpty()) {
        info.m_error = tr("This is not a JSON Web Token (expected three parts separated by dots).");
        return info;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                    QByteArray::AbortOnBase64DecodingErrors);
    QJsonParseError parseError;
    const QJsonDocument doc =
        decoded ? QJsonDocument::fromJson(*decoded, &parseError) : QJsonDocument();
    if (!decoded || !doc.isObject()) {
        info.m_error = tr("The token's payload cannot be read.");
        return info;
    }
    const QJsonObject claims = doc.object();
    info.m_issuer = claims.value(QLatin1String("iss")).toString();
    info.m_subject = claims.value(QLatin1String("sub")).toString();
    info.m_email = claims.value(QLatin1String("email")).toString();
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    if (exp.isDouble())
        info.m_expiry = QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
    return info;
}

bool JwtInfo::isExpired(const QDateTime &now) const
{
    return m_expiry.isValid() && m_expiry <= now;
}

bool JwtInfo::expiresWithin(qint64 seconds, const QDateTime &now) const
{
    return m_expiry.isValid() && now.secsTo(m_expiry) <= seconds;
}

QString JwtInfo::expiryWarning(const QDateTime &now) const
{
    if (!m_expiry.isValid())
        return {};
    const qint64 left = now.secsTo(m_expiry);
    if (left <= 0)
        return tr("This token expired at %1.").arg(m_expiry.toLocalTime().toString(Qt::ISODate));
    if (left <= 3600)
        return tr("This token expires in %n minute(s).", nullptr, int((left + 59) / 60));
    return {};
}

} // namespace kfp
