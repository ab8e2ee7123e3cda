#include "NotificationSettingsDialog.h"

#include "ui_NotificationSettingsDialog.h"

namespace kfp {

NotificationSettingsDialog::NotificationSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NotificationSettingsDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setSettings({}, false);
}

NotificationSettingsDialog::~NotificationSettingsDialog() = default;

void NotificationSettingsDialog::setSettings(const NotificationSettings &settings,
                                             bool watchAllActive)
{
    m_base = settings;
    m_ui->succeededCheck->setChecked(settings.onSucceeded);
    m_ui->failedCheck->setChecked(settings.onFailed);
    m_ui->canceledCheck->setChecked(settings.onCanceled);
    m_ui->skippedCheck->setChecked(settings.onSkipped);
    m_ui->onlyStartedHereCheck->setChecked(settings.onlyStartedHere);
    m_ui->desktopCheck->setChecked(settings.desktop);
    m_ui->watchAllActiveCheck->setChecked(watchAllActive);
}

NotificationSettings NotificationSettingsDialog::settings() const
{
    NotificationSettings s = m_base;
    s.onSucceeded = m_ui->succeededCheck->isChecked();
    s.onFailed = m_ui->failedCheck->isChecked();
    s.onCanceled = m_ui->canceledCheck->isChecked();
    s.onSkipped = m_ui->skippedCheck->isChecked();
    s.onlyStartedHere = m_ui->onlyStartedHereCheck->isChecked();
    s.desktop = m_ui->desktopCheck->isChecked();
    return s;
}

bool NotificationSettingsDialog::watchAllActive() const
{
    return m_ui->watchAllActiveCheck->isChecked();
}

} // namespace kfp
