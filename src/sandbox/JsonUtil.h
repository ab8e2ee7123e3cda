#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace kfp::sandbox {

enum class Dialect
{
    V1,
    V2
};

// gRPC status codes used by the KFP API server (google.golang.org/grpc/codes).
namespace grpc {
constexpr int InvalidArgument = 3;
constexpr int NotFound = 5;
constexpr int AlreadyExists = 6;
constexpr int PermissionDenied = 7;
constexpr int FailedPrecondition = 9;
constexpr int Aborted = 10;
constexpr int Unimplemented = 12;
constexpr int Internal = 13;
constexpr int Unavailable = 14;
constexpr int Unauthenticated = 16;
} // namespace grpc

// An error as the API server reports it: a gRPC code, the internal error chain ("message") and
// the user-facing message (v2: details[0].message, v1: details[0].error_message).
struct ApiError
{
    int code = 0;
    QString message;
    QString userMessage;

    bool isError() const { return code != 0; }
    static ApiError invalid(const QString &msg);
    static ApiError notFound(const QString &what, const QString &id);
    static ApiError alreadyExists(const QString &msg);
    static ApiError failedPrecondition(const QString &msg);
    // common/util/error.go NewBadRequestError: codes.Aborted (HTTP 409).
    static ApiError aborted(const QString &msg);
    static ApiError internal(const QString &msg);
};

int httpStatusForGrpc(int code);
// v2beta1 (2.14+, grpc-gateway v2) error body.
QJsonObject errorBodyV2(const ApiError &e);
// v1beta1 (1.8.5) error body.
QJsonObject errorBodyV1(const ApiError &e);
// Upload handlers (plain HTTP handlers): {"error_message","error_details"}.
QJsonObject errorBodyUpload(const ApiError &e);

QString newId();
qint64 nowSecs();
QString rfc3339(qint64 secs);
qint64 parseRfc3339(const QString &text, bool *ok);

QString snakeToCamel(const QString &snake);
// Reads a field by its proto name or its lowerCamelCase json name (protojson accepts both).
QJsonValue field(const QJsonObject &o, const QString &snake);
bool hasField(const QJsonObject &o, const QString &snake);
// int64 values travel as JSON strings, but numbers are accepted too.
qint64 int64Value(const QJsonValue &v, qint64 def = 0);
// v2 (2.14+) rejects unknown fields in request bodies: returns the first unknown key, if any.
QString unknownField(const QJsonObject &o, const QStringList &allowedSnake);
// Enum input: name or number. Returns -1 if the name is not in the list.
int enumValue(const QJsonValue &v, const QStringList &names);

} // namespace kfp::sandbox
