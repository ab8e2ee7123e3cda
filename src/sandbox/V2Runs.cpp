// v2beta1 runs and recurring runs.
#include "sandbox/ArgoNodes.h"
#include "sandbox/RouteHelpers.h"
#include "sandbox/RunSimulator.h"
#include "sandbox/V2Api.h"

#include <QUuid>

namespace kfp::sandbox {
namespace {

QJsonArray historyJson(const QList<StateEvent> &h)
{
    QJsonArray a;
    for (const StateEvent &e : h) {
        // RuntimeStatus as run_store.go keeps it: {UpdateTimeInSec, State}, never an error.
        a.append(QJsonObject{{"update_time", rfc3339(e.timeMs / 1000)},
                             {"state", runStateName(e.state)}});
    }
    return a;
}

const QStringList kRunFields = {"experiment_id",
                                "run_id",
                                "display_name",
                                "storage_state",
                                "description",
                                "pipeline_version_id",
                                "pipeline_version_reference",
                                "pipeline_spec",
                                "runtime_config",
                                "service_account",
                                "created_at",
                                "scheduled_at",
                                "finished_at",
                                "state",
                                "error",
                                "run_details",
                                "recurring_run_id",
                                "state_history",
                                "plugins_input"};
const QStringList kRecurringFields = {"recurring_run_id",
                                      "display_name",
                                      "description",
                                      "pipeline_version_id",
                                      "pipeline_version_reference",
                                      "pipeline_spec",
                                      "runtime_config",
                                      "service_account",
                                      "max_concurrency",
                                      "trigger",
                                      "mode",
                                      "created_at",
                                      "updated_at",
                                      "status",
                                      "error",
                                      "no_catchup",
                                      "namespace",
                                      "experiment_id",
                                      "plugins_input"};

QString ts(qint64 ms)
{
    return rfc3339(ms / 1000);
}

// runtime_config {parameters, pipeline_root} of a Run or RecurringRun; empty when both are.
QJsonObject runtimeConfig(const QJsonObject &params, const QString &pipelineRoot)
{
    QJsonObject rc;
    if (!params.isEmpty())
        rc.insert("parameters", params);
    if (!pipelineRoot.isEmpty())
        rc.insert("pipeline_root", pipelineRoot);
    return rc;
}

} // namespace

QJsonObject V2Api::runJson(const Run &r) const
{
    // toApiRun always sets created_at/scheduled_at/finished_at (epoch = unset).
    QJsonObject o{{"experiment_id", r.experimentId},
                  {"run_id", r.id},
                  {"display_name", r.name},
                  {"storage_state", r.archived ? "ARCHIVED" : "AVAILABLE"},
                  {"created_at", rfc3339(r.createdAt)},
                  {"scheduled_at", rfc3339(r.scheduledAt)},
                  {"finished_at", rfc3339(r.finishedAt)},
                  {"state", runStateName(r.state)}};
    if (!r.description.isEmpty())
        o.insert("description", r.description);
    if (!r.source.inlineSpec.isEmpty())
        o.insert("pipeline_spec", r.source.inlineSpec);
    else if (!r.source.pipelineId.isEmpty() || !r.source.pipelineVersionId.isEmpty())
        o.insert("pipeline_version_reference",
                 QJsonObject{{"pipeline_id", r.source.pipelineId},
                             {"pipeline_version_id", r.source.pipelineVersionId}});
    if (const QJsonObject rc = runtimeConfig(r.params, r.pipelineRoot); !rc.isEmpty())
        o.insert("runtime_config", rc);
    if (!r.serviceAccount.isEmpty())
        o.insert("service_account", r.serviceAccount);
    if (!r.recurringRunId.isEmpty())
        o.insert("recurring_run_id", r.recurringRunId);
    if (!r.history.isEmpty())
        o.insert("state_history", historyJson(r.history));
    // One task detail per Argo node (toModelTasks over the workflow's status.nodes, then
    // toApiPipelineTaskDetail): a UUID task_id, the node's display name, phase and times, the
    // workflow's creation time as create_time, children by node id only. No pod_name,
    // parent_task_id, executor_detail, state_history or error.
    QJsonArray tasks;
    for (const ArgoNode &n : ArgoNodes::nodes(r, ArgoNodes::isV1Pipeline(m_ctx.store, r))) {
        QJsonObject td{
            {"run_id", r.id},
            {"task_id",
             QUuid::createUuidV5(QUuid::fromString(r.id), n.id).toString(QUuid::WithoutBraces)},
            {"display_name", n.displayName},
            {"create_time", rfc3339(r.createdAt)},
            {"start_time", ts(n.startedMs)},
            {"end_time", ts(n.finishedMs)},
            {"state", runStateName(ArgoNodes::stateOfPhase(n.phase))}};
        QJsonArray children;
        for (const QString &c : n.children)
            children.append(QJsonObject{{"pod_name", c}});
        if (!children.isEmpty())
            td.insert("child_tasks", children);
        tasks.append(td);
    }
    if (!tasks.isEmpty())
        o.insert("run_details", QJsonObject{{"task_details", tasks}});
    return o;
}

QJsonObject V2Api::recurringRunJson(const RecurringRun &r) const
{
    QJsonObject o{{"recurring_run_id", r.id},
                  {"display_name", r.name},
                  {"max_concurrency", QString::number(r.maxConcurrency)},
                  {"created_at", rfc3339(r.createdAt)},
                  {"updated_at", rfc3339(r.updatedAt)},
                  {"status", r.enabled ? "ENABLED" : "DISABLED"},
                  {"experiment_id", r.experimentId}};
    if (!r.description.isEmpty())
        o.insert("description", r.description);
    if (!r.source.inlineSpec.isEmpty())
        o.insert("pipeline_spec", r.source.inlineSpec);
    else
        o.insert("pipeline_version_reference",
                 QJsonObject{{"pipeline_id", r.source.pipelineId},
                             {"pipeline_version_id", r.source.pipelineVersionId}});
    if (const QJsonObject rc = runtimeConfig(r.params, r.pipelineRoot); !rc.isEmpty())
        o.insert("runtime_config", rc);
    if (!r.serviceAccount.isEmpty())
        o.insert("service_account", r.serviceAccount);
    o.insert("trigger", triggerJson(r));
    if (r.noCatchup)
        o.insert("no_catchup", true);
    if (!r.ns.isEmpty())
        o.insert("namespace", r.ns);
    return o;
}

ApiError V2Api::readSource(const QJsonObject &body, PipelineSource *source) const
{
    const QJsonObject ref = field(body, "pipeline_version_reference").toObject();
    if (const QString bad = unknownField(ref, {"pipeline_id", "pipeline_version_id"});
        !bad.isEmpty())
        return ApiError::invalid(QStringLiteral("unknown field \"%1\"").arg(bad));
    source->pipelineId = field(ref, "pipeline_id").toString();
    source->pipelineVersionId = field(ref, "pipeline_version_id").toString();
    if (source->pipelineVersionId.isEmpty())
        source->pipelineVersionId = field(body, "pipeline_version_id").toString();
    source->inlineSpec = field(body, "pipeline_spec").toObject();
    if (source->inlineSpec.isEmpty() && source->pipelineId.isEmpty() &&
        source->pipelineVersionId.isEmpty())
        return ApiError::invalid(QStringLiteral("Pipeline spec or pipeline version reference is "
                                                "required"));
    QJsonObject spec;
    return m_ctx.simulator.resolveSpec(source, &spec);
}

ApiError V2Api::runScope(const HttpRequest &req, const char *call, RunScope *scope) const
{
    scope->experimentId = req.param("experiment_id");
    if (m_ctx.multiUser && req.param("namespace").isEmpty() && scope->experimentId.isEmpty())
        return ApiError::invalid(
            QStringLiteral("%1 must filter by namespace or experiment_id in multi-user mode")
                .arg(QLatin1String(call)));
    scope->ns = ns(req.param("namespace"));
    scope->byNs = m_ctx.multiUser && scope->experimentId.isEmpty();
    return {};
}

Result V2Api::createRun(const HttpRequest &req)
{
    Store &store = m_ctx.store;
    QJsonObject body;
    if (ApiError e = parseBody(req, &body); e.isError())
        return e;
    if (const QString bad = unknownField(body, kRunFields); !bad.isEmpty())
        return ApiError::invalid(QStringLiteral("unknown field \"%1\" in Run").arg(bad));
    const QJsonObject rc = field(body, "runtime_config").toObject();
    if (const QString bad = unknownField(rc, {"parameters", "pipeline_root"}); !bad.isEmpty())
        return ApiError::invalid(QStringLiteral("unknown field \"%1\" in RuntimeConfig").arg(bad));
    Run run;
    run.name = field(body, "display_name").toString();
    if (run.name.isEmpty())
        return ApiError::invalid(QStringLiteral("The run name is empty. Please specify a valid "
                                                "name"));
    run.description = field(body, "description").toString();
    run.experimentId = field(body, "experiment_id").toString();
    if (run.experimentId.isEmpty())
        run.experimentId = req.param("experiment_id");
    if (run.experimentId.isEmpty()) {
        if (m_ctx.multiUser)
            return ApiError::invalid(QStringLiteral("Experiment id is required in multi-user "
                                                    "mode"));
        run.experimentId = store.defaultExperimentId(QString());
    }
    auto exp = store.experiments.constFind(run.experimentId);
    if (exp == store.experiments.constEnd())
        return ApiError::notFound("Experiment", run.experimentId);
    run.ns = exp->ns;
    run.params = field(rc, "parameters").toObject();
    run.pipelineRoot = field(rc, "pipeline_root").toString();
    run.serviceAccount = field(body, "service_account").toString();
    if (ApiError e = readSource(body, &run.source); e.isError())
        return e;
    QString id;
    if (ApiError e = m_ctx.simulator.start(run, &id); e.isError())
        return e;
    return runJson(store.runs[id]);
}

void V2Api::registerRunRoutes(ApiRouter &router)
{
    Store &store = m_ctx.store;
    const Dialect v2 = Dialect::V2;
    router.add("GET", "/apis/v2beta1/runs", v2, [this, &store](const HttpRequest &req, auto) {
        RunScope scope;
        if (ApiError e = runScope(req, "ListRuns", &scope); e.isError())
            return Result(e);
        return listItems(
            req, Dialect::V2, fields::runs(), store.runs,
            [&](const Run &r) { return scope.contains(r); },
            [](const Run &r, const QString &f) { return fields::run(r, f, Dialect::V2); },
            [this](const Run &r) { return runJson(r); }, "runs");
    });
    router.add("POST", "/apis/v2beta1/runs", v2,
               [this](const HttpRequest &req, auto) { return createRun(req); });
    router.add("GET", "/apis/v2beta1/runs/{id}", v2,
               getHandler(store.runs, "Run", [this](const Run &r) { return runJson(r); }));
    router.add("DELETE", "/apis/v2beta1/runs/{id}", v2, deleteHandler(store, store.runs, "Run"));
    addRunArchiveRoutes(router, "/apis/v2beta1/runs", v2, store);
    addRunControlRoutes(router, "/apis/v2beta1/runs", QLatin1Char(':'), v2, m_ctx.simulator);
}

Result V2Api::createRecurringRun(const HttpRequest &req)
{
    Store &store = m_ctx.store;
    QJsonObject body;
    if (ApiError e = parseBody(req, &body); e.isError())
        return e;
    if (const QString bad = unknownField(body, kRecurringFields); !bad.isEmpty())
        return ApiError::invalid(QStringLiteral("unknown field \"%1\" in RecurringRun").arg(bad));
    RecurringRun rr;
    rr.name = field(body, "display_name").toString();
    if (rr.name.isEmpty())
        return ApiError::invalid(QStringLiteral("The recurring run name is empty"));
    rr.description = field(body, "description").toString();
    rr.experimentId = field(body, "experiment_id").toString();
    if (rr.experimentId.isEmpty() && !m_ctx.multiUser)
        rr.experimentId = store.defaultExperimentId(QString());
    auto exp = store.experiments.constFind(rr.experimentId);
    if (exp == store.experiments.constEnd())
        return ApiError::notFound("Experiment", rr.experimentId);
    rr.ns = exp->ns;
    const QJsonObject rc = field(body, "runtime_config").toObject();
    rr.params = field(rc, "parameters").toObject();
    rr.pipelineRoot = field(rc, "pipeline_root").toString();
    rr.serviceAccount = field(body, "service_account").toString();
    if (ApiError e = readSource(body, &rr.source); e.isError())
        return e;
    rr.maxConcurrency = int64Value(field(body, "max_concurrency"), 0);
    if (rr.maxConcurrency < 1 || rr.maxConcurrency > 10)
        return ApiError::invalid(QStringLiteral("Max concurrency of the recurring run should be "
                                                "in range [1, 10]. Got %1")
                                     .arg(rr.maxConcurrency));
    if (ApiError e = readTrigger(field(body, "trigger").toObject(), &rr); e.isError())
        return e;
    // mode ENABLE/DISABLE (input only); unspecified creates an enabled recurring run.
    rr.enabled = enumValue(field(body, "mode"), {"MODE_UNSPECIFIED", "ENABLE", "DISABLE"}) != 2;
    rr.noCatchup = field(body, "no_catchup").toBool();
    addRecurringRun(m_ctx, &rr);
    return recurringRunJson(rr);
}

void V2Api::registerRecurringRunRoutes(ApiRouter &router)
{
    Store &store = m_ctx.store;
    const Dialect v2 = Dialect::V2;
    router.add(
        "GET", "/apis/v2beta1/recurringruns", v2, [this, &store](const HttpRequest &req, auto) {
            RunScope scope;
            if (ApiError e = runScope(req, "ListRecurringRuns", &scope); e.isError())
                return Result(e);
            // The proto names this field recurringRuns, so the wire key is camelCase.
            return listItems(
                req, Dialect::V2, fields::recurringRuns(), store.recurringRuns,
                [&](const RecurringRun &r) { return scope.contains(r); }, fields::recurringRun,
                [this](const RecurringRun &r) { return recurringRunJson(r); }, "recurringRuns");
        });
    router.add("POST", "/apis/v2beta1/recurringruns", v2,
               [this](const HttpRequest &req, auto) { return createRecurringRun(req); });
    router.add("GET", "/apis/v2beta1/recurringruns/{id}", v2,
               getHandler(store.recurringRuns, "RecurringRun",
                          [this](const RecurringRun &r) { return recurringRunJson(r); }));
    router.add("DELETE", "/apis/v2beta1/recurringruns/{id}", v2,
               deleteHandler(store, store.recurringRuns, "RecurringRun"));
    addRecurringRunSwitchRoutes(router, "/apis/v2beta1/recurringruns", QLatin1Char(':'), v2, m_ctx,
                                "RecurringRun");
}

} // namespace kfp::sandbox
