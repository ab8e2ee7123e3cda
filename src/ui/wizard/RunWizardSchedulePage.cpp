#include "RunWizardSchedulePage.h"

#include "RunWizard.h"
#include "models/CronText.h"
#include "ui_RunWizardSchedulePage.h"

#include <QLocale>

namespace kfp {

namespace {
constexpr qint64 kUnitSeconds[] = {60, 3600, 86400}; // the unit combo: minutes, hours, days
constexpr int NextFireCount = 3;
} // namespace

RunWizardSchedulePage::RunWizardSchedulePage(RunWizard *wizard)
    : m_ui(std::make_unique<Ui::RunWizardSchedulePage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    m_ui->intervalUnitCombo->addItems({tr("minutes"), tr("hours"), tr("days")});
    m_ui->intervalUnitCombo->setCurrentIndex(1);
    m_ui->cronEdit->setText(QStringLiteral("0 0 * * * *"));
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->startEdit->setDateTime(now);
    m_ui->endEdit->setDateTime(now.addDays(7));
    for (auto *radio : {m_ui->oneOffRadio, m_ui->periodicRadio, m_ui->cronRadio})
        connect(radio, &QRadioButton::toggled, this, &RunWizardSchedulePage::updateState);
    for (auto *check : {m_ui->startCheck, m_ui->endCheck})
        connect(check, &QCheckBox::toggled, this, &RunWizardSchedulePage::updateState);
    connect(m_ui->cronEdit, &QLineEdit::textChanged, this, &RunWizardSchedulePage::updateState);
    connect(m_ui->startEdit, &QDateTimeEdit::dateTimeChanged, this,
            &RunWizardSchedulePage::updateState);
    connect(m_ui->endEdit, &QDateTimeEdit::dateTimeChanged, this,
            &RunWizardSchedulePage::updateState);
    updateState();
}

RunWizardSchedulePage::~RunWizardSchedulePage() = default;

void RunWizardSchedulePage::prefill(const RunDraft &d)
{
    m_ui->oneOffRadio->setChecked(d.schedule == RunDraft::Schedule::OneOff);
    m_ui->periodicRadio->setChecked(d.schedule == RunDraft::Schedule::Periodic);
    m_ui->cronRadio->setChecked(d.schedule == RunDraft::Schedule::Cron);
    if (!d.cron.isEmpty())
        m_ui->cronEdit->setText(d.cron);
    // The largest unit that divides the interval exactly.
    for (int unit = 2; unit >= 0; --unit) {
        if (d.intervalSeconds % kUnitSeconds[unit] == 0) {
            m_ui->intervalUnitCombo->setCurrentIndex(unit);
            m_ui->intervalSpin->setValue(int(d.intervalSeconds / kUnitSeconds[unit]));
            break;
        }
    }
    m_ui->startCheck->setChecked(d.startTime.isValid());
    if (d.startTime.isValid())
        m_ui->startEdit->setDateTime(d.startTime.toLocalTime());
    m_ui->endCheck->setChecked(d.endTime.isValid());
    if (d.endTime.isValid())
        m_ui->endEdit->setDateTime(d.endTime.toLocalTime());
    m_ui->concurrencySpin->setValue(d.maxConcurrency);
    m_ui->catchUpCheck->setChecked(d.catchUp);
    m_ui->enabledCheck->setChecked(d.enabled);
    updateState();
}

QString RunWizardSchedulePage::problem() const
{
    if (m_ui->oneOffRadio->isChecked())
        return {};
    if (m_ui->cronRadio->isChecked()) {
        const CronText cron(m_ui->cronEdit->text());
        if (!cron.isValid())
            return cron.error();
    }
    if (m_ui->startCheck->isChecked() && m_ui->endCheck->isChecked() &&
        m_ui->endEdit->dateTime() <= m_ui->startEdit->dateTime())
        return tr("The end must come after the start.");
    return {};
}

void RunWizardSchedulePage::updateState()
{
    const bool recurring = !m_ui->oneOffRadio->isChecked();
    const bool cron = m_ui->cronRadio->isChecked();
    const bool periodic = m_ui->periodicRadio->isChecked();
    m_ui->intervalSpin->setEnabled(periodic);
    m_ui->intervalUnitCombo->setEnabled(periodic);
    m_ui->cronEdit->setEnabled(cron);
    const QList<QWidget *> recurringWidgets{m_ui->startCheck, m_ui->endCheck, m_ui->concurrencySpin,
                                            m_ui->catchUpCheck, m_ui->enabledCheck};
    for (QWidget *w : recurringWidgets)
        w->setEnabled(recurring);
    m_ui->startEdit->setEnabled(recurring && m_ui->startCheck->isChecked());
    m_ui->endEdit->setEnabled(recurring && m_ui->endCheck->isChecked());

    if (cron) {
        const CronText text(m_ui->cronEdit->text());
        QStringList lines{text.description()};
        if (text.isValid()) {
            // The next times from the start, when one is set and later than now.
            QDateTime from = QDateTime::currentDateTime();
            if (m_ui->startCheck->isChecked() && m_ui->startEdit->dateTime() > from)
                from = m_ui->startEdit->dateTime().addSecs(-1);
            const auto times = text.nextFireTimes(from, NextFireCount);
            QStringList shown;
            for (const QDateTime &t : times)
                if (!m_ui->endCheck->isChecked() || t <= m_ui->endEdit->dateTime())
                    shown << QLocale().toString(t, QLocale::LongFormat);
            lines << (shown.isEmpty() ? tr("It never fires in the next five years.")
                                      : tr("Next: %1").arg(shown.join(QLatin1String("; "))));
        }
        m_ui->cronPreview->setText(lines.join(QLatin1Char('\n')));
    } else {
        m_ui->cronPreview->clear();
    }
    const QString p = problem();
    m_ui->errorLabel->setText(cron && p == CronText(m_ui->cronEdit->text()).error() ? QString()
                                                                                    : p);
    Q_EMIT completeChanged();
}

bool RunWizardSchedulePage::isComplete() const
{
    return problem().isEmpty();
}

bool RunWizardSchedulePage::validatePage()
{
    RunDraft &d = m_wizard->draft();
    d.schedule = m_ui->cronRadio->isChecked()       ? RunDraft::Schedule::Cron
                 : m_ui->periodicRadio->isChecked() ? RunDraft::Schedule::Periodic
                                                    : RunDraft::Schedule::OneOff;
    d.cron = m_ui->cronEdit->text().simplified();
    d.intervalSeconds =
        qint64(m_ui->intervalSpin->value()) * kUnitSeconds[m_ui->intervalUnitCombo->currentIndex()];
    d.startTime = m_ui->startCheck->isChecked() ? m_ui->startEdit->dateTime() : QDateTime();
    d.endTime = m_ui->endCheck->isChecked() ? m_ui->endEdit->dateTime() : QDateTime();
    d.maxConcurrency = m_ui->concurrencySpin->value();
    d.catchUp = m_ui->catchUpCheck->isChecked();
    d.enabled = m_ui->enabledCheck->isChecked();
    return true;
}

} // namespace kfp
