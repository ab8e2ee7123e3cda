#include "sandbox/V2Api.h"

#include "sandbox/PipelineSpec.h"
#include "sandbox/PipelineUpload.h"
#include "sandbox/RouteHelpers.h"
#include "sandbox/RunSimulator.h"

namespace kfp::sandbox {

QJsonObject V2Api::healthz(bool multiUser, bool uiServerShape)
{
    if (uiServerShape) // the UI server (ml-pipeline-ui) answers healthz itself under /pipeline
        return {{"apiServerCommitHash", "sandbox"}, {"apiServerTagName", "2.17.0-sandbox"},
                {"apiServerMultiUser", multiUser},  {"multi_user", multiUser},
                {"apiServerReady", true},           {"buildDate", "sandbox"},
                {"frontendCommitHash", "sandbox"},  {"frontendTagName", "2.17.0-sandbox"},
                {"pipelineStore", "database"}};
    return {{"commit_sha", "sandbox"},
            {"tag_name", "2.17.0-sandbox"},
            {"multi_user", multiUser},
            {"pipeline_store", "database"}};
}

QJsonObject V2Api::pipelineJson(const Pipeline &p) const
{
    QJsonObject o{{"pipeline_id", p.id},
                  {"display_name", p.displayName},
                  {"name", p.name},
                  {"created_at", rfc3339(p.createdAt)}};
    if (!p.description.isEmpty())
        o.insert("description", p.description);
    if (!p.ns.isEmpty())
        o.insert("namespace", p.ns);
    if (!p.tags.isEmpty())
        o.insert("tags", p.tags);
    return o;
}

QJsonObject V2Api::versionJson(const PipelineVersion &v) const
{
    QJsonObject o{
        {"pipeline_id", v.pipelineId},        {"pipeline_version_id", v.id},
        {"display_name", v.displayName},      {"name", v.name},
        {"created_at", rfc3339(v.createdAt)}, {"pipeline_spec", PipelineSpec::specStruct(v)}};
    if (!v.description.isEmpty())
        o.insert("description", v.description);
    if (!v.packageUrl.isEmpty())
        o.insert("package_url", QJsonObject{{"pipeline_url", v.packageUrl}});
    if (!v.codeSourceUrl.isEmpty())
        o.insert("code_source_url", v.codeSourceUrl);
    if (!v.tags.isEmpty())
        o.insert("tags", v.tags);
    return o;
}

QJsonObject V2Api::experimentJson(const Experiment &e) const
{
    QJsonObject o{{"experiment_id", e.id},
                  {"display_name", e.name},
                  {"created_at", rfc3339(e.createdAt)},
                  {"storage_state", e.archived             ? "ARCHIVED"
                                    : e.storageUnspecified ? "STORAGE_STATE_UNSPECIFIED"
                                                           : "AVAILABLE"},
                  {"last_run_created_at", rfc3339(e.lastRunCreatedAt)}};
    if (!e.description.isEmpty())
        o.insert("description", e.description);
    if (!e.ns.isEmpty())
        o.insert("namespace", e.ns);
    return o;
}

void V2Api::registerRoutes(ApiRouter &router)
{
    router.add("GET", "/apis/v2beta1/healthz", Dialect::V2,
               [this](const HttpRequest &req, const QStringList &) {
                   return Result(healthz(m_ctx.multiUser, req.viaUiPrefix));
               });
    registerPipelineRoutes(router);
    registerExperimentRoutes(router);
    registerRunRoutes(router);
    registerRecurringRunRoutes(router);
}

void V2Api::registerPipelineRoutes(ApiRouter &router)
{
    Store &store = m_ctx.store;
    const Dialect v2 = Dialect::V2;
    const auto renderPipeline = [this](const Pipeline &p) {
        return pipelineJson(p);
    };
    const auto renderVersion = [this](const PipelineVersion &v) {
        return versionJson(v);
    };
    router.add("GET", "/apis/v2beta1/pipelines", v2,
               [this, &store, renderPipeline](const HttpRequest &req, auto) {
                   const QString wanted = ns(req.param("namespace"));
                   return listItems(
                       req, Dialect::V2, fields::pipelines(), store.pipelines,
                       [&](const Pipeline &p) { return p.ns == wanted || !m_ctx.multiUser; },
                       fields::pipeline, renderPipeline, "pipelines");
               });
    auto createPipeline = [this, &store](const QJsonObject &p, QString *id) {
        if (const QString bad =
                unknownField(p, {"pipeline_id", "display_name", "name", "description", "created_at",
                                 "namespace", "error", "tags"});
            !bad.isEmpty())
            return ApiError::invalid(QStringLiteral("unknown field \"%1\" in Pipeline").arg(bad));
        ApiError e = PipelineUpload::addPipeline(
            store, field(p, "name").toString(), field(p, "display_name").toString(),
            field(p, "description").toString(), ns(field(p, "namespace").toString()), id);
        if (!e.isError())
            store.pipelines[*id].tags = field(p, "tags").toObject();
        return e;
    };
    auto createVersion = [this, &store](const QString &pid, const QJsonObject &v, QString *id) {
        if (const QString bad =
                unknownField(v, {"pipeline_id", "pipeline_version_id", "display_name", "name",
                                 "description", "created_at", "package_url", "code_source_url",
                                 "pipeline_spec", "error", "tags"});
            !bad.isEmpty())
            return ApiError::invalid(
                QStringLiteral("unknown field \"%1\" in PipelineVersion").arg(bad));
        const QString url = field(field(v, "package_url").toObject(), "pipeline_url").toString();
        if (url.isEmpty())
            return ApiError::invalid(QStringLiteral("Pipeline URL is empty. Please specify a "
                                                    "valid URL"));
        ApiError e = PipelineUpload::addVersion(
            store, pid, field(v, "name").toString(), field(v, "display_name").toString(),
            field(v, "description").toString(), PipelineUpload::packageFromUrl(url), id);
        if (!e.isError()) {
            store.versions[*id].packageUrl = url;
            store.versions[*id].codeSourceUrl = field(v, "code_source_url").toString();
        }
        return e;
    };
    router.add("POST", "/apis/v2beta1/pipelines", v2,
               [this, &store, createPipeline](const HttpRequest &req, auto) {
                   QJsonObject body;
                   QString id;
                   if (ApiError e = parseBody(req, &body); e.isError())
                       return Result(e);
                   if (ApiError e = createPipeline(body, &id); e.isError())
                       return Result(e);
                   return Result(pipelineJson(store.pipelines[id]));
               });
    router.add(
        "POST", "/apis/v2beta1/pipelines/create", v2,
        [this, &store, createPipeline, createVersion](const HttpRequest &req, auto) {
            QJsonObject body;
            QString pid, vid;
            if (ApiError e = parseBody(req, &body); e.isError())
                return Result(e);
            if (const QString bad = unknownField(body, {"pipeline", "pipeline_version"});
                !bad.isEmpty())
                return Result(ApiError::invalid(QStringLiteral("unknown field \"%1\"").arg(bad)));
            if (ApiError e = createPipeline(field(body, "pipeline").toObject(), &pid); e.isError())
                return Result(e);
            QJsonObject v = field(body, "pipeline_version").toObject();
            if (!hasField(v, "name") && !hasField(v, "display_name"))
                v.insert("name", store.pipelines[pid].name);
            if (ApiError e = createVersion(pid, v, &vid); e.isError()) {
                store.pipelines.remove(pid);
                return Result(e);
            }
            return Result(pipelineJson(store.pipelines[pid]));
        });
    router.add("GET", "/apis/v2beta1/pipelines/names/{name}", v2,
               [this, &store](const HttpRequest &req, const QStringList &a) {
                   const Pipeline *p = store.pipelineByName(a[0], ns(req.param("namespace")));
                   if (!p)
                       return Result(ApiError::notFound("Pipeline", a[0]));
                   return Result(pipelineJson(*p));
               });
    router.add("GET", "/apis/v2beta1/pipelines/{id}", v2,
               getHandler(store.pipelines, "Pipeline", renderPipeline));
    router.add("PATCH", "/apis/v2beta1/pipelines/{id}", v2,
               [this, &store](const HttpRequest &req, const QStringList &a) {
                   QJsonObject body;
                   if (ApiError e = parseBody(req, &body); e.isError())
                       return Result(e);
                   auto it = store.pipelines.find(a[0]);
                   if (it == store.pipelines.end())
                       return Result(ApiError::notFound("Pipeline", a[0]));
                   if (hasField(body, "display_name"))
                       it->displayName = field(body, "display_name").toString();
                   if (hasField(body, "tags"))
                       it->tags = field(body, "tags").toObject();
                   store.touch();
                   return Result(pipelineJson(*it));
               });
    router.add("DELETE", "/apis/v2beta1/pipelines/{id}", v2,
               [&store](const HttpRequest &req, const QStringList &a) {
                   if (!store.pipelines.contains(a[0]))
                       return Result(ApiError::notFound("Pipeline", a[0]));
                   const auto versions = store.versionsOf(a[0]);
                   if (!versions.isEmpty() && req.param("cascade") != QLatin1String("true"))
                       return Result(ApiError::failedPrecondition(
                           QStringLiteral("Failed to delete pipeline %1. The pipeline has %2 "
                                          "versions; delete them first or use cascade=true")
                               .arg(a[0])
                               .arg(versions.size())));
                   for (const PipelineVersion *v : versions)
                       store.versions.remove(v->id);
                   store.pipelines.remove(a[0]);
                   store.touch();
                   return Result(QJsonObject{});
               });
    router.add("GET", "/apis/v2beta1/pipelines/{id}/versions", v2,
               [&store, renderVersion](const HttpRequest &req, const QStringList &a) {
                   if (!store.pipelines.contains(a[0]))
                       return Result(ApiError::notFound("Pipeline", a[0]));
                   return listItems(
                       req, Dialect::V2, fields::versions(), store.versions,
                       [&](const PipelineVersion &v) { return v.pipelineId == a[0]; },
                       fields::version, renderVersion, "pipeline_versions");
               });
    router.add("POST", "/apis/v2beta1/pipelines/{id}/versions", v2,
               [this, &store, createVersion](const HttpRequest &req, const QStringList &a) {
                   QJsonObject body;
                   QString vid;
                   if (ApiError e = parseBody(req, &body); e.isError())
                       return Result(e);
                   if (ApiError e = createVersion(a[0], body, &vid); e.isError())
                       return Result(e);
                   return Result(versionJson(store.versions[vid]));
               });
    router.add("GET", "/apis/v2beta1/pipelines/{id}/versions/{vid}", v2,
               [this, &store](const HttpRequest &, const QStringList &a) {
                   auto it = store.versions.constFind(a[1]);
                   if (it == store.versions.constEnd() || it->pipelineId != a[0])
                       return Result(ApiError::notFound("PipelineVersion", a[1]));
                   return Result(versionJson(*it));
               });
    router.add("DELETE", "/apis/v2beta1/pipelines/{id}/versions/{vid}", v2,
               [&store](const HttpRequest &, const QStringList &a) {
                   auto it = store.versions.constFind(a[1]);
                   if (it == store.versions.constEnd() || it->pipelineId != a[0])
                       return Result(ApiError::notFound("PipelineVersion", a[1]));
                   removeVersion(store, a[1]);
                   return Result(QJsonObject{});
               });
    addUploadRoutes(router, "/apis/v2beta1/pipelines", v2, m_ctx, renderPipeline, renderVersion);
}

void V2Api::registerExperimentRoutes(ApiRouter &router)
{
    Store &store = m_ctx.store;
    const Dialect v2 = Dialect::V2;
    router.add("GET", "/apis/v2beta1/experiments", v2,
               [this, &store](const HttpRequest &req, auto) {
                   if (m_ctx.multiUser && req.param("namespace").isEmpty())
                       return Result(ApiError::invalid(QStringLiteral(
                           "Invalid input error: ListExperiment must filter by namespace "
                           "in multi-user mode")));
                   const QString wanted = ns(req.param("namespace"));
                   return listItems(
                       req, Dialect::V2, fields::experiments(), store.experiments,
                       [&](const Experiment &e) { return e.ns == wanted; },
                       [](const Experiment &e, const QString &f) {
                           return fields::experiment(e, f, Dialect::V2);
                       },
                       [this](const Experiment &e) { return experimentJson(e); }, "experiments");
               });
    router.add(
        "POST", "/apis/v2beta1/experiments", v2, [this, &store](const HttpRequest &req, auto) {
            QJsonObject body;
            if (ApiError e = parseBody(req, &body); e.isError())
                return Result(e);
            if (const QString bad = unknownField(body, {"experiment_id", "display_name",
                                                        "description", "created_at", "namespace",
                                                        "storage_state", "last_run_created_at"});
                !bad.isEmpty())
                return Result(ApiError::invalid(
                    QStringLiteral("unknown field \"%1\" in Experiment").arg(bad)));
            Experiment e;
            e.name = field(body, "display_name").toString();
            e.description = field(body, "description").toString();
            e.ns = ns(field(body, "namespace").toString());
            if (e.name.isEmpty())
                return Result(ApiError::invalid(QStringLiteral("Experiment name is empty. Please "
                                                               "specify a valid experiment name")));
            if (m_ctx.multiUser && e.ns.isEmpty())
                return Result(ApiError::invalid(QStringLiteral("Experiment namespace is empty in "
                                                               "multi-user mode")));
            if (ApiError error = addExperiment(store, &e); error.isError())
                return Result(error);
            return Result(experimentJson(e));
        });
    router.add("GET", "/apis/v2beta1/experiments/{id}", v2,
               getHandler(store.experiments, "Experiment",
                          [this](const Experiment &e) { return experimentJson(e); }));
    router.add("DELETE", "/apis/v2beta1/experiments/{id}", v2, deleteExperimentHandler(store));
    addExperimentArchiveRoutes(router, "/apis/v2beta1/experiments", v2, store);
}

} // namespace kfp::sandbox
