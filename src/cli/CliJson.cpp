#include "CliJson.h"

#include <QJsonArray>

namespace kfp::cli {

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(formatTime(t)) : QJsonValue(QJsonValue::Null);
}

QJsonObject tags(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonArray parameterSpecs(const QList<ParameterSpec> &specs)
{
    QJsonArray a;
    for (const auto &p : specs) {
        a.append(QJsonObject{{QStringLiteral("name"), p.name},
                             {QStringLiteral("default_value"), p.defaultValue.isUndefined()
                                                                   ? QJsonValue(QJsonValue::Null)
                                                                   : p.defaultValue}});
    }
    return a;
}

QJsonObject runParameters(const QList<RunParameter> &params)
{
    QJsonObject o;
    for (const auto &p : params)
        o.insert(p.name, p.value);
    return o;
}

QString triggerKind(Trigger::Kind kind)
{
    switch (kind) {
    case Trigger::Kind::Cron:
        return QStringLiteral("cron");
    case Trigger::Kind::Periodic:
        return QStringLiteral("periodic");
    case Trigger::Kind::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

QString formatTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString apiVersionName(ApiVersion version)
{
    return version == ApiVersion::V1Beta1 ? QStringLiteral("v1beta1") : QStringLiteral("v2beta1");
}

QString storageStateName(StorageState state)
{
    switch (state) {
    case StorageState::Available:
        return QStringLiteral("AVAILABLE");
    case StorageState::Archived:
        return QStringLiteral("ARCHIVED");
    case StorageState::Unspecified:
        break;
    }
    return QStringLiteral("STORAGE_STATE_UNSPECIFIED");
}

QJsonObject toJson(const HealthInfo &h)
{
    return {{QStringLiteral("api_version"), apiVersionName(h.apiVersion)},
            {QStringLiteral("multi_user"), h.multiUser},
            {QStringLiteral("commit_sha"), h.commitSha},
            {QStringLiteral("tag_name"), h.tagName},
            {QStringLiteral("pipeline_store"), h.pipelineStore},
            {QStringLiteral("via_ui_server"), h.viaUiServer}};
}

QJsonObject toJson(const Pipeline &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("display_name"), p.title()},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("namespace"), p.namespaceName},
            {QStringLiteral("created_at"), time(p.createdAt)},
            {QStringLiteral("tags"), tags(p.tags)},
            {QStringLiteral("parameters"), parameterSpecs(p.parameters)},
            {QStringLiteral("default_version_id"), p.defaultVersionId},
            {QStringLiteral("error"), p.errorMessage}};
}

QJsonObject toJson(const PipelineVersion &v)
{
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("pipeline_id"), v.pipelineId},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("display_name"), v.title()},
            {QStringLiteral("description"), v.description},
            {QStringLiteral("created_at"), time(v.createdAt)},
            {QStringLiteral("package_url"), v.packageUrl},
            {QStringLiteral("code_source_url"), v.codeSourceUrl},
            {QStringLiteral("parameters"), parameterSpecs(v.parameters)},
            {QStringLiteral("tags"), tags(v.tags)},
            {QStringLiteral("error"), v.errorMessage}};
}

QJsonObject toJson(const Experiment &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("display_name"), e.displayName},
            {QStringLiteral("description"), e.description},
            {QStringLiteral("namespace"), e.namespaceName},
            {QStringLiteral("created_at"), time(e.createdAt)},
            {QStringLiteral("last_run_created_at"), time(e.lastRunCreatedAt)},
            {QStringLiteral("storage_state"), storageStateName(e.storageState)},
            {QStringLiteral("error"), e.errorMessage}};
}

QJsonObject toJson(const Run &r)
{
    QJsonArray tasks;
    for (const auto &t : r.tasks) {
        tasks.append(QJsonObject{{QStringLiteral("task_id"), t.taskId},
                                 {QStringLiteral("display_name"), t.displayName},
                                 {QStringLiteral("state"), runStateName(t.state)},
                                 {QStringLiteral("start_time"), time(t.startTime)},
                                 {QStringLiteral("end_time"), time(t.endTime)},
                                 {QStringLiteral("error"), t.errorMessage}});
    }
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("display_name"), r.displayName},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("experiment_id"), r.experimentId},
            {QStringLiteral("namespace"), r.namespaceName},
            {QStringLiteral("pipeline_id"), r.pipelineId},
            {QStringLiteral("pipeline_version_id"), r.pipelineVersionId},
            {QStringLiteral("recurring_run_id"), r.recurringRunId},
            {QStringLiteral("service_account"), r.serviceAccount},
            {QStringLiteral("storage_state"), storageStateName(r.storageState)},
            {QStringLiteral("state"), runStateName(r.state)},
            {QStringLiteral("created_at"), time(r.createdAt)},
            {QStringLiteral("scheduled_at"), time(r.scheduledAt)},
            {QStringLiteral("finished_at"), time(r.finishedAt)},
            {QStringLiteral("parameters"), runParameters(r.parameters)},
            {QStringLiteral("pipeline_root"), r.pipelineRoot},
            {QStringLiteral("tasks"), tasks},
            {QStringLiteral("error"), r.errorMessage}};
}

QJsonObject toJson(const RecurringRun &rr)
{
    const QJsonObject trigger{
        {QStringLiteral("kind"), triggerKind(rr.trigger.kind)},
        {QStringLiteral("cron"), rr.trigger.cron},
        {QStringLiteral("interval_seconds"), QString::number(rr.trigger.intervalSeconds)},
        {QStringLiteral("start_time"), time(rr.trigger.startTime)},
        {QStringLiteral("end_time"), time(rr.trigger.endTime)}};
    return {{QStringLiteral("id"), rr.id},
            {QStringLiteral("display_name"), rr.displayName},
            {QStringLiteral("description"), rr.description},
            {QStringLiteral("experiment_id"), rr.experimentId},
            {QStringLiteral("namespace"), rr.namespaceName},
            {QStringLiteral("pipeline_id"), rr.pipelineId},
            {QStringLiteral("pipeline_version_id"), rr.pipelineVersionId},
            {QStringLiteral("trigger"), trigger},
            {QStringLiteral("max_concurrency"), QString::number(rr.maxConcurrency)},
            {QStringLiteral("no_catchup"), rr.noCatchup},
            {QStringLiteral("enabled"), rr.enabled},
            {QStringLiteral("created_at"), time(rr.createdAt)},
            {QStringLiteral("updated_at"), time(rr.updatedAt)},
            {QStringLiteral("parameters"), runParameters(rr.parameters)},
            {QStringLiteral("status"), rr.rawStatus},
            {QStringLiteral("error"), rr.errorMessage}};
}

} // namespace kfp::cli
