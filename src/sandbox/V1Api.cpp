#include "sandbox/V1Api.h"

#include "sandbox/PipelineSpec.h"
#include "sandbox/PipelineUpload.h"
#include "sandbox/RouteHelpers.h"
#include "sandbox/V2Api.h"

namespace kfp::sandbox {

int v1ResourceType(const QJsonValue &v)
{
    return enumValue(v, {"UNKNOWN_RESOURCE_TYPE", "EXPERIMENT", "JOB", "PIPELINE",
                         "PIPELINE_VERSION", "NAMESPACE"});
}

QJsonArray V1Api::nsReference(const QString &ns) const
{
    if (ns.isEmpty())
        return {};
    return {QJsonObject{{"key", QJsonObject{{"type", "NAMESPACE"}, {"id", ns}}},
                        {"relationship", "OWNER"}}};
}

QJsonObject V1Api::versionJson(const PipelineVersion &v) const
{
    QJsonObject o{
        {"id", v.id},
        {"name", v.name},
        {"created_at", rfc3339(v.createdAt)},
        {"resource_references",
         QJsonArray{QJsonObject{{"key", QJsonObject{{"type", "PIPELINE"}, {"id", v.pipelineId}}},
                                {"relationship", "OWNER"}}}}};
    if (!v.v1Params.isEmpty())
        o.insert("parameters", v.v1Params);
    if (!v.codeSourceUrl.isEmpty())
        o.insert("code_source_url", v.codeSourceUrl);
    if (!v.packageUrl.isEmpty())
        o.insert("package_url", QJsonObject{{"pipeline_url", v.packageUrl}});
    if (!v.description.isEmpty())
        o.insert("description", v.description);
    return o;
}

QJsonObject V1Api::pipelineJson(const Pipeline &p) const
{
    QJsonObject o{{"id", p.id}, {"created_at", rfc3339(p.createdAt)}, {"name", p.name}};
    if (!p.description.isEmpty())
        o.insert("description", p.description);
    if (auto v = m_ctx.store.versions.constFind(p.defaultVersionId);
        v != m_ctx.store.versions.constEnd()) {
        if (!v->v1Params.isEmpty())
            o.insert("parameters", v->v1Params);
        o.insert("default_version", versionJson(*v));
    }
    if (const QJsonArray refs = nsReference(p.ns); !refs.isEmpty())
        o.insert("resource_references", refs);
    return o;
}

QJsonObject V1Api::experimentJson(const Experiment &e) const
{
    QJsonObject o{{"id", e.id}, {"name", e.name}, {"created_at", rfc3339(e.createdAt)}};
    if (!e.description.isEmpty())
        o.insert("description", e.description);
    if (const QJsonArray refs = nsReference(e.ns); !refs.isEmpty())
        o.insert("resource_references", refs);
    // STORAGESTATE_AVAILABLE is the zero value in 1.8.5, so it is omitted.
    if (e.archived)
        o.insert("storage_state", "STORAGESTATE_ARCHIVED");
    return o;
}

void V1Api::registerRoutes(ApiRouter &router)
{
    router.add("GET", "/apis/v1beta1/healthz", Dialect::V1,
               [this](const HttpRequest &req, const QStringList &) {
                   QJsonObject o = V2Api::healthz(m_ctx.multiUser, req.viaUiPrefix);
                   if (!req.viaUiPrefix)
                       o.remove("pipeline_store"); // 1.8.5 hand-written JSON has no pipeline_store
                   return Result(o);
               });
    registerPipelineRoutes(router);
    registerExperimentRoutes(router);
    registerRunRoutes(router);
    registerJobRoutes(router);
}

void V1Api::registerPipelineRoutes(ApiRouter &router)
{
    Store &store = m_ctx.store;
    const Dialect v1 = Dialect::V1;
    const auto renderPipeline = [this](const Pipeline &p) {
        return pipelineJson(p);
    };
    const auto renderVersion = [this](const PipelineVersion &v) {
        return versionJson(v);
    };
    router.add("GET", "/apis/v1beta1/pipelines", v1,
               [this, &store, renderPipeline](const HttpRequest &req, auto) {
                   const bool byNs = m_ctx.multiUser &&
                                     v1ResourceType(req.param("resource_reference_key.type")) == 5;
                   const QString wanted = req.param("resource_reference_key.id");
                   return listItems(
                       req, Dialect::V1, fields::pipelines(), store.pipelines,
                       [&](const Pipeline &p) { return !byNs || p.ns == wanted; }, fields::pipeline,
                       renderPipeline, "pipelines");
               });
    router.add("POST", "/apis/v1beta1/pipelines", v1, [this, &store](const HttpRequest &req, auto) {
        QJsonObject body;
        if (ApiError e = parseBody(req, &body); e.isError())
            return Result(e);
        const QString url = field(field(body, "url").toObject(), "pipeline_url").toString();
        if (url.isEmpty())
            return Result(ApiError::invalid(QStringLiteral("Pipeline URL is empty. Please specify "
                                                           "a valid URL")));
        QString name = field(body, "name").toString();
        if (name.isEmpty())
            name = QUrl(url).fileName();
        QString pid, vid;
        if (ApiError e = PipelineUpload::addPipeline(
                store, name, {}, field(body, "description").toString(), {}, &pid);
            e.isError())
            return Result(e);
        if (ApiError e = PipelineUpload::addVersion(store, pid, name, {},
                                                    field(body, "description").toString(),
                                                    PipelineUpload::packageFromUrl(url), &vid);
            e.isError()) {
            store.pipelines.remove(pid);
            return Result(e);
        }
        store.versions[vid].packageUrl = url;
        return Result(pipelineJson(store.pipelines[pid]));
    });
    router.add("GET", "/apis/v1beta1/pipelines/{id}", v1,
               getHandler(store.pipelines, "Pipeline", renderPipeline));
    router.add("DELETE", "/apis/v1beta1/pipelines/{id}", v1,
               [&store](const HttpRequest &, const QStringList &a) {
                   if (!store.pipelines.contains(a[0]))
                       return Result(ApiError::notFound("Pipeline", a[0]));
                   for (const PipelineVersion *v : store.versionsOf(a[0]))
                       store.versions.remove(v->id);
                   store.pipelines.remove(a[0]);
                   store.touch();
                   return Result(QJsonObject{});
               });
    router.add("GET", "/apis/v1beta1/pipelines/{id}/templates", v1,
               [&store](const HttpRequest &, const QStringList &a) {
                   auto p = store.pipelines.constFind(a[0]);
                   if (p == store.pipelines.constEnd())
                       return Result(ApiError::notFound("Pipeline", a[0]));
                   auto v = store.versions.constFind(p->defaultVersionId);
                   if (v == store.versions.constEnd())
                       return Result(ApiError::notFound("PipelineVersion", p->defaultVersionId));
                   return Result(QJsonObject{{"template", QString::fromUtf8(v->yaml)}});
               });
    router.add("POST", "/apis/v1beta1/pipelines/{id}/default_version/{vid}", v1,
               [&store](const HttpRequest &, const QStringList &a) {
                   auto p = store.pipelines.find(a[0]);
                   if (p == store.pipelines.end())
                       return Result(ApiError::notFound("Pipeline", a[0]));
                   auto v = store.versions.constFind(a[1]);
                   if (v == store.versions.constEnd() || v->pipelineId != a[0])
                       return Result(ApiError::notFound("PipelineVersion", a[1]));
                   p->defaultVersionId = a[1];
                   store.touch();
                   return Result(QJsonObject{});
               });
    router.add("GET", "/apis/v1beta1/namespaces/{ns}/pipelines/{name}", v1,
               [this, &store](const HttpRequest &, const QStringList &a) {
                   // "-" names the shared (namespace-less) pipelines.
                   const QString ns =
                       (a[0] == QLatin1String("-") || !m_ctx.multiUser) ? QString() : a[0];
                   const Pipeline *p = store.pipelineByName(a[1], ns);
                   if (!p)
                       return Result(ApiError::notFound("Pipeline", a[1]));
                   return Result(pipelineJson(*p));
               });
    router.add(
        "GET", "/apis/v1beta1/pipeline_versions", v1, [this, &store](const HttpRequest &req, auto) {
            const QString pid = req.param("resource_key.id");
            if (pid.isEmpty() || v1ResourceType(req.param("resource_key.type")) != 3)
                return Result(ApiError::invalid(QStringLiteral("ListPipelineVersions needs "
                                                               "resource_key.type=PIPELINE and "
                                                               "resource_key.id")));
            return listItems(
                req, Dialect::V1, fields::versions(), store.versions,
                [&](const PipelineVersion &v) { return v.pipelineId == pid; }, fields::version,
                [this](const PipelineVersion &v) { return versionJson(v); }, "versions");
        });
    router.add(
        "POST", "/apis/v1beta1/pipeline_versions", v1,
        [this, &store](const HttpRequest &req, auto) {
            QJsonObject body;
            if (ApiError e = parseBody(req, &body); e.isError())
                return Result(e);
            QString pid;
            for (const auto &rv : field(body, "resource_references").toArray()) {
                const QJsonObject key = field(rv.toObject(), "key").toObject();
                if (v1ResourceType(field(key, "type")) == 3)
                    pid = field(key, "id").toString();
            }
            if (pid.isEmpty())
                return Result(ApiError::invalid(QStringLiteral("Pipeline version needs a PIPELINE "
                                                               "OWNER resource reference")));
            const QString url =
                field(field(body, "package_url").toObject(), "pipeline_url").toString();
            if (url.isEmpty())
                return Result(ApiError::invalid(QStringLiteral("Pipeline URL is empty")));
            QString vid;
            if (ApiError e = PipelineUpload::addVersion(store, pid, field(body, "name").toString(),
                                                        {}, field(body, "description").toString(),
                                                        PipelineUpload::packageFromUrl(url), &vid);
                e.isError())
                return Result(e);
            store.versions[vid].packageUrl = url;
            store.versions[vid].codeSourceUrl = field(body, "code_source_url").toString();
            return Result(versionJson(store.versions[vid]));
        });
    router.add("GET", "/apis/v1beta1/pipeline_versions/{id}", v1,
               getHandler(store.versions, "PipelineVersion", renderVersion));
    router.add("DELETE", "/apis/v1beta1/pipeline_versions/{id}", v1,
               [&store](const HttpRequest &, const QStringList &a) {
                   if (!store.versions.contains(a[0]))
                       return Result(ApiError::notFound("PipelineVersion", a[0]));
                   removeVersion(store, a[0]);
                   return Result(QJsonObject{});
               });
    router.add("GET", "/apis/v1beta1/pipeline_versions/{id}/templates", v1,
               [&store](const HttpRequest &, const QStringList &a) {
                   auto v = store.versions.constFind(a[0]);
                   if (v == store.versions.constEnd())
                       return Result(ApiError::notFound("PipelineVersion", a[0]));
                   return Result(QJsonObject{{"template", QString::fromUtf8(v->yaml)}});
               });
    addUploadRoutes(router, "/apis/v1beta1/pipelines", v1, m_ctx, renderPipeline, renderVersion);
}

void V1Api::registerExperimentRoutes(ApiRouter &router)
{
    Store &store = m_ctx.store;
    const Dialect v1 = Dialect::V1;
    router.add(
        "GET", "/apis/v1beta1/experiments", v1, [this, &store](const HttpRequest &req, auto) {
            const bool nsRef = v1ResourceType(req.param("resource_reference_key.type")) == 5;
            const QString wanted = req.param("resource_reference_key.id");
            // 1.8.5: multi-user requires the NAMESPACE reference; single-user rejects it.
            if (m_ctx.multiUser && (!nsRef || wanted.isEmpty()))
                return Result(ApiError::invalid(QStringLiteral(
                    "Invalid resource references for experiment. ListExperiment requires filtering "
                    "by namespace.")));
            if (!m_ctx.multiUser && nsRef)
                return Result(ApiError::invalid(QStringLiteral(
                    "In single-user mode, ListExperiment cannot filter by namespace.")));
            return listItems(
                req, Dialect::V1, fields::experiments(), store.experiments,
                [&](const Experiment &e) { return !nsRef || e.ns == wanted; },
                [](const Experiment &e, const QString &f) {
                    return fields::experiment(e, f, Dialect::V1);
                },
                [this](const Experiment &e) { return experimentJson(e); }, "experiments");
        });
    router.add(
        "POST", "/apis/v1beta1/experiments", v1, [this, &store](const HttpRequest &req, auto) {
            QJsonObject body;
            if (ApiError e = parseBody(req, &body); e.isError())
                return Result(e);
            Experiment e;
            e.name = field(body, "name").toString();
            e.description = field(body, "description").toString();
            for (const auto &rv : field(body, "resource_references").toArray()) {
                const QJsonObject key = field(rv.toObject(), "key").toObject();
                if (v1ResourceType(field(key, "type")) == 5)
                    e.ns = field(key, "id").toString();
            }
            if (e.name.isEmpty())
                return Result(ApiError::invalid(QStringLiteral("Experiment name is empty. Please "
                                                               "specify a valid experiment name")));
            if (m_ctx.multiUser && e.ns.isEmpty())
                return Result(ApiError::invalid(QStringLiteral(
                    "Invalid resource references for experiment. Expect one namespace type with "
                    "owner relationship.")));
            if (!m_ctx.multiUser)
                e.ns.clear();
            if (ApiError error = addExperiment(store, &e); error.isError())
                return Result(error);
            return Result(experimentJson(e));
        });
    router.add("GET", "/apis/v1beta1/experiments/{id}", v1,
               getHandler(store.experiments, "Experiment",
                          [this](const Experiment &e) { return experimentJson(e); }));
    router.add("DELETE", "/apis/v1beta1/experiments/{id}", v1, deleteExperimentHandler(store));
    addExperimentArchiveRoutes(router, "/apis/v1beta1/experiments", v1, store);
}

} // namespace kfp::sandbox
