// Response parsing for /apis/v2beta1.

#include "V2Beta1Dialect.h"

#include "ItemParse.h"

#include <QJsonArray>

namespace kfp {

namespace {

using wire::str;

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
    // A 2.x server sends neither pod_name nor parent_task_id for the Argo nodes it lists (one
    // entry per node, children by node id only: docs/wire.md); read them should one come.
    t.podName = str(o, "pod_name");
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
    item->experimentId = str(o, "experiment_id");
    item->namespaceName = str(o, "namespace");
}

} // namespace

const wire::ItemKeys &V2Beta1Dialect::itemKeys() const
{
    return wire::v2Keys;
}

Pipeline V2Beta1Dialect::parsePipeline(const QJsonObject &o) const
{
    Pipeline p = wire::readPipeline(o, wire::v2Keys);
    p.namespaceName = str(o, "namespace");
    p.tags = wire::readStringMap(o.value(QLatin1String("tags")));
    return p;
}

PipelineVersion V2Beta1Dialect::parsePipelineVersion(const QJsonObject &o) const
{
    PipelineVersion v = wire::readPipelineVersion(o, wire::v2Keys);
    v.pipelineId = str(o, "pipeline_id");
    // A Struct: the bare IR, or {pipeline_spec, platform_spec} when the YAML had a platform spec.
    v.pipelineSpec = o.value(QLatin1String("pipeline_spec")).toObject();
    v.tags = wire::readStringMap(o.value(QLatin1String("tags")));
    return v;
}

Experiment V2Beta1Dialect::parseExperiment(const QJsonObject &o) const
{
    Experiment e = wire::readExperiment(o, wire::v2Keys);
    e.namespaceName = str(o, "namespace");
    e.lastRunCreatedAt = wire::readTime(o.value(QLatin1String("last_run_created_at")));
    e.storageState = storageState(str(o, "storage_state"));
    return e;
}

Run V2Beta1Dialect::parseRun(const QJsonObject &o) const
{
    Run r = wire::readRun(o, wire::v2Keys);
    readSource(o, &r);
    r.recurringRunId = str(o, "recurring_run_id");
    r.storageState = storageState(str(o, "storage_state"));
    r.stateHistory = stateHistory(o.value(QLatin1String("state_history")));
    const QJsonObject details = o.value(QLatin1String("run_details")).toObject();
    for (const QJsonValue &task : details.value(QLatin1String("task_details")).toArray())
        r.tasks.append(taskDetail(task.toObject()));
    return r;
}

RecurringRun V2Beta1Dialect::parseRecurringRun(const QJsonObject &o) const
{
    RecurringRun r = wire::readRecurringRun(o, wire::v2Keys);
    readSource(o, &r);
    // status (ENABLED/DISABLED) is the output; mode (ENABLE/DISABLE) is input but may echo back.
    r.enabled = r.rawStatus.isEmpty() ? str(o, "mode") == QLatin1String("ENABLE")
                                      : r.rawStatus == QLatin1String("ENABLED");
    return r;
}

} // namespace kfp
