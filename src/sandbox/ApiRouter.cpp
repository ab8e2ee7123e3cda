#include "sandbox/ApiRouter.h"

#include <QJsonDocument>

namespace kfp::sandbox {

void ApiRouter::add(const QByteArray &method, const QString &pattern, Dialect dialect,
                    Handler handler)
{
    m_routes.append(
        {method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), dialect, std::move(handler)});
}

HttpResponse ApiRouter::render(Dialect dialect, const Result &result)
{
    if (!result.error.isError())
        return HttpResponse::json(result.json);
    const ApiError &e = result.error;
    const QJsonObject body = result.uploadShape       ? errorBodyUpload(e)
                             : dialect == Dialect::V2 ? errorBodyV2(e)
                                                      : errorBodyV1(e);
    return HttpResponse::json(body, httpStatusForGrpc(e.code));
}

HttpResponse ApiRouter::dispatch(const HttpRequest &req) const
{
    const QStringList segs = req.apiPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    bool pathMatched = false;
    for (const Route &r : m_routes) {
        if (r.segments.size() != segs.size())
            continue;
        QStringList args;
        bool ok = true;
        for (int i = 0; i < segs.size() && ok; ++i) {
            const QString &p = r.segments[i];
            const QString &s = segs[i];
            if (!p.startsWith(QLatin1Char('{'))) {
                ok = p == s;
            } else if (const int colon = p.indexOf(QLatin1String("}:")); colon >= 0) {
                const QString verb = p.mid(colon + 1); // ":archive"
                ok = s.endsWith(verb) && s.size() > verb.size();
                if (ok)
                    args.append(s.chopped(verb.size()));
            } else {
                ok = !s.isEmpty() && !s.contains(QLatin1Char(':'));
                if (ok)
                    args.append(s);
            }
        }
        if (!ok)
            continue;
        pathMatched = true;
        if (r.method != req.method)
            continue;
        return render(r.dialect, r.handler(req, args));
    }
    // grpc-gateway answers unknown routes with a plain NotFound status (405 for wrong methods).
    if (pathMatched)
        return HttpResponse::json(
            {{"code", grpc::Unimplemented}, {"message", "Method Not Allowed"}}, 405);
    return HttpResponse::json({{"code", grpc::NotFound}, {"message", "Not Found"}}, 404);
}

ApiError parseBody(const HttpRequest &req, QJsonObject *out)
{
    if (req.body.trimmed().isEmpty()) {
        *out = {};
        return {};
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &err);
    if (!doc.isObject())
        return ApiError::invalid(QStringLiteral("failed to parse the request body: %1")
                                     .arg(err.error == QJsonParseError::NoError
                                              ? QStringLiteral("not a JSON object")
                                              : err.errorString()));
    *out = doc.object();
    return {};
}

