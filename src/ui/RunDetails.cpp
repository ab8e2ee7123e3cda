#include "RunDetails.h"

#include "DisplayText.h"
#include "api/KfpClient.h"
#include "models/RunStateCache.h"
#include "models/RunStatePresentation.h"
#include "models/RunTasks.h"
#include "ui_RunDetails.h"

#include <QHash>
#include <QHideEvent>
#include <QPalette>
#include <QSet>
#include <QShowEvent>

namespace kfp {

RunDetails::RunDetails(KfpClient *client, QWidget *parent)
    : DetailsPane(client, parent)
    , m_ui(std::make_unique<Ui::RunDetails>())
{
    m_ui->setupUi(this);
    setChrome(m_ui->banner, m_ui->loadingLabel);
    styleTitle(m_ui->titleLabel);

    m_monitor.setSingleShot(true);
    m_monitor.setInterval(MonitorIntervalMs);
    connect(&m_monitor, &QTimer::timeout, this, &RunDetails::poll);
    // After a (re)load, whether it worked or not: a failed F5 of an active run keeps monitoring.
    connect(this, &DetailsPane::loaded, this, [this] { updateMonitor(); });
    connect(this, &DetailsPane::loadFailed, this, [this] { updateMonitor(); });
}

RunDetails::~RunDetails() = default;

void RunDetails::showRun(const QString &runId)
{
    if (runId.isEmpty()) {
        clear();
        return;
    }
    // The load below replaces any live update of the previous run.
    m_monitor.stop();
    if (m_pollJob) {
        ApiJob *job = m_pollJob;
        m_pollJob = nullptr;
        job->abort();
    }
    const QDateTime sentAt = RunStateCache::now();
    track<Run>(runId, client()->getRun(runId), [this, sentAt](const Run &r) { apply(r, sentAt); });
}

void RunDetails::setRunStateCache(RunStateCache *cache)
{
    if (m_stateCache)
        disconnect(m_stateCache, nullptr, this, nullptr);
    m_stateCache = cache;
    if (m_stateCache)
        connect(m_stateCache, &RunStateCache::runStateChanged, this,
                &RunDetails::onRunStateChanged);
}

void RunDetails::apply(const Run &run, const QDateTime &sentAt)
{
    Run shown = run;
    if (m_stateCache) {
        m_applying = true;
        m_stateCache->update(run, sentAt);
        m_applying = false;
        shown = m_stateCache->overlay(run, sentAt);
    }
    // Older than what the cache holds: show the newer state, and fetch the run again for the
    // rest (its tasks).
    m_stale = shown.state != run.state || shown.finishedAt != run.finishedAt;
    fill(shown);
}

// Someone else (the watcher, a list page) saw the shown run change: show it now.
void RunDetails::onRunStateChanged(const QString &runId, const RunStateFact &fact)
{
    if (m_applying || runId != currentId() || isLoading() || m_shown.id != runId)
        return;
    if (fact.state == m_shown.state && fact.finishedAt == m_shown.finishedAt)
        return;
    m_shown = m_stateCache->overlay(m_shown);
    fillState(m_shown);
    fillProgress(m_shown);
    m_shownIsFinal = isFinal(m_shown.state);
    m_stale = true;
    if (isVisible() && !m_pollJob) {
        m_monitor.stop();
        poll(); // the tasks too, without waiting for the interval
    }
    updateMonitor();
}

void RunDetails::reload()
{
    if (!currentId().isEmpty())
        showRun(currentId());
}

int RunDetails::taskCount() const
{
    return m_taskCount;
}

void RunDetails::setMonitorInterval(int ms)
{
    m_monitor.setInterval(qMax(100, ms));
}

void RunDetails::showEvent(QShowEvent *event)
{
    DetailsPane::showEvent(event);
    updateMonitor(); // selected again: resume (the shown values may be old, so poll soon)
}

void RunDetails::hideEvent(QHideEvent *event)
{
    DetailsPane::hideEvent(event);
    updateMonitor(); // another kind of item or none selected: no more requests for this run
}

void RunDetails::updateMonitor()
{
    const bool wanted = !currentId().isEmpty() && (!m_shownIsFinal || m_stale) && isVisible();
    if (!wanted) {
        m_monitor.stop();
        if (m_pollJob) {
            ApiJob *job = m_pollJob;
            m_pollJob = nullptr;
            job->abort();
        }
        m_ui->monitorLabel->clear();
        return;
    }
    m_ui->monitorLabel->setText(tr("Live"));
    if (!m_monitor.isActive() && !m_pollJob && !isLoading())
        m_monitor.start();
}

void RunDetails::poll()
{
    const QString id = currentId();
    if (id.isEmpty() || isLoading())
        return updateMonitor();
    // Not track(): that would show "Loading…" and clear on failure; a live update is silent and
    // keeps the shown values until the answer replaces them.
    const QDateTime sentAt = RunStateCache::now();
    auto *job = client()->getRun(id);
    m_pollJob = job;
    connect(job, &ApiJob::finished, this, [this, job, id, sentAt] {
        if (m_pollJob != job)
            return; // aborted or superseded
        m_pollJob = nullptr;
        if (currentId() != id)
            return updateMonitor();
        if (job->ok()) {
            apply(job->result(), sentAt);
            Q_EMIT monitorUpdated(id);
        } else if (job->error().kind() == ApiError::Kind::NotFound) {
            showError(job->error()); // deleted meanwhile: say so, and stop asking
            m_shownIsFinal = true;
            m_stale = false;
            if (m_stateCache)
                m_stateCache->remove(id);
        }
        // Other failures (network, 5xx) are transient for a monitor: try again next interval.
        updateMonitor();
    });
}

void RunDetails::clearValues()
{
    m_experimentId.clear();
    m_pipelineId.clear();
    m_versionId.clear();
    m_recurringRunId.clear();
    m_ui->titleLabel->clear();
    for (QLabel *label :
         {m_ui->nameValue, m_ui->idValue, m_ui->stateValue, m_ui->errorValue, m_ui->createdValue,
          m_ui->startedValue, m_ui->finishedValue, m_ui->durationValue, m_ui->experimentValue,
          m_ui->pipelineValue, m_ui->versionValue, m_ui->recurringValue, m_ui->serviceAccountValue,
          m_ui->pipelineRootValue, m_ui->storageValue, m_ui->descriptionValue})
        label->clear();
    m_ui->parameterTree->clear();
    m_ui->taskTree->clear();
    m_taskCount = 0;
    m_ui->historyTree->clear();
    m_ui->taskProgress->setRange(0, 1);
    m_ui->taskProgress->setValue(0);
    m_ui->taskProgress->resetFormat();
    m_shownIsFinal = true;
    m_stale = false;
    m_shown = Run();
    updateMonitor();
}

void RunDetails::namesArrived()
{
    if (!currentId().isEmpty())
        fillReferences();
}

void RunDetails::fillReferences()
{
    m_ui->experimentValue->setText(referenceText(NameCache::Kind::Experiment, m_experimentId));
    m_ui->pipelineValue->setText(referenceText(NameCache::Kind::Pipeline, m_pipelineId));
    m_ui->versionValue->setText(
        referenceText(NameCache::Kind::PipelineVersion, m_versionId, m_pipelineId));
    m_ui->recurringValue->setText(referenceText(NameCache::Kind::RecurringRun, m_recurringRunId));
}

void RunDetails::fillState(const Run &r)
{
    // The server's own spelling too: v1 states ("Error", "Terminating") say more than ours.
    const QString state = RunStatePresentation::text(r.state);
    m_ui->stateValue->setText(
        r.rawState.isEmpty() || r.rawState.compare(runStateName(r.state), Qt::CaseInsensitive) == 0
            ? state
            : tr("%1 (%2)").arg(state, r.rawState));
    // The server sets a run's error only when it cannot convert the run: the failed tasks say
    // why a run failed.
    m_ui->errorValue->setText(DisplayText::orNone(RunTasks::failureReason(r)));
    m_ui->createdValue->setText(DisplayText::dateTime(r.createdAt));
    m_ui->startedValue->setText(DisplayText::dateTime(r.scheduledAt));
    m_ui->finishedValue->setText(DisplayText::dateTime(r.finishedAt));
    m_ui->durationValue->setText(DisplayText::runDuration(r));
}

void RunDetails::fill(const Run &r)
{
    m_shown = r;
    m_ui->titleLabel->setText(r.displayName);
    m_ui->nameValue->setText(r.displayName);
    m_ui->idValue->setText(r.id);
    fillState(r);
    m_experimentId = r.experimentId;
    m_pipelineId = r.pipelineId;
    m_versionId = r.pipelineVersionId;
    m_recurringRunId = r.recurringRunId;
    fillReferences();
    m_ui->serviceAccountValue->setText(DisplayText::orNone(r.serviceAccount));
    m_ui->pipelineRootValue->setText(DisplayText::orNone(r.pipelineRoot));
    m_ui->storageValue->setText(DisplayText::storageState(r.storageState));
    m_ui->descriptionValue->setText(DisplayText::orNone(r.description));

    m_ui->parameterTree->clear();
    for (const RunParameter &p : r.parameters)
        new QTreeWidgetItem(m_ui->parameterTree, {p.name, DisplayText::jsonValue(p.value)});
    m_ui->parameterTree->resizeColumnToContents(0);

    m_ui->historyTree->clear();
    for (const StateChange &change : r.stateHistory) {
        auto *item = new QTreeWidgetItem(
            m_ui->historyTree, {DisplayText::dateTime(change.updateTime),
                                RunStatePresentation::text(change.state), change.errorMessage});
        item->setIcon(1, RunStatePresentation::icon(change.state));
    }
    fillTasks(r);
    fillProgress(r);
    m_shownIsFinal = isFinal(r.state);
}

void RunDetails::fillTasks(const Run &r)
{
    // A 2.x server lists one flat entry per Argo node (no parent_task_id, children by node id
    // only), shown as it comes; v1 entries nest by the workflow's node children. Items are
    // updated in place, keyed by task id, so that the monitor's updates keep the
    // user's selection, expansion and scroll position.
    QHash<QString, QTreeWidgetItem *> byId;
    for (QTreeWidgetItemIterator it(m_ui->taskTree); *it; ++it)
        byId.insert((*it)->data(0, Qt::UserRole).toString(), *it);
    QSet<QString> current;
    for (const TaskDetail &t : r.tasks)
        current.insert(t.taskId);
    // A task the server no longer reports (a retried run starts over): build the tree anew.
    for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
        if (!current.contains(it.key())) {
            m_ui->taskTree->clear();
            byId.clear();
            break;
        }
    }
    const bool firstFill = byId.isEmpty();
    QList<QTreeWidgetItem *> added;
    for (const TaskDetail &t : r.tasks) {
        QTreeWidgetItem *item = byId.value(t.taskId);
        if (!item) {
            item = new QTreeWidgetItem;
            item->setData(0, Qt::UserRole, t.taskId);
            byId.insert(t.taskId, item);
            added.append(item);
        }
        // A running task's duration so far, as the KFP UI's run graph shows it.
        const QDateTime end =
            t.endTime.isValid() || isFinal(t.state) ? t.endTime : QDateTime::currentDateTimeUtc();
        item->setText(0, t.displayName.isEmpty() ? t.taskId : t.displayName);
        item->setText(1, RunStatePresentation::text(t.state));
        item->setText(2, DisplayText::dateTime(t.startTime));
        item->setText(3, DisplayText::dateTime(t.endTime));
        item->setText(4, t.startTime.isValid() && end.isValid()
                             ? DisplayText::duration(t.startTime.secsTo(end))
                             : DisplayText::orNone({}));
        item->setText(5, t.podName);
        item->setIcon(1, RunStatePresentation::icon(t.state));
        item->setToolTip(1, t.errorMessage);
    }
    for (const TaskDetail &t : r.tasks) {
        QTreeWidgetItem *item = byId.value(t.taskId);
        if (!added.contains(item))
            continue;
        QTreeWidgetItem *parent = t.parentTaskId.isEmpty() || t.parentTaskId == t.taskId
                                      ? nullptr
                                      : byId.value(t.parentTaskId);
        if (parent)
            parent->addChild(item);
        else
            m_ui->taskTree->addTopLevelItem(item);
        if (!firstFill && parent)
            parent->setExpanded(true);
    }
    if (firstFill) {
        m_ui->taskTree->expandAll();
        m_ui->taskTree->resizeColumnToContents(0);
    }
    m_taskCount = int(r.tasks.size());
    const int index = m_ui->tabs->indexOf(m_ui->tasksTab);
    m_ui->tabs->setTabText(index, tr("Tasks (%1)").arg(m_taskCount));
}

void RunDetails::fillProgress(const Run &r)
{
    // The bar in the run state's color: a failed run's is red, not the running blue.
    QPalette palette = m_ui->taskProgress->palette();
    palette.setColor(QPalette::Highlight, RunStatePresentation::color(r.state));
    m_ui->taskProgress->setPalette(palette);
    // Finished entries / the entries the server listed so far (Argo adds a node when it
    // schedules the step, so the total grows while the run goes on).
    const RunTasks::Progress progress = RunTasks::progress(r);
    const int done = progress.done;
    const int total = progress.total;
    if (total == 0) {
        // Nothing scheduled yet (pending run) or no task list (an old v1 run): the run's own state.
        m_ui->taskProgress->setRange(0, 1);
        m_ui->taskProgress->setValue(isFinal(r.state) ? 1 : 0);
        m_ui->taskProgress->setFormat(isFinal(r.state) ? tr("Done") : tr("No tasks yet"));
        return;
    }
    m_ui->taskProgress->setRange(0, total);
    m_ui->taskProgress->setValue(done);
    m_ui->taskProgress->setFormat(tr("%1 of %n task(s) finished", nullptr, total).arg(done));
}

} // namespace kfp
