#include "LoginDialog.h"

#include "auth/CredentialStore.h"
#include "auth/JwtInfo.h"
#include "auth/ProfileStore.h"
#include "auth/SdkContext.h"
#include "ui_LoginDialog.h"

#include <QFileDialog>
#include <QHostAddress>
#include <QLocale>
#include <QPushButton>

namespace kfp {

namespace {

// Page order of credentialsStack in LoginDialog.ui.
int pageFor(ConnectionProfile::AuthMode mode)
{
    switch (mode) {
    case ConnectionProfile::AuthMode::Dex:
        return 0;
    case ConnectionProfile::AuthMode::Token:
        return 1;
    case ConnectionProfile::AuthMode::Cookie:
        return 2;
    case ConnectionProfile::AuthMode::None:
        break;
    }
    return 3;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

// The KFP API lives in the "kubeflow" namespace of every standard install.
const QString kKfpNamespace = QStringLiteral("kubeflow");
const QString kHostPlaceholder = QStringLiteral("kubeflow.example.com");

} // namespace

LoginDialog::LoginDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_flow(new LoginFlow(this))
    , m_sdkContextPath(SdkContext::defaultPath())
{
    m_ui->setupUi(this);
    m_testButton = m_ui->buttonBox->addButton(tr("Test c&onnection"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAutoDefault(false);
    m_loginButton = m_ui->buttonBox->addButton(tr("&Log In"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true); // Enter in any field logs in
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    m_ui->progressBar->hide();
    m_ui->stepLabel->hide();
    m_ui->urlWarningLabel->hide();
    m_ui->tokenWarningLabel->hide();

    setupCombos();
    connectForm();
    updateMemoryNote();
    selectProfile(m_profiles->currentName());
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setupCombos()
{
    m_ui->reachCombo->addItem(tr("I will enter the URL"), QVariant::fromValue(Reach::Custom));
    m_ui->reachCombo->addItem(tr("Kubeflow dashboard (https://HOST/pipeline)"),
                              QVariant::fromValue(Reach::Dashboard));
    m_ui->reachCombo->addItem(tr("Port-forward of ml-pipeline-ui (localhost:8080)"),
                              QVariant::fromValue(Reach::PortForward));
    m_ui->reachCombo->addItem(tr("kubectl proxy (127.0.0.1:8001)"),
                              QVariant::fromValue(Reach::KubectlProxy));
    m_ui->reachCombo->addItem(tr("Inside the cluster (ml-pipeline service)"),
                              QVariant::fromValue(Reach::InCluster));

    using Mode = ConnectionProfile::AuthMode;
    const auto key = [](Mode m) {
        return ConnectionProfile::authModeKey(m);
    };
    m_ui->authModeCombo->addItem(tr("Dex login (user and password)"), key(Mode::Dex));
    m_ui->authModeCombo->addItem(tr("Token"), key(Mode::Token));
    m_ui->authModeCombo->addItem(tr("Browser cookie"), key(Mode::Cookie));
    m_ui->authModeCombo->addItem(tr("No login"), key(Mode::None));

    m_ui->apiVersionCombo->addItem(tr("Detect automatically"), QStringLiteral("auto"));
    m_ui->apiVersionCombo->addItem(tr("v2beta1 (KFP 2.x)"), QStringLiteral("v2beta1"));
    m_ui->apiVersionCombo->addItem(tr("v1beta1 (KFP 1.8)"), QStringLiteral("v1beta1"));
}

void LoginDialog::connectForm()
{
    connect(m_ui->profileCombo, &QComboBox::activated, this, &LoginDialog::onProfileChosen);
    connect(m_ui->reachCombo, &QComboBox::activated, this, &LoginDialog::onReachChosen);
    connect(m_ui->urlEdit, &QLineEdit::textEdited, this, &LoginDialog::onUrlEdited);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &LoginDialog::updateUrlWarning);
    connect(m_ui->profileNameEdit, &QLineEdit::textEdited, this,
            [this] { m_nameEdited = !m_ui->profileNameEdit->text().isEmpty(); });
    connect(m_ui->authModeCombo, &QComboBox::currentIndexChanged, this,
            &LoginDialog::updateAuthPage);
    connect(m_ui->tokenEdit, &QPlainTextEdit::textChanged, this, &LoginDialog::updateTokenInfo);
    connect(m_ui->caFileButton, &QPushButton::clicked, this, &LoginDialog::browseCaFile);
    connect(m_testButton, &QPushButton::clicked, this, [this] { startAttempt(false); });
    // The login button has AcceptRole: the box's accepted() would close the dialog, so the
    // button is handled on its own and the dialog accepts only after a successful login.
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_loginButton, &QPushButton::clicked, this, [this] { startAttempt(true); });
    connect(m_flow, &LoginFlow::stepChanged, this, &LoginDialog::onStep);
    connect(m_flow, &LoginFlow::connectorChoiceNeeded, this, &LoginDialog::onConnectorChoice);
    connect(m_flow, &LoginFlow::finished, this, &LoginDialog::onAttemptFinished);
    connect(m_credentials, &CredentialStore::fellBackToMemory, this,
            &LoginDialog::updateMemoryNote);
}

// --- profiles --------------------------------------------------------------------------------

void LoginDialog::selectProfile(const QString &name)
{
    const QSignalBlocker block(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    for (const QString &existing : m_profiles->names())
        m_ui->profileCombo->addItem(existing, existing);
    m_ui->profileCombo->addItem(tr("New profile…"), QString());
    const auto profile = m_profiles->profile(name);
    selectData(m_ui->profileCombo, profile ? name : QString());
    if (profile) {
        loadProfile(*profile);
        return;
    }
    ConnectionProfile fresh;
    fresh.authMode = ConnectionProfile::AuthMode::Dex; // what a Kubeflow install asks for
    fresh.connectorId = QStringLiteral("local");
    fresh.namespaceName = SdkContext(m_sdkContextPath).readNamespace();
    loadProfile(fresh);
}

void LoginDialog::setProfileLocked(bool locked)
{
    m_profileLocked = locked;
    m_ui->profileCombo->setEnabled(!locked);
    m_ui->profileNameEdit->setReadOnly(locked);
}

void LoginDialog::setSdkContextPath(const QString &path)
{
    m_sdkContextPath = path;
    if (m_loadedName.isEmpty() && m_ui->namespaceCombo->currentText().isEmpty())
        m_ui->namespaceCombo->setEditText(SdkContext(path).readNamespace());
}

void LoginDialog::onProfileChosen()
{
    selectProfile(m_ui->profileCombo->currentData().toString());
    m_ui->banner->hide();
}

void LoginDialog::loadProfile(const ConnectionProfile &profile)
{
    m_settingFields = true;
    m_loadedName = m_profiles->profile(profile.name) ? profile.name : QString();
    m_nameEdited = !m_loadedName.isEmpty();
    m_pinnedSha256 = profile.pinnedSha256;
    m_ui->profileNameEdit->setText(profile.name);
    m_ui->reachCombo->setCurrentIndex(0);
    m_ui->urlEdit->setText(profile.url.toString());
    selectData(m_ui->authModeCombo, ConnectionProfile::authModeKey(profile.authMode));
    m_ui->usernameEdit->setText(profile.username);
    m_ui->passwordEdit->clear();
    m_ui->rememberPasswordCheck->setChecked(profile.rememberPassword);
    // The connector list may hold a chooser's offer from an earlier attempt: start again.
    m_ui->connectorCombo->clear();
    m_ui->connectorCombo->addItem(tr("Local users (local)"), QStringLiteral("local"));
    m_ui->connectorCombo->addItem(tr("LDAP (ldap)"), QStringLiteral("ldap"));
    m_ui->connectorCombo->addItem(tr("Ask when Dex offers a choice"), QString());
    if (m_ui->connectorCombo->findData(profile.connectorId) < 0)
        m_ui->connectorCombo->addItem(profile.connectorId, profile.connectorId);
    selectData(m_ui->connectorCombo, profile.connectorId);
    m_ui->tokenEdit->clear();
    m_ui->cookieEdit->clear();
    m_ui->namespaceCombo->clear();
    m_ui->namespaceCombo->setEditText(profile.namespaceName);
    selectData(m_ui->apiVersionCombo, profile.apiVersion);
    m_ui->caFileEdit->setText(profile.caFile);
    m_ui->shareSdkCheck->setChecked(profile.sdkContextShared);
    m_settingFields = false;
    m_choosingConnector = false;
    updateAuthPage();
    updateUrlWarning();
    updateTokenInfo();
    if (!m_loadedName.isEmpty())
        readStoredSecrets(profile);
}

void LoginDialog::readStoredSecrets(const ConnectionProfile &profile)
{
    // Fill a remembered password or a stored token so "Log in" is one key away; fields the user
    // has typed into meanwhile win.
    const QString name = profile.name;
    if (profile.authMode == ConnectionProfile::AuthMode::Dex && profile.rememberPassword) {
        m_credentials->read(CredentialStore::key(name, CredentialStore::Kind::Password), this,
                            [this, name](const CredentialResult &r) {
                                if (r.ok && m_loadedName == name &&
                                    m_ui->passwordEdit->text().isEmpty())
                                    m_ui->passwordEdit->setText(r.value);
                            });
    } else if (profile.authMode == ConnectionProfile::AuthMode::Token) {
        m_credentials->read(CredentialStore::key(name, CredentialStore::Kind::Token), this,
                            [this, name](const CredentialResult &r) {
                                if (r.ok && m_loadedName == name &&
                                    m_ui->tokenEdit->toPlainText().isEmpty())
                                    m_ui->tokenEdit->setPlainText(r.value);
                            });
    }
}

ConnectionProfile LoginDialog::profile() const
{
    ConnectionProfile p;
    p.url = ConnectionProfile::normalizeUrl(m_ui->urlEdit->text());
    p.name = m_ui->profileNameEdit->text().trimmed();
    if (p.name.isEmpty())
        p.name = m_loadedName.isEmpty() ? m_profiles->suggestName(p.url) : m_loadedName;
    p.authMode = ConnectionProfile::authModeFromKey(m_ui->authModeCombo->currentData().toString());
    p.username = m_ui->usernameEdit->text().trimmed();
    p.connectorId = m_ui->connectorCombo->currentData().toString();
    p.namespaceName = m_ui->namespaceCombo->currentText().trimmed();
    p.apiVersion = m_ui->apiVersionCombo->currentData().toString();
    p.rememberPassword = m_ui->rememberPasswordCheck->isChecked();
    p.caFile = m_ui->caFileEdit->text().trimmed();
    p.pinnedSha256 = m_pinnedSha256;
    if (const auto saved = m_profiles->profile(m_loadedName))
        p.sdkContextShared = saved->sdkContextShared; // only the share action changes it
    return p;
}

LoginRequest LoginDialog::request() const
{
    LoginRequest r;
    r.profile = profile();
    r.password = m_ui->passwordEdit->text();
    r.token = m_ui->tokenEdit->toPlainText().trimmed();
    r.cookieText = m_ui->cookieEdit->text();
    return r;
}

QString LoginDialog::password() const
{
    return m_ui->passwordEdit->text();
}

bool LoginDialog::shareWithSdkRequested() const
{
    return m_ui->shareSdkCheck->isChecked();
}

// --- the URL and how the user reaches KFP ----------------------------------------------------

QString LoginDialog::reachUrl(Reach reach, const QString &currentUrl)
{
    switch (reach) {
    case Reach::Dashboard: {
        // Keep a real host the user already typed; loopback and in-cluster names are not it.
        const QUrl url = ConnectionProfile::normalizeUrl(currentUrl);
        QString host = url.host();
        const QHostAddress address(host);
        if (host.isEmpty() || host == QLatin1String("localhost") || address.isLoopback() ||
            host.endsWith(QLatin1String(".svc.cluster.local")))
            host = kHostPlaceholder;
        return QStringLiteral("https://%1/pipeline").arg(host);
    }
    case Reach::PortForward: // kubectl port-forward -n kubeflow svc/ml-pipeline-ui 8080:80
        return QStringLiteral("http://localhost:8080");
    case Reach::KubectlProxy: // the API server proxies to the service's port named "http"
        return QStringLiteral(
                   "http://127.0.0.1:8001/api/v1/namespaces/%1/services/ml-pipeline:http/proxy")
            .arg(kKfpNamespace);
    case Reach::InCluster:
        return QStringLiteral("http://ml-pipeline.%1.svc.cluster.local:8888").arg(kKfpNamespace);
    case Reach::Custom:
        break;
    }
    return currentUrl;
}

void LoginDialog::onReachChosen()
{
    const auto reach = m_ui->reachCombo->currentData().value<Reach>();
    if (reach == Reach::Custom)
        return;
    const QString url = reachUrl(reach, m_ui->urlEdit->text());
    m_ui->urlEdit->setText(url);
    // Each way in has its usual login: Dex behind the dashboard, a service-account token
    // inside the cluster, nothing through a port-forward or kubectl proxy.
    using Mode = ConnectionProfile::AuthMode;
    const Mode mode = reach == Reach::Dashboard   ? Mode::Dex
                      : reach == Reach::InCluster ? Mode::Token
                                                  : Mode::None;
    selectData(m_ui->authModeCombo, ConnectionProfile::authModeKey(mode));
    if (!m_nameEdited && m_loadedName.isEmpty())
        m_ui->profileNameEdit->setText(m_profiles->suggestName(QUrl(url)));
    // The placeholder host is selected so that typing replaces it.
    const qsizetype at = url.indexOf(kHostPlaceholder);
    if (at >= 0) {
        m_ui->urlEdit->setFocus();
        m_ui->urlEdit->setSelection(int(at), int(kHostPlaceholder.size()));
    }
}

void LoginDialog::onUrlEdited()
{
    m_ui->reachCombo->setCurrentIndex(0); // typed by hand: no longer one of the presets
    if (!m_nameEdited && m_loadedName.isEmpty()) {
        const QUrl url = ConnectionProfile::normalizeUrl(m_ui->urlEdit->text());
        m_ui->profileNameEdit->setText(url.host().isEmpty() ? QString()
                                                            : m_profiles->suggestName(url));
    }
}

void LoginDialog::updateUrlWarning()
{
    const QUrl url = ConnectionProfile::normalizeUrl(m_ui->urlEdit->text());
    const auto mode =
        ConnectionProfile::authModeFromKey(m_ui->authModeCombo->currentData().toString());
    const bool exposed = mode != ConnectionProfile::AuthMode::None && url.isValid() &&
                         ConnectionProfile::passwordWouldBeExposed(url);
    if (exposed) {
        const QString what = mode == ConnectionProfile::AuthMode::Dex
                                 ? tr("your password and session cookie")
                                 : tr("your credentials");
        m_ui->urlWarningLabel->setText(
            tr("Warning: this is plain http:// to %1, another machine: %2 would travel "
               "unencrypted and can be read on the way. Use https:// if the server offers it.")
                .arg(url.host(), what));
    }
    m_ui->urlWarningLabel->setVisible(exposed);
}

void LoginDialog::updateAuthPage()
{
    const auto mode =
        ConnectionProfile::authModeFromKey(m_ui->authModeCombo->currentData().toString());
    m_ui->credentialsStack->setCurrentIndex(pageFor(mode));
    // Only a cookie session can be handed to the SDK's context file.
    const bool shareable =
        mode == ConnectionProfile::AuthMode::Dex || mode == ConnectionProfile::AuthMode::Cookie;
    m_ui->shareSdkCheck->setEnabled(shareable);
    if (!shareable)
        m_ui->shareSdkCheck->setChecked(false);
    updateUrlWarning();
}

void LoginDialog::updateTokenInfo()
{
    const QString text = m_ui->tokenEdit->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_ui->tokenInfoLabel->setText(
            tr("Paste a Dex ID token or the output of \"kubectl -n NAMESPACE create token "
               "default-editor\"."));
        m_ui->tokenWarningLabel->hide();
        return;
    }
    const JwtInfo jwt = JwtInfo::decode(text);
    if (!jwt.isValid()) {
        // Opaque tokens exist (static tokens of some gateways): sent as they are.
        m_ui->tokenInfoLabel->setText(
            tr("Not a JWT (%1); it will be sent as it is.").arg(jwt.error()));
        m_ui->tokenWarningLabel->hide();
        return;
    }
    const QString expiry = jwt.expiry().isValid() ? QLocale().toString(jwt.expiry().toLocalTime(),
                                                                       QLocale::ShortFormat)
                                                  : tr("never");
    m_ui->tokenInfoLabel->setText(
        tr("Issuer: %1\nUser: %2\nExpires: %3").arg(jwt.issuer(), jwt.identity(), expiry));
    const QString warning = jwt.expiryWarning();
    m_ui->tokenWarningLabel->setText(
        jwt.isExpired() ? tr("This token has expired: the server will refuse it. Get a new one.")
                        : warning);
    m_ui->tokenWarningLabel->setVisible(!m_ui->tokenWarningLabel->text().isEmpty());
}

void LoginDialog::updateMemoryNote()
{
    const bool memoryOnly = m_credentials->isMemoryOnly();
    m_ui->memoryOnlyLabel->setText(
        memoryOnly ? tr("No keychain answered: the secret is kept in memory for this session "
                        "only, and you will be asked again after the app restarts.")
                   : QString());
    m_ui->memoryOnlyLabel->setVisible(memoryOnly);
}

void LoginDialog::browseCaFile()
{
    // open(), not exec(): no nested event loop.
    auto *picker = new QFileDialog(this, tr("Certificate Authority File"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::ExistingFile);
    picker->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    picker->setObjectName(QStringLiteral("caFileDialog"));
    connect(picker, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_ui->caFileEdit->setText(file); });
    picker->open();
}

void LoginDialog::showError(const QString &message, const QString &details)
{
    m_ui->banner->showMessage(MessageBanner::Kind::Error, message, details, false);
}

} // namespace kfp
