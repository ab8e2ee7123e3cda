#pragma once

// Step 1: what to run. A pipeline and version from the server (searchable; the latest version
// by default), or a local package file read with PipelinePackage and sent inline. The page is
// complete once the chosen pipeline's parameters are known (its spec was fetched and parsed,
// off the UI thread).

#include "package/PipelinePackage.h"

#include <QJsonObject>
#include <QWizardPage>
#include <functional>
#include <memory>

class QTimer;

namespace Ui {
class RunWizardSourcePage;
}

namespace kfp {

class RunWizard;

class RunWizardSourcePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWizardSourcePage)
public:
    explicit RunWizardSourcePage(RunWizard *wizard);
    ~RunWizardSourcePage() override;

    void preselectPipeline(const QString &pipelineId, const QString &versionId);
    void preselectPackageFile(const QString &filePath);
    // A clone of a run created from an inline spec.
    void preselectInlineSpec(const QJsonObject &pipelineSpec, const QString &workflowManifest);

    // Non-empty: busy (Next disabled) with this message; empty: idle.
    void setBusyMessage(const QString &message);
    // The message in the status line; with `retry`, a Try Again button beside it runs it.
    void showError(const QString &message, std::function<void()> retry = {});

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateMode();
    void loadPipelines();
    void onPipelineChanged();
    void onVersionChanged();
    void browse();
    void readFile(const QString &filePath);
    // Parses a package off the UI thread, then takes its parameters (when still current).
    void parsePackage(const QByteArray &bytes, const QString &fileName, bool fromFile);
    void takePackage(const PipelinePackage &package, bool fromFile);
    void invalidate(); // the selection changed: what was loaded no longer applies

    std::unique_ptr<Ui::RunWizardSourcePage> m_ui;
    RunWizard *m_wizard;
    QTimer *m_searchTimer;
    QString m_presetPipelineId;
    QString m_presetVersionId;
    bool m_pipelinesLoaded = false;
    bool m_ready = false;
    int m_busy = 0;
    int m_generation = 0;          // bumped by every selection change; older replies are dropped
    std::function<void()> m_retry; // what Try Again does (a failed load)
    PipelinePackage m_package;
    QString m_packageFile;
};

} // namespace kfp
