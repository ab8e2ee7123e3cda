#pragma once

// Step 5: a summary of the run and the exact JSON request (built by the client's own dialect,
// copyable), then Create. Create is asynchronous: the page stays, busy, until the server
// answered; on success the wizard reports the new run and closes, on failure the message shows
// here and nothing the user entered is lost. A create whose answer was lost is never repeated
// blindly (CreateOnce): the page finds the run it made, or looks before sending again.

#include <QWizardPage>
#include <functional>
#include <memory>

namespace Ui {
class RunWizardReviewPage;
}

namespace kfp {

class CreateOnce;
class RunWizard;

class RunWizardReviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWizardReviewPage)
public:
    explicit RunWizardReviewPage(RunWizard *wizard);
    ~RunWizardReviewPage() override;

    QString requestText() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void create();
    void setBusy(const QString &message);
    void failed(const QString &message);
    void created(const std::function<void()> &report);

    std::unique_ptr<Ui::RunWizardReviewPage> m_ui;
    RunWizard *m_wizard;
    CreateOnce *m_creator = nullptr;
    bool m_busy = false;
    bool m_created = false;
};

} // namespace kfp
