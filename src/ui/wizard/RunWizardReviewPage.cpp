#include "RunWizardReviewPage.h"

#include "RunWizard.h"
#include "api/CreateOnce.h"
#include "api/KfpClient.h"
#include "models/DurationText.h"
#include "ui_RunWizardReviewPage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>

namespace kfp {

RunWizardReviewPage::RunWizardReviewPage(RunWizard *wizard)
    : m_ui(std::make_unique<Ui::RunWizardReviewPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    m_ui->busyBar->hide();
    setFinalPage(true);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(requestText()); });
}

RunWizardReviewPage::~RunWizardReviewPage() = default;

QString RunWizardReviewPage::requestText() const
{
    return m_ui->requestEdit->toPlainText();
}

void RunWizardReviewPage::initializePage()
{
    const RunDraft &d = m_wizard->draft();
    QStringList lines;
    if (d.source == RunDraft::Source::PipelineVersion)
        lines << tr("Pipeline: %1, version %2").arg(d.pipelineName, d.versionName);
    else
        lines << tr("Pipeline: %1, sent inline from %2").arg(d.pipelineName, d.packagePath);
    lines << tr("Name: %1").arg(d.displayName);
    lines << tr("Experiment: %1")
                 .arg(d.experimentName.isEmpty() ? tr("the default experiment") : d.experimentName);
    lines << tr("%n parameter value(s)", nullptr, int(d.parameters.size()));
    switch (d.schedule) {
    case RunDraft::Schedule::OneOff:
        lines << tr("Runs once, now.");
        break;
    case RunDraft::Schedule::Periodic:
        lines << tr("Recurring: %1").arg(DurationText::interval(d.intervalSeconds));
        break;
    case RunDraft::Schedule::Cron:
        lines << tr("Recurring: cron “%1”").arg(d.cron);
        break;
    }
    if (d.isRecurring())
        lines << tr("At most %1 at a time; catch-up %2; %3")
                     .arg(d.maxConcurrency)
                     .arg(d.catchUp ? tr("on") : tr("off"))
                     .arg(d.enabled ? tr("enabled") : tr("disabled"));
    m_ui->summaryLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->requestEdit->setPlainText(
        QString::fromUtf8(RunRequestBuilder::requestBody(d, m_wizard->client()->dialect())));
    m_ui->statusLabel->clear();
}

bool RunWizardReviewPage::isComplete() const
{
    return !m_busy;
}

bool RunWizardReviewPage::validatePage()
{
    if (m_created)
        return true;
    if (!m_busy)
        create();
    return false;
}

void RunWizardReviewPage::setBusy(const QString &message)
{
    m_busy = !message.isEmpty();
    m_ui->busyBar->setVisible(m_busy);
    m_ui->statusLabel->setText(message);
    Q_EMIT completeChanged();
}

void RunWizardReviewPage::failed(const QString &message)
{
    setBusy({});
    m_ui->statusLabel->setText(message);
}

void RunWizardReviewPage::create()
{
    const RunDraft &d = m_wizard->draft();
    if (!m_creator) {
        // One for the life of the page: it remembers an attempt whose answer was lost, so that
        // pressing Create again never makes a second run.
        m_creator = new CreateOnce(m_wizard->client(), this);
        connect(m_creator, &CreateOnce::runCreated, this,
                [this](const Run &run) { created([&] { m_wizard->reportCreated(run); }); });
        connect(m_creator, &CreateOnce::recurringRunCreated, this,
                [this](const RecurringRun &rr) { created([&] { m_wizard->reportCreated(rr); }); });
        connect(m_creator, &CreateOnce::failed, this,
                [this](const ApiError &error, bool outcomeUnknown) {
                    const bool recurring = m_wizard->draft().isRecurring();
                    QString message =
                        recurring
                            ? tr("Could not create the recurring run: %1").arg(error.fullMessage())
                            : tr("Could not create the run: %1").arg(error.fullMessage());
                    if (outcomeUnknown)
                        message += QLatin1Char('\n') +
                                   (recurring ? tr("The server may have created it anyway. Create "
                                                   "looks for it first and does not make a "
                                                   "second recurring run.")
                                              : tr("The server may have created it anyway. Create "
                                                   "looks for it first and does not make a "
                                                   "second run."));
                    failed(message);
                });
    }
    m_creator->setNamespace(m_wizard->namespaceName());
    if (d.isRecurring()) {
        setBusy(tr("Creating the recurring run…"));
        m_creator->createRecurringRun(RunRequestBuilder::recurringRunRequest(d));
    } else {
        setBusy(tr("Creating the run…"));
        m_creator->createRun(RunRequestBuilder::runRequest(d));
    }
}

void RunWizardReviewPage::created(const std::function<void()> &report)
{
    setBusy({});
    m_created = true;
    report();
    m_wizard->accept();
}

} // namespace kfp
