#pragma once

#include "sandbox/JsonUtil.h"
#include "sandbox/Store.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace kfp::sandbox {

// Drives runs through PENDING → RUNNING → (tasks in dependency order) → SUCCEEDED/FAILED, and
// fires enabled recurring runs. One QTimer, no threads; nothing blocks the event loop.
//
// Failure injection: a run parameter `sandbox_fail_task` naming a task (or "*") makes that task
// FAIL on its first attempt, so a retry of the run then succeeds.
class RunSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSimulator)

public:
    RunSimulator(Store &store, double timeScale, QObject *parent = nullptr);

    // Fills the tasks from the run's pipeline source, sets PENDING and inserts the run.
    // Returns NotFound / InvalidArgument if the source cannot be resolved.
    ApiError start(Run run, QString *id);
    ApiError terminate(const QString &runId);
    ApiError retry(const QString &runId);
    // Resolves a source to the spec used for tasks (inline, version, or latest version) and
    // sets the source's pipeline and version ids to the version used.
    ApiError resolveSpec(PipelineSource *source, QJsonObject *spec) const;
    // Re-arms the timer after the store was loaded or recurring runs changed.
    void resume();

private:
    void tick();
    void advance(Run &run, qint64 now);
    void setRunState(Run &run, RunState state, qint64 now);
    static void setTaskState(Task &task, RunState state, qint64 now);
    void fireRecurring(qint64 now);
    qint64 scaled(qint64 ms) const;
    void updateTimer();

    Store &m_store;
    double m_timeScale;
    QTimer m_timer;
    QSet<QString> m_active;
};

} // namespace kfp::sandbox
