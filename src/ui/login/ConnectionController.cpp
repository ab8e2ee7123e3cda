#include "ConnectionController.h"

#include "Logging.h"
#include "LoginDialog.h"
#include "Prompter.h"
#include "api/KfpClient.h"
#include "auth/CredentialStore.h"
#include "auth/GatewayLogout.h"
#include "auth/JwtInfo.h"
#include "auth/ProfileStore.h"
#include "auth/SdkContext.h"
#include "auth/Session.h"

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
                                           Session *session, KfpClient *client, Prompter *prompter,
                                           QWidget *window, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_session(session)
    , m_client(client)
    , m_prompter(prompter)
    , m_window(window)
    , m_sdkContextPath(SdkContext::defaultPath())
{
    // The gateway said the session is gone and no password is stored (or automatic login is not
    // allowed now): ask the user, in the dialog, with the reason on top.
    connect(m_session, &Session::credentialsRequired, this,
            [this](const QString &reason) { showLoginDialog(reason); });
    // A login (automatic or the user's) renewed the session: keep the new cookies.
    connect(m_session, &Session::cookiesChanged, this, [this] {
        if (m_profile.name.isEmpty() || m_session->cookies().isEmpty())
            return;
        m_credentials->write(CredentialStore::key(m_profile.name, CredentialStore::Kind::Cookies),
                             CredentialStore::encodeCookies(m_session->cookies()), this,
                             ignoreResult);
    });
}

ConnectionController::~ConnectionController()
{
    // Without a window to own it (tests, a headless start), the dialog is ours to delete.
    if (m_dialog && !m_dialog->parent())
        delete m_dialog;
}

ApiVersion ConnectionController::apiVersion() const
{
    return m_client->apiVersion();
}

bool ConnectionController::isMultiUser() const
{
    return m_client->isMultiUser();
}

QString ConnectionController::statusText() const
{
    if (!m_connected)
        return m_profile.name.isEmpty() ? tr("Not connected")
                                        : tr("%1: not connected").arg(m_profile.name);
    QStringList parts{m_profile.name};
    if (!m_user.isEmpty())
        parts << m_user;
    if (isMultiUser() && !m_profile.namespaceName.isEmpty())
        parts << tr("namespace %1").arg(m_profile.namespaceName);
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
    m_profile = *profile;
    connectStored();
}

void ConnectionController::applyProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    m_session->setBaseUrl(profile.url);
    TlsTrust trust;
    if (!profile.caFile.isEmpty())
        trust.setCaFile(profile.caFile); // an unreadable file shows up as a certificate error
    trust.setPinnedSha256(profile.pinnedSha256);
    m_session->setTlsTrust(trust);
    if (profile.apiVersion == QLatin1String("v1beta1"))
        m_client->setApiVersion(ApiVersion::V1Beta1);
    else if (profile.apiVersion == QLatin1String("v2beta1"))
        m_client->setApiVersion(ApiVersion::V2Beta1);
    else
        m_client->setApiVersionAuto(); // a profile on "auto" probes again after a switch
    m_session->setAuthNone();
    m_session->clearLoginCredentials();
    m_user = profile.username;
}

void ConnectionController::connectStored()
{
    const ConnectionProfile profile = m_profile;
    applyProfile(profile);
    const quint64 attempt = ++m_attempt;
    Q_EMIT profileChanged(profile.name);
    Q_EMIT statusChanged(tr("Connecting to %1…").arg(profile.name));

    using Mode = ConnectionProfile::AuthMode;
    switch (profile.authMode) {
    case Mode::None:
        validate();
        return;
    case Mode::Token:
        m_credentials->read(
            CredentialStore::key(profile.name, CredentialStore::Kind::Token), this,
            [this, attempt](const CredentialResult &r) {
                if (attempt != m_attempt)
                    return;
                if (!r.ok || r.value.isEmpty()) {
                    showLoginDialog(
                        tr("No token is stored for this profile: paste one to connect."));
                    return;
                }
                m_session->setBearerToken(r.value);
                const JwtInfo jwt = JwtInfo::decode(r.value);
                if (jwt.isValid() && !jwt.identity().isEmpty())
                    m_user = jwt.identity();
                validate();
            });
        return;
    case Mode::Dex:
    case Mode::Cookie:
        m_credentials->read(CredentialStore::key(profile.name, CredentialStore::Kind::Cookies),
                            this, [this, attempt, profile](const CredentialResult &r) {
                                if (attempt == m_attempt)
                                    useStoredCookies(profile, r.ok ? r.value : QString());
                            });
        return;
    }
}

void ConnectionController::useStoredCookies(const ConnectionProfile &profile,
                                            const QString &cookies)
{
    const QList<QNetworkCookie> jar = CredentialStore::decodeCookies(cookies);
    if (!jar.isEmpty())
        m_session->setCookies(jar);
    if (profile.authMode != ConnectionProfile::AuthMode::Dex || !profile.rememberPassword) {
        if (jar.isEmpty()) { // expired or never stored, and nothing to log in with
            showLoginDialog(tr("Log in to %1.").arg(profile.name));
            return;
        }
        validate();
        return;
    }
    const quint64 attempt = m_attempt;
    m_credentials->read(
        CredentialStore::key(profile.name, CredentialStore::Kind::Password), this,
        [this, attempt, profile, jar](const CredentialResult &r) {
            if (attempt != m_attempt)
                return;
            if (r.ok && !r.value.isEmpty())
                m_session->setLoginCredentials({profile.username, r.value, profile.connectorId});
            if (jar.isEmpty() && !m_session->hasLoginCredentials()) {
                showLoginDialog(tr("Log in to %1.").arg(profile.name));
                return;
            }
            // Without a cookie the probe meets the gateway's "not logged in"; the Session then logs
            // in with the remembered password and replays it.
            validate();
        });
}

