#pragma once

// Step 3: the parameter table (ParameterTableModel + ParameterDelegate). Next stays disabled
// while a value is invalid or a required parameter is empty; the message under the table names
// the parameter and the reason, and the offending cell is selected and marked.
// Parameter sets load from and save to JSON or YAML files ({name: value}).

#include <QWizardPage>
#include <memory>

namespace Ui {
class RunWizardParametersPage;
}

namespace kfp {

class RunWizard;

class RunWizardParametersPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWizardParametersPage)
public:
    explicit RunWizardParametersPage(RunWizard *wizard);
    ~RunWizardParametersPage() override;

    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;

    // Parameter sets. Return false with *error (translated) when the file cannot be used.
    bool loadParameterSet(const QString &filePath, QString *error);
    bool saveParameterSet(const QString &filePath, QString *error) const;

private:
    void updateError();
    void loadClicked();
    void saveClicked();

    std::unique_ptr<Ui::RunWizardParametersPage> m_ui;
    RunWizard *m_wizard;
};

} // namespace kfp
