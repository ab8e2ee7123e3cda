#include "WireJson.h"

#include <QJsonDocument>
#include <QUrl>

namespace kfp::wire {

bool parseObject(const QByteArray &body, QJsonObject *object, QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *why = QStringLiteral("malformed JSON at offset %1: %2")
                   .arg(error.offset)
                   .arg(error.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *why = QStringLiteral("expected a JSON object");
        return false;
    }
    *object = doc.object();
    return true;
}

QDateTime readTime(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid() || time.toSecsSinceEpoch() <= 0)
        return {}; // the zero time means "unset"
    return time.toUTC();
}

QString writeTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

qint64 readInt64(const QJsonValue &value, qint64 fallback)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        return ok ? n : fallback;
    }
    if (value.isDouble()) {
        // Casting a double outside int64 (1e300) is undefined: such a number is no int64.
        const double d = value.toDouble();
        return d >= -9223372036854775808.0 && d < 9223372036854775808.0 ? qint64(d) : fallback;
    }
    return fallback;
}

QMap<QString, QString> readStringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QJsonObject writeStringMap(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString readItemError(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QJsonObject status = value.toObject();
    QString message = status.value(QLatin1String("message")).toString();
    if (message.isEmpty()) {
        const QJsonObject first =
            status.value(QLatin1String("details")).toArray().first().toObject();
        message = first.value(QLatin1String("message")).toString();
    }
    return message;
}

QString encode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString pathSegment(const QString &text)
{
    return encode(text);
}

QString buildQuery(const QueryItems &items)
{
    QStringList parts;
    for (const auto &[key, value] : items) {
        if (value.isEmpty())
            continue;
        parts.append(encode(key) + QLatin1Char('=') + encode(value));
    }
    return parts.join(QLatin1Char('&'));
}

} // namespace kfp::wire
