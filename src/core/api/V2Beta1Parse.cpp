// Response parsing for /apis/v2beta1.

#include "V2Beta1Dialect.h"

#include <QJsonArray>

namespace kfp {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

StorageState storageState(const QString &name)
{
    // STORAGE_STATE_UNSPECIFIED is the zero value and so is omitted.
    if (name == QLatin1String("AVAILABLE"))
        return StorageState::Available;
    if (name == QLatin1String("ARCHIVED"))
        return StorageState::Archived;
    return StorageState::Unspecified;
}

QList<StateChange> stateHistory(const QJsonValue &value)
{
    QList<StateChange> history;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        history.append({wire::readTime(o.value(QLatin1String("update_time"))),
                        runStateFromName(str(o, "state")),
                        wire::readItemError(o.value(QLatin1String("error")))});
    }
    return history;
}

TaskDetail taskDetail(const QJsonObject &o)
{
    TaskDetail t;
    t.taskId = str(o, "task_id");
    t.runId = str(o, "run_id");
    t.displayName = str(o, "display_name");
    t.podName = str(o, "pod_name"); // = Argo node id, used for logs
    t.parentTaskId = str(o, "parent_task_id");
    t.state = runStateFromName(str(o, "state"));
    t.createTime = wire::readTime(o.value(QLatin1String("create_time")));
    t.startTime = wire::readTime(o.value(QLatin1String("start_time")));
    t.endTime = wire::readTime(o.value(QLatin1String("end_time")));
    t.errorMessage = wire::readItemError(o.value(QLatin1String("error")));
    for (const QJsonValue &child : o.value(QLatin1String("child_tasks")).toArray()) {
        const QJsonObject c = child.toObject();
        const QString id = str(c, "task_id");
        t.childTaskIds.append(id.isEmpty() ? str(c, "pod_name") : id);
    }
    t.stateHistory = stateHistory(o.value(QLatin1String("state_history")));
    return t;
}

// The pipeline_source oneof and runtime_config shared by Run and RecurringRun.
template<class T> void readSource(const QJsonObject &o, T *item)
{
    const QJsonObject ref = o.value(QLatin1String("pipeline_version_reference")).toObject();
    item->pipelineId = str(ref, "pipeline_id");
    item->pipelineVersionId = str(ref, "pipeline_version_id");
    if (item->pipelineVersionId.isEmpty()) // deprecated top-level field of early 2.x
        item->pipelineVersionId = str(o, "pipeline_version_id");
    item->pipelineSpec = o.value(QLatin1String("pipeline_spec")).toObject();
    const QJsonObject runtime = o.value(QLatin1String("runtime_config")).toObject();
    const QJsonObject params = runtime.value(QLatin1String("parameters")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        item->parameters.append({it.key(), it.value()});
    item->pipelineRoot = str(runtime, "pipeline_root");
    item->serviceAccount = str(o, "service_account");
    item->experimentId = str(o, "experiment_id");
    item->namespaceName = str(o, "namespace");
    item->description = str(o, "description");
    item->displayName = str(o, "display_name");
    item->errorMessage = wire::readItemError(o.value(QLatin1String("error")));
}

Trigger trigger(const QJsonObject &o)
{
    Trigger t;
    const QJsonObject cron = o.value(QLatin1String("cron_schedule")).toObject();
    const QJsonObject periodic = o.value(QLatin1String("periodic_schedule")).toObject();
    const QJsonObject &schedule = cron.isEmpty() ? periodic : cron;
    if (!cron.isEmpty()) {
        t.kind = Trigger::Kind::Cron;
        t.cron = str(cron, "cron");
    } else if (!periodic.isEmpty()) {
        t.kind = Trigger::Kind::Periodic;
        t.intervalSeconds = wire::readInt64(periodic.value(QLatin1String("interval_second")));
    }
    t.startTime = wire::readTime(schedule.value(QLatin1String("start_time")));
    t.endTime = wire::readTime(schedule.value(QLatin1String("end_time")));
    return t;
}

} // namespace

Pipeline V2Beta1Dialect::parsePipeline(const QJsonObject &o) const
{
    Pipeline p;
    p.id = str(o, "pipeline_id");
    p.name = str(o, "name");
    p.displayName = str(o, "display_name");
    p.description = str(o, "description");
    p.namespaceName = str(o, "namespace");
    p.createdAt = wire::readTime(o.value(QLatin1String("created_at")));
    p.tags = wire::readStringMap(o.value(QLatin1String("tags")));
    p.errorMessage = wire::readItemError(o.value(QLatin1String("error")));
    return p;
}

Page<Pipeline> V2Beta1Dialect::parsePipelines(const QJsonObject &json) const
{
    return parsePage<Pipeline>(json, QStringLiteral("pipelines"),
                               [this](const QJsonObject &o) { return parsePipeline(o); });
}

