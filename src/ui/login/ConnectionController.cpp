#include "ConnectionController.h"

#include "LoginDialog.h"
#include "Prompter.h"
#include "api/KfpClient.h"
#include "auth/CredentialStore.h"
#include "auth/GatewayLogout.h"
#include "auth/JwtInfo.h"
#include "auth/ProfileStore.h"
#include "auth/SdkContext.h"
#include "auth/Session.h"
#include "connection/Connection.h"
#include "net/Logging.h"

#include <QWidget>

namespace kfp {

namespace {

QString versionName(ApiVersion version)
{
    return version == ApiVersion::V1Beta1 ? QStringLiteral("v1beta1") : QStringLiteral("v2beta1");
}

void ignoreResult(const CredentialResult &) {}

} // namespace

ConnectionController::ConnectionController(ProfileStore *profiles, CredentialStore *credentials,
                                           Connection *connection, Prompter *prompter,
                                           QWidget *window, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_connection(connection)
    , m_prompter(prompter)
    , m_window(window)
    , m_sdkContextPath(SdkContext::defaultPath())
{
    // The gateway said the session is gone and no password is stored (or automatic login is not
    // allowed now), or nothing stored is usable: ask the user, in the dialog, with the reason.
    m_connection->setCanAskForLogin(true);
    connect(m_connection, &Connection::loginNeeded, this,
            [this](const QString &reason) { showLoginDialog(reason); });
    connect(m_connection, &Connection::stateChanged, this, &ConnectionController::onStateChanged);
    connect(m_connection, &Connection::namespaceChanged, this,
            &ConnectionController::namespaceChanged);
    // A login (automatic or the user's) renewed the session: keep the new cookies.
    connect(session(), &Session::cookiesChanged, this, [this] {
        const QString name = currentProfile();
        if (name.isEmpty() || session()->cookies().isEmpty())
            return;
        m_credentials->write(CredentialStore::key(name, CredentialStore::Kind::Cookies),
                             CredentialStore::encodeCookies(session()->cookies()), this,
                             ignoreResult);
    });
}

ConnectionController::~ConnectionController()
{
    // Without a window to own it (tests, a headless start), the dialog is ours to delete.
    if (m_dialog && !m_dialog->parent())
        delete m_dialog;
}

Session *ConnectionController::session() const
{
    return m_connection->session();
}

QString ConnectionController::currentProfile() const
{
    return m_connection->profile().name;
}

QString ConnectionController::userName() const
{
    return m_connection->userName();
}

QString ConnectionController::namespaceName() const
{
    return m_connection->namespaceName();
}

ApiVersion ConnectionController::apiVersion() const
{
    return m_connection->client()->apiVersion();
}

bool ConnectionController::isMultiUser() const
{
    return m_connection->client()->isMultiUser();
}

QString ConnectionController::statusText() const
{
    const QString name = currentProfile();
    if (!m_connected)
        return name.isEmpty() ? tr("Not connected") : tr("%1: not connected").arg(name);
    QStringList parts{name};
    if (!userName().isEmpty())
        parts << userName();
    if (isMultiUser() && !namespaceName().isEmpty())
        parts << tr("namespace %1").arg(namespaceName());
    parts << versionName(apiVersion());
    return parts.join(QStringLiteral(" · "));
}

// --- connecting with what is stored ------------------------------------------------------------

void ConnectionController::start()
{
    const auto profile = m_profiles->profile(m_profiles->currentName());
    if (!profile) { // first start: nothing to connect with yet
        showLoginDialog();
        return;
    }
    open(*profile);
}

void ConnectionController::open(const ConnectionProfile &profile)
{
    if (!profile.name.isEmpty()) {
        Q_EMIT profileChanged(profile.name);
        Q_EMIT statusChanged(tr("Connecting to %1…").arg(profile.name));
    }
    m_connection->open(profile);
}

void ConnectionController::onStateChanged()
{
    using State = Connection::State;
    switch (m_connection->state()) {
    case State::Online:
        setConnected(true);
        return;
    case State::Retrying:
    case State::Offline:
    case State::Failed:
        // The stored login could not be checked: the dialog says why and offers to log in
        // (unless the connection is retrying by itself while already in use).
        if (!m_connected) {
            qCInfo(lcAuth).noquote()
                << "stored login not usable:" << m_connection->lastError().userMessage();
            showLoginDialog(m_connection->lastError().userMessage());
        }
        return;
    case State::Disconnected:
        setConnected(false);
        return;
    case State::Connecting:
    case State::NeedsLogin:
        return;
    }
}

// --- the dialog ----------------------------------------------------------------------------------

void ConnectionController::showLoginDialog(const QString &reason)
{
    if (!m_dialog) {
        auto *dialog = new LoginDialog(m_profiles, m_credentials, m_window);
        dialog->setObjectName(QStringLiteral("loginDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setSdkContextPath(m_sdkContextPath);
        dialog->selectProfile(m_profiles->currentName());
        connect(dialog, &LoginDialog::loggedIn, this, &ConnectionController::onLoggedIn);
        connect(dialog, &QDialog::rejected, this, [this] {
            // Requests waiting for a re-login fail now instead of waiting forever.
            if (session()->isReloginInProgress())
                session()->cancelRelogin();
        });
        m_dialog = dialog;
        dialog->open();
    }
    // While the Session waits for the user, the profile is the one in use.
    m_dialog->setProfileLocked(session()->isReloginInProgress() && m_connected);
    if (!reason.isEmpty())
        m_dialog->showError(reason);
    m_dialog->raise();
    m_dialog->activateWindow();
}

void ConnectionController::onLoggedIn(const ConnectionProfile &typed, const LoginResult &result,
                                      const QString &password)
{
    ConnectionProfile profile = typed;
    const QString original = m_dialog ? m_dialog->originalProfileName() : QString();
    if (!original.isEmpty() && original != profile.name)
        m_profiles->rename(original, profile.name);
    if (const auto saved = m_profiles->profile(profile.name))
        profile.sdkContextShared = saved->sdkContextShared;
    m_profiles->save(profile);
    m_profiles->setCurrentName(profile.name);
    storeSecrets(profile, result, password);

    Q_EMIT profileChanged(profile.name);
    Q_EMIT namespaceChanged(profile.namespaceName);
    m_connected = false; // Online again below: the views reload with this login
    m_connection->adopt(profile, result, password);

    using Mode = ConnectionProfile::AuthMode;
    const bool share = m_dialog && m_dialog->shareWithSdkRequested();
    if (share && !profile.sdkContextShared && profile.authMode != Mode::Token)
        shareWithSdk();
}

void ConnectionController::storeSecrets(const ConnectionProfile &profile, const LoginResult &result,
                                        const QString &password)
{
    const QString name = profile.name;
    using Kind = CredentialStore::Kind;
    using Mode = ConnectionProfile::AuthMode;
    auto write = [this, name](Kind kind, const QString &value) {
        m_credentials->write(CredentialStore::key(name, kind), value, this, ignoreResult);
    };
    auto remove = [this, name](Kind kind) {
        m_credentials->remove(CredentialStore::key(name, kind), this, ignoreResult);
    };
    if (profile.authMode == Mode::Token)
        write(Kind::Token, result.token);
    else
        remove(Kind::Token);
    if (profile.authMode == Mode::Dex || profile.authMode == Mode::Cookie)
        write(Kind::Cookies, CredentialStore::encodeCookies(result.cookies));
    else
        remove(Kind::Cookies);
    // The password only when the user asked for it (off by default).
    if (profile.authMode == Mode::Dex && profile.rememberPassword && !password.isEmpty())
        write(Kind::Password, password);
    else
        remove(Kind::Password);
}

void ConnectionController::setConnected(bool on)
{
    const bool changed = m_connected != on;
    m_connected = on;
    Q_EMIT statusChanged(statusText());
    if (!changed)
        return;
    if (on)
        Q_EMIT connected();
    else
        Q_EMIT disconnected();
}

// --- switching and leaving -------------------------------------------------------------------

void ConnectionController::switchProfile(const QString &name)
{
    const auto profile = m_profiles->profile(name);
    if (!profile || (name == currentProfile() && m_connected))
        return;
    m_profiles->setCurrentName(name);
    setConnected(false);
    open(*profile);
    Q_EMIT namespaceChanged(profile->namespaceName);
}

ConnectionProfile ConnectionController::storedProfile() const
{
    return m_profiles->profile(currentProfile()).value_or(m_connection->profile());
}

void ConnectionController::logout()
{
    ConnectionProfile profile = storedProfile();
    if (profile.name.isEmpty())
        return;
    // What we wrote into the SDK's context file goes too (docs/login.md, "Where secrets live").
    if (profile.sdkContextShared) {
        SdkContext(m_sdkContextPath).remove(session()->cookieHeader(), profile.namespaceName);
        profile.sdkContextShared = false;
        if (m_profiles->profile(profile.name))
            m_profiles->save(profile);
        Q_EMIT sdkContextShared(false);
    }
    if (session()->authMode() != Session::AuthMode::Cookie) {
        finishLogout();
        return;
    }
    // Best effort at the gateway; the local entries go whatever it answers.
    auto *signOut = new GatewayLogout(session(), this);
    connect(signOut, &GatewayLogout::finished, this, &ConnectionController::finishLogout);
}

void ConnectionController::finishLogout()
{
    m_credentials->removeProfile(currentProfile(), this, ignoreResult);
    m_connection->close(); // Disconnected: setConnected(false) follows
    setConnected(false);
    showLoginDialog();
}

// --- the kfp SDK's context file ------------------------------------------------------------------

void ConnectionController::shareWithSdk()
{
    Prompter::Question q;
    if (session()->cookies().isEmpty()) {
        q.kind = Prompter::Kind::Information;
        q.title = tr("Share Login");
        q.text = tr("Only a login with a session cookie (Dex or a pasted cookie) can be shared "
                    "with the kfp Python SDK.");
        m_prompter->ask(m_window, q, this, [](QMessageBox::StandardButton) {});
        return;
    }
    q.kind = Prompter::Kind::Warning;
    q.title = tr("Share Login with the kfp Python SDK");
    q.text = tr("Write this login's session cookie into %1?").arg(m_sdkContextPath);
    q.informativeText =
        tr("kfp.Client() in your notebooks and scripts will then use it. The cookie sits in that "
           "file as plain text, where any program running as you can read it, until you log out "
           "here.");
    q.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    q.defaultButton = QMessageBox::Cancel;
    q.yesText = tr("Share");
    m_prompter->ask(m_window, q, this, [this](QMessageBox::StandardButton answer) {
        if (answer == QMessageBox::Yes)
            writeSdkContext();
    });
}

void ConnectionController::writeSdkContext()
{
    QString error;
    ConnectionProfile profile = storedProfile();
    if (!SdkContext(m_sdkContextPath)
             .write(profile.namespaceName, session()->cookieHeader(), &error)) {
        Prompter::Question q;
        q.kind = Prompter::Kind::Error;
        q.title = tr("Share Login");
        q.text = tr("Could not write the kfp SDK's context file.");
        q.informativeText = error;
        m_prompter->ask(m_window, q, this, [](QMessageBox::StandardButton) {});
        return;
    }
    profile.sdkContextShared = true;
    if (m_profiles->profile(profile.name))
        m_profiles->save(profile);
    Q_EMIT sdkContextShared(true);
}

} // namespace kfp
