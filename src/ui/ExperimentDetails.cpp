#include "ExperimentDetails.h"

#include "DisplayText.h"
#include "api/KfpClient.h"
#include "ui_ExperimentDetails.h"

namespace kfp {

ExperimentDetails::ExperimentDetails(KfpClient *client, QWidget *parent)
    : DetailsPane(client, parent)
    , m_ui(std::make_unique<Ui::ExperimentDetails>())
{
    m_ui->setupUi(this);
    setChrome(m_ui->banner, m_ui->loadingLabel);
    styleTitle(m_ui->titleLabel);
}

ExperimentDetails::~ExperimentDetails() = default;

void ExperimentDetails::showExperiment(const QString &experimentId)
{
    if (experimentId.isEmpty()) {
        clear();
        return;
    }
    track<Experiment>(experimentId, client()->getExperiment(experimentId),
                      [this](const Experiment &e) { fill(e); });
}

void ExperimentDetails::reload()
{
    if (!currentId().isEmpty())
        showExperiment(currentId());
}

void ExperimentDetails::clearValues()
{
    m_ui->titleLabel->clear();
    for (QLabel *label :
         {m_ui->nameValue, m_ui->idValue, m_ui->descriptionValue, m_ui->createdValue,
          m_ui->lastRunValue, m_ui->namespaceValue, m_ui->storageValue})
        label->clear();
}

void ExperimentDetails::fill(const Experiment &e)
{
    m_ui->titleLabel->setText(e.displayName);
    m_ui->nameValue->setText(e.displayName);
    m_ui->idValue->setText(e.id);
    m_ui->descriptionValue->setText(DisplayText::orNone(e.description));
    m_ui->createdValue->setText(DisplayText::dateTime(e.createdAt));
    m_ui->lastRunValue->setText(DisplayText::dateTime(e.lastRunCreatedAt));
    m_ui->namespaceValue->setText(DisplayText::orNone(e.namespaceName));
    m_ui->storageValue->setText(DisplayText::storageState(e.storageState));
}

} // namespace kfp
