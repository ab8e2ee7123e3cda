#include "RunDetails.h"

#include "DisplayText.h"
#include "api/KfpClient.h"
#include "ui_RunDetails.h"

#include <QHash>

namespace kfp {

RunDetails::RunDetails(KfpClient *client, QWidget *parent)
    : DetailsPane(client, parent)
    , m_ui(std::make_unique<Ui::RunDetails>())
{
    m_ui->setupUi(this);
    setChrome(m_ui->banner, m_ui->loadingLabel);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
}

RunDetails::~RunDetails() = default;

void RunDetails::showRun(const QString &runId)
{
    if (runId.isEmpty()) {
        clear();
        return;
    }
    track<Run>(runId, client()->getRun(runId), [this](const Run &r) { fill(r); });
}

void RunDetails::reload()
{
    if (!currentId().isEmpty())
        showRun(currentId());
}

int RunDetails::taskCount() const
{
    int count = 0;
    for (QTreeWidgetItemIterator it(m_ui->taskTree); *it; ++it)
        ++count;
    return count;
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
    m_ui->historyTree->clear();
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

void RunDetails::fill(const Run &r)
{
    m_ui->titleLabel->setText(r.displayName);
    m_ui->nameValue->setText(r.displayName);
    m_ui->idValue->setText(r.id);
    // The server's own spelling too: v1 states ("Error", "Terminating") say more than ours.
    const QString state = DisplayText::runState(r.state);
    m_ui->stateValue->setText(
        r.rawState.isEmpty() || r.rawState.compare(runStateName(r.state), Qt::CaseInsensitive) == 0
            ? state
            : tr("%1 (%2)").arg(state, r.rawState));
    m_ui->errorValue->setText(DisplayText::orNone(r.errorMessage));
    m_ui->createdValue->setText(DisplayText::dateTime(r.createdAt));
    m_ui->startedValue->setText(DisplayText::dateTime(r.scheduledAt));
    m_ui->finishedValue->setText(DisplayText::dateTime(r.finishedAt));
    m_ui->durationValue->setText(DisplayText::runDuration(r));
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
                                DisplayText::runState(change.state), change.errorMessage});
        item->setIcon(1, DisplayText::runStateIcon(change.state));
    }
    fillTasks(r);
}

void RunDetails::fillTasks(const Run &r)
{
    // Tasks nest by parent_task_id (sub-DAGs, loops); the root DAG's own task is a top item.
    m_ui->taskTree->clear();
    QHash<QString, QTreeWidgetItem *> byId;
    for (const TaskDetail &t : r.tasks) {
        auto *item = new QTreeWidgetItem(
            {t.displayName.isEmpty() ? t.taskId : t.displayName, DisplayText::runState(t.state),
             DisplayText::dateTime(t.startTime), DisplayText::dateTime(t.endTime),
             t.startTime.isValid() && t.endTime.isValid()
                 ? DisplayText::duration(t.startTime.secsTo(t.endTime))
                 : DisplayText::orNone({}),
             t.podName});
        item->setIcon(1, DisplayText::runStateIcon(t.state));
        item->setData(0, Qt::UserRole, t.taskId);
        if (!t.errorMessage.isEmpty())
            item->setToolTip(1, t.errorMessage);
        byId.insert(t.taskId, item);
    }
    for (const TaskDetail &t : r.tasks) {
        QTreeWidgetItem *item = byId.value(t.taskId);
        QTreeWidgetItem *parent = t.parentTaskId.isEmpty() || t.parentTaskId == t.taskId
                                      ? nullptr
                                      : byId.value(t.parentTaskId);
        if (parent)
            parent->addChild(item);
        else
            m_ui->taskTree->addTopLevelItem(item);
    }
    m_ui->taskTree->expandAll();
    m_ui->taskTree->resizeColumnToContents(0);
    const int index = m_ui->tabs->indexOf(m_ui->tasksTab);
    m_ui->tabs->setTabText(index, tr("Tasks (%1)").arg(r.tasks.size()));
}

} // namespace kfp
