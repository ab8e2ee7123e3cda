#pragma once

// Step 4: run once, or create a recurring run — periodic (every N minutes, hours or days) or
// cron in KFP's six-field syntax (seconds first), with a plain-language preview and the next
// three fire times; optional start and end; max concurrency (1-10, as KFP allows); catch-up;
// enabled.

#include "models/RunRequestBuilder.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class RunWizardSchedulePage;
}

namespace kfp {

class RunWizard;

class RunWizardSchedulePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWizardSchedulePage)
public:
    explicit RunWizardSchedulePage(RunWizard *wizard);
    ~RunWizardSchedulePage() override;

    void prefill(const RunDraft &draft);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateState();
    QString problem() const; // translated; empty when the schedule is usable

    std::unique_ptr<Ui::RunWizardSchedulePage> m_ui;
    RunWizard *m_wizard;
};

} // namespace kfp
