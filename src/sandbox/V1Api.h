#pragma once

#include "sandbox/ApiRouter.h"
#include "sandbox/RouteHelpers.h"

namespace kfp::sandbox {

// The v1beta1 dialect (KFP 1.8.5 wire format, api.Error details, resource references).
// V1Api.cpp: healthz, pipelines, versions, uploads, experiments. V1Runs.cpp: runs and jobs.
class V1Api final
{
public:
    explicit V1Api(ApiContext &ctx)
        : m_ctx(ctx)
    {}
    void registerRoutes(ApiRouter &router);

private:
    QJsonObject pipelineJson(const Pipeline &p) const;
    QJsonObject versionJson(const PipelineVersion &v) const;
    QJsonObject experimentJson(const Experiment &e) const;
    QJsonObject runJson(const Run &r) const;
    QJsonObject runDetailJson(const Run &r) const;
    QJsonObject jobJson(const RecurringRun &j) const;
    QJsonArray nsReference(const QString &ns) const;
    QString workflowManifest(const Run &r) const;

    void registerPipelineRoutes(ApiRouter &router);
    void registerExperimentRoutes(ApiRouter &router);
    void registerRunRoutes(ApiRouter &router);
    void registerJobRoutes(ApiRouter &router);
    Result createRun(const HttpRequest &req);
    Result createJob(const HttpRequest &req);
    // Reads pipeline_spec + resource_references of a v1 Run or Job.
    ApiError readRunInput(const QJsonObject &body, Run *run);
    // resource_reference_key.type/id of list calls: EXPERIMENT or NAMESPACE filters.
    ApiError referenceFilter(const HttpRequest &req, RunScope *scope) const;

    ApiContext &m_ctx;
};

// v1 enum inputs (name or number).
int v1ResourceType(
    const QJsonValue &v); // EXPERIMENT=1 JOB=2 PIPELINE=3 PIPELINE_VERSION=4 NAMESPACE=5

} // namespace kfp::sandbox
