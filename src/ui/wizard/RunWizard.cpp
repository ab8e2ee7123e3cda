#include "RunWizard.h"

#include "RunWizardDetailsPage.h"
#include "RunWizardParametersPage.h"
#include "RunWizardReviewPage.h"
#include "RunWizardSchedulePage.h"
#include "RunWizardSourcePage.h"
#include "api/KfpClient.h"
#include "models/ParameterTableModel.h"
#include "watch/RunWatcher.h"

namespace kfp {

RunWizard::RunWizard(KfpClient *client, RunWatcher *watcher, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_watcher(watcher)
    , m_parameters(new ParameterTableModel(this))
    , m_sourcePage(new RunWizardSourcePage(this))
    , m_detailsPage(new RunWizardDetailsPage(this))
    , m_parametersPage(new RunWizardParametersPage(this))
    , m_schedulePage(new RunWizardSchedulePage(this))
    , m_reviewPage(new RunWizardReviewPage(this))
{
    setObjectName(QStringLiteral("RunWizard"));
    setWindowTitle(tr("Create run"));
    // The classic style everywhere: the same layout (and the same tests) on every platform.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Create"));
    setPage(SourcePageId, m_sourcePage);
    setPage(DetailsPageId, m_detailsPage);
    setPage(ParametersPageId, m_parametersPage);
    setPage(SchedulePageId, m_schedulePage);
    setPage(ReviewPageId, m_reviewPage);
    setStartId(SourcePageId);
}

RunWizard::~RunWizard()
{
    // QDialog's destructor hides the window, which commits an editor still open in the
    // parameter table; by then this wizard is gone, so the pages must not hear of it.
    m_parameters->blockSignals(true);
}

void RunWizard::preselectPipeline(const QString &pipelineId, const QString &versionId)
{
    m_sourcePage->preselectPipeline(pipelineId, versionId);
}

void RunWizard::preselectPackageFile(const QString &filePath)
{
    m_sourcePage->preselectPackageFile(filePath);
}

void RunWizard::cloneRun(const QString &runId)
{
    setWindowTitle(tr("Clone run"));
    m_sourcePage->setBusyMessage(tr("Loading the original run…"));
    auto *job = m_client->getRun(runId);
    connect(job, &ApiJob::finished, this, [this, job] {
        m_sourcePage->setBusyMessage({});
        if (!job->ok()) {
            const QString message =
                tr("Could not load the run to clone: %1").arg(job->error().fullMessage());
            m_sourcePage->showError(message);
            Q_EMIT cloneFailed(message);
            return;
        }
        applyClone(RunRequestBuilder::fromRun(job->result()), job->result().displayName);
    });
}

void RunWizard::cloneRecurringRun(const QString &recurringRunId)
{
    setWindowTitle(tr("Clone recurring run"));
    m_sourcePage->setBusyMessage(tr("Loading the original recurring run…"));
    auto *job = m_client->getRecurringRun(recurringRunId);
    connect(job, &ApiJob::finished, this, [this, job] {
        m_sourcePage->setBusyMessage({});
        if (!job->ok()) {
            const QString message =
                tr("Could not load the recurring run to clone: %1").arg(job->error().fullMessage());
            m_sourcePage->showError(message);
            Q_EMIT cloneFailed(message);
            return;
        }
        applyClone(RunRequestBuilder::fromRecurringRun(job->result()), job->result().displayName);
    });
}

void RunWizard::applyClone(RunDraft draft, const QString &originalName)
{
    // The KFP web UI names a clone "Clone of <original>"; so do we.
    draft.displayName = tr("Clone of %1").arg(originalName);
    m_pendingValues = draft.parameters;
    m_draft = draft;
    m_detailsPage->prefill(m_draft);
    m_schedulePage->prefill(m_draft);
    if (draft.source == RunDraft::Source::Package)
        m_sourcePage->preselectInlineSpec(draft.pipelineSpec, draft.workflowManifest);
    else
        m_sourcePage->preselectPipeline(draft.pipelineId, draft.pipelineVersionId);
}

void RunWizard::setPipelineParameters(const QList<PackageParameter> &parameters)
{
    m_parameters->setParameters(parameters);
    if (!m_pendingValues.isEmpty()) {
        m_parameters->setValues(m_pendingValues);
        m_pendingValues.clear();
    }
}

void RunWizard::reportCreated(const Run &run)
{
    if (m_watcher)
        m_watcher->watch(run, WatchOrigin::Created);
    Q_EMIT runCreated(run);
}

void RunWizard::reportCreated(const RecurringRun &recurringRun)
{
    Q_EMIT recurringRunCreated(recurringRun);
}

} // namespace kfp
