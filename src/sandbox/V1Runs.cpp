// v1beta1 runs (RunDetail with an Argo workflow_manifest) and jobs.
#include "sandbox/CronSchedule.h"
#include "sandbox/PipelineSpec.h"
#include "sandbox/RunSimulator.h"
#include "sandbox/V1Api.h"
#include "sandbox/V2Api.h"

#include <QJsonDocument>

namespace kfp::sandbox {
namespace {

// Argo node phases.
QString argoPhase(RunState s)
{
    switch (s) {
    case RunState::Pending:
        return QStringLiteral("Pending");
    case RunState::Running:
    case RunState::Canceling:
        return QStringLiteral("Running");
    case RunState::Succeeded:
        return QStringLiteral("Succeeded");
    case RunState::Skipped:
        return QStringLiteral("Skipped");
    case RunState::Canceled:
    case RunState::Failed:
        return QStringLiteral("Failed");
    default:
        return QStringLiteral("Pending");
    }
}

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
    const QString wf = r.id.left(8);
    QJsonObject nodes;
    QJsonArray rootChildren;
    for (const Task &t : r.tasks) {
        if (t.state == RunState::Pending && t.startMs == 0)
            continue; // Argo creates a node only once the step is scheduled
        QJsonArray children;
        for (const Task &c : r.tasks)
            if (c.deps.contains(t.name) && c.startMs > 0)
                children.append(c.podName);
        if (t.deps.isEmpty())
            rootChildren.append(t.podName);
        QJsonObject node{{"id", t.podName},
                         {"name", wf + QLatin1Char('.') + t.name},
                         {"displayName", t.name},
                         {"type", "Pod"},
                         {"phase", argoPhase(t.state)},
                         {"startedAt", argoTime(t.startMs)},
                         {"finishedAt", argoTime(t.endMs)},
                         {"boundaryID", wf}};
        if (!children.isEmpty())
            node.insert("children", children);
        nodes.insert(t.podName, node);
    }
    QJsonObject root{{"id", wf},
                     {"name", wf},
                     {"displayName", wf},
                     {"type", "DAG"},
                     {"phase", argoPhase(r.state)},
                     {"startedAt", rfc3339(r.createdAt)},
                     {"finishedAt", r.finishedAt ? rfc3339(r.finishedAt) : QString()}};
    if (!rootChildren.isEmpty())
        root.insert("children", rootChildren);
    nodes.insert(wf, root);
    QJsonObject status{{"phase", argoPhase(r.state)},
                       {"startedAt", rfc3339(r.createdAt)},
                       {"finishedAt", r.finishedAt ? rfc3339(r.finishedAt) : QString()},
                       {"nodes", nodes}};
    if (!r.error.isEmpty())
        status.insert("message", r.error);
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
    if (!r.error.isEmpty())
        o.insert("error", r.error);
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
    QJsonObject sched;
    if (j.startTime > 0)
        sched.insert("start_time", rfc3339(j.startTime));
    if (j.endTime > 0)
        sched.insert("end_time", rfc3339(j.endTime));
    if (j.cron) {
        sched.insert("cron", j.cronExpr);
        o.insert("trigger", QJsonObject{{"cron_schedule", sched}});
    } else {
        sched.insert("interval_second", QString::number(j.intervalSecs));
        o.insert("trigger", QJsonObject{{"periodic_schedule", sched}});
    }
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
    return m_ctx.simulator.resolveSpec(run->source, &resolved);
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

ApiError V1Api::referenceFilter(const HttpRequest &req, QString *experimentId, QString *ns,
                                bool *byNs) const
{
    const int type = v1ResourceType(req.param("resource_reference_key.type"));
    const QString id = req.param("resource_reference_key.id");
    *byNs = false;
    if (type == 1)
        *experimentId = id;
    else if (type == 5 && m_ctx.multiUser) {
        *ns = id;
        *byNs = true;
    }
    if (m_ctx.multiUser && experimentId->isEmpty() && !*byNs)
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
        QString expId, ns;
        bool byNs = false;
        if (ApiError e = referenceFilter(req, &expId, &ns, &byNs); e.isError())
            return Result(e);
        ListQuery q;
        if (ApiError e = ListEngine::parse(req, Dialect::V1, fields::runs(), "created_at", &q);
            e.isError())
            return Result(e);
        int total = 0;
        QString next;
        const auto page = ListEngine::apply(
            store.runs,
            [&](const Run &r) {
                return (expId.isEmpty() || r.experimentId == expId) && (!byNs || r.ns == ns);
            },
            [](const Run &r, const QString &f) { return fields::run(r, f, Dialect::V1); }, "id", q,
            &total, &next);
        QJsonArray items;
        for (const Run *r : page)
            items.append(runJson(*r));
        return Result(listResponse("runs", items, total, next));
    });
    router.add("POST", "/apis/v1beta1/runs", v1,
               [this](const HttpRequest &req, auto) { return createRun(req); });
    router.add("GET", "/apis/v1beta1/runs/{id}", v1,
               [this, &store](const HttpRequest &, const QStringList &a) {
                   if (!store.runs.contains(a[0]))
                       return Result(ApiError::notFound("Run", a[0]));
                   return Result(runDetailJson(store.runs[a[0]]));
               });
    router.add("DELETE", "/apis/v1beta1/runs/{id}", v1,
               [&store](const HttpRequest &, const QStringList &a) {
                   if (!store.runs.remove(a[0]))
                       return Result(ApiError::notFound("Run", a[0]));
                   store.touch();
                   return Result(QJsonObject{});
               });
    auto setArchived = [&store](const QString &id, bool archived) {
        auto it = store.runs.find(id);
        if (it == store.runs.end())
            return Result(ApiError::notFound("Run", id));
        it->archived = archived;
        store.touch();
        return Result(QJsonObject{});
    };
    router.add("POST", "/apis/v1beta1/runs/{id}:archive", v1,
               [setArchived](const HttpRequest &, const QStringList &a) {
                   return setArchived(a[0], true);
               });
    router.add("POST", "/apis/v1beta1/runs/{id}:unarchive", v1,
               [setArchived](const HttpRequest &, const QStringList &a) {
                   return setArchived(a[0], false);
               });
    // v1 uses the slash form for terminate/retry (v2 uses ":terminate").
    router.add("POST", "/apis/v1beta1/runs/{id}/terminate", v1,
               [this](const HttpRequest &, const QStringList &a) {
                   const ApiError e = m_ctx.simulator.terminate(a[0]);
                   return e.isError() ? Result(e) : Result(QJsonObject{});
               });
    router.add("POST", "/apis/v1beta1/runs/{id}/retry", v1,
               [this](const HttpRequest &, const QStringList &a) {
                   const ApiError e = m_ctx.simulator.retry(a[0]);
                   return e.isError() ? Result(e) : Result(QJsonObject{});
               });
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
    const QJsonObject trigger = field(body, "trigger").toObject();
    const QJsonObject cron = field(trigger, "cron_schedule").toObject();
    const QJsonObject periodic = field(trigger, "periodic_schedule").toObject();
    const QJsonObject sched = cron.isEmpty() ? periodic : cron;
    bool ok = true;
    j.startTime = hasField(sched, "start_time")
                      ? parseRfc3339(field(sched, "start_time").toString(), &ok)
                      : 0;
    j.endTime =
        hasField(sched, "end_time") ? parseRfc3339(field(sched, "end_time").toString(), &ok) : 0;
    if (!cron.isEmpty()) {
        j.cron = true;
        j.cronExpr = field(cron, "cron").toString();
        CronSchedule cs;
        QString error;
        if (!CronSchedule::parse(j.cronExpr, &cs, &error))
            return ApiError::invalid(error);
    } else {
        j.intervalSecs = int64Value(field(periodic, "interval_second"), 0);
        if (j.intervalSecs <= 0)
            return ApiError::invalid(QStringLiteral("Found invalid periodic schedule: "
                                                    "interval_second must be > 0"));
    }
    j.enabled = field(body, "enabled").toBool();
    j.noCatchup = field(body, "no_catchup").toBool();
    j.id = newId();
    j.createdAt = j.updatedAt = nowSecs();
    m_ctx.store.recurringRuns.insert(j.id, j);
    m_ctx.store.touch();
    m_ctx.simulator.resume();
    return jobJson(j);
}

