#include "RecurringRunDetails.h"

#include "DisplayText.h"
#include "api/KfpClient.h"
#include "ui_RecurringRunDetails.h"

namespace kfp {

RecurringRunDetails::RecurringRunDetails(KfpClient *client, QWidget *parent)
    : DetailsPane(client, parent)
    , m_ui(std::make_unique<Ui::RecurringRunDetails>())
{
    m_ui->setupUi(this);
    setChrome(m_ui->banner, m_ui->loadingLabel);
    styleTitle(m_ui->titleLabel);
}

RecurringRunDetails::~RecurringRunDetails() = default;

void RecurringRunDetails::showRecurringRun(const QString &recurringRunId)
{
    if (recurringRunId.isEmpty()) {
        clear();
        return;
    }
    track<RecurringRun>(recurringRunId, client()->getRecurringRun(recurringRunId),
                        [this](const RecurringRun &r) { fill(r); });
}

void RecurringRunDetails::reload()
{
    if (!currentId().isEmpty())
        showRecurringRun(currentId());
}

QString RecurringRunDetails::triggerText() const
{
    return m_ui->triggerValue->text();
}

void RecurringRunDetails::clearValues()
{
    m_experimentId.clear();
    m_pipelineId.clear();
    m_versionId.clear();
    m_ui->titleLabel->clear();
    for (QLabel *label :
         {m_ui->nameValue, m_ui->idValue, m_ui->enabledValue, m_ui->triggerValue,
          m_ui->cronFieldsValue, m_ui->startValue, m_ui->endValue, m_ui->maxConcurrencyValue,
          m_ui->catchupValue, m_ui->experimentValue, m_ui->pipelineValue, m_ui->versionValue,
          m_ui->serviceAccountValue, m_ui->createdValue, m_ui->updatedValue, m_ui->errorValue,
          m_ui->descriptionValue})
        label->clear();
    m_ui->parameterTree->clear();
}

void RecurringRunDetails::namesArrived()
{
    if (!currentId().isEmpty())
        fillReferences();
}

void RecurringRunDetails::fillReferences()
{
    m_ui->experimentValue->setText(referenceText(NameCache::Kind::Experiment, m_experimentId));
    m_ui->pipelineValue->setText(referenceText(NameCache::Kind::Pipeline, m_pipelineId));
    // No version: the recurring run always starts the pipeline's latest version.
    m_ui->versionValue->setText(
        m_versionId.isEmpty() && !m_pipelineId.isEmpty()
            ? tr("Always the latest version")
            : referenceText(NameCache::Kind::PipelineVersion, m_versionId, m_pipelineId));
}

void RecurringRunDetails::fill(const RecurringRun &r)
{
    m_ui->titleLabel->setText(r.displayName);
    m_ui->nameValue->setText(r.displayName);
    m_ui->idValue->setText(r.id);
    m_ui->enabledValue->setText(r.enabled ? tr("Enabled") : tr("Disabled"));
    m_ui->triggerValue->setText(DisplayText::trigger(r.trigger));
    const bool cron = r.trigger.kind == Trigger::Kind::Cron;
    m_ui->cronFieldsValue->setText(
        cron ? DisplayText::cronFields(r.trigger.cron).join(QLatin1Char('\n'))
             : DisplayText::orNone({}));
    m_ui->cronFieldsValue->setVisible(cron);
    m_ui->cronFieldsValueCaption->setVisible(cron);
    m_ui->startValue->setText(r.trigger.startTime.isValid()
                                  ? DisplayText::dateTime(r.trigger.startTime)
                                  : tr("When enabled"));
    m_ui->endValue->setText(r.trigger.endTime.isValid() ? DisplayText::dateTime(r.trigger.endTime)
                                                        : tr("Never"));
    m_ui->maxConcurrencyValue->setText(QString::number(r.maxConcurrency));
    // no_catchup is the API's negation: KFP's UI shows "Catchup: true" by default.
    m_ui->catchupValue->setText(r.noCatchup ? tr("No: skip the runs missed while paused")
                                            : tr("Yes: start the runs missed while paused"));
    m_experimentId = r.experimentId;
    m_pipelineId = r.pipelineId;
    m_versionId = r.pipelineVersionId;
    fillReferences();
    m_ui->serviceAccountValue->setText(DisplayText::orNone(r.serviceAccount));
    m_ui->createdValue->setText(DisplayText::dateTime(r.createdAt));
    m_ui->updatedValue->setText(DisplayText::dateTime(r.updatedAt));
    m_ui->errorValue->setText(DisplayText::orNone(r.errorMessage));
    m_ui->descriptionValue->setText(DisplayText::orNone(r.description));
    m_ui->parameterTree->clear();
    for (const RunParameter &p : r.parameters)
        new QTreeWidgetItem(m_ui->parameterTree, {p.name, DisplayText::jsonValue(p.value)});
    m_ui->parameterTree->resizeColumnToContents(0);
}

} // namespace kfp