void ConnectionController::validate()
{
    const quint64 attempt = m_attempt;
    auto *job = m_client->detectApi();
    connect(job, &ApiJob::finished, this, [this, job, attempt] {
        if (attempt != m_attempt || m_connected)
            return; // a newer start, or the dialog connected meanwhile
        if (job->ok()) {
            setConnected(true);
            return;
        }
        if (job->error().kind() == ApiError::Kind::Canceled && m_dialog)
            return; // the Session's re-login was handed to the dialog, which is still open
        qCInfo(lcAuth).noquote() << "stored login not usable:" << job->error().userMessage();
        showLoginDialog(job->error().userMessage());
    });
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
            if (m_session->isReloginInProgress())
                m_session->cancelRelogin();
        });
        m_dialog = dialog;
        dialog->open();
    }
    // While the Session waits for the user, the profile is the one in use.
    m_dialog->setProfileLocked(m_session->isReloginInProgress() && m_connected);
    if (!reason.isEmpty())
        m_dialog->showError(reason);
    m_dialog->raise();
    m_dialog->activateWindow();
}

void ConnectionController::onLoggedIn(const ConnectionProfile &typed, const LoginResult &result,
                                      const QString &password)
{
    ConnectionProfile profile = typed;
    const QString previousProfile = m_profile.name;
    const QString original = m_dialog ? m_dialog->originalProfileName() : QString();
    if (!original.isEmpty() && original != profile.name)
        m_profiles->rename(original, profile.name);
    if (const auto saved = m_profiles->profile(profile.name))
        profile.sdkContextShared = saved->sdkContextShared;
    m_profiles->save(profile);
    m_profiles->setCurrentName(profile.name);
    storeSecrets(profile, result, password);

    ++m_attempt; // answers of an earlier stored-session probe no longer count
    applyProfile(profile);
    using Mode = ConnectionProfile::AuthMode;
    if (profile.authMode == Mode::Token)
        m_session->setBearerToken(result.token);
    else if (profile.authMode != Mode::None)
        m_session->setCookies(result.cookies);
    if (profile.authMode == Mode::Dex) // typed in this run: good for automatic re-login
        m_session->setLoginCredentials({profile.username, password, profile.connectorId});
    if (profile.apiVersion.isEmpty() || profile.apiVersion == QLatin1String("auto")) {
        m_client->setApiVersion(result.apiVersion); // what the login's healthz probe found
        m_client->setApiVersionAuto();              // ...while a later switch may probe again
    }
    m_client->setMultiUser(result.multiUser);
    if (!result.user.isEmpty())
        m_user = result.user;
    // Requests that waited for this login are replayed with the new session when it renewed
    // the same profile (the dialog is locked to it then); after a switch they belong to the
    // old server and fail, and the views reload on connected().
    if (m_session->isReloginInProgress()) {
        if (profile.name == previousProfile && original == previousProfile)
            m_session->completeRelogin();
        else
            m_session->cancelRelogin();
    }
    m_session->resumeAfterUserAction();
    Q_EMIT profileChanged(profile.name);
    Q_EMIT namespaceChanged(profile.namespaceName);
    m_connected = false;
    setConnected(true);

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
    // The password only when the user asked for it (off by default; docs/login.md, secrets).
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
    if (!profile || (name == m_profile.name && m_connected))
        return;
    m_profiles->setCurrentName(name);
    setConnected(false);
    m_profile = *profile;
    connectStored();
    Q_EMIT namespaceChanged(m_profile.namespaceName);
}

void ConnectionController::logout()
{
    if (m_profile.name.isEmpty())
        return;
    ++m_attempt;
    // What we wrote into the SDK's context file goes too.
    if (m_profile.sdkContextShared) {
        SdkContext(m_sdkContextPath).remove(m_session->cookieHeader(), m_profile.namespaceName);
        m_profile.sdkContextShared = false;
        if (m_profiles->profile(m_profile.name))
            m_profiles->save(m_profile);
        Q_EMIT sdkContextShared(false);
    }
    if (m_session->authMode() != Session::AuthMode::Cookie) {
        finishLogout();
        return;
    }
    // Best effort at the gateway; the local entries go whatever it answers.
    auto *signOut = new GatewayLogout(m_session, this);
    connect(signOut, &GatewayLogout::finished, this, &ConnectionController::finishLogout);
}

void ConnectionController::finishLogout()
{
    m_credentials->removeProfile(m_profile.name, this, ignoreResult);
    m_session->setAuthNone();
    m_session->clearLoginCredentials();
    setConnected(false);
    showLoginDialog();
}

// --- the kfp SDK's context file ------------------------------------------------------------------

void ConnectionController::shareWithSdk()
{
    Prompter::Question q;
    if (m_session->cookies().isEmpty()) {
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
    if (!SdkContext(m_sdkContextPath)
             .write(m_profile.namespaceName, m_session->cookieHeader(), &error)) {
        Prompter::Question q;
        q.kind = Prompter::Kind::Error;
        q.title = tr("Share Login");
        q.text = tr("Could not write the kfp SDK's context file.");
        q.informativeText = error;
        m_prompter->ask(m_window, q, this, [](QMessageBox::StandardButton) {});
        return;
    }
    m_profile.sdkContextShared = true;
    if (m_profiles->profile(m_profile.name))
        m_profiles->save(m_profile);
    Q_EMIT sdkContextShared(true);
}

} // namespace kfp
