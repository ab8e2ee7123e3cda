#pragma once

// Opens the RunWizard from the main window: "New run…" (Ctrl+N) in the File menu and the
// toolbar; "Create run…" on a pipeline or version (preselected), "Clone run…" on a run and
// "Clone recurring run…" on a recurring run, in the context menu. After Create, the new run is
// handed to the window's RunWatcher (when there is one) and selected in the Runs section.
//
// A controller, not a widget: WindowControllers makes it once, with the window (as a Workbench)
// and the File menu and toolbar it extends:
//
//     RunWizardLauncher launcher(&window, client, window.fileMenu(), window.toolBar());

#include "SectionView.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QToolBar;

namespace kfp {

class KfpClient;
class RunWizard;
class Workbench;

class RunWizardLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWizardLauncher)
public:
    // "New run…" goes first in `fileMenu` and in `toolBar` (nullptr: none).
    RunWizardLauncher(Workbench *workbench, KfpClient *client, QMenu *fileMenu, QToolBar *toolBar,
                      QObject *parent = nullptr);
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

    Workbench *m_workbench;
    KfpClient *m_client;
    QAction *m_newRun;
    QPointer<RunWizard> m_wizard;
};

} // namespace kfp
