// LoginDialog, part two: running "Test connection" or "Log in" and showing what came of it —
// the current step, Dex's connector chooser, the certificate question, and inline errors that
// leave every field as the user typed it.

#include "LoginDialog.h"

#include "CertificateDialog.h"
#include "api/ApiTypes.h"
#include "auth/ProfileStore.h"
#include "ui_LoginDialog.h"

#include <QPushButton>

namespace kfp {

void LoginDialog::startAttempt(bool login)
{
    if (m_flow->isWaitingForConnector() && m_choosingConnector) {
        // The user picked one of the connectors Dex offered: the same login goes on.
        m_choosingConnector = false;
        m_ui->banner->hide();
        setBusy(true);
        m_flow->chooseConnector(m_ui->connectorCombo->currentData().toString());
        return;
    }
    if (m_flow->isRunning())
        return;
    const LoginRequest r = request();
    if (m_ui->urlEdit->text().trimmed().isEmpty() || !r.profile.url.isValid() ||
        r.profile.url.host().isEmpty()) {
        showError(tr("Enter the URL of Kubeflow Pipelines, e.g. "
                     "https://kubeflow.example.com/pipeline."));
        m_ui->urlEdit->setFocus();
        return;
    }
    if (m_loadedName.isEmpty() && m_profiles->profile(r.profile.name) && login) {
        showError(tr("A profile named \"%1\" exists already. Choose it above, or give this one "
                     "another name.")
                      .arg(r.profile.name));
        m_ui->profileNameEdit->setFocus();
        return;
    }
    m_attemptIsLogin = login;
    m_ui->banner->hide();
    setBusy(true);
    m_flow->start(r);
}

void LoginDialog::setBusy(bool busy)
{
    // Disabled, never cleared: what the user typed is still there after any outcome.
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->profileCombo), static_cast<QWidget *>(m_ui->profileNameEdit),
          static_cast<QWidget *>(m_ui->reachCombo), static_cast<QWidget *>(m_ui->urlEdit),
          static_cast<QWidget *>(m_ui->authModeCombo),
          static_cast<QWidget *>(m_ui->credentialsStack),
          static_cast<QWidget *>(m_ui->advancedGroup), static_cast<QWidget *>(m_testButton),
          static_cast<QWidget *>(m_loginButton)})
        w->setEnabled(!busy);
    if (m_profileLocked)
        m_ui->profileCombo->setEnabled(false);
    m_ui->progressBar->setVisible(busy);
    m_ui->stepLabel->setVisible(busy);
    if (busy)
        m_ui->stepLabel->setText(tr("Connecting…"));
}

bool LoginDialog::isBusy() const
{
    return m_flow->isRunning() && !m_choosingConnector;
}

void LoginDialog::onStep(const QString &text)
{
    m_ui->stepLabel->setText(text);
}

void LoginDialog::onConnectorChoice(const QList<DexHtml::Connector> &connectors)
{
    // Dex shows its chooser (several connectors, the profile says "ask"): the connector combo
    // now lists what this Dex offers, and "Log in" continues with the one picked.
    setBusy(false);
    m_choosingConnector = true;
    {
        const QSignalBlocker block(m_ui->connectorCombo);
        m_ui->connectorCombo->clear();
        for (const DexHtml::Connector &c : connectors)
            m_ui->connectorCombo->addItem(tr("%1 (%2)").arg(c.name, c.id), c.id);
    }
    // Only the connector can change now; the rest belongs to the running login.
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->urlEdit), static_cast<QWidget *>(m_ui->authModeCombo),
          static_cast<QWidget *>(m_ui->usernameEdit), static_cast<QWidget *>(m_ui->passwordEdit),
          static_cast<QWidget *>(m_testButton)})
        w->setEnabled(false);
    m_ui->banner->showMessage(MessageBanner::Kind::Information,
                              tr("This Kubeflow offers several ways to log in. Choose one under "
                                 "Connector, then press Log In."),
                              {}, false);
    m_ui->connectorCombo->setFocus();
}

void LoginDialog::onAttemptFinished()
{
    m_choosingConnector = false;
    setBusy(false);
    const LoginResult &result = m_flow->result();
    if (!result.ok) {
        if (!result.certificate.isNull()) {
            showError(result.errorMessage, result.errorDetails);
            showCertificate(result.certificate);
            return;
        }
        if (result.canceled)
            return; // reject() said so already
        showError(result.errorMessage, result.errorDetails);
        if (result.wrongPassword) {
            m_ui->passwordEdit->setFocus();
            m_ui->passwordEdit->selectAll(); // typing replaces it; nothing is thrown away
        }
        return;
    }
    if (result.namespacesKnown)
        fillNamespaces(result.namespaces);
    if (!m_attemptIsLogin) {
        const QString version = result.apiVersion == ApiVersion::V1Beta1
                                    ? QStringLiteral("v1beta1")
                                    : QStringLiteral("v2beta1");
        QString text = result.multiUser ? tr("Connected: KFP API %1, multi-user mode.").arg(version)
                                        : tr("Connected: KFP API %1.").arg(version);
        if (!result.user.isEmpty())
            text += QLatin1Char(' ') + tr("Signed in as %1.").arg(result.user);
        m_ui->banner->showMessage(MessageBanner::Kind::Information, text, {}, false);
        return;
    }
    if (result.multiUser && m_ui->namespaceCombo->currentText().trimmed().isEmpty()) {
        // Every KFP call in multi-user mode names a namespace (else 403 PermissionDenied).
        showError(tr("This Kubeflow is multi-user: choose or enter your namespace, then log in "
                     "again."));
        m_ui->namespaceCombo->setFocus();
        return;
    }
    Q_EMIT loggedIn(profile(), result, m_ui->passwordEdit->text());
    accept();
}

void LoginDialog::fillNamespaces(const QStringList &namespaces)
{
    const QString typed = m_ui->namespaceCombo->currentText().trimmed();
    {
        const QSignalBlocker block(m_ui->namespaceCombo);
        m_ui->namespaceCombo->clear();
        m_ui->namespaceCombo->addItems(namespaces);
    }
    // Keep what the user chose before; else the first owned namespace.
    if (!typed.isEmpty())
        m_ui->namespaceCombo->setEditText(typed);
    else if (!namespaces.isEmpty())
        m_ui->namespaceCombo->setCurrentIndex(0);
}

void LoginDialog::showCertificate(const CertificateInfo &info)
{
    auto *dialog = new CertificateDialog(info, this);
    dialog->setObjectName(QStringLiteral("certificateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, info] {
        // Pinned for this profile only; an existing profile keeps it even if this login fails.
        m_pinnedSha256 = info.sha256;
        if (!m_loadedName.isEmpty())
            m_profiles->setPinnedSha256(m_loadedName, info.sha256);
        startAttempt(m_attemptIsLogin);
    });
    dialog->open();
}

void LoginDialog::reject()
{
    // Escape or Close while connecting stops the attempt first; the next one closes the dialog.
    if (m_flow->isRunning()) {
        m_choosingConnector = false;
        m_flow->cancel();
        m_ui->banner->showMessage(MessageBanner::Kind::Information, tr("Canceled."), {}, false);
        return;
    }
    QDialog::reject();
}

} // namespace kfp
