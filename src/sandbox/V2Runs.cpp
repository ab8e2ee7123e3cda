// v2beta1 runs and recurring runs.
#include "sandbox/RunSimulator.h"
#include "sandbox/V2Api.h"

#include "sandbox/CronSchedule.h"

namespace kfp::sandbox {
namespace {

QJsonArray historyJson(const QList<StateEvent> &h)
{
    QJsonArray a;
    for (const StateEvent &e : h) {
        QJsonObject o{{"update_time", rfc3339(e.timeMs / 1000)}, {"state", runStateName(e.state)}};
        if (!e.error.isEmpty())
            o.insert("error", QJsonObject{{"code", grpc::Internal}, {"message", e.error}});
        a.append(o);
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
    QJsonObject rc;
    if (!r.params.isEmpty())
        rc.insert("parameters", r.params);
    if (!r.pipelineRoot.isEmpty())
        rc.insert("pipeline_root", r.pipelineRoot);
    if (!rc.isEmpty())
        o.insert("runtime_config", rc);
    if (!r.serviceAccount.isEmpty())
        o.insert("service_account", r.serviceAccount);
    if (!r.error.isEmpty())
        o.insert("error", QJsonObject{{"code", grpc::Internal}, {"message", r.error}});
    if (!r.recurringRunId.isEmpty())
        o.insert("recurring_run_id", r.recurringRunId);
    if (!r.history.isEmpty())
        o.insert("state_history", historyJson(r.history));
    if (!r.tasks.isEmpty()) {
        // A root DAG task whose children are the pipeline's top-level tasks.
        const QString rootId = r.id + QStringLiteral("-root");
        QJsonArray tasks, children;
        for (const Task &t : r.tasks) {
            children.append(QJsonObject{{"task_id", t.id}, {"pod_name", t.podName}});
            QJsonObject td{{"run_id", r.id},
                           {"task_id", t.id},
                           {"display_name", t.displayName},
                           {"create_time", ts(t.createMs)},
                           {"start_time", ts(t.startMs)},
                           {"end_time", ts(t.endMs)},
                           {"state", runStateName(t.state)},
                           {"pod_name", t.podName},
                           {"parent_task_id", rootId},
                           {"executor_detail", QJsonObject{{"main_job", t.podName}}}};
            if (!t.history.isEmpty())
                td.insert("state_history", historyJson(t.history));
            if (t.state == RunState::Failed)
                td.insert("error", QJsonObject{{"code", grpc::Internal},
                                               {"message", QStringLiteral("task failed")}});
            tasks.append(td);
        }
        QJsonObject root{{"run_id", r.id},
                         {"task_id", rootId},
                         {"display_name", "root"},
                         {"create_time", rfc3339(r.createdAt)},
                         {"start_time", rfc3339(r.createdAt)},
                         {"end_time", rfc3339(r.finishedAt)},
                         {"state", runStateName(r.state)},
                         {"child_tasks", children}};
        tasks.prepend(root);
        o.insert("run_details", QJsonObject{{"task_details", tasks}});
    }
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
    QJsonObject rc;
    if (!r.params.isEmpty())
        rc.insert("parameters", r.params);
    if (!r.pipelineRoot.isEmpty())
        rc.insert("pipeline_root", r.pipelineRoot);
    if (!rc.isEmpty())
        o.insert("runtime_config", rc);
    if (!r.serviceAccount.isEmpty())
        o.insert("service_account", r.serviceAccount);
    QJsonObject sched;
    if (r.startTime > 0)
        sched.insert("start_time", rfc3339(r.startTime));
    if (r.endTime > 0)
        sched.insert("end_time", rfc3339(r.endTime));
    if (r.cron) {
        sched.insert("cron", r.cronExpr);
        o.insert("trigger", QJsonObject{{"cron_schedule", sched}});
    } else {
        sched.insert("interval_second", QString::number(r.intervalSecs));
        o.insert("trigger", QJsonObject{{"periodic_schedule", sched}});
    }
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
    return m_ctx.simulator.resolveSpec(*source, &spec);
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
        const QString expId = req.param("experiment_id");
        if (m_ctx.multiUser && req.param("namespace").isEmpty() && expId.isEmpty())
            return Result(ApiError::invalid(QStringLiteral(
                "ListRuns must filter by namespace or experiment_id in multi-user mode")));
        ListQuery q;
        if (ApiError e = ListEngine::parse(req, Dialect::V2, fields::runs(), "created_at", &q);
            e.isError())
            return Result(e);
        const QString wanted = ns(req.param("namespace"));
        const bool byNs = m_ctx.multiUser && expId.isEmpty();
        int total = 0;
        QString next;
        const auto page = ListEngine::apply(
            store.runs,
            [&](const Run &r) {
                return (expId.isEmpty() || r.experimentId == expId) && (!byNs || r.ns == wanted);
            },
            [](const Run &r, const QString &f) { return fields::run(r, f, Dialect::V2); }, "id", q,
            &total, &next);
        QJsonArray items;
        for (const Run *r : page)
            items.append(runJson(*r));
        return Result(listResponse("runs", items, total, next));
    });
    router.add("POST", "/apis/v2beta1/runs", v2,
               [this](const HttpRequest &req, auto) { return createRun(req); });
    router.add("GET", "/apis/v2beta1/runs/{id}", v2,
               [this, &store](const HttpRequest &, const QStringList &a) {
                   if (!store.runs.contains(a[0]))
                       return Result(ApiError::notFound("Run", a[0]));
                   return Result(runJson(store.runs[a[0]]));
               });
    router.add("DELETE", "/apis/v2beta1/runs/{id}", v2,
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
    router.add("POST", "/apis/v2beta1/runs/{id}:archive", v2,
               [setArchived](const HttpRequest &, const QStringList &a) {
                   return setArchived(a[0], true);
               });
    router.add("POST", "/apis/v2beta1/runs/{id}:unarchive", v2,
               [setArchived](const HttpRequest &, const QStringList &a) {
                   return setArchived(a[0], false);
               });
    router.add("POST", "/apis/v2beta1/runs/{id}:terminate", v2,
               [this](const HttpRequest &, const QStringList &a) {
                   const ApiError e = m_ctx.simulator.terminate(a[0]);
                   return e.isError() ? Result(e) : Result(QJsonObject{});
               });
    router.add("POST", "/apis/v2beta1/runs/{id}:retry", v2,
               [this](const HttpRequest &, const QStringList &a) {
                   const ApiError e = m_ctx.simulator.retry(a[0]);
                   return e.isError() ? Result(e) : Result(QJsonObject{});
               });
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
    const QJsonObject trigger = field(body, "trigger").toObject();
    const QJsonObject cron = field(trigger, "cron_schedule").toObject();
    const QJsonObject periodic = field(trigger, "periodic_schedule").toObject();
    const QJsonObject sched = cron.isEmpty() ? periodic : cron;
    bool ok = true;
    rr.startTime = hasField(sched, "start_time")
                       ? parseRfc3339(field(sched, "start_time").toString(), &ok)
                       : 0;
    rr.endTime =
        hasField(sched, "end_time") ? parseRfc3339(field(sched, "end_time").toString(), &ok) : 0;
    if (!cron.isEmpty()) {
        rr.cron = true;
        rr.cronExpr = field(cron, "cron").toString();
        CronSchedule cs;
        QString error;
        if (!CronSchedule::parse(rr.cronExpr, &cs, &error))
            return ApiError::invalid(error);
    } else {
        rr.intervalSecs = int64Value(field(periodic, "interval_second"), 0);
        if (rr.intervalSecs <= 0)
            return ApiError::invalid(QStringLiteral("Found invalid periodic schedule: "
                                                    "interval_second must be > 0"));
    }
    // mode ENABLE/DISABLE (input only); unspecified creates an enabled recurring run.
    rr.enabled = enumValue(field(body, "mode"), {"MODE_UNSPECIFIED", "ENABLE", "DISABLE"}) != 2;
    rr.noCatchup = field(body, "no_catchup").toBool();
    rr.id = newId();
    rr.createdAt = rr.updatedAt = nowSecs();
    store.recurringRuns.insert(rr.id, rr);
    store.touch();
    m_ctx.simulator.resume();
    return recurringRunJson(rr);
}

void V2Api::registerRecurringRunRoutes(ApiRouter &router)
{
    Store &store = m_ctx.store;
    const Dialect v2 = Dialect::V2;
    router.add(
        "GET", "/apis/v2beta1/recurringruns", v2, [this, &store](const HttpRequest &req, auto) {
            const QString expId = req.param("experiment_id");
            if (m_ctx.multiUser && req.param("namespace").isEmpty() && expId.isEmpty())
                return Result(
                    ApiError::invalid(QStringLiteral("ListRecurringRuns must filter by namespace "
                                                     "or experiment_id in multi-user mode")));
            ListQuery q;
            if (ApiError e =
                    ListEngine::parse(req, Dialect::V2, fields::recurringRuns(), "created_at", &q);
                e.isError())
                return Result(e);
            const QString wanted = ns(req.param("namespace"));
            const bool byNs = m_ctx.multiUser && expId.isEmpty();
            int total = 0;
            QString next;
            const auto page = ListEngine::apply(
                store.recurringRuns,
                [&](const RecurringRun &r) {
                    return (expId.isEmpty() || r.experimentId == expId) &&
                           (!byNs || r.ns == wanted);
                },
                fields::recurringRun, "id", q, &total, &next);
            QJsonArray items;
            for (const RecurringRun *r : page)
                items.append(recurringRunJson(*r));
            // The proto names this field recurringRuns, so the wire key is camelCase.
            return Result(listResponse("recurringRuns", items, total, next));
        });
    router.add("POST", "/apis/v2beta1/recurringruns", v2,
               [this](const HttpRequest &req, auto) { return createRecurringRun(req); });
    router.add("GET", "/apis/v2beta1/recurringruns/{id}", v2,
               [this, &store](const HttpRequest &, const QStringList &a) {
                   if (!store.recurringRuns.contains(a[0]))
                       return Result(ApiError::notFound("RecurringRun", a[0]));
                   return Result(recurringRunJson(store.recurringRuns[a[0]]));
               });
    router.add("DELETE", "/apis/v2beta1/recurringruns/{id}", v2,
               [&store](const HttpRequest &, const QStringList &a) {
                   if (!store.recurringRuns.remove(a[0]))
                       return Result(ApiError::notFound("RecurringRun", a[0]));
                   store.touch();
                   return Result(QJsonObject{});
               });
    auto setEnabled = [this, &store](const QString &id, bool enabled) {
        auto it = store.recurringRuns.find(id);
        if (it == store.recurringRuns.end())
            return Result(ApiError::notFound("RecurringRun", id));
        it->enabled = enabled;
        it->nextFireMs = 0;
        it->updatedAt = nowSecs();
        store.touch();
        m_ctx.simulator.resume();
        return Result(QJsonObject{});
    };
    router.add(
        "POST", "/apis/v2beta1/recurringruns/{id}:enable", v2,
        [setEnabled](const HttpRequest &, const QStringList &a) { return setEnabled(a[0], true); });
    router.add("POST", "/apis/v2beta1/recurringruns/{id}:disable", v2,
               [setEnabled](const HttpRequest &, const QStringList &a) {
                   return setEnabled(a[0], false);
               });
}

} // namespace kfp::sandbox
