#pragma once

// The run-creation wizard: Source → Details → Parameters → Schedule → Review, then Create.
//
//     auto *wizard = new RunWizard(client, watcher, parent); // watcher may be nullptr
//     wizard->preselectPipeline(pipelineId);                 // optional: from a pipeline row
//     wizard->show();
//
// Pages talk to the server through KfpClient jobs and never block: while one is in flight the
// page shows a busy bar and Next stays disabled. Every page writes its part of the RunDraft
// (core/models/RunRequestBuilder.h); the Review page shows the exact request built from it and
// creates the run or recurring run. runCreated()/recurringRunCreated() then report the result,
// and a created run is handed to the RunWatcher.

#include "api/ApiTypes.h"
#include "models/RunRequestBuilder.h"
#include "package/PipelinePackage.h"

#include <QWizard>

namespace kfp {

class KfpClient;
class ParameterTableModel;
class RunWatcher;
class RunWizardDetailsPage;
class RunWizardParametersPage;
class RunWizardReviewPage;
class RunWizardSchedulePage;
class RunWizardSourcePage;

class RunWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWizard)
public:
    enum PageId
    {
        SourcePageId,
        DetailsPageId,
        ParametersPageId,
        SchedulePageId,
        ReviewPageId
    };

    RunWizard(KfpClient *client, RunWatcher *watcher, QWidget *parent = nullptr);
    ~RunWizard() override;

    // Multi-user mode: experiments are listed and created in this namespace.
    void setNamespace(const QString &namespaceName) { m_namespace = namespaceName; }
    QString namespaceName() const { return m_namespace; }

    // Opens on a server pipeline; an empty versionId picks its latest version.
    void preselectPipeline(const QString &pipelineId, const QString &versionId = {});
    // Opens on a local package file (read at once).
    void preselectPackageFile(const QString &filePath);
    // Prefills every page from an existing run / recurring run (fetched first).
    void cloneRun(const QString &runId);
    void cloneRecurringRun(const QString &recurringRunId);

    KfpClient *client() const { return m_client; }
    RunWatcher *watcher() const { return m_watcher; }
    RunDraft &draft() { return m_draft; }
    const RunDraft &draft() const { return m_draft; }
    ParameterTableModel *parameterModel() const { return m_parameters; }
    RunWizardSourcePage *sourcePage() const { return m_sourcePage; }
    RunWizardDetailsPage *detailsPage() const { return m_detailsPage; }
    RunWizardParametersPage *parametersPage() const { return m_parametersPage; }
    RunWizardSchedulePage *schedulePage() const { return m_schedulePage; }
    RunWizardReviewPage *reviewPage() const { return m_reviewPage; }

    // Called by the Source page once the pipeline's parameters are known: fills the table,
    // then applies the values of a clone (once).
    void setPipelineParameters(const QList<PackageParameter> &parameters);
    // Called by the Review page after Create succeeded.
    void reportCreated(const Run &run);
    void reportCreated(const RecurringRun &recurringRun);

Q_SIGNALS:
    void runCreated(const kfp::Run &run);
    void recurringRunCreated(const kfp::RecurringRun &recurringRun);
    // A clone could not load its original (the wizard stays open with what it has).
    void cloneFailed(const QString &message);

private:
    void applyClone(RunDraft draft, const QString &originalName);

    KfpClient *m_client;
    RunWatcher *m_watcher;
    QString m_namespace;
    RunDraft m_draft;
    ParameterTableModel *m_parameters;
    QList<RunParameter> m_pendingValues; // a clone's values, applied when parameters arrive
    RunWizardSourcePage *m_sourcePage;
    RunWizardDetailsPage *m_detailsPage;
    RunWizardParametersPage *m_parametersPage;
    RunWizardSchedulePage *m_schedulePage;
    RunWizardReviewPage *m_reviewPage;
};

} // namespace kfp