namespace fields {

const QHash<QString, QString> &pipelines()
{
    static const QHash<QString, QString> m = {{"pipeline_id", "id"},
                                              {"id", "id"},
                                              {"display_name", "display_name"},
                                              {"name", "name"},
                                              {"created_at", "created_at"},
                                              {"description", "description"},
                                              {"namespace", "namespace"}};
    return m;
}

const QHash<QString, QString> &versions()
{
    static const QHash<QString, QString> m = {{"pipeline_version_id", "id"},
                                              {"id", "id"},
                                              {"display_name", "display_name"},
                                              {"name", "name"},
                                              {"created_at", "created_at"},
                                              {"description", "description"},
                                              {"status", "status"},
                                              {"pipeline_id", "pipeline_id"}};
    return m;
}

const QHash<QString, QString> &experiments()
{
    static const QHash<QString, QString> m = {
        {"experiment_id", "id"},           {"id", "id"},
        {"display_name", "name"},          {"name", "name"},
        {"created_at", "created_at"},      {"last_run_created_at", "last_run_created_at"},
        {"description", "description"},    {"namespace", "namespace"},
        {"storage_state", "storage_state"}};
    return m;
}

// Both dialects' names in one table, as the 2.x server's runAPIToModelFieldMap
// (backend/src/apiserver/model/run.go): finished_at filters and sorts on FinishedAtInSec, whole
// seconds, 0 while the run is active (a timestamp_value is compared in seconds). KFP 1.8's table
// has no finished_at; the sandbox serves v1beta1 as a 2.x server does.
const QHash<QString, QString> &runs()
{
    static const QHash<QString, QString> m = {{"run_id", "id"},
                                              {"id", "id"},
                                              {"display_name", "name"},
                                              {"name", "name"},
                                              {"created_at", "created_at"},
                                              {"finished_at", "finished_at"},
                                              {"scheduled_at", "scheduled_at"},
                                              {"description", "description"},
                                              {"storage_state", "storage_state"},
                                              {"status", "status"},
                                              {"namespace", "namespace"},
                                              {"experiment_id", "experiment_id"},
                                              {"state", "state"},
                                              {"recurring_run_id", "recurring_run_id"}};
    return m;
}

const QHash<QString, QString> &recurringRuns()
{
    static const QHash<QString, QString> m = {
        {"recurring_run_id", "id"},    {"id", "id"},
        {"display_name", "name"},      {"name", "name"},
        {"created_at", "created_at"},  {"updated_at", "updated_at"},
        {"description", "description"}};
    return m;
}

FieldValue pipeline(const Pipeline &p, const QString &f)
{
    if (f == QLatin1String("created_at"))
        return FieldValue::num(p.createdAt);
    if (f == QLatin1String("name"))
        return FieldValue::str(p.name);
    if (f == QLatin1String("display_name"))
        return FieldValue::str(p.displayName);
    if (f == QLatin1String("description"))
        return FieldValue::str(p.description);
    if (f == QLatin1String("namespace"))
        return FieldValue::str(p.ns);
    return FieldValue::str(p.id);
}

FieldValue version(const PipelineVersion &v, const QString &f)
{
    if (f == QLatin1String("created_at"))
        return FieldValue::num(v.createdAt);
    if (f == QLatin1String("name"))
        return FieldValue::str(v.name);
    if (f == QLatin1String("display_name"))
        return FieldValue::str(v.displayName);
    if (f == QLatin1String("description"))
        return FieldValue::str(v.description);
    if (f == QLatin1String("status"))
        return FieldValue::str(QStringLiteral("READY"));
    if (f == QLatin1String("pipeline_id"))
        return FieldValue::str(v.pipelineId);
    return FieldValue::str(v.id);
}

FieldValue experiment(const Experiment &e, const QString &f, Dialect d)
{
    if (f == QLatin1String("created_at"))
        return FieldValue::num(e.createdAt);
    if (f == QLatin1String("last_run_created_at"))
        return FieldValue::num(e.lastRunCreatedAt);
    if (f == QLatin1String("name"))
        return FieldValue::str(e.name);
    if (f == QLatin1String("description"))
        return FieldValue::str(e.description);
    if (f == QLatin1String("namespace"))
        return FieldValue::str(e.ns);
    if (f == QLatin1String("storage_state"))
        return FieldValue::str(d == Dialect::V2
                                   ? (e.archived             ? "ARCHIVED"
                                      : e.storageUnspecified ? "STORAGE_STATE_UNSPECIFIED"
                                                             : "AVAILABLE")
                                   : (e.archived             ? "STORAGESTATE_ARCHIVED"
                                      : e.storageUnspecified ? "STORAGESTATE_UNSPECIFIED"
                                                             : "STORAGESTATE_AVAILABLE"));
    return FieldValue::str(e.id);
}

FieldValue run(const Run &r, const QString &f, Dialect d)
{
    if (f == QLatin1String("created_at"))
        return FieldValue::num(r.createdAt);
    if (f == QLatin1String("name"))
        return FieldValue::str(r.name);
    if (f == QLatin1String("id"))
        return FieldValue::str(r.id);
    if (f == QLatin1String("finished_at"))
        return FieldValue::num(r.finishedAt);
    if (f == QLatin1String("scheduled_at"))
        return FieldValue::num(r.scheduledAt);
    if (f == QLatin1String("description"))
        return FieldValue::str(r.description);
    if (f == QLatin1String("storage_state"))
        return FieldValue::str(
            d == Dialect::V2 ? (r.archived ? "ARCHIVED" : "AVAILABLE")
                             : (r.archived ? "STORAGESTATE_ARCHIVED" : "STORAGESTATE_AVAILABLE"));
    if (f == QLatin1String("status"))
        return FieldValue::str(runStatusV1(r.state));
    if (f == QLatin1String("state"))
        return FieldValue::str(runStateName(r.state));
    if (f == QLatin1String("namespace"))
        return FieldValue::str(r.ns);
    if (f == QLatin1String("experiment_id"))
        return FieldValue::str(r.experimentId);
    if (f == QLatin1String("recurring_run_id"))
        return FieldValue::str(r.recurringRunId);
    return FieldValue::str(r.id);
}

FieldValue recurringRun(const RecurringRun &r, const QString &f)
{
    if (f == QLatin1String("created_at"))
        return FieldValue::num(r.createdAt);
    if (f == QLatin1String("updated_at"))
        return FieldValue::num(r.updatedAt);
    if (f == QLatin1String("name"))
        return FieldValue::str(r.name);
    if (f == QLatin1String("description"))
        return FieldValue::str(r.description);
    return FieldValue::str(r.id);
}

} // namespace fields
} // namespace kfp::sandbox
