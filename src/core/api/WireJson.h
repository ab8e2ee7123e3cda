#pragma once

// Small helpers shared by the two dialects for reading and writing KFP's wire JSON and for
// building percent-encoded query strings. Pure functions, safe on any thread.

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace kfp::wire {

using QueryItems = QList<QPair<QString, QString>>;

// Parses a reply body that must be a JSON object. On failure sets *why and returns false.
bool parseObject(const QByteArray &body, QJsonObject *object, QString *why);

// RFC3339 → QDateTime (UTC). The server writes "1970-01-01T00:00:00Z" for unset times: invalid.
QDateTime readTime(const QJsonValue &value);
QString writeTime(const QDateTime &time); // "2024-01-01T00:00:00Z"

// int64 fields are JSON strings ("3"); numbers are accepted too.
qint64 readInt64(const QJsonValue &value, qint64 fallback = 0);

QMap<QString, QString> readStringMap(const QJsonValue &value);
QJsonObject writeStringMap(const QMap<QString, QString> &map);

// An item's `error`: a google.rpc.Status object in v2, a plain string in v1.
QString readItemError(const QJsonValue &value);

// Percent-encodes every byte outside RFC 3986's unreserved set (so `+`, `%`, `&`, space...).
QString encode(const QString &text);
// A path segment (an id or a name) inside an API path.
QString pathSegment(const QString &text);
// "k1=v1&k2=v2" with keys and values encoded once by encode(). Empty values are skipped.
QString buildQuery(const QueryItems &items);

} // namespace kfp::wire
