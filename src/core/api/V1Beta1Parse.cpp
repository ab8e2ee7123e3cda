// Response parsing for /apis/v1beta1 (KFP 1.8, and 2.x answering through v1).

#include "V1Beta1Dialect.h"

#include "ItemParse.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kfp {

namespace {

using wire::str;

StorageState storageState(const QString &name)
{
    // STORAGESTATE_AVAILABLE is the zero value in 1.8.5, so it is omitted: absent = available.
    if (name == QLatin1String("STORAGESTATE_ARCHIVED") || name == QLatin1String("ARCHIVED"))
        return StorageState::Archived;
    return StorageState::Available;
}

QList<ParameterSpec> parameterSpecs(const QJsonValue &value)
{
    QList<ParameterSpec> list;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        list.append({str(o, "name"), o.value(QLatin1String("value"))}); // Undefined when absent
    }
    return list;
}

// The ids a v1 item points to through resource_references [{key:{type,id}, relationship}].
struct References
{
    QString experimentId, namespaceName, pipelineId, pipelineVersionId, jobId;
};

References references(const QJsonObject &o)
{
    References refs;
    for (const QJsonValue &v : o.value(QLatin1String("resource_references")).toArray()) {
        const QJsonObject key = v.toObject().value(QLatin1String("key")).toObject();
        const QString type = str(key, "type");
        const QString id = str(key, "id");
        if (type == QLatin1String("EXPERIMENT"))
            refs.experimentId = id;
        else if (type == QLatin1String("NAMESPACE"))
            refs.namespaceName = id;
        else if (type == QLatin1String("PIPELINE"))
            refs.pipelineId = id;
        else if (type == QLatin1String("PIPELINE_VERSION"))
            refs.pipelineVersionId = id;
        else if (type == QLatin1String("JOB"))
            refs.jobId = id;
    }
    return refs;
}

// pipeline_spec {pipeline_id, workflow_manifest, parameters[{name,value}], runtime_config} and the
// references shared by Run and Job.
template<class T> void readSource(const QJsonObject &o, T *item)
{
    const QJsonObject spec = o.value(QLatin1String("pipeline_spec")).toObject();
    item->workflowManifest = str(spec, "workflow_manifest");
    for (const QJsonValue &v : spec.value(QLatin1String("parameters")).toArray()) {
        const QJsonObject p = v.toObject();
        item->parameters.append({str(p, "name"), p.value(QLatin1String("value"))});
    }
    // 1.8 "v2-compatible" runs: runtime_config.parameters {name:
    // {int_value|double_value|string_value}}.
    const QJsonObject runtime = spec.value(QLatin1String("runtime_config")).toObject();
    const QJsonObject typed = runtime.value(QLatin1String("parameters")).toObject();
    for (auto it = typed.begin(); it != typed.end(); ++it) {
        const QJsonObject v = it.value().toObject();
        QJsonValue value = v.value(QLatin1String("string_value"));
        if (v.contains(QLatin1String("int_value")))
            value = double(wire::readInt64(v.value(QLatin1String("int_value"))));
        else if (v.contains(QLatin1String("double_value")))
            value = v.value(QLatin1String("double_value"));
        item->parameters.append({it.key(), value});
    }
    item->pipelineRoot = str(runtime, "pipeline_root");
    const References refs = references(o);
    item->experimentId = refs.experimentId;
    item->namespaceName = refs.namespaceName;
    item->pipelineId = str(spec, "pipeline_id");
    if (item->pipelineId.isEmpty())
        item->pipelineId = refs.pipelineId;
    item->pipelineVersionId = refs.pipelineVersionId;
}

