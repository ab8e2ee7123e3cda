#include "V1Beta1Dialect.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kfp {

namespace {

QJsonObject reference(const QString &type, const QString &id, const QString &relationship)
{
    return {{QStringLiteral("key"),
             QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("id"), id}}},
            {QStringLiteral("relationship"), relationship}};
}

// v2 RuntimeState names → the v1 status strings (Argo phases) that a filter must compare with.
// A 2.x server answering v1 maps CANCELED to "Failed" and CANCELING to "Terminating".
QString v1Status(const QString &v2State)
{
    switch (runStateFromName(v2State)) {
    case RunState::Pending:
        return QStringLiteral("Pending");
    case RunState::Running:
        return QStringLiteral("Running");
    case RunState::Succeeded:
        return QStringLiteral("Succeeded");
    case RunState::Skipped:
        return QStringLiteral("Skipped");
    case RunState::Failed:
    case RunState::Canceled:
        return QStringLiteral("Failed");
    case RunState::Canceling:
        return QStringLiteral("Terminating");
    default:
        return v2State;
    }
}

// Argo ends a run in phase "Error" (not "Failed") when the workflow itself broke (a pod could not
// be scheduled, an artifact could not be saved, ...); KFP 1.8 stores the phase as the run's
// status, and the KFP UI counts both as failed. A filter for FAILED must therefore match both.
constexpr auto kArgoError = "Error";

bool isRunStatus(const QString &v1Key, ApiResource resource)
{
    return resource == ApiResource::Run && v1Key == QLatin1String("status");
}

} // namespace

QString V1Beta1Dialect::path(const QString &collection, const QString &id, const QString &verb,
                             QChar separator) const
{
    QString p = prefix() + QLatin1Char('/') + collection;
    if (!id.isEmpty())
        p += QLatin1Char('/') + wire::pathSegment(id);
    if (!verb.isEmpty())
        p += separator + verb;
    return p;
}

QString V1Beta1Dialect::fieldName(const QString &v2Key, ApiResource resource) const
{
    // v1 spells the resource's own id `id`, the display name `name`, and a run's state `status`.
    if (v2Key == QLatin1String("display_name"))
        return QStringLiteral("name");
    const char *ownId = nullptr;
    switch (resource) {
    case ApiResource::Pipeline:
        ownId = "pipeline_id";
        break;
    case ApiResource::PipelineVersion:
        ownId = "pipeline_version_id";
        break;
    case ApiResource::Experiment:
        ownId = "experiment_id";
        break;
    case ApiResource::Run:
        ownId = "run_id";
        if (v2Key == QLatin1String("state"))
            return QStringLiteral("status");
        break;
    case ApiResource::RecurringRun:
        ownId = "recurring_run_id";
        break;
    }
    if (v2Key == QLatin1String(ownId))
        return QStringLiteral("id");
    return v2Key;
}

QString V1Beta1Dialect::filterValue(const QString &v1Key, const QString &value,
                                    ApiResource resource)
{
    if (v1Key == QLatin1String("storage_state") &&
        !value.startsWith(QLatin1String("STORAGESTATE_")))
        return QLatin1String("STORAGESTATE_") + value; // AVAILABLE → STORAGESTATE_AVAILABLE
    if (resource == ApiResource::Run && v1Key == QLatin1String("status"))
        return v1Status(value);
    return value;
}

