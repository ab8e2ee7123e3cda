#include "ApiDialect.h"

#include "V1Beta1Dialect.h"
#include "V2Beta1Dialect.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kfp {

std::unique_ptr<ApiDialect> ApiDialect::create(ApiVersion version)
{
    if (version == ApiVersion::V1Beta1)
        return std::make_unique<V1Beta1Dialect>();
    return std::make_unique<V2Beta1Dialect>();
}

const ApiDialect &ApiDialect::of(ApiVersion version)
{
    // Function-local statics: initialised thread-safely, immutable afterwards.
    static const V2Beta1Dialect v2;
    static const V1Beta1Dialect v1;
    if (version == ApiVersion::V1Beta1)
        return v1;
    return v2;
}

QString ApiDialect::sortBy(const ListQuery &query, ApiResource resource) const
{
    if (query.sortField.isEmpty())
        return {};
    // The server accepts "field", "field asc" and "field desc".
    const QString field = fieldName(query.sortField, resource);
    return query.sortDescending ? field + QLatin1String(" desc") : field;
}

QString ApiDialect::listQueryString(const ListQuery &query, ApiResource resource, bool multiUser,
                                    const QString &parentId) const
{
    wire::QueryItems items = scopeItems(query, resource, multiUser, parentId);
    items.append({QStringLiteral("page_token"), query.pageToken});
    if (query.pageSize > 0)
        items.append({QStringLiteral("page_size"), QString::number(query.pageSize)});
    items.append({QStringLiteral("sort_by"), sortBy(query, resource)});
    if (!query.predicates.isEmpty()) {
        // buildQuery() encodes the value a second time: the server unescapes twice.
        items.append(
            {QStringLiteral("filter"), encodeFilterOnce(filterJson(query.predicates, resource))});
    }
    return wire::buildQuery(items);
}

QString ApiDialect::encodeFilterOnce(const QJsonObject &filter)
{
    return wire::encode(QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact)));
}

QString ApiDialect::operationName(Predicate::Op op)
{
    // Enum names are accepted by both versions (the SDK sends numbers, the UI names).
    switch (op) {
    case Predicate::Op::Equals:
        return QStringLiteral("EQUALS");
    case Predicate::Op::NotEquals:
        return QStringLiteral("NOT_EQUALS");
    case Predicate::Op::GreaterThan:
        return QStringLiteral("GREATER_THAN");
    case Predicate::Op::GreaterThanEquals:
        return QStringLiteral("GREATER_THAN_EQUALS");
    case Predicate::Op::LessThan:
        return QStringLiteral("LESS_THAN");
    case Predicate::Op::LessThanEquals:
        return QStringLiteral("LESS_THAN_EQUALS");
    case Predicate::Op::In:
        return QStringLiteral("IN");
    case Predicate::Op::IsSubstring:
        return QStringLiteral("IS_SUBSTRING");
    }
    return {};
}

QJsonObject ApiDialect::predicateValue(const QString &key, Predicate::ValueKind kind,
                                       const QVariant &value)
{
    using Kind = Predicate::ValueKind;
    QJsonObject p{{QStringLiteral("key"), key}};
    auto list = [&value](auto convert) {
        QJsonArray values;
        for (const QVariant &v : value.toList())
            values.append(convert(v));
        return QJsonObject{{QStringLiteral("values"), values}};
    };
    switch (kind) {
    case Kind::String:
        p.insert(QStringLiteral("string_value"), value.toString());
        break;
    case Kind::Int:
        p.insert(QStringLiteral("int_value"), value.toInt());
        break;
    case Kind::Long: // int64 travels as a string
        p.insert(QStringLiteral("long_value"), QString::number(value.toLongLong()));
        break;
    case Kind::Timestamp: // google.protobuf.Timestamp in JSON: an RFC3339 string
        p.insert(QStringLiteral("timestamp_value"), wire::writeTime(value.toDateTime()));
        break;
    case Kind::StringList:
        p.insert(QStringLiteral("string_values"),
                 list([](const QVariant &v) { return QJsonValue(v.toString()); }));
        break;
    case Kind::IntList:
        p.insert(QStringLiteral("int_values"),
                 list([](const QVariant &v) { return QJsonValue(v.toInt()); }));
        break;
    case Kind::LongList:
        p.insert(QStringLiteral("long_values"), list([](const QVariant &v) {
                     return QJsonValue(QString::number(v.toLongLong()));
                 }));
        break;
    }
    return p;
}

RequestSpec ApiDialect::healthz() const
{
    return get(prefix() + QLatin1String("/healthz"));
}

HealthInfo ApiDialect::parseHealthz(const QJsonObject &json) const
{
    // API server: {commit_sha, tag_name, multi_user, pipeline_store}. UI server (/pipeline):
    // {apiServerCommitHash, apiServerTagName, apiServerMultiUser, multi_user, pipelineStore, ...}.
    auto flag = [](const QJsonValue &v) {
        return v.isBool() ? v.toBool()
                          : v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    };
    HealthInfo info;
    info.apiVersion = version();
    info.viaUiServer = json.contains(QLatin1String("apiServerCommitHash")) ||
                       json.contains(QLatin1String("frontendCommitHash")) ||
                       json.contains(QLatin1String("apiServerReady"));
    if (info.viaUiServer) {
        info.commitSha = json.value(QLatin1String("apiServerCommitHash")).toString();
        info.tagName = json.value(QLatin1String("apiServerTagName")).toString();
        info.pipelineStore = json.value(QLatin1String("pipelineStore")).toString();
        info.multiUser = json.contains(QLatin1String("multi_user"))
                             ? flag(json.value(QLatin1String("multi_user")))
                             : flag(json.value(QLatin1String("apiServerMultiUser")));
    } else {
        info.commitSha = json.value(QLatin1String("commit_sha")).toString();
        info.tagName = json.value(QLatin1String("tag_name")).toString();
        info.pipelineStore = json.value(QLatin1String("pipeline_store")).toString();
        info.multiUser = flag(json.value(QLatin1String("multi_user")));
    }
    return info;
}

RequestSpec ApiDialect::get(const QString &path, const QString &encodedQuery) const
{
    RequestSpec spec;
    spec.path = path;
    spec.encodedQuery = encodedQuery;
    return spec;
}

RequestSpec ApiDialect::post(const QString &path, const QJsonObject &body, bool idempotent) const
{
    RequestSpec spec;
    spec.method = "POST";
    spec.path = path;
    // Custom verbs (:archive, /terminate, ...) take an empty body; "{}" is what the UI sends.
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.contentType = "application/json";
    spec.idempotent = idempotent;
    return spec;
}

RequestSpec ApiDialect::del(const QString &path, const QString &encodedQuery) const
{
    RequestSpec spec;
    spec.method = "DELETE";
    spec.path = path;
    spec.encodedQuery = encodedQuery;
    return spec;
}

RequestSpec ApiDialect::upload(const QString &path, const QString &filePath,
                               const wire::QueryItems &query) const
{
    RequestSpec spec;
    spec.method = "POST";
    spec.path = path;
    spec.encodedQuery = wire::buildQuery(query);
    spec.uploadFilePath = filePath;
    spec.idempotent = false; // an upload creates a pipeline: never replayed blindly
    return spec;
}

} // namespace kfp
