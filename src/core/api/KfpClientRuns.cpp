// KfpClient: runs and recurring runs (v1: jobs).

#include "KfpClient.h"

#include "KfpClientJobs.h"

namespace kfp {

ResultJob<Run> *KfpClient::createRun(const RunRequest &request)
{
    return startJob<Run>(m_dialect->createRun(request), &ApiDialect::parseRun);
}

ResultJob<Run> *KfpClient::getRun(const QString &runId)
{
    return startJob<Run>(m_dialect->getRun(runId), &ApiDialect::parseRun);
}

ResultJob<Page<Run>> *KfpClient::listRuns(const ListQuery &query)
{
    return startJob<Page<Run>>(m_dialect->listRuns(query, m_multiUser), &ApiDialect::parseRuns);
}

ApiJob *KfpClient::archiveRun(const QString &runId)
{
    return startJob(m_dialect->archiveRun(runId));
}

ApiJob *KfpClient::unarchiveRun(const QString &runId)
{
    return startJob(m_dialect->unarchiveRun(runId));
}

ApiJob *KfpClient::terminateRun(const QString &runId)
{
    return startJob(m_dialect->terminateRun(runId));
}

ApiJob *KfpClient::retryRun(const QString &runId)
{
    return startJob(m_dialect->retryRun(runId));
}

ApiJob *KfpClient::deleteRun(const QString &runId)
{
    return startJob(m_dialect->deleteRun(runId));
}

ResultJob<RecurringRun> *KfpClient::createRecurringRun(const RecurringRunRequest &request)
{
    return startJob<RecurringRun>(m_dialect->createRecurringRun(request),
                                  &ApiDialect::parseRecurringRun);
}

ResultJob<RecurringRun> *KfpClient::getRecurringRun(const QString &recurringRunId)
{
    return startJob<RecurringRun>(m_dialect->getRecurringRun(recurringRunId),
                                  &ApiDialect::parseRecurringRun);
}

ResultJob<Page<RecurringRun>> *KfpClient::listRecurringRuns(const ListQuery &query)
{
    return startJob<Page<RecurringRun>>(m_dialect->listRecurringRuns(query, m_multiUser),
                                        &ApiDialect::parseRecurringRuns);
}

ApiJob *KfpClient::enableRecurringRun(const QString &recurringRunId)
{
    return startJob(m_dialect->enableRecurringRun(recurringRunId));
}

ApiJob *KfpClient::disableRecurringRun(const QString &recurringRunId)
{
    return startJob(m_dialect->disableRecurringRun(recurringRunId));
}

ApiJob *KfpClient::deleteRecurringRun(const QString &recurringRunId)
{
    return startJob(m_dialect->deleteRecurringRun(recurringRunId));
}

} // namespace kfp