QJsonObject V1Beta1Dialect::filterJson(const QList<Predicate> &predicates,
                                       ApiResource resource) const
{
    QJsonArray list;
    const auto append = [&list](const QString &key, Predicate::Op op, Predicate::ValueKind kind,
                                const QVariant &value) {
        QJsonObject item = predicateValue(key, kind, value);
        item.insert(QStringLiteral("op"), operationName(op)); // v1 spelling: `op`
        list.append(item);
    };
    const QString failed = v1Status(runStateName(RunState::Failed));
    const QString argoError = QLatin1String(kArgoError);
    for (const Predicate &p : predicates) {
        const QString key = fieldName(p.key, resource);
        const bool status = isRunStatus(key, resource);
        if (p.kind == Predicate::ValueKind::StringList) {
            QStringList values;
            for (const QString &v : p.value.toStringList()) {
                values.append(filterValue(key, v, resource));
                if (status && runStateFromName(v) == RunState::Failed)
                    values.append(argoError); // IN [..., "Failed", "Error"]
            }
            values.removeDuplicates();
            append(key, p.op, p.kind, values);
            continue;
        }
        if (p.kind != Predicate::ValueKind::String) {
            append(key, p.op, p.kind, p.value);
            continue;
        }
        const QString value = filterValue(key, p.value.toString(), resource);
        const bool failedState = status && runStateFromName(p.value.toString()) == RunState::Failed;
        if (failedState && p.op == Predicate::Op::Equals) {
            append(key, Predicate::Op::In, Predicate::ValueKind::StringList,
                   QStringList{failed, argoError});
        } else if (failedState && p.op == Predicate::Op::NotEquals) {
            // Predicates are ANDed: neither "Failed" nor "Error".
            append(key, p.op, p.kind, failed);
            append(key, p.op, p.kind, argoError);
        } else {
            append(key, p.op, p.kind, value);
        }
    }
    return {{QStringLiteral("predicates"), list}};
}

wire::QueryItems V1Beta1Dialect::scopeItems(const ListQuery &query, ApiResource resource,
                                            bool multiUser, const QString &parentId) const
{
    const QString type = QStringLiteral("resource_reference_key.type");
    const QString id = QStringLiteral("resource_reference_key.id");
    if (resource ==
        ApiResource::PipelineVersion) // ListPipelineVersions: resource_key, not …_reference_key
        return {{QStringLiteral("resource_key.type"), QStringLiteral("PIPELINE")},
                {QStringLiteral("resource_key.id"), parentId}};
    if ((resource == ApiResource::Run || resource == ApiResource::RecurringRun) &&
        !query.experimentId.isEmpty())
        return {{type, QStringLiteral("EXPERIMENT")}, {id, query.experimentId}};
    // Single-user 1.8 rejects a namespace filter ("cannot filter by namespace"); multi-user
    // requires it on ListExperiments.
    if (multiUser && !query.namespaceName.isEmpty())
        return {{type, QStringLiteral("NAMESPACE")}, {id, query.namespaceName}};
    return {};
}

// --- pipelines --------------------------------------------------------------------------------

RequestSpec V1Beta1Dialect::listPipelines(const ListQuery &query, bool multiUser) const
{
    return get(path(QStringLiteral("pipelines")),
               listQueryString(query, ApiResource::Pipeline, multiUser));
}

RequestSpec V1Beta1Dialect::getPipeline(const QString &pipelineId) const
{
    return get(path(QStringLiteral("pipelines"), pipelineId));
}

RequestSpec V1Beta1Dialect::deletePipeline(const QString &pipelineId, bool) const
{
    return del(path(QStringLiteral("pipelines"), pipelineId)); // v1 has no cascade parameter
}

RequestSpec V1Beta1Dialect::uploadPipeline(const PipelineUpload &upload) const
{
    // 1.8.5 reads name, description and (in code only) namespace; display_name is v2-only.
    return ApiDialect::upload(path(QStringLiteral("pipelines/upload")), upload.filePath,
                              {{QStringLiteral("name"), wire::encode(upload.name)},
                               {QStringLiteral("description"), wire::encode(upload.description)},
                               {QStringLiteral("namespace"), upload.namespaceName}});
}

RequestSpec V1Beta1Dialect::uploadPipelineVersion(const PipelineVersionUpload &upload) const
{
    return ApiDialect::upload(path(QStringLiteral("pipelines/upload_version")), upload.filePath,
                              {{QStringLiteral("pipelineid"), upload.pipelineId},
                               {QStringLiteral("name"), wire::encode(upload.name)},
                               {QStringLiteral("description"), wire::encode(upload.description)}});
}

RequestSpec V1Beta1Dialect::listPipelineVersions(const QString &pipelineId,
                                                 const ListQuery &query) const
{
    return get(path(QStringLiteral("pipeline_versions")),
               listQueryString(query, ApiResource::PipelineVersion, false, pipelineId));
}