// Task status in v1 lives in the Argo workflow: status.nodes {id: {phase, displayName, ...}}.
QList<TaskDetail> tasksFromWorkflow(const QString &manifest, const QString &runId)
{
    QList<TaskDetail> tasks;
    if (manifest.isEmpty())
        return tasks;
    const QJsonObject nodes = QJsonDocument::fromJson(manifest.toUtf8())
                                  .object()
                                  .value(QLatin1String("status"))
                                  .toObject()
                                  .value(QLatin1String("nodes"))
                                  .toObject();
    QHash<QString, QString> parents;
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        for (const QJsonValue &child :
             it.value().toObject().value(QLatin1String("children")).toArray())
            parents.insert(child.toString(), it.key());
    }
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        const QJsonObject n = it.value().toObject();
        TaskDetail t;
        t.taskId = n.contains(QLatin1String("id")) ? str(n, "id") : it.key();
        t.runId = runId;
        t.displayName = str(n, "displayName");
        if (t.displayName.isEmpty())
            t.displayName = str(n, "name");
        if (str(n, "type") == QLatin1String("Pod"))
            t.podName = t.taskId; // the node id is the pod name in Argo 2.x/3.0
        t.parentTaskId = parents.value(t.taskId);
        t.state = runStateFromName(str(n, "phase"));
        t.startTime = wire::readTime(n.value(QLatin1String("startedAt")));
        t.createTime = t.startTime;
        t.endTime = wire::readTime(n.value(QLatin1String("finishedAt")));
        t.errorMessage = str(n, "message");
        for (const QJsonValue &child : n.value(QLatin1String("children")).toArray())
            t.childTaskIds.append(child.toString());
        tasks.append(t);
    }
    return tasks;
}

} // namespace

const wire::ItemKeys &V1Beta1Dialect::itemKeys() const
{
    return wire::v1Keys;
}

Pipeline V1Beta1Dialect::parsePipeline(const QJsonObject &o) const
{
    Pipeline p = wire::readPipeline(o, wire::v1Keys); // v1 has only `name`: it is the display name
    p.parameters = parameterSpecs(o.value(QLatin1String("parameters")));
    p.defaultVersionId = str(o.value(QLatin1String("default_version")).toObject(), "id");
    p.namespaceName = references(o).namespaceName;
    return p;
}

PipelineVersion V1Beta1Dialect::parsePipelineVersion(const QJsonObject &o) const
{
    PipelineVersion v = wire::readPipelineVersion(o, wire::v1Keys);
    v.parameters = parameterSpecs(o.value(QLatin1String("parameters")));
    v.pipelineId = references(o).pipelineId; // PIPELINE/OWNER
    return v;
}

Experiment V1Beta1Dialect::parseExperiment(const QJsonObject &o) const
{
    Experiment e = wire::readExperiment(o, wire::v1Keys);
    e.namespaceName = references(o).namespaceName;
    e.storageState = storageState(str(o, "storage_state"));
    return e;
}

Run V1Beta1Dialect::parseRun(const QJsonObject &json) const
{
    // GetRun and CreateRun answer a RunDetail {run, pipeline_runtime}; list items are bare Runs.
    const bool detail = json.value(QLatin1String("run")).isObject();
    const QJsonObject o = detail ? json.value(QLatin1String("run")).toObject() : json;
    Run r = wire::readRun(o, wire::v1Keys);
    readSource(o, &r);
    r.recurringRunId = references(o).jobId;
    r.storageState = storageState(str(o, "storage_state"));
    if (detail) {
        const QJsonObject runtime = json.value(QLatin1String("pipeline_runtime")).toObject();
        r.tasks = tasksFromWorkflow(str(runtime, "workflow_manifest"), r.id);
    }
    return r;
}

RecurringRun V1Beta1Dialect::parseRecurringRun(const QJsonObject &o) const
{
    RecurringRun r = wire::readRecurringRun(o, wire::v1Keys);
    readSource(o, &r);
    // `enabled` (bool, omitted when false) is authoritative; `mode` ENABLED/DISABLED agrees.
    r.enabled =
        o.value(QLatin1String("enabled")).toBool() || str(o, "mode") == QLatin1String("ENABLED");
    return r;
}

} // namespace kfp
