#include "KfpClient.h"

#include "KfpClientJobs.h"
#include "net/HttpSession.h"
#include "net/Logging.h"

namespace kfp {

KfpClient::KfpClient(HttpSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialect(ApiDialect::create(ApiVersion::V2Beta1))
{}

KfpClient::~KfpClient() = default;

void KfpClient::setApiVersion(ApiVersion version)
{
    m_dialect = ApiDialect::create(version);
    m_versionForced = true;
}

ApiVersion KfpClient::apiVersion() const
{
    return m_dialect->version();
}

ApiJob *KfpClient::startJob(RequestSpec spec)
{
    auto *job = new ApiJob(m_session, std::move(spec), this);
    // Empty responses are "{}": still check that a JSON object came back (not a login page).
    job->setParser([](const QByteArray &body) {
        QJsonObject json;
        QString why;
        if (body.trimmed().isEmpty())
            return why;
        wire::parseObject(body, &json, &why);
        return why;
    });
    job->start();
    return job;
}

// --- health -----------------------------------------------------------------------------------

ResultJob<HealthInfo> *KfpClient::healthz()
{
    return startJob<HealthInfo>(m_dialect->healthz(), &ApiDialect::parseHealthz);
}

ResultJob<HealthInfo> *KfpClient::probeHealthz(ApiVersion version)
{
    return startJob<HealthInfo>(ApiDialect::of(version).healthz(), &ApiDialect::parseHealthz,
                                version);
}

// --- pipelines --------------------------------------------------------------------------------

ResultJob<Page<Pipeline>> *KfpClient::listPipelines(const ListQuery &query)
{
    return startJob<Page<Pipeline>>(m_dialect->listPipelines(query, m_multiUser),
                                    &ApiDialect::parsePipelines);
}

ResultJob<Pipeline> *KfpClient::getPipeline(const QString &pipelineId)
{
    return startJob<Pipeline>(m_dialect->getPipeline(pipelineId), &ApiDialect::parsePipeline);
}

ApiJob *KfpClient::deletePipeline(const QString &pipelineId, bool cascade)
{
    return startJob(m_dialect->deletePipeline(pipelineId, cascade));
}

ResultJob<Pipeline> *KfpClient::uploadPipeline(const PipelineUpload &upload)
{
    return startJob<Pipeline>(m_dialect->uploadPipeline(upload), &ApiDialect::parsePipeline);
}

ResultJob<PipelineVersion> *KfpClient::uploadPipelineVersion(const PipelineVersionUpload &upload)
{
    return startJob<PipelineVersion>(m_dialect->uploadPipelineVersion(upload),
                                     &ApiDialect::parsePipelineVersion);
}

ResultJob<Page<PipelineVersion>> *KfpClient::listPipelineVersions(const QString &pipelineId,
                                                                  const ListQuery &query)
{
    return startJob<Page<PipelineVersion>>(m_dialect->listPipelineVersions(pipelineId, query),
                                           &ApiDialect::parsePipelineVersions);
}

ApiJob *KfpClient::deletePipelineVersion(const QString &pipelineId, const QString &versionId)
{
    return startJob(m_dialect->deletePipelineVersion(pipelineId, versionId));
}

// --- experiments ------------------------------------------------------------------------------

ResultJob<Experiment> *KfpClient::createExperiment(const QString &displayName,
                                                   const QString &description,
                                                   const QString &namespaceName)
{
    return startJob<Experiment>(
        m_dialect->createExperiment(displayName, description, namespaceName, m_multiUser),
        &ApiDialect::parseExperiment);
}

ResultJob<Experiment> *KfpClient::getExperiment(const QString &experimentId)
{
    return startJob<Experiment>(m_dialect->getExperiment(experimentId),
                                &ApiDialect::parseExperiment);
}

ResultJob<Page<Experiment>> *KfpClient::listExperiments(const ListQuery &query)
{
    return startJob<Page<Experiment>>(m_dialect->listExperiments(query, m_multiUser),
                                      &ApiDialect::parseExperiments);
}

ApiJob *KfpClient::archiveExperiment(const QString &experimentId)
{
    return startJob(m_dialect->archiveExperiment(experimentId));
}

ApiJob *KfpClient::unarchiveExperiment(const QString &experimentId)
{
    return startJob(m_dialect->unarchiveExperiment(experimentId));
}

ApiJob *KfpClient::deleteExperiment(const QString &experimentId)
{
    return startJob(m_dialect->deleteExperiment(experimentId));
}

} // namespace kfp
