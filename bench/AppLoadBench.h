#pragma once

// kfp-bench app-load: the load check of the "Reliability" issue — the real main window (kfpui's
// MainWindow, offscreen) against a sandbox holding N runs and P pipelines, through a user's
// session, step by step:
//
//   start                     window shown, the connection verified → first rows of the first
//   section
//                             (Pipelines)
//   pipelines_scroll_to_end   End held down (a key press every 33 ms, the auto-repeat rate) on
//                             the pipeline list until all P pipelines are loaded
//   pipelines_expand          Home, then 20 pipelines expanded (as a click on their arrows): until
//                             the versions of all 20 are loaded (lazily, one call each)
//   runs_first_rows           Ctrl+3 (the Runs section) → its first rows
//   runs_load_all             every page fetched in turn until all N runs are loaded (as
//                             runs-view does)
//   runs_select               Down: the next run becomes current → its details pane has loaded
//   runs_refresh_f5           F5 with all N runs loaded → the list is refreshed in place
//   runs_search               Ctrl+F, a search text typed key by key → the filtered first page
//                             (timed from the last key: includes the 300 ms search debounce)
//   runs_search_clear         Ctrl+A, Backspace in the search field → the unfiltered first page
//   runs_sort_header          a click on the "Run name" header → the re-sorted first page
//   runs_sorted_all_rows      → all N runs loaded again in the new order (see below)
//   experiments_first_rows    Ctrl+2 → first rows; recurring_runs_first_rows: Ctrl+4;
//   archive_first_rows        Ctrl+5 (the archived runs tab)
//
// F5 comes before the search (the list has it last) so that it refreshes all N loaded
// runs: a search replaces the loaded rows with one filtered page.
//
// The sections page on demand (PagedTreeModel::setFetchOnDemand): a list reads its next page
// when its last loaded row is displayed. So pipelines_scroll_to_end holds End, and the two
// "all rows" steps fetch every page in turn (PagedTreeModel::fetchNextPage), as holding End on
// the run list would; they also report since_open_ms, the time from opening (or re-sorting) the
// list to its last page.
//
// Each step reports its time ("ms", from its user action to the awaited answer) and the longest
// UI-thread stalls during it (and during a 200 ms settle afterwards, while the views lay out and
// paint): max_stall_ms, wall clock between two 5 ms heartbeats, and max_stall_cpu_ms, the UI
// thread's own CPU time between two heartbeats, which does not depend on the machine's load (see
// BenchSupport.h). Also reported: both maxima overall, the 1-minute load average at the start,
// the peak RSS, the RSS with everything loaded, and the bytes per loaded run (RSS growth over
// runs_first_rows + runs_load_all, divided by the rows; malloc_trim first, outside the steps).
// The sandbox is in the same process: every RSS figure includes its store, which is complete
// before the window starts, so the growth per run is the client's.
//
// The sandbox serves from its own thread (BenchSupport.h), seeded with P pipelines (one version
// each, as the seeder makes them), N runs, and the demo seed (5 pipelines, 3 experiments, 6 runs,
// one of them live, 1 recurring run) so that every section has something to show; the seeder
// archives nothing, so the Archive step times the answer of an empty list. The API version is
// given (--api), as the app's own --api does; auto refresh is off (F5 is measured on its own),
// and the run watcher of the notifications is not part of the window, so it is not running.

#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPersistentModelIndex>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QThread;

namespace kfp {

class Connection;
class KfpClient;
class MainWindow;
class PagedTreeModel;
class RunWizardLauncher;
class Session;
class UploadController;

class AppLoadBench final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppLoadBench)
public:
    struct Options
    {
        int runs = 100000;
        int pipelines = 1000;
        bool v1 = false;
    };
    explicit AppLoadBench(const Options &options, QObject *parent = nullptr);
    ~AppLoadBench() override;

    void start();

Q_SIGNALS:
    void finished(const QJsonObject &result, int exitCode);

private:
    // The session, in order.
    void stepStart();
    void stepPipelinesScroll();
    void stepPipelinesExpand();
    void stepRunsFirstRows();
    void stepRunsLoadAll();
    void stepRunsSelect();
    void stepRunsRefresh();
    void stepRunsSearch();
    void stepRunsSearchClear();
    void stepRunsSort();
    void stepRunsSortedAll();
    // Ctrl+<key> switches to a section; the step ends with the first page of its list.
    void stepSectionFirstRows(const char *name, int key, PagedTreeModel *model);

    // Step machinery: begin (clock, stall window, watchdog), end (after the settle time the
    // step's figures are recorded and the next step starts), fail (the bench stops).
    void beginStep(const char *name);
    void endStep(QJsonObject fields);
    void nextStep();
    void fail(const QString &message);
    void finish();
    // Ends the step when `model` has been reset (a new scope) and its first page arrived.
    void endOnFirstPageAfterReset(PagedTreeModel *model);
    // RSS after malloc_trim, with the heartbeat paused (the trim is not the app's stall).
    double quietRssMb();
    bool windowIsActive(const char *what);

    Options m_options;
    QThread *m_serverThread = nullptr;
    bench::Heartbeat m_heartbeat;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<KfpClient> m_client;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<RunWizardLauncher> m_launcher;
    std::unique_ptr<UploadController> m_upload;

    std::vector<std::function<void()>> m_steps;
    size_t m_nextStep = 0;
    QString m_stepName;
    bool m_stepOpen = false;
    bool m_finished = false;
    QElapsedTimer m_stepClock;
    QElapsedTimer m_openClock; // since a list was opened or re-scoped (its "time to all rows")
    QTimer m_watchdog;
    QTimer m_keyRepeat; // a held key
    QList<QMetaObject::Connection> m_stepConnections;
    QJsonArray m_results;

    // Per-step scratch.
    int m_pages = 0;
    int m_keyPresses = 0;
    bool m_resetSeen = false;
    QString m_expectedId;
    QList<QPersistentModelIndex> m_expanding;

    // Whole-run figures.
    QJsonObject m_seeded; // what the sandbox holds (written by the sandbox thread before listen)
    double m_loadAverage = 0;
    qint64 m_constructMs = 0;
    double m_rssBeforeRunsMb = 0;
    double m_rssLoadedMb = 0;
    int m_runsLoaded = 0;
    int m_pipelinesLoaded = 0;
};

} // namespace kfp