void V1Api::registerJobRoutes(ApiRouter &router)
{
    Store &store = m_ctx.store;
    const Dialect v1 = Dialect::V1;
    router.add("GET", "/apis/v1beta1/jobs", v1, [this, &store](const HttpRequest &req, auto) {
        QString expId, ns;
        bool byNs = false;
        if (ApiError e = referenceFilter(req, &expId, &ns, &byNs); e.isError())
            return Result(e);
        ListQuery q;
        if (ApiError e =
                ListEngine::parse(req, Dialect::V1, fields::recurringRuns(), "created_at", &q);
            e.isError())
            return Result(e);
        int total = 0;
        QString next;
        const auto page = ListEngine::apply(
            store.recurringRuns,
            [&](const RecurringRun &r) {
                return (expId.isEmpty() || r.experimentId == expId) && (!byNs || r.ns == ns);
            },
            fields::recurringRun, "id", q, &total, &next);
        QJsonArray items;
        for (const RecurringRun *r : page)
            items.append(jobJson(*r));
        return Result(listResponse("jobs", items, total, next));
    });
    router.add("POST", "/apis/v1beta1/jobs", v1,
               [this](const HttpRequest &req, auto) { return createJob(req); });
    router.add("GET", "/apis/v1beta1/jobs/{id}", v1,
               [this, &store](const HttpRequest &, const QStringList &a) {
                   if (!store.recurringRuns.contains(a[0]))
                       return Result(ApiError::notFound("Job", a[0]));
                   return Result(jobJson(store.recurringRuns[a[0]]));
               });
    router.add("DELETE", "/apis/v1beta1/jobs/{id}", v1,
               [&store](const HttpRequest &, const QStringList &a) {
                   if (!store.recurringRuns.remove(a[0]))
                       return Result(ApiError::notFound("Job", a[0]));
                   store.touch();
                   return Result(QJsonObject{});
               });
    auto setEnabled = [this, &store](const QString &id, bool enabled) {
        auto it = store.recurringRuns.find(id);
        if (it == store.recurringRuns.end())
            return Result(ApiError::notFound("Job", id));
        it->enabled = enabled;
        it->nextFireMs = 0;
        it->updatedAt = nowSecs();
        store.touch();
        m_ctx.simulator.resume();
        return Result(QJsonObject{});
    };
    // v1 uses the slash form (/enable, /disable).
    router.add(
        "POST", "/apis/v1beta1/jobs/{id}/enable", v1,
        [setEnabled](const HttpRequest &, const QStringList &a) { return setEnabled(a[0], true); });
    router.add("POST", "/apis/v1beta1/jobs/{id}/disable", v1,
               [setEnabled](const HttpRequest &, const QStringList &a) {
                   return setEnabled(a[0], false);
               });
}

} // namespace kfp::sandbox
