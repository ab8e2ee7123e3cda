#pragma once

// Step 2: the run's name (default "Run of <pipeline> (<time>)"), description, experiment and
// service account. The experiment combo lists the server's experiments; a name typed that is not
// among them is created (ensureExperiment, the SDK's create_experiment) when the user presses
// Next, with Next disabled until the server answered.

#include "models/RunRequestBuilder.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class RunWizardDetailsPage;
}

namespace kfp {

class RunWizard;

class RunWizardDetailsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWizardDetailsPage)
public:
    explicit RunWizardDetailsPage(RunWizard *wizard);
    ~RunWizardDetailsPage() override;

    // A clone: name, description, experiment and service account of the original.
    void prefill(const RunDraft &draft);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void loadExperiments();
    void setBusy(const QString &message);
    QString experimentIdForText() const; // empty when the text is a new name

    std::unique_ptr<Ui::RunWizardDetailsPage> m_ui;
    RunWizard *m_wizard;
    bool m_nameEdited = false;
    bool m_loaded = false;
    bool m_busy = false;
    QString m_presetExperimentId;
    QString m_ensuredName; // created by the last Next, and its id below
    QString m_ensuredId;
};

} // namespace kfp