RequestSpec V1Beta1Dialect::getPipelineVersion(const QString &, const QString &versionId) const
{
    return get(path(QStringLiteral("pipeline_versions"), versionId));
}

RequestSpec V1Beta1Dialect::getPipelineVersionTemplate(const QString &versionId) const
{
    return get(path(QStringLiteral("pipeline_versions"), versionId) + QLatin1String("/templates"));
}

RequestSpec V1Beta1Dialect::deletePipelineVersion(const QString &, const QString &versionId) const
{
    return del(path(QStringLiteral("pipeline_versions"), versionId));
}

// --- experiments ------------------------------------------------------------------------------

RequestSpec V1Beta1Dialect::createExperiment(const QString &displayName, const QString &description,
                                             const QString &namespaceName, bool multiUser) const
{
    QJsonObject body{{QStringLiteral("name"), displayName}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    // Multi-user 1.8 needs exactly one NAMESPACE/OWNER reference (the SDK's create_experiment).
    if (multiUser && !namespaceName.isEmpty())
        body.insert(QStringLiteral("resource_references"),
                    QJsonArray{reference(QStringLiteral("NAMESPACE"), namespaceName,
                                         QStringLiteral("OWNER"))});
    return post(path(QStringLiteral("experiments")), body, false);
}

RequestSpec V1Beta1Dialect::getExperiment(const QString &experimentId) const
{
    return get(path(QStringLiteral("experiments"), experimentId));
}

RequestSpec V1Beta1Dialect::listExperiments(const ListQuery &query, bool multiUser) const
{
    return get(path(QStringLiteral("experiments")),
               listQueryString(query, ApiResource::Experiment, multiUser));
}

RequestSpec V1Beta1Dialect::archiveExperiment(const QString &experimentId) const
{
    return post(path(QStringLiteral("experiments"), experimentId, QStringLiteral("archive")));
}

RequestSpec V1Beta1Dialect::unarchiveExperiment(const QString &experimentId) const
{
    return post(path(QStringLiteral("experiments"), experimentId, QStringLiteral("unarchive")));
}

RequestSpec V1Beta1Dialect::deleteExperiment(const QString &experimentId) const
{
    return del(path(QStringLiteral("experiments"), experimentId));
}

// --- runs -------------------------------------------------------------------------------------

QString V1Beta1Dialect::parameterText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QJsonObject V1Beta1Dialect::runBody(const RunRequest &request)
{
    QJsonObject body{{QStringLiteral("name"), request.displayName}};
    if (!request.description.isEmpty())
        body.insert(QStringLiteral("description"), request.description);
    QJsonObject spec;
    if (!request.pipelineId.isEmpty())
        spec.insert(QStringLiteral("pipeline_id"), request.pipelineId);
    if (!request.workflowManifest.isEmpty())
        spec.insert(QStringLiteral("workflow_manifest"), request.workflowManifest);
    if (!request.parameters.isEmpty()) {
        QJsonArray parameters; // [{name, value}] with string values
        for (const RunParameter &p : request.parameters)
            parameters.append(QJsonObject{{QStringLiteral("name"), p.name},
                                          {QStringLiteral("value"), parameterText(p.value)}});
        spec.insert(QStringLiteral("parameters"), parameters);
    }
    if (!request.pipelineRoot.isEmpty()) // 1.8 "v2-compatible" runs
        spec.insert(QStringLiteral("runtime_config"),
                    QJsonObject{{QStringLiteral("pipeline_root"), request.pipelineRoot}});
    if (!spec.isEmpty())
        body.insert(QStringLiteral("pipeline_spec"), spec);
    // The 1.8 SDK's run_pipeline: EXPERIMENT/OWNER and PIPELINE_VERSION/CREATOR references.
    QJsonArray references;
    if (!request.experimentId.isEmpty())
        references.append(
            reference(QStringLiteral("EXPERIMENT"), request.experimentId, QStringLiteral("OWNER")));
    if (!request.pipelineVersionId.isEmpty())
        references.append(reference(QStringLiteral("PIPELINE_VERSION"), request.pipelineVersionId,
                                    QStringLiteral("CREATOR")));
    if (!references.isEmpty())
        body.insert(QStringLiteral("resource_references"), references);
    if (!request.serviceAccount.isEmpty())
        body.insert(QStringLiteral("service_account"), request.serviceAccount);
    return body;
}

RequestSpec V1Beta1Dialect::createRun(const RunRequest &request) const
{
    return post(path(QStringLiteral("runs")), runBody(request), false);
}

RequestSpec V1Beta1Dialect::getRun(const QString &runId) const
{
    return get(path(QStringLiteral("runs"), runId));
}

RequestSpec V1Beta1Dialect::listRuns(const ListQuery &query, bool multiUser) const
{
    return get(path(QStringLiteral("runs")), listQueryString(query, ApiResource::Run, multiUser));
}

RequestSpec V1Beta1Dialect::archiveRun(const QString &runId) const
{
    return post(path(QStringLiteral("runs"), runId, QStringLiteral("archive")));
}

RequestSpec V1Beta1Dialect::unarchiveRun(const QString &runId) const
{
    return post(path(QStringLiteral("runs"), runId, QStringLiteral("unarchive")));
}

RequestSpec V1Beta1Dialect::terminateRun(const QString &runId) const
{
    return post(path(QStringLiteral("runs"), runId, QStringLiteral("terminate"), QLatin1Char('/')));
}

RequestSpec V1Beta1Dialect::retryRun(const QString &runId) const
{
    return post(path(QStringLiteral("runs"), runId, QStringLiteral("retry"), QLatin1Char('/')), {},
                false);
}

RequestSpec V1Beta1Dialect::deleteRun(const QString &runId) const
{
    return del(path(QStringLiteral("runs"), runId));
}

// --- jobs (v2: recurring runs) ----------------------------------------------------------------

RequestSpec V1Beta1Dialect::createRecurringRun(const RecurringRunRequest &request) const
{
    QJsonObject body = runBody(request.run);
    QJsonObject schedule;
    if (request.trigger.startTime.isValid())
        schedule.insert(QStringLiteral("start_time"), wire::writeTime(request.trigger.startTime));
    if (request.trigger.endTime.isValid())
        schedule.insert(QStringLiteral("end_time"), wire::writeTime(request.trigger.endTime));
    if (request.trigger.kind == Trigger::Kind::Cron) {
        schedule.insert(QStringLiteral("cron"), request.trigger.cron);
        body.insert(QStringLiteral("trigger"),
                    QJsonObject{{QStringLiteral("cron_schedule"), schedule}});
    } else if (request.trigger.kind == Trigger::Kind::Periodic) {
        schedule.insert(QStringLiteral("interval_second"),
                        QString::number(request.trigger.intervalSeconds));
        body.insert(QStringLiteral("trigger"),
                    QJsonObject{{QStringLiteral("periodic_schedule"), schedule}});
    }
    body.insert(QStringLiteral("max_concurrency"),
                QString::number(request.maxConcurrency)); // int64
    body.insert(QStringLiteral("enabled"), request.enabled);
    if (request.noCatchup)
        body.insert(QStringLiteral("no_catchup"), true);
    return post(path(QStringLiteral("jobs")), body, false);
}

RequestSpec V1Beta1Dialect::getRecurringRun(const QString &recurringRunId) const
{
    return get(path(QStringLiteral("jobs"), recurringRunId));
}

RequestSpec V1Beta1Dialect::listRecurringRuns(const ListQuery &query, bool multiUser) const
{
    return get(path(QStringLiteral("jobs")),
               listQueryString(query, ApiResource::RecurringRun, multiUser));
}

RequestSpec V1Beta1Dialect::enableRecurringRun(const QString &recurringRunId) const
{
    return post(
        path(QStringLiteral("jobs"), recurringRunId, QStringLiteral("enable"), QLatin1Char('/')));
}

RequestSpec V1Beta1Dialect::disableRecurringRun(const QString &recurringRunId) const
{
    return post(
        path(QStringLiteral("jobs"), recurringRunId, QStringLiteral("disable"), QLatin1Char('/')));
}

RequestSpec V1Beta1Dialect::deleteRecurringRun(const QString &recurringRunId) const
{
    return del(path(QStringLiteral("jobs"), recurringRunId));
}

} // namespace kfp
