#pragma once

// What a controller may ask of the main window: its widget (a parent for dialogs, a target for
// drops), the status-bar notice, the sections and their views, the models behind them, the
// connection's run watcher, a refresh, and entries of its own in the context menu. MainWindow
// implements it; the controllers that extend the window (upload, run wizard, notifications) see
// only this, and get the menus and toolbar they extend passed to them explicitly.

#include <QtGlobal>

#include <functional>

class QMainWindow;
class QMenu;
class QObject;
class QString;

namespace kfp {

class PipelineTreeModel;
class RunListModel;
class RunWatcher;
class SectionView;

// The sections of the main window, in the order of its side list.
enum class Section
{
    Pipelines,
    Experiments,
    Runs,
    RecurringRuns,
    Archive
};

class Workbench
{
public:
    virtual ~Workbench() = default;

    virtual QMainWindow *mainWindow() = 0;
    virtual void setNotice(const QString &text) = 0;

    virtual Section currentSection() const = 0;
    virtual void setCurrentSection(Section section) = 0;
    // The view shown for a section (Archive: the archive tab on top).
    virtual SectionView *sectionView(Section section) const = 0;
    virtual SectionView *currentView() const = 0;
    virtual SectionView *archivedRunsView() const = 0;
    virtual PipelineTreeModel *pipelineModel() const = 0;
    virtual RunListModel *runModel() const = 0;

    // The connection's run watcher (notifications); the run wizard watches the runs it creates.
    virtual RunWatcher *runWatcher() const = 0;
    virtual void setRunWatcher(RunWatcher *watcher) = 0;

    // Reloads the current section (or retries the connection).
    virtual void refresh() = 0;

    // `contribute` adds entries to each context menu about to pop up, for as long as `context`
    // lives.
    virtual void addContextMenuContributor(QObject *context,
                                           std::function<void(QMenu *)> contribute) = 0;

protected:
    Workbench() = default;
    Q_DISABLE_COPY_MOVE(Workbench)
};

} // namespace kfp
