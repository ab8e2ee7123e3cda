#pragma once

// /apis/v1beta1 as served by KFP 2.x (grpc-gateway; snake_case proto names, omitted defaults,
// unknown request fields rejected from 2.14 on, so bodies carry only known, non-empty fields).

#include "ApiDialect.h"

namespace kfp {

class V1Beta1Dialect final : public ApiDialect
{
public:
    ApiVersion version() const override { return ApiVersion::V1Beta1; }
    QString prefix() const override { return QStringLiteral("/apis/v1beta1"); }

    QString fieldName(const QString &v2Key, ApiResource resource) const override;
    QJsonObject filterJson(const QList<Predicate> &predicates, ApiResource resource) const override;
    wire::QueryItems scopeItems(const ListQuery &query, ApiResource resource, bool multiUser,
                                const QString &parentId) const override;

    RequestSpec listPipelines(const ListQuery &query, bool multiUser) const override;
    RequestSpec getPipeline(const QString &pipelineId) const override;
    RequestSpec deletePipeline(const QString &pipelineId, bool cascade) const override;
    RequestSpec uploadPipeline(const PipelineUpload &upload) const override;
    RequestSpec uploadPipelineVersion(const PipelineVersionUpload &upload) const override;
    RequestSpec listPipelineVersions(const QString &pipelineId,
                                     const ListQuery &query) const override;
    RequestSpec getPipelineVersion(const QString &pipelineId,
                                   const QString &versionId) const override;
    RequestSpec getPipelineVersionTemplate(const QString &versionId) const override;
    RequestSpec deletePipelineVersion(const QString &pipelineId,
                                      const QString &versionId) const override;

    RequestSpec createExperiment(const QString &displayName, const QString &description,
                                 const QString &namespaceName, bool multiUser) const override;
    RequestSpec getExperiment(const QString &experimentId) const override;
    RequestSpec listExperiments(const ListQuery &query, bool multiUser) const override;
    RequestSpec archiveExperiment(const QString &experimentId) const override;
    RequestSpec unarchiveExperiment(const QString &experimentId) const override;
    RequestSpec deleteExperiment(const QString &experimentId) const override;

    RequestSpec createRun(const RunRequest &request) const override;
    RequestSpec getRun(const QString &runId) const override;
    RequestSpec listRuns(const ListQuery &query, bool multiUser) const override;
    RequestSpec archiveRun(const QString &runId) const override;
    RequestSpec unarchiveRun(const QString &runId) const override;
    RequestSpec terminateRun(const QString &runId) const override;
    RequestSpec retryRun(const QString &runId) const override;
    RequestSpec deleteRun(const QString &runId) const override;

    RequestSpec createRecurringRun(const RecurringRunRequest &request) const override;
    RequestSpec getRecurringRun(const QString &recurringRunId) const override;
    RequestSpec listRecurringRuns(const ListQuery &query, bool multiUser) const override;
    RequestSpec enableRecurringRun(const QString &recurringRunId) const override;
    RequestSpec disableRecurringRun(const QString &recurringRunId) const override;
    RequestSpec deleteRecurringRun(const QString &recurringRunId) const override;

    const wire::ItemKeys &itemKeys() const override;
    Pipeline parsePipeline(const QJsonObject &json) const override;
    PipelineVersion parsePipelineVersion(const QJsonObject &json) const override;
    Experiment parseExperiment(const QJsonObject &json) const override;
    Run parseRun(const QJsonObject &json) const override;
    RecurringRun parseRecurringRun(const QJsonObject &json) const override;

    // The shared part of a Run and a Job body: name, pipeline_spec, resource_references.
    static QJsonObject runBody(const RunRequest &request);
    // A parameter value as v1 sends it: strings as they are, lists/objects as JSON text, and
    // booleans as Python's str() spells them ("True"), like the 1.8 SDK.
    static QString parameterText(const QJsonValue &value);
    // A v2 filter value in v1's spelling (storage states and run states differ).
    static QString filterValue(const QString &v1Key, const QString &value, ApiResource resource);

private:
    // `separator` ':' for archive/unarchive, '/' for terminate, retry, enable, disable.
    QString path(const QString &collection, const QString &id = {}, const QString &verb = {},
                 QChar separator = QLatin1Char(':')) const;
};

} // namespace kfp
