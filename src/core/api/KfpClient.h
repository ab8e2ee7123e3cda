#pragma once

// The Kubeflow Pipelines REST API, one method per endpoint, for both dialects (v2beta1 of
// KFP 2.x, v1beta1 of KFP 1.8). Every method returns a started job (see ApiJob.h).
//
// The dialect is chosen by detectApi() (probes healthz: v2beta1 first, then v1beta1) unless
// forced with setApiVersion(). multiUser (from healthz) decides whether namespaces are sent
// where v1 would reject them.

#include "ApiDialect.h"
#include "ApiTypes.h"
#include "ListQuery.h"
#include "Page.h"
#include "net/ApiJob.h"

#include <QObject>
#include <memory>

namespace kfp {

class HttpSession;

class KfpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KfpClient)
public:
    explicit KfpClient(HttpSession *session, QObject *parent = nullptr);
    ~KfpClient() override;

    HttpSession *session() const { return m_session; }

    void setApiVersion(ApiVersion version); // forces the dialect
    // Undoes setApiVersion(): the next detectApi() probes v2beta1, then v1beta1 again.
    void setApiVersionAuto() { m_versionForced = false; }
    bool isApiVersionForced() const { return m_versionForced; }
    ApiVersion apiVersion() const;
    const ApiDialect &dialect() const { return *m_dialect; }
    void setMultiUser(bool multiUser) { m_multiUser = multiUser; }
    bool isMultiUser() const { return m_multiUser; }

    // --- health -------------------------------------------------------------------------------
    ResultJob<HealthInfo> *healthz();
    // Probes v2beta1 then v1beta1 healthz (falling back when v2 is missing or unreadable, not on
    // network/auth errors), sets the dialect and the multi-user flag from the answer. After
    // setApiVersion() (a forced dialect), probes only that version.
    ResultJob<HealthInfo> *detectApi();

    // --- pipelines ----------------------------------------------------------------------------
    ResultJob<Page<Pipeline>> *listPipelines(const ListQuery &query = {});
    ResultJob<Pipeline> *getPipeline(const QString &pipelineId);
    // The SDK's get_pipeline_id: the pipeline whose display name (else, on v2, whose technical
    // name) is exactly `name`; NotFound otherwise.
    ResultJob<Pipeline> *getPipelineByName(const QString &name, const QString &namespaceName = {});
    ApiJob *deletePipeline(const QString &pipelineId, bool cascade = true);
    ResultJob<Pipeline> *uploadPipeline(const PipelineUpload &upload);
    ResultJob<PipelineVersion> *uploadPipelineVersion(const PipelineVersionUpload &upload);
    ResultJob<Page<PipelineVersion>> *listPipelineVersions(const QString &pipelineId,
                                                           const ListQuery &query = {});
    // With the compiled spec (v2 pipeline_spec; v1: GET the version, then its …/templates, whose
    // YAML text lands in PipelineVersion::templateText).
    ResultJob<PipelineVersion> *getPipelineVersion(const QString &pipelineId,
                                                   const QString &versionId);
    ApiJob *deletePipelineVersion(const QString &pipelineId, const QString &versionId);

    // --- experiments --------------------------------------------------------------------------
    ResultJob<Experiment> *createExperiment(const QString &displayName,
                                            const QString &description = {},
                                            const QString &namespaceName = {});
    ResultJob<Experiment> *getExperiment(const QString &experimentId);
    ResultJob<Experiment> *getExperimentByName(const QString &displayName,
                                               const QString &namespaceName = {});
    // The SDK's create_experiment: the existing experiment of that name, else a new one.
    ResultJob<Experiment> *ensureExperiment(const QString &displayName,
                                            const QString &description = {},
                                            const QString &namespaceName = {});
    ResultJob<Page<Experiment>> *listExperiments(const ListQuery &query = {});
    ApiJob *archiveExperiment(const QString &experimentId);
    ApiJob *unarchiveExperiment(const QString &experimentId);
    ApiJob *deleteExperiment(const QString &experimentId);

    // --- runs ---------------------------------------------------------------------------------
    ResultJob<Run> *createRun(const RunRequest &request);
    ResultJob<Run> *getRun(const QString &runId);
    ResultJob<Page<Run>> *listRuns(const ListQuery &query = {});
    ApiJob *archiveRun(const QString &runId);
    ApiJob *unarchiveRun(const QString &runId);
    ApiJob *terminateRun(const QString &runId);
    ApiJob *retryRun(const QString &runId);
    ApiJob *deleteRun(const QString &runId);
    // Polls getRun every pollMs until the run is final (SUCCEEDED, SKIPPED, FAILED *or* CANCELED)
    // or timeoutMs passes (Kind::Timeout). Never blocks; abort() stops the polling.
    ResultJob<Run> *waitForRunCompletion(const QString &runId, int timeoutMs, int pollMs = 5000);

    // --- recurring runs (v1: jobs) ------------------------------------------------------------
    ResultJob<RecurringRun> *createRecurringRun(const RecurringRunRequest &request);
    ResultJob<RecurringRun> *getRecurringRun(const QString &recurringRunId);
    ResultJob<Page<RecurringRun>> *listRecurringRuns(const ListQuery &query = {});
    ApiJob *enableRecurringRun(const QString &recurringRunId);
    ApiJob *disableRecurringRun(const QString &recurringRunId);
    ApiJob *deleteRecurringRun(const QString &recurringRunId);

private:
    // Helpers defined in KfpClientJobs.h: a started job whose body is parsed with `parse`
    // (a member of ApiDialect taking the reply's JSON object) by the dialect of `version`.
    template<class T, class Parse>
    ResultJob<T> *startJob(RequestSpec spec, Parse parse, ApiVersion version);
    template<class T, class Parse> ResultJob<T> *startJob(RequestSpec spec, Parse parse)
    {
        return startJob<T>(std::move(spec), parse, apiVersion());
    }
    ApiJob *startJob(RequestSpec spec); // reply must be a JSON object ({} for Empty)
    template<class T> ResultJob<T> *newComposite();
    ResultJob<HealthInfo> *probeHealthz(ApiVersion version);
    void pollRun(ResultJob<Run> *job, const QString &runId, int pollMs);
    void lookUpPipeline(ResultJob<Pipeline> *job, QStringList keys, const QString &name,
                        const QString &namespaceName);

    HttpSession *m_session;
    std::unique_ptr<ApiDialect> m_dialect;
    bool m_multiUser = false;
    bool m_versionForced = false;
};

} // namespace kfp
