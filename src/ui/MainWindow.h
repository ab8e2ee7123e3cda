#pragma once

// The main window: a side list of sections — Pipelines, Experiments, Runs, Recurring runs and
// Archive (archived runs and archived experiments, in two tabs) — each a SectionView (filters, the
// tree over its model, details in a splitter); menus, a toolbar, context menus with the
// ResourceActions, and the StatusPanel.
//
// It is given the Connection (it follows its state: loads when it turns Online, shows why when
// it cannot connect, reloads when a retry is due), the settings to remember itself in (nullptr:
// remember nothing) and the Prompter that asks before destructive actions (nullptr: real
// message boxes).
//
//     MainWindow w(&connection, &settings, &prompter);
//     w.show();
//     connection.open(profile);
//
// Refresh: F5, and every AutoRefreshMs while the window is visible and active; rows update in
// place (selection, expansion and scroll position survive).
//
// The controllers that extend it (upload, run wizard, notifications, the connection and language
// menus) are made by WindowControllers; they see the window as a Workbench and are handed the
// menus and toolbar below.

#include "StatusPanel.h"
#include "Workbench.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QMenu;
class QSettings;
class QTabWidget;
class QTimer;
class QToolBar;

namespace Ui {
class MainWindow;
}

namespace kfp {

class ApiError;
class Connection;
class ExperimentTreeModel;
class KfpClient;
class NameCache;
class PipelineTreeModel;
class Prompter;
class RecurringRunModel;
class ResourceActions;
class RunListModel;
class RunStateCache;
class RunWatcher;
class SectionView;

class MainWindow final : public QMainWindow, public Workbench
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    using Section = kfp::Section;
    using ConnectionState = StatusPanel::Connection;

    static constexpr int AutoRefreshMs = 30000;

    MainWindow(Connection *connection, QSettings *settings = nullptr, Prompter *prompter = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // "pipelines", "experiments", "runs", "recurring-runs" (or "recurring"), "archive".
    static bool sectionFromName(const QString &name, Section *section);

    // Workbench
    QMainWindow *mainWindow() override { return this; }
    void setNotice(const QString &text) override;
    Section currentSection() const override;
    void setCurrentSection(Section section) override;
    SectionView *sectionView(Section section) const override;
    SectionView *currentView() const override;
    SectionView *archivedRunsView() const override { return m_archivedRuns; }
    PipelineTreeModel *pipelineModel() const override { return m_pipelineModel; }
    RunListModel *runModel() const override { return m_runModel; }
    RunWatcher *runWatcher() const override;
    void setRunWatcher(RunWatcher *watcher) override;
    void refresh() override;
    void addContextMenuContributor(QObject *context,
                                   std::function<void(QMenu *)> contribute) override;

    // What the controllers extend: File (upload, new run, the connection and profile entries),
    // View (the language), Actions (pin run) and the toolbar (new run).
    QMenu *fileMenu() const;
    QMenu *viewMenu() const;
    QMenu *actionsMenu() const;
    QToolBar *toolBar() const;
    // From the login work; empty shows "—".
    void setProfile(const QString &profile, const QString &user);
    // Multi-user mode: every list, name lookup and the status bar use this namespace.
    void setNamespace(const QString &namespaceName);

    ConnectionState connectionState() const;
    SectionView *archivedExperimentsView() const { return m_archivedExperiments; }
    ResourceActions *resourceActions() const { return m_actions; }
    // Every view of runs, the actions and the run watcher share it.
    RunStateCache *runStateCache() const { return m_runStates; }

    void setAutoRefreshInterval(int ms);
    // Writes geometry, splitters, headers, sorts and the section (also done on close).
    void saveSettings();

Q_SIGNALS:
    // Once: the first page arrived, or the first attempt failed (the window shows something).
    void firstLoadDone();
    // A context menu is about to pop up: others add their entries (addContextMenuContributor).
    void contextMenuAboutToShow(QMenu *menu);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupSections();
    SectionView *addSection(int kind, class PagedTreeModel *model);
    void setupActions();
    void restoreSettings();
    void updateApiLabel();
    void startLoading();
    void onSectionChanged();
    void followConnection();
    void showConnectionError();
    void showContextMenu(const QPoint &globalPos);
    void autoRefresh();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Connection *m_connection;
    KfpClient *m_client;
    QSettings *m_settings;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter;
    NameCache *m_names;
    RunStateCache *m_runStates;
    PipelineTreeModel *m_pipelineModel;
    ExperimentTreeModel *m_experimentModel;
    RunListModel *m_runModel;
    RecurringRunModel *m_recurringModel;
    RunListModel *m_archivedRunModel;
    ExperimentTreeModel *m_archivedExperimentModel;
    SectionView *m_pipelines = nullptr;
    SectionView *m_experiments = nullptr;
    SectionView *m_runs = nullptr;
    SectionView *m_recurring = nullptr;
    SectionView *m_archivedRuns = nullptr;
    SectionView *m_archivedExperiments = nullptr;
    QTabWidget *m_archiveTabs = nullptr;
    ResourceActions *m_actions = nullptr;
    StatusPanel *m_status = nullptr;
    QTimer *m_autoRefresh;
    bool m_apiKnown = false; // the connection was Online once: the views may load
    ConnectionState m_shownState = ConnectionState::Disconnected;
    bool m_firstLoadDone = false;
    QPointer<RunWatcher> m_runWatcher;
};

} // namespace kfp
