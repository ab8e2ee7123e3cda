#include "V2Beta1Dialect.h"

#include <QJsonArray>

namespace kfp {

namespace {

QJsonValue parameterValue(const QJsonValue &value)
{
    // runtime_config.parameters is map<string, google.protobuf.Value>: any JSON value.
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QJsonObject triggerBody(const Trigger &trigger)
{
    QJsonObject schedule;
    if (trigger.startTime.isValid())
        schedule.insert(QStringLiteral("start_time"), wire::writeTime(trigger.startTime));
    if (trigger.endTime.isValid())
        schedule.insert(QStringLiteral("end_time"), wire::writeTime(trigger.endTime));
    if (trigger.kind == Trigger::Kind::Cron) {
        schedule.insert(QStringLiteral("cron"), trigger.cron);
        return {{QStringLiteral("cron_schedule"), schedule}};
    }
    if (trigger.kind == Trigger::Kind::Periodic) {
        schedule.insert(QStringLiteral("interval_second"),
                        QString::number(trigger.intervalSeconds));
        return {{QStringLiteral("periodic_schedule"), schedule}};
    }
    return {};
}

} // namespace

QString V2Beta1Dialect::path(const QString &collection, const QString &id,
                             const QString &verb) const
{
    QString p = prefix() + QLatin1Char('/') + collection;
    if (!id.isEmpty())
        p += QLatin1Char('/') + wire::pathSegment(id);
    if (!verb.isEmpty())
        p += QLatin1Char(':') + verb; // v2 custom verbs: runs/{id}:terminate
    return p;
}

QString V2Beta1Dialect::fieldName(const QString &v2Key, ApiResource) const
{
    return v2Key;
}

QJsonObject V2Beta1Dialect::filterJson(const QList<Predicate> &predicates, ApiResource) const
{
    QJsonArray list;
    for (const Predicate &p : predicates) {
        QJsonObject item = predicateValue(p.key, p.kind, p.value);
        item.insert(QStringLiteral("operation"), operationName(p.op)); // v2 spelling
        list.append(item);
    }
    return {{QStringLiteral("predicates"), list}};
}

wire::QueryItems V2Beta1Dialect::scopeItems(const ListQuery &query, ApiResource resource, bool,
                                            const QString &) const
{
    // v2 takes ?namespace= (single-user servers replace it with "") and ?experiment_id=.
    wire::QueryItems items;
    if (resource != ApiResource::PipelineVersion)
        items.append({QStringLiteral("namespace"), query.namespaceName});
    if (resource == ApiResource::Run || resource == ApiResource::RecurringRun)
        items.append({QStringLiteral("experiment_id"), query.experimentId});
    return items;
}

// --- pipelines --------------------------------------------------------------------------------

RequestSpec V2Beta1Dialect::listPipelines(const ListQuery &query, bool multiUser) const
{
    return get(path(QStringLiteral("pipelines")),
               listQueryString(query, ApiResource::Pipeline, multiUser));
}

RequestSpec V2Beta1Dialect::getPipeline(const QString &pipelineId) const
{
    return get(path(QStringLiteral("pipelines"), pipelineId));
}

RequestSpec V2Beta1Dialect::deletePipeline(const QString &pipelineId, bool cascade) const
{
    // 2.14+: ?cascade=true also deletes the versions; older servers ignore the parameter.
    return del(path(QStringLiteral("pipelines"), pipelineId),
               cascade ? QStringLiteral("cascade=true") : QString());
}

// The 2.x upload handlers read name, display_name and description with a plain
// r.URL.Query().Get(): one decoding, so they are encoded once (only 1.8 decoded them twice).
RequestSpec V2Beta1Dialect::uploadPipeline(const PipelineUpload &upload) const
{
    return ApiDialect::upload(path(QStringLiteral("pipelines/upload")), upload.filePath,
                              {{QStringLiteral("name"), upload.name},
                               {QStringLiteral("display_name"), upload.displayName},
                               {QStringLiteral("description"), upload.description},
                               {QStringLiteral("namespace"), upload.namespaceName}});
}

RequestSpec V2Beta1Dialect::uploadPipelineVersion(const PipelineVersionUpload &upload) const
{
    // The parent id really is spelled `pipelineid` (no underscore).
    return ApiDialect::upload(path(QStringLiteral("pipelines/upload_version")), upload.filePath,
                              {{QStringLiteral("pipelineid"), upload.pipelineId},
                               {QStringLiteral("name"), upload.name},
                               {QStringLiteral("display_name"), upload.displayName},
                               {QStringLiteral("description"), upload.description}});
}

RequestSpec V2Beta1Dialect::listPipelineVersions(const QString &pipelineId,
                                                 const ListQuery &query) const
{
    return get(path(QStringLiteral("pipelines"), pipelineId) + QLatin1String("/versions"),
               listQueryString(query, ApiResource::PipelineVersion, false, pipelineId));
}

RequestSpec V2Beta1Dialect::getPipelineVersion(const QString &pipelineId,
                                               const QString &versionId) const
{
    return get(path(QStringLiteral("pipelines"), pipelineId) + QLatin1String("/versions/") +
               wire::pathSegment(versionId));
}

RequestSpec V2Beta1Dialect::getPipelineVersionTemplate(const QString &) const
{
    return {}; // v2 returns the spec inline in GetPipelineVersion
}

RequestSpec V2Beta1Dialect::deletePipelineVersion(const QString &pipelineId,
                                                  const QString &versionId) const
{
    return del(path(QStringLiteral("pipelines"), pipelineId) + QLatin1String("/versions/") +
               wire::pathSegment(versionId));
}

// --- experiments ------------------------------------------------------------------------------

RequestSpec V2Beta1Dialect::createExperiment(const QString &displayName, const QString &description,
                                             const QString &namespaceName, bool) const
{
    QJsonObject body{{QStringLiteral("display_name"), displayName}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    if (!namespaceName.isEmpty())
        body.insert(QStringLiteral("namespace"), namespaceName);
    return post(path(QStringLiteral("experiments")), body, false);
}

RequestSpec V2Beta1Dialect::getExperiment(const QString &experimentId) const
{
    return get(path(QStringLiteral("experiments"), experimentId));
}

RequestSpec V2Beta1Dialect::listExperiments(const ListQuery &query, bool multiUser) const
{
    return get(path(QStringLiteral("experiments")),
               listQueryString(query, ApiResource::Experiment, multiUser));
}

RequestSpec V2Beta1Dialect::archiveExperiment(const QString &experimentId) const
{
    return post(path(QStringLiteral("experiments"), experimentId, QStringLiteral("archive")));
}

RequestSpec V2Beta1Dialect::unarchiveExperiment(const QString &experimentId) const
{
    return post(path(QStringLiteral("experiments"), experimentId, QStringLiteral("unarchive")));
}

RequestSpec V2Beta1Dialect::deleteExperiment(const QString &experimentId) const
{
    return del(path(QStringLiteral("experiments"), experimentId));
}

// --- runs -------------------------------------------------------------------------------------

QJsonObject V2Beta1Dialect::runBody(const RunRequest &request)
{
    QJsonObject body{{QStringLiteral("display_name"), request.displayName}};
    if (!request.description.isEmpty())
        body.insert(QStringLiteral("description"), request.description);
    if (!request.experimentId.isEmpty())
        body.insert(QStringLiteral("experiment_id"), request.experimentId);
    // pipeline_source is a oneof: an inline spec or a version reference (version optional: the
    // server then takes the pipeline's latest version).
    if (!request.pipelineSpec.isEmpty()) {
        body.insert(QStringLiteral("pipeline_spec"), request.pipelineSpec);
    } else if (!request.pipelineId.isEmpty()) {
        QJsonObject ref{{QStringLiteral("pipeline_id"), request.pipelineId}};
        if (!request.pipelineVersionId.isEmpty())
            ref.insert(QStringLiteral("pipeline_version_id"), request.pipelineVersionId);
        body.insert(QStringLiteral("pipeline_version_reference"), ref);
    }
    QJsonObject runtime;
    if (!request.parameters.isEmpty()) {
        QJsonObject parameters;
        for (const RunParameter &p : request.parameters)
            parameters.insert(p.name, parameterValue(p.value));
        runtime.insert(QStringLiteral("parameters"), parameters);
    }
    if (!request.pipelineRoot.isEmpty())
        runtime.insert(QStringLiteral("pipeline_root"), request.pipelineRoot);
    if (!runtime.isEmpty())
        body.insert(QStringLiteral("runtime_config"), runtime);
    if (!request.serviceAccount.isEmpty())
        body.insert(QStringLiteral("service_account"), request.serviceAccount);
    return body;
}

RequestSpec V2Beta1Dialect::createRun(const RunRequest &request) const
{
    return post(path(QStringLiteral("runs")), runBody(request), false);
}

RequestSpec V2Beta1Dialect::getRun(const QString &runId) const
{
    return get(path(QStringLiteral("runs"), runId));
}

RequestSpec V2Beta1Dialect::listRuns(const ListQuery &query, bool multiUser) const
{
    return get(path(QStringLiteral("runs")), listQueryString(query, ApiResource::Run, multiUser));
}

RequestSpec V2Beta1Dialect::archiveRun(const QString &runId) const
{
    return post(path(QStringLiteral("runs"), runId, QStringLiteral("archive")));
}

RequestSpec V2Beta1Dialect::unarchiveRun(const QString &runId) const
{
    return post(path(QStringLiteral("runs"), runId, QStringLiteral("unarchive")));
}

RequestSpec V2Beta1Dialect::terminateRun(const QString &runId) const
{
    return post(path(QStringLiteral("runs"), runId, QStringLiteral("terminate")));
}

RequestSpec V2Beta1Dialect::retryRun(const QString &runId) const
{
    return post(path(QStringLiteral("runs"), runId, QStringLiteral("retry")), {}, false);
}

RequestSpec V2Beta1Dialect::deleteRun(const QString &runId) const
{
    return del(path(QStringLiteral("runs"), runId));
}

// --- recurring runs ---------------------------------------------------------------------------

RequestSpec V2Beta1Dialect::createRecurringRun(const RecurringRunRequest &request) const
{
    QJsonObject body = runBody(request.run);
    const QJsonObject trigger = triggerBody(request.trigger);
    if (!trigger.isEmpty())
        body.insert(QStringLiteral("trigger"), trigger);
    body.insert(QStringLiteral("max_concurrency"),
                QString::number(request.maxConcurrency)); // int64
    // `mode` is input-only: ENABLE / DISABLE.
    body.insert(QStringLiteral("mode"),
                request.enabled ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE"));
    if (request.noCatchup)
        body.insert(QStringLiteral("no_catchup"), true);
    return post(path(QStringLiteral("recurringruns")), body, false);
}

RequestSpec V2Beta1Dialect::getRecurringRun(const QString &recurringRunId) const
{
    return get(path(QStringLiteral("recurringruns"), recurringRunId));
}

RequestSpec V2Beta1Dialect::listRecurringRuns(const ListQuery &query, bool multiUser) const
{
    return get(path(QStringLiteral("recurringruns")),
               listQueryString(query, ApiResource::RecurringRun, multiUser));
}

RequestSpec V2Beta1Dialect::enableRecurringRun(const QString &recurringRunId) const
{
    return post(path(QStringLiteral("recurringruns"), recurringRunId, QStringLiteral("enable")));
}

RequestSpec V2Beta1Dialect::disableRecurringRun(const QString &recurringRunId) const
{
    return post(path(QStringLiteral("recurringruns"), recurringRunId, QStringLiteral("disable")));
}

RequestSpec V2Beta1Dialect::deleteRecurringRun(const QString &recurringRunId) const
{
    return del(path(QStringLiteral("recurringruns"), recurringRunId));
}

} // namespace kfp
