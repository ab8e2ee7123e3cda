#pragma once

// Opens the RunWizard from the main window: "New run…" (Ctrl+N) in the File menu and the
// toolbar; "Create run…" on a pipeline or version (preselected), "Clone run…" on a run and
// "Clone recurring run…" on a recurring run, in the context menu. After Create, the new run is
// handed to the window's RunWatcher (when there is one) and selected in the Runs section.
//
// A controller, not a widget: the window creates it once (`new RunWizardLauncher(this, client)`).

#include "SectionView.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace kfp {

class KfpClient;
class MainWindow;
class RunWizard;

class RunWizardLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWizardLauncher)
public:
    RunWizardLauncher(MainWindow *window, KfpClient *client);
    ~RunWizardLauncher() override;

    QAction *newRunAction() const { return m_newRun; }
    // The wizard on screen, if any (tests drive it).
    RunWizard *wizard() const;

    // What the actions do; public for the window's other entry points.
    RunWizard *openNew();
    RunWizard *openForPipeline(const QString &pipelineId, const QString &versionId);
    RunWizard *openClone(const SelectedItem &item);

private:
    RunWizard *open();
    void addContextEntries(QMenu *menu);
    void selectRun(const QString &runId);

    MainWindow *m_window;
    KfpClient *m_client;
    QAction *m_newRun;
    QPointer<RunWizard> m_wizard;
};

} // namespace kfp
