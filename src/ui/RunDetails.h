#pragma once

// Details of one run: state, timings, parameters, state history, error, and the task list from
// `run_details` (v1: from the Argo workflow status) as a tree by parent task.
//
// Run monitor: while an active run is shown (the pane visible, the run not final), the pane asks
// for it again every monitorInterval() — one GetRun for the one selected run, never one per row —
// and updates the task tree in place (state, start, duration) and the progress bar (finished
// tasks / all tasks). It stops when the run ends, another item is selected or the pane is hidden.
//
// With a RunStateCache (setRunStateCache) the pane writes what it loads there and shows what is
// known newest: a state the watcher or a list saw change updates the state, times and duration at
// once, and the monitor asks for the whole run right away to bring the tasks up to date.

#include "DetailsPane.h"
#include "api/ApiTypes.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class RunDetails;
}

namespace kfp {

class RunStateCache;
struct RunStateFact;

class RunDetails final : public DetailsPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetails)
public:
    explicit RunDetails(KfpClient *client, QWidget *parent = nullptr);
    ~RunDetails() override;

    void showRun(const QString &runId);
    void reload() override;
    int taskCount() const; // the run's tasks, its root DAG aside

    static constexpr int MonitorIntervalMs = 3000;
    void setMonitorInterval(int ms);
    int monitorInterval() const { return m_monitor.interval(); }
    // A poll is scheduled or under way for the shown run.
    bool isMonitoring() const { return m_monitor.isActive() || !m_pollJob.isNull(); }

    // The app's run states (not owned; nullptr: none).
    void setRunStateCache(RunStateCache *cache);

Q_SIGNALS:
    // The monitor's answer was applied (tests and the status bar follow it).
    void monitorUpdated(const QString &runId);

protected:
    void clearValues() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void namesArrived() override;

private:
    void apply(const Run &run, const QDateTime &sentAt); // an answer: through the cache
    void onRunStateChanged(const QString &runId, const RunStateFact &fact);
    void fill(const Run &run);
    void fillState(const Run &run);
    void fillReferences();
    void fillTasks(const Run &run);
    void fillProgress(const Run &run);
    void updateMonitor(); // start or stop the poll for what is shown now
    void poll();

    std::unique_ptr<Ui::RunDetails> m_ui;
    // The ids the shown run refers to, to put names on them when those arrive.
    QString m_experimentId, m_pipelineId, m_versionId, m_recurringRunId;
    bool m_shownIsFinal = true; // the shown run's state, for the monitor
    // The cache knows the run newer than the last answer did: ask for the whole run again.
    bool m_stale = false;
    bool m_applying = false; // our own update of the cache
    Run m_shown;             // the run as shown (for updates of its state alone)
    RunStateCache *m_stateCache = nullptr;
    int m_taskCount = 0;
    QTimer m_monitor; // single shot: the next poll is due one interval after an answer
    QPointer<ApiJob> m_pollJob;
};

} // namespace kfp
