// v1beta1 runs (RunDetail with an Argo workflow_manifest) and jobs.
#include "sandbox/ArgoNodes.h"
#include "sandbox/PipelineSpec.h"
#include "sandbox/RouteHelpers.h"
#include "sandbox/RunSimulator.h"
#include "sandbox/V1Api.h"

#include <QJsonDocument>

namespace kfp::sandbox {
namespace {

QString argoTime(qint64 ms)
{
    return ms > 0 ? rfc3339(ms / 1000) : QString();
}

QString paramText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

QJsonObject ref(const char *type, const QString &id, const QString &name, const char *rel)
{
    QJsonObject o{{"key", QJsonObject{{"type", type}, {"id", id}}}, {"relationship", rel}};
    if (!name.isEmpty())
        o.insert("name", name);
    return o;
}

} // namespace

QString V1Api::workflowManifest(const Run &r) const
{
    const QString wf = ArgoNodes::workflowName(r);
    QJsonObject nodes;
    for (const ArgoNode &n : ArgoNodes::nodes(r, ArgoNodes::isV1Pipeline(m_ctx.store, r))) {
        QJsonObject node{{"id", n.id},
                         {"name", n.name},
                         {"displayName", n.displayName},
                         {"type", n.type},
                         {"phase", n.phase},
                         {"startedAt", argoTime(n.startedMs)},
                         {"finishedAt", argoTime(n.finishedMs)}};
        if (n.id != wf)
            node.insert("boundaryID", n.boundaryId);
        if (!n.children.isEmpty())
            node.insert("children", QJsonArray::fromStringList(n.children));
        if (!n.message.isEmpty())
            node.insert("message", n.message);
        nodes.insert(n.id, node);
    }
    QJsonObject status{{"phase", ArgoNodes::phase(r.state)},
                       {"startedAt", rfc3339(r.createdAt)},
                       {"finishedAt", r.finishedAt ? rfc3339(r.finishedAt) : QString()},
                       {"nodes", nodes}};
    const QJsonObject workflow{{"apiVersion", "argoproj.io/v1alpha1"},
                               {"kind", "Workflow"},
                               {"metadata", QJsonObject{{"name", wf}, {"namespace", r.ns}}},
                               {"status", status}};
    return QString::fromUtf8(QJsonDocument(workflow).toJson(QJsonDocument::Compact));
}

QJsonObject V1Api::runJson(const Run &r) const
{
    QJsonObject o{{"id", r.id},
                  {"name", r.name},
                  {"created_at", rfc3339(r.createdAt)},
                  {"scheduled_at", rfc3339(r.scheduledAt)},
                  {"finished_at", rfc3339(r.finishedAt)},
                  {"status", runStatusV1(r.state)}};
    if (r.archived)
        o.insert("storage_state", "STORAGESTATE_ARCHIVED");
    if (!r.description.isEmpty())
        o.insert("description", r.description);
    QJsonObject spec;
    QJsonArray refs;
    if (auto e = m_ctx.store.experiments.constFind(r.experimentId);
        e != m_ctx.store.experiments.constEnd())
        refs.append(ref("EXPERIMENT", e->id, e->name, "OWNER"));
    if (!r.source.pipelineVersionId.isEmpty()) {
        const PipelineVersion v = m_ctx.store.versions.value(r.source.pipelineVersionId);
        refs.append(ref("PIPELINE_VERSION", r.source.pipelineVersionId, v.name, "CREATOR"));
    }
    if (!r.ns.isEmpty())
        refs.append(ref("NAMESPACE", r.ns, {}, "OWNER"));
    if (!r.source.pipelineId.isEmpty()) {
        spec.insert("pipeline_id", r.source.pipelineId);
        spec.insert("pipeline_name", m_ctx.store.pipelines.value(r.source.pipelineId).name);
    }
    if (!r.source.workflowManifest.isEmpty())
        spec.insert("workflow_manifest", r.source.workflowManifest);
    if (!r.source.inlineSpec.isEmpty())
        spec.insert(
            "pipeline_manifest",
            QString::fromUtf8(QJsonDocument(r.source.inlineSpec).toJson(QJsonDocument::Compact)));
    QJsonArray params;
    for (auto it = r.params.begin(); it != r.params.end(); ++it)
        params.append(QJsonObject{{"name", it.key()}, {"value", paramText(it.value())}});
    if (!params.isEmpty())
        spec.insert("parameters", params);
    if (!spec.isEmpty())
        o.insert("pipeline_spec", spec);
    if (!refs.isEmpty())
        o.insert("resource_references", refs);
    if (!r.serviceAccount.isEmpty())
        o.insert("service_account", r.serviceAccount);
    return o;
}

QJsonObject V1Api::runDetailJson(const Run &r) const
{
    return {{"run", runJson(r)},
            {"pipeline_runtime", QJsonObject{{"workflow_manifest", workflowManifest(r)}}}};
}

QJsonObject V1Api::jobJson(const RecurringRun &j) const
{
    Run asRun; // reuse the pipeline_spec / reference rendering
    asRun.id = j.id;
    asRun.experimentId = j.experimentId;
    asRun.ns = j.ns;
    asRun.source = j.source;
    asRun.params = j.params;
    const QJsonObject r = runJson(asRun);
    QJsonObject o{{"id", j.id},
                  {"name", j.name},
                  {"max_concurrency", QString::number(j.maxConcurrency)},
                  {"created_at", rfc3339(j.createdAt)},
                  {"updated_at", rfc3339(j.updatedAt)},
                  {"mode", j.enabled ? "ENABLED" : "DISABLED"},
                  {"status", j.enabled ? "ENABLED" : "DISABLED"}};
    if (j.enabled)
        o.insert("enabled", true);
    if (j.noCatchup)
        o.insert("no_catchup", true);
    if (!j.description.isEmpty())
        o.insert("description", j.description);
    if (r.contains("pipeline_spec"))
        o.insert("pipeline_spec", r["pipeline_spec"]);
    if (r.contains("resource_references"))
        o.insert("resource_references", r["resource_references"]);
    if (!j.serviceAccount.isEmpty())
        o.insert("service_account", j.serviceAccount);
    o.insert("trigger", triggerJson(j));
    return o;
}

ApiError V1Api::readRunInput(const QJsonObject &body, Run *run)
{
    Store &store = m_ctx.store;
    run->name = field(body, "name").toString();
    run->description = field(body, "description").toString();
    run->serviceAccount = field(body, "service_account").toString();
    QString nsRef;
    for (const auto &rv : field(body, "resource_references").toArray()) {
        const QJsonObject key = field(rv.toObject(), "key").toObject();
        const int type = v1ResourceType(field(key, "type"));
        const QString id = field(key, "id").toString();
        if (type == 1)
            run->experimentId = id;
        else if (type == 4)
            run->source.pipelineVersionId = id;
        else if (type == 5)
            nsRef = id;
    }
    const QJsonObject spec = field(body, "pipeline_spec").toObject();
    if (run->source.pipelineVersionId.isEmpty())
        run->source.pipelineId = field(spec, "pipeline_id").toString();
    else
        run->source.pipelineId = store.versions.value(run->source.pipelineVersionId).pipelineId;
    run->source.workflowManifest = field(spec, "workflow_manifest").toString();
    const QString manifest = field(spec, "pipeline_manifest").toString();
    if (!manifest.isEmpty() && run->source.workflowManifest.isEmpty()) {
        ParsedPipeline parsed;
        QString error;
        if (!PipelineSpec::parse(manifest.toUtf8(), &parsed, &error))
            return ApiError::invalid(error);
        run->source.inlineSpec = parsed.spec;
    }
    for (const auto &pv : field(spec, "parameters").toArray())
        run->params.insert(field(pv.toObject(), "name").toString(),
                           field(pv.toObject(), "value").toString());
    const QJsonObject rc = field(spec, "runtime_config").toObject();
    const QJsonObject rcParams = field(rc, "parameters").toObject();
    for (auto it = rcParams.begin(); it != rcParams.end(); ++it) {
        const QJsonObject v = it.value().toObject();
        for (const char *k : {"string_value", "int_value", "double_value"})
            if (hasField(v, k))
                run->params.insert(it.key(), field(v, k));
    }
    run->pipelineRoot = field(rc, "pipeline_root").toString();
    if (run->experimentId.isEmpty()) {
        if (m_ctx.multiUser && nsRef.isEmpty())
            return ApiError::invalid(QStringLiteral("A run needs an EXPERIMENT or NAMESPACE "
                                                    "reference in multi-user mode"));
        run->experimentId = store.defaultExperimentId(m_ctx.multiUser ? nsRef : QString());
    }
    auto exp = store.experiments.constFind(run->experimentId);
    if (exp == store.experiments.constEnd())
        return ApiError::notFound("Experiment", run->experimentId);
    run->ns = exp->ns;
    if (run->name.isEmpty())
        return ApiError::invalid(QStringLiteral("The run name is empty. Please specify a valid "
                                                "name"));
    QJsonObject resolved;
    return m_ctx.simulator.resolveSpec(&run->source, &resolved);
}

Result V1Api::createRun(const HttpRequest &req)
{
    QJsonObject body;
    if (ApiError e = parseBody(req, &body); e.isError())
        return e;
    Run run;
    if (ApiError e = readRunInput(body, &run); e.isError())
        return e;
    QString id;
    if (ApiError e = m_ctx.simulator.start(run, &id); e.isError())
        return e;
    return runDetailJson(m_ctx.store.runs[id]);
}

ApiError V1Api::referenceFilter(const HttpRequest &req, RunScope *scope) const
{
    const int type = v1ResourceType(req.param("resource_reference_key.type"));
    const QString id = req.param("resource_reference_key.id");
    if (type == 1)
        scope->experimentId = id;
    else if (type == 5 && m_ctx.multiUser) {
        scope->ns = id;
        scope->byNs = true;
    }
    if (m_ctx.multiUser && scope->experimentId.isEmpty() && !scope->byNs)
        return ApiError::invalid(QStringLiteral("Invalid resource references: a NAMESPACE or "
                                                "EXPERIMENT reference is required in multi-user "
                                                "mode"));
    return {};
}

void V1Api::registerRunRoutes(ApiRouter &router)
{
    Store &store = m_ctx.store;
    const Dialect v1 = Dialect::V1;
    router.add("GET", "/apis/v1beta1/runs", v1, [this, &store](const HttpRequest &req, auto) {
        RunScope scope;
        if (ApiError e = referenceFilter(req, &scope); e.isError())
            return Result(e);
        return listItems(
            req, Dialect::V1, fields::runs(), store.runs,
            [&](const Run &r) { return scope.contains(r); },
            [](const Run &r, const QString &f) { return fields::run(r, f, Dialect::V1); },
            [this](const Run &r) { return runJson(r); }, "runs");
    });
    router.add("POST", "/apis/v1beta1/runs", v1,
               [this](const HttpRequest &req, auto) { return createRun(req); });
    router.add("GET", "/apis/v1beta1/runs/{id}", v1,
               getHandler(store.runs, "Run", [this](const Run &r) { return runDetailJson(r); }));
    router.add("DELETE", "/apis/v1beta1/runs/{id}", v1, deleteHandler(store, store.runs, "Run"));
    addRunArchiveRoutes(router, "/apis/v1beta1/runs", v1, store);
    // v1 uses the slash form for terminate/retry (v2 uses ":terminate").
    addRunControlRoutes(router, "/apis/v1beta1/runs", QLatin1Char('/'), v1, m_ctx.simulator);
}

Result V1Api::createJob(const HttpRequest &req)
{
    QJsonObject body;
    if (ApiError e = parseBody(req, &body); e.isError())
        return e;
    Run input;
    if (ApiError e = readRunInput(body, &input); e.isError())
        return e;
    RecurringRun j;
    j.name = input.name;
    j.description = input.description;
    j.experimentId = input.experimentId;
    j.ns = input.ns;
    j.serviceAccount = input.serviceAccount;
    j.pipelineRoot = input.pipelineRoot;
    j.source = input.source;
    j.params = input.params;
    j.maxConcurrency = int64Value(field(body, "max_concurrency"), 0);
    if (j.maxConcurrency < 1 || j.maxConcurrency > 10)
        return ApiError::invalid(QStringLiteral("The max concurrency of the job should be in "
                                                "range [1, 10]. Got %1")
                                     .arg(j.maxConcurrency));
    if (ApiError e = readTrigger(field(body, "trigger").toObject(), &j); e.isError())
        return e;
    j.enabled = field(body, "enabled").toBool();
    j.noCatchup = field(body, "no_catchup").toBool();
    addRecurringRun(m_ctx, &j);
    return jobJson(j);
}

void V1Api::registerJobRoutes(ApiRouter &router)
{
    Store &store = m_ctx.store;
    const Dialect v1 = Dialect::V1;
    router.add("GET", "/apis/v1beta1/jobs", v1, [this, &store](const HttpRequest &req, auto) {
        RunScope scope;
        if (ApiError e = referenceFilter(req, &scope); e.isError())
            return Result(e);
        return listItems(
            req, Dialect::V1, fields::recurringRuns(), store.recurringRuns,
            [&](const RecurringRun &r) { return scope.contains(r); }, fields::recurringRun,
            [this](const RecurringRun &r) { return jobJson(r); }, "jobs");
    });
    router.add("POST", "/apis/v1beta1/jobs", v1,
               [this](const HttpRequest &req, auto) { return createJob(req); });
    router.add("GET", "/apis/v1beta1/jobs/{id}", v1,
               getHandler(store.recurringRuns, "Job",
                          [this](const RecurringRun &r) { return jobJson(r); }));
    router.add("DELETE", "/apis/v1beta1/jobs/{id}", v1,
               deleteHandler(store, store.recurringRuns, "Job"));
    // v1 uses the slash form (/enable, /disable).
    addRecurringRunSwitchRoutes(router, "/apis/v1beta1/jobs", QLatin1Char('/'), v1, m_ctx, "Job");
}

} // namespace kfp::sandbox
