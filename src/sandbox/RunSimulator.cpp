#include "sandbox/RunSimulator.h"

#include "sandbox/CronSchedule.h"
#include "sandbox/PipelineSpec.h"

#include <QDateTime>

namespace kfp::sandbox {
namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool shouldFail(const Run &run, const Task &task)
{
    const QJsonValue v = run.params.value(QStringLiteral("sandbox_fail_task"));
    // Only the run's first attempt fails, so a retry can succeed.
    if (!v.isString() || run.retries > 0)
        return false;
    const QString target = v.toString();
    return target == QLatin1String("*") || target == task.name || target == task.displayName;
}

} // namespace

RunSimulator::RunSimulator(Store &store, double timeScale, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timeScale(timeScale > 0 ? timeScale : 1.0)
{
    m_timer.setInterval(qBound(2, static_cast<int>(200 * m_timeScale), 200));
    connect(&m_timer, &QTimer::timeout, this, &RunSimulator::tick);
}

qint64 RunSimulator::scaled(qint64 ms) const
{
    return std::max<qint64>(1, static_cast<qint64>(static_cast<double>(ms) * m_timeScale));
}

ApiError RunSimulator::resolveSpec(PipelineSource *source, QJsonObject *spec) const
{
    if (!source->inlineSpec.isEmpty()) {
        *spec = source->inlineSpec;
        return {};
    }
    if (!source->workflowManifest.isEmpty()) {
        ParsedPipeline parsed;
        QString error;
        if (!PipelineSpec::parse(source->workflowManifest.toUtf8(), &parsed, &error))
            return ApiError::invalid(error);
        *spec = parsed.spec;
        return {};
    }
    // resource_manager.go fetchTemplateFromPipelineSpec / fetchPipelineVersionFromPipelineSpec:
    // the version named, else the pipeline's latest; what cannot be found or does not match is
    // an internal error (500), and the run then refers to the version really used.
    auto failed = [](const QString &why) {
        return ApiError::internal(
            QStringLiteral("Failed to fetch a template due to error retrieving pipeline "
                           "version: %1")
                .arg(why));
    };
    QString versionId = source->pipelineVersionId;
    if (versionId.isEmpty() && !source->pipelineId.isEmpty()) {
        if (!m_store.pipelines.contains(source->pipelineId))
            return failed(QStringLiteral("Pipeline %1 not found").arg(source->pipelineId));
        const PipelineVersion *latest = m_store.latestVersion(source->pipelineId);
        if (!latest)
            return failed(
                QStringLiteral("Pipeline %1 has no pipeline versions").arg(source->pipelineId));
        versionId = latest->id;
    }
    if (versionId.isEmpty())
        return ApiError::invalid(QStringLiteral("A run needs a pipeline spec or a pipeline "
                                                "version reference"));
    auto it = m_store.versions.constFind(versionId);
    if (it == m_store.versions.constEnd())
        return failed(QStringLiteral("PipelineVersion %1 not found").arg(versionId));
    if (!source->pipelineId.isEmpty() && source->pipelineId != it->pipelineId)
        return failed(QStringLiteral("Pipeline version %1 does not belong to pipeline %2")
                          .arg(versionId, source->pipelineId));
    source->pipelineId = it->pipelineId;
    source->pipelineVersionId = it->id;
    *spec = it->spec;
    return {};
}

ApiError RunSimulator::start(Run run, QString *id)
{
    QJsonObject spec;
    if (ApiError e = resolveSpec(&run.source, &spec); e.isError())
        return e;
    if (run.id.isEmpty())
        run.id = newId();
    const qint64 now = nowMs();
    run.createdAt = now / 1000;
    run.scheduledAt = now / 1000;
    run.tasks = PipelineSpec::tasks(spec, run.id);
    for (Task &t : run.tasks)
        t.durationMs = scaled(t.durationMs);
    run.state = RunState::Pending;
    run.history = {{now, RunState::Pending}};
    run.phaseUntilMs = now + scaled(1000);
    if (auto e = m_store.experiments.find(run.experimentId); e != m_store.experiments.end())
        e->lastRunCreatedAt = run.createdAt;
    *id = run.id;
    m_store.runs.insert(run.id, run);
    m_active.insert(run.id);
    m_store.touch();
    updateTimer();
    return {};
}

ApiError RunSimulator::terminate(const QString &runId)
{
    auto it = m_store.runs.find(runId);
    if (it == m_store.runs.end())
        return ApiError::notFound(QStringLiteral("Run"), runId);
    // storage/run_store.go TerminateRun: an UPDATE … WHERE State IN (PAUSED, PENDING, RUNNING,
    // UNSPECIFIED); no row changed (a finished or already CANCELING run) → InvalidInputError.
    if (it->state != RunState::Pending && it->state != RunState::Running &&
        it->state != RunState::Paused && it->state != RunState::Unspecified)
        return ApiError::invalid(
            QStringLiteral("Failed to terminate a run %1. Row not found").arg(runId));
    const qint64 now = nowMs();
    // CANCELING is the run's state but, as in run_store.go, not an entry of its history.
    it->state = RunState::Canceling;
    m_store.touch();
    // Keep CANCELING observable for a moment even with tiny time scales.
    it->phaseUntilMs = now + std::max<qint64>(scaled(2000), 500);
    m_active.insert(runId);
    updateTimer();
    return {};
}

ApiError RunSimulator::retry(const QString &runId)
{
    auto it = m_store.runs.find(runId);
    if (it == m_store.runs.end())
        return ApiError::notFound(QStringLiteral("Run"), runId);
    // resource_manager.go RetryRun → Workflow.GenerateRetryExecution: only a workflow in phase
    // Failed or Error (a failed or a terminated run) is retried, else a BadRequestError (Aborted).
    if (it->state != RunState::Failed)
        return ApiError::aborted(
            QStringLiteral("Failed to retry run %1: Workflow must be Failed/Error to retry")
                .arg(runId));
    const qint64 now = nowMs();
    for (Task &t : it->tasks)
        if (t.state != RunState::Succeeded && t.state != RunState::Skipped) {
            setTaskState(t, RunState::Pending, now);
            t.message.clear();
        }
    if (it->tasks.isEmpty()) // bulk-seeded runs have no task DAG; give them one
    {
        Task t;
        t.id = newId();
        t.name = t.displayName = QStringLiteral("main");
        t.podName = it->id.left(8) + QStringLiteral("-1");
        t.durationMs = scaled(2000);
        it->tasks = {t};
    }
    it->retries += 1;
    it->finishedAt = 0;
    setRunState(*it, RunState::Running, now);
    m_active.insert(runId);
    updateTimer();
    return {};
}

void RunSimulator::resume()
{
    for (const Run &r : std::as_const(m_store.runs))
        if (!isTerminal(r.state))
            m_active.insert(r.id);
    updateTimer();
}

void RunSimulator::setRunState(Run &run, RunState state, qint64 now)
{
    run.state = state;
    run.history.append({now, state});
    if (isTerminal(state))
        run.finishedAt = now / 1000;
    m_store.touch();
}

void RunSimulator::setTaskState(Task &task, RunState state, qint64 now)
{
    task.state = state;
    task.history.append({now, state});
    if (state == RunState::Pending) {
        task.createMs = task.createMs ? task.createMs : now;
        task.startMs = task.endMs = 0;
    } else if (state == RunState::Running) {
        task.startMs = now;
        task.attempts += 1;
    } else if (isTerminal(state)) {
        task.endMs = now;
    }
}

void RunSimulator::advance(Run &run, qint64 now)
{
    if (run.state == RunState::Pending) {
        if (now < run.phaseUntilMs)
            return;
        for (Task &t : run.tasks)
            if (!t.createMs)
                setTaskState(t, RunState::Pending, now);
        setRunState(run, RunState::Running, now);
    }
    if (run.state == RunState::Canceling) {
        if (now < run.phaseUntilMs)
            return;
        // The workflow's activeDeadlineSeconds is set to 0: Argo fails the running pods and
        // then the workflow, which the persistence agent reports as FAILED.
        for (Task &t : run.tasks) {
            if (t.state == RunState::Running) {
                setTaskState(t, RunState::Failed, now);
                t.message = QStringLiteral("Pod was active on the node longer than the "
                                           "specified deadline");
            }
        }
        setRunState(run, RunState::Failed, now);
        return;
    }
    if (run.state != RunState::Running)
        return;
    QString failedTask;
    for (Task &t : run.tasks) {
        if (t.state == RunState::Running && now >= t.startMs + t.durationMs) {
            const bool fail = shouldFail(run, t);
            setTaskState(t, fail ? RunState::Failed : RunState::Succeeded, now);
            if (fail)
                t.message = QStringLiteral("Error (exit code 1)");
            m_store.touch();
        }
        if (t.state == RunState::Failed)
            failedTask = t.displayName;
    }
    bool running = false;
    for (Task &t : run.tasks) {
        if (failedTask.isEmpty() && t.state == RunState::Pending) {
            bool ready = true;
            for (const QString &dep : t.deps)
                for (const Task &d : run.tasks)
                    if (d.name == dep && d.state != RunState::Succeeded &&
                        d.state != RunState::Skipped)
                        ready = false;
            if (ready)
                setTaskState(t, RunState::Running, now);
        }
        running = running || t.state == RunState::Running;
    }
    if (running)
        return;
    if (!failedTask.isEmpty()) {
        // The reason stays with the failed task's node; the run's `error` is left empty.
        setRunState(run, RunState::Failed, now);
        return;
    }
    bool allDone = true;
    for (const Task &t : run.tasks)
        allDone = allDone && (t.state == RunState::Succeeded || t.state == RunState::Skipped);
    if (allDone)
        setRunState(run, RunState::Succeeded, now);
}

void RunSimulator::fireRecurring(qint64 now)
{
    for (RecurringRun &rr : m_store.recurringRuns) {
        if (!rr.enabled)
            continue;
        if (rr.endTime > 0 && now / 1000 > rr.endTime)
            continue;
        if (rr.nextFireMs == 0) {
            const qint64 base = std::max(now, rr.startTime * 1000);
            if (rr.cron) {
                CronSchedule cs;
                if (!CronSchedule::parse(rr.cronExpr, &cs))
                    continue;
                const qint64 next = cs.next(base / 1000);
                rr.nextFireMs = next < 0 ? std::numeric_limits<qint64>::max() : next * 1000;
            } else {
                // Periodic intervals are scaled like task durations, so tests see runs quickly.
                rr.nextFireMs = base + scaled(std::max<qint64>(1, rr.intervalSecs) * 1000);
            }
        }
        if (now < rr.nextFireMs)
            continue;
        rr.nextFireMs = 0; // computed again next tick (no catch-up of missed slots)
        int active = 0;
        for (const QString &id : std::as_const(m_active))
            if (m_store.runs.value(id).recurringRunId == rr.id)
                ++active;
        if (active >= std::max<qint64>(1, rr.maxConcurrency))
            continue;
        Run run;
        run.name = QStringLiteral("%1-%2").arg(
            rr.name, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString("yyyyMMddHHmmsszzz"));
        run.description = rr.description;
        run.experimentId = rr.experimentId;
        run.ns = rr.ns;
        run.recurringRunId = rr.id;
        run.serviceAccount = rr.serviceAccount;
        run.pipelineRoot = rr.pipelineRoot;
        run.source = rr.source;
        run.params = rr.params;
        QString id;
        if (ApiError e = start(run, &id); e.isError())
            qCWarning(lcSandbox) << "recurring run" << rr.id << "could not start:" << e.message;
    }
}

void RunSimulator::tick()
{
    const qint64 now = nowMs();
    const QSet<QString> active = m_active;
    for (const QString &id : active) {
        auto it = m_store.runs.find(id);
        if (it == m_store.runs.end()) {
            m_active.remove(id);
            continue;
        }
        advance(*it, now);
        if (isTerminal(it->state))
            m_active.remove(id);
    }
    fireRecurring(now);
    updateTimer();
}

void RunSimulator::updateTimer()
{
    bool needed = !m_active.isEmpty();
    for (const RecurringRun &rr : std::as_const(m_store.recurringRuns))
        needed = needed || rr.enabled;
    if (needed && !m_timer.isActive())
        m_timer.start();
    else if (!needed && m_timer.isActive())
        m_timer.stop();
}

} // namespace kfp::sandbox
