#pragma once

#include "sandbox/ApiRouter.h"
#include "sandbox/RouteHelpers.h"

namespace kfp::sandbox {

// The v2beta1 dialect (KFP 2.14+ wire format, grpc-gateway v2 errors, unknown fields rejected).
// V2Api.cpp: healthz, pipelines, versions, uploads, experiments. V2Runs.cpp: runs, recurring runs.
class V2Api final
{
public:
    explicit V2Api(ApiContext &ctx)
        : m_ctx(ctx)
    {}
    void registerRoutes(ApiRouter &router);

    static QJsonObject healthz(bool multiUser, bool uiServerShape);

private:
    QJsonObject pipelineJson(const Pipeline &p) const;
    QJsonObject versionJson(const PipelineVersion &v) const;
    QJsonObject experimentJson(const Experiment &e) const;
    QJsonObject runJson(const Run &r) const;
    QJsonObject recurringRunJson(const RecurringRun &r) const;
    // Single-user mode replaces any namespace with "" (ReplaceNamespace).
    QString ns(const QString &requested) const { return m_ctx.multiUser ? requested : QString(); }

    void registerPipelineRoutes(ApiRouter &router);
    void registerExperimentRoutes(ApiRouter &router);
    void registerRunRoutes(ApiRouter &router);
    void registerRecurringRunRoutes(ApiRouter &router);
    Result createRun(const HttpRequest &req);
    Result createRecurringRun(const HttpRequest &req);
    ApiError readSource(const QJsonObject &body, PipelineSource *source) const;
    // experiment_id or namespace of ListRuns / ListRecurringRuns (`call`): one is required in
    // multi-user mode.
    ApiError runScope(const HttpRequest &req, const char *call, RunScope *scope) const;

    ApiContext &m_ctx;
};

} // namespace kfp::sandbox
