#include "sandbox/JsonUtil.h"

#include <QDateTime>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSandbox, "kfp.sandbox")

namespace kfp::sandbox {

ApiError ApiError::invalid(const QString &msg)
{
    return {grpc::InvalidArgument, QStringLiteral("Invalid input error: %1").arg(msg), msg};
}

ApiError ApiError::notFound(const QString &what, const QString &id)
{
    const QString msg = QStringLiteral("%1 %2 not found").arg(what, id);
    return {grpc::NotFound, QStringLiteral("ResourceNotFoundError: %1").arg(msg), msg};
}

ApiError ApiError::alreadyExists(const QString &msg)
{
    return {grpc::AlreadyExists, QStringLiteral("Already exist error: %1").arg(msg), msg};
}

ApiError ApiError::failedPrecondition(const QString &msg)
{
    return {grpc::FailedPrecondition, QStringLiteral("Failed precondition: %1").arg(msg), msg};
}

ApiError ApiError::aborted(const QString &msg)
{
    return {grpc::Aborted, QStringLiteral("BadRequestError: %1").arg(msg), msg};
}

ApiError ApiError::internal(const QString &msg)
{
    return {grpc::Internal, QStringLiteral("Internal error: %1").arg(msg), msg};
}

int httpStatusForGrpc(int code)
{
    // grpc-gateway's HTTPStatusFromCode.
    switch (code) {
    case 0:
        return 200;
    case 1:
        return 499;
    case 3:
        return 400;
    case 4:
        return 504;
    case 5:
        return 404;
    case 6:
        return 409;
    case 7:
        return 403;
    case 8:
        return 429;
    case 9:
        return 400;
    case 10:
        return 409;
    case 11:
        return 400;
    case 12:
        return 501;
    case 14:
        return 503;
    case 16:
        return 401;
    default:
        return 500;
    }
}

QJsonObject errorBodyV2(const ApiError &e)
{
    const QJsonObject detail{{"@type", "type.googleapis.com/google.rpc.Status"},
                             {"code", e.code},
                             {"message", e.userMessage.isEmpty() ? e.message : e.userMessage}};
    return {{"code", e.code}, {"message", e.message}, {"details", QJsonArray{detail}}};
}

QJsonObject errorBodyV1(const ApiError &e)
{
    const QJsonObject detail{{"@type", "type.googleapis.com/api.Error"},
                             {"error_message", e.userMessage.isEmpty() ? e.message : e.userMessage},
                             {"error_details", e.message}};
    return {{"error", e.message},
            {"code", e.code},
            {"message", e.message},
            {"details", QJsonArray{detail}}};
}

QJsonObject errorBodyUpload(const ApiError &e)
{
    return {{"error_message", e.userMessage.isEmpty() ? e.message : e.userMessage},
            {"error_details", e.message}};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString rfc3339(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

qint64 parseRfc3339(const QString &text, bool *ok)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (ok)
        *ok = dt.isValid();
    return dt.isValid() ? dt.toSecsSinceEpoch() : 0;
}

QString snakeToCamel(const QString &snake)
{
    QString out;
    out.reserve(snake.size());
    bool upper = false;
    for (QChar c : snake) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

QJsonValue field(const QJsonObject &o, const QString &snake)
{
    auto it = o.constFind(snake);
    if (it != o.constEnd())
        return it.value();
    it = o.constFind(snakeToCamel(snake));
    return it != o.constEnd() ? it.value() : QJsonValue(QJsonValue::Undefined);
}

bool hasField(const QJsonObject &o, const QString &snake)
{
    return o.contains(snake) || o.contains(snakeToCamel(snake));
}

qint64 int64Value(const QJsonValue &v, qint64 def)
{
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        return ok ? n : def;
    }
    if (v.isDouble()) {
        // A number outside int64 (1e300) is no int64: casting it would be undefined.
        const double d = v.toDouble();
        return d >= -9223372036854775808.0 && d < 9223372036854775808.0 ? static_cast<qint64>(d)
                                                                        : def;
    }
    return def;
}

QString unknownField(const QJsonObject &o, const QStringList &allowedSnake)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        for (const QString &a : allowedSnake) {
            if (it.key() == a || it.key() == snakeToCamel(a)) {
                known = true;
                break;
            }
        }
        if (!known)
            return it.key();
    }
    return {};
}

int enumValue(const QJsonValue &v, const QStringList &names)
{
    if (v.isDouble())
        return v.toInt();
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        if (ok)
            return n;
        return names.indexOf(v.toString());
    }
    return 0;
}

} // namespace kfp::sandbox