PipelineVersion V2Beta1Dialect::parsePipelineVersion(const QJsonObject &o) const
{
    PipelineVersion v;
    v.id = str(o, "pipeline_version_id");
    v.pipelineId = str(o, "pipeline_id");
    v.name = str(o, "name");
    v.displayName = str(o, "display_name");
    v.description = str(o, "description");
    v.createdAt = wire::readTime(o.value(QLatin1String("created_at")));
    v.packageUrl = str(o.value(QLatin1String("package_url")).toObject(), "pipeline_url");
    v.codeSourceUrl = str(o, "code_source_url");
    // A Struct: the bare IR, or {pipeline_spec, platform_spec} when the YAML had a platform spec.
    v.pipelineSpec = o.value(QLatin1String("pipeline_spec")).toObject();
    v.tags = wire::readStringMap(o.value(QLatin1String("tags")));
    v.errorMessage = wire::readItemError(o.value(QLatin1String("error")));
    return v;
}

Page<PipelineVersion> V2Beta1Dialect::parsePipelineVersions(const QJsonObject &json) const
{
    return parsePage<PipelineVersion>(
        json, QStringLiteral("pipeline_versions"),
        [this](const QJsonObject &o) { return parsePipelineVersion(o); });
}

Experiment V2Beta1Dialect::parseExperiment(const QJsonObject &o) const
{
    Experiment e;
    e.id = str(o, "experiment_id");
    e.displayName = str(o, "display_name");
    e.description = str(o, "description");
    e.namespaceName = str(o, "namespace");
    e.createdAt = wire::readTime(o.value(QLatin1String("created_at")));
    e.lastRunCreatedAt = wire::readTime(o.value(QLatin1String("last_run_created_at")));
    e.storageState = storageState(str(o, "storage_state"));
    e.errorMessage = wire::readItemError(o.value(QLatin1String("error")));
    return e;
}

Page<Experiment> V2Beta1Dialect::parseExperiments(const QJsonObject &json) const
{
    return parsePage<Experiment>(json, QStringLiteral("experiments"),
                                 [this](const QJsonObject &o) { return parseExperiment(o); });
}

Run V2Beta1Dialect::parseRun(const QJsonObject &o) const
{
    Run r;
    r.id = str(o, "run_id");
    readSource(o, &r);
    r.recurringRunId = str(o, "recurring_run_id");
    r.storageState = storageState(str(o, "storage_state"));
    r.rawState = str(o, "state");
    r.state = runStateFromName(r.rawState);
    // toApiRun always writes the three times; the epoch means "not yet".
    r.createdAt = wire::readTime(o.value(QLatin1String("created_at")));
    r.scheduledAt = wire::readTime(o.value(QLatin1String("scheduled_at")));
    r.finishedAt = wire::readTime(o.value(QLatin1String("finished_at")));
    r.stateHistory = stateHistory(o.value(QLatin1String("state_history")));
    const QJsonObject details = o.value(QLatin1String("run_details")).toObject();
    for (const QJsonValue &task : details.value(QLatin1String("task_details")).toArray())
        r.tasks.append(taskDetail(task.toObject()));
    return r;
}

Page<Run> V2Beta1Dialect::parseRuns(const QJsonObject &json) const
{
    return parsePage<Run>(json, QStringLiteral("runs"),
                          [this](const QJsonObject &o) { return parseRun(o); });
}

RecurringRun V2Beta1Dialect::parseRecurringRun(const QJsonObject &o) const
{
    RecurringRun r;
    r.id = str(o, "recurring_run_id");
    readSource(o, &r);
    r.trigger = trigger(o.value(QLatin1String("trigger")).toObject());
    r.maxConcurrency = wire::readInt64(o.value(QLatin1String("max_concurrency")), 1);
    r.noCatchup = o.value(QLatin1String("no_catchup")).toBool();
    r.createdAt = wire::readTime(o.value(QLatin1String("created_at")));
    r.updatedAt = wire::readTime(o.value(QLatin1String("updated_at")));
    r.rawStatus = str(o, "status");
    // status (ENABLED/DISABLED) is the output; mode (ENABLE/DISABLE) is input but may echo back.
    r.enabled = r.rawStatus.isEmpty() ? str(o, "mode") == QLatin1String("ENABLE")
                                      : r.rawStatus == QLatin1String("ENABLED");
    return r;
}

Page<RecurringRun> V2Beta1Dialect::parseRecurringRuns(const QJsonObject &json) const
{
    // The list key is camelCase "recurringRuns" (as spelled in the proto), unlike every other key.
    QString key = QStringLiteral("recurringRuns");
    if (!json.contains(key) && json.contains(QLatin1String("recurring_runs")))
        key = QStringLiteral("recurring_runs");
    return parsePage<RecurringRun>(json, key,
                                   [this](const QJsonObject &o) { return parseRecurringRun(o); });
}

} // namespace kfp
