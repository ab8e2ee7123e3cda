#include "Connection.h"

#include "LoginFlow.h"
#include "StoredLogin.h"
#include "api/KfpClient.h"
#include "auth/Session.h"
#include "auth/WorkgroupInfo.h"
#include "net/Logging.h"

#include <QTimer>

namespace kfp {

namespace {

// The scheme and authority of a URL, without any path: where the gateway routes ML Metadata.
QUrl hostRoot(const QUrl &url)
{
    QUrl root;
    root.setScheme(url.scheme());
    root.setAuthority(url.authority());
    return root;
}

bool worthRetrying(const ApiError &error)
{
    return HttpSession::isUnreachable(error) || error.kind() == ApiError::Kind::ServerError ||
           error.httpStatus() == 429;
}

} // namespace

Connection::Connection(Session *session, KfpClient *client, CredentialStore *credentials,
                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_client(client)
    , m_credentials(credentials)
    , m_retryTimer(new QTimer(this))
{
    Q_ASSERT(session && client);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        m_nextAttempt = QDateTime();
        if (!m_caps.apiKnown) {
            probe();
            return;
        }
        m_retried = true;
        Q_EMIT retryDue();
    });
    // Every answer (or its absence) tells whether the server is still there.
    connect(m_session, &HttpSession::outcome, this, &Connection::onOutcome);
    // A login that renewed the session (automatic, or the user's in the dialog) ends NeedsLogin.
    connect(m_session, &HttpSession::certificateError, this,
            [this](const CertificateInfo &info) { m_certificate = info; });
    connect(m_session, &Session::reloginFinished, this, [this](bool ok) {
        if (ok && m_state == State::NeedsLogin && m_caps.apiKnown)
            setState(State::Online);
    });
}

Connection::~Connection()
{
    if (m_probe)
        m_probe->abort();
    delete m_workgroup.data();
}

void Connection::setCanAskForLogin(bool on)
{
    if (on == m_canAsk)
        return;
    m_canAsk = on;
    // Session asks only while someone listens to credentialsRequired (see Session.h).
    if (on)
        connect(m_session, &Session::credentialsRequired, this, &Connection::needLogin);
    else
        disconnect(m_session, &Session::credentialsRequired, this, &Connection::needLogin);
}

// --- 1. the profile ------------------------------------------------------------------------------

void Connection::open(const ConnectionProfile &profile)
{
    ++m_attempt;
    applyProfile(profile);
    restoreCredentials();
}

void Connection::applyProfile(const ConnectionProfile &profile)
{
    if (m_probe)
        m_probe->abort();
    delete m_workgroup.data();
    m_retryTimer->stop();
    m_retryDelayMs = FirstRetryMs;
    m_profile = profile;
    m_user = profile.username;
    m_caps = Capabilities();
    m_namespaces.clear();
    m_namespacesKnown = false;
    m_lastError = ApiError();

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
    setState(State::Connecting);
}

// --- 2. stored credentials -----------------------------------------------------------------------

void Connection::restoreCredentials()
{
    const quint64 attempt = m_attempt;
    restoreStoredLogin(m_credentials, m_session, m_profile, this,
                       [this, attempt](const StoredLogin &login) {
                           if (attempt != m_attempt)
                               return; // a newer open() or close() came first
                           if (!login.user.isEmpty())
                               m_user = login.user;
                           // With nothing stored, ask the user when someone can; else let the
                           // server's answer say what is missing.
                           if (!login.usable && m_canAsk)
                               needLogin(login.missing);
                           else
                               probe();
                       });
}

// --- 3. what the server speaks and offers --------------------------------------------------------

void Connection::verify()
{
    ++m_attempt;
    m_retryTimer->stop();
    m_lastError = ApiError();
    setState(State::Connecting);
    probe();
}

void Connection::retryNow()
{
    if (m_state == State::Online || m_state == State::Connecting)
        return;
    m_session->resumeAfterUserAction(); // the user acted: automatic re-login is allowed again
    m_retryTimer->stop();
    m_retryDelayMs = FirstRetryMs;
    setState(State::Connecting);
    probe();
}

void Connection::probe()
{
    m_nextAttempt = QDateTime();
    if (m_state != State::Connecting)
        setState(State::Connecting);
    if (m_client->isApiVersionForced() && !m_probeForcedApi) {
        // Trusted as given: without healthz the only hint of multi-user mode is a namespace.
        m_caps.apiKnown = true;
        m_caps.apiVersion = m_client->apiVersion();
        m_caps.multiUser = !m_profile.namespaceName.isEmpty();
        m_client->setMultiUser(m_caps.multiUser);
        Q_EMIT capabilitiesChanged();
        setState(State::Online);
        return;
    }
    m_certificate = CertificateInfo();
    // The one place that asks the server which API it speaks.
    auto *job = m_client->detectApi();
    m_probe = job;
    const quint64 attempt = m_attempt;
    connect(job, &ApiJob::finished, this, [this, job, attempt] {
        if (attempt == m_attempt && job == m_probe)
            onProbed(job);
    });
}

void Connection::onProbed(ApiJob *job)
{
    m_probe = nullptr;
    auto *health = static_cast<ResultJob<HealthInfo> *>(job);
    if (!job->ok()) {
        // Aborted by a newer attempt, or the Session's re-login was handed to the user.
        if (job->error().kind() == ApiError::Kind::Canceled && m_state == State::NeedsLogin)
            return;
        fail(job->error());
        return;
    }
    const HealthInfo &info = health->result();
    m_caps.apiKnown = true;
    m_caps.apiVersion = info.apiVersion;
    m_caps.multiUser = info.multiUser;
    m_caps.serverVersion = info.tagName;
    m_caps.uiServer = info.viaUiServer;
    m_caps.uiServerRoot = info.viaUiServer ? m_session->baseUrl() : QUrl();
    m_caps.mlmdRoot = info.viaUiServer ? hostRoot(m_session->baseUrl()) : QUrl();
    m_retryDelayMs = FirstRetryMs;
    m_lastError = ApiError();
    Q_EMIT capabilitiesChanged();
    if (m_caps.multiUser && m_lookUpNamespaces &&
        m_session->authMode() != HttpSession::AuthMode::None)
        lookUpNamespaces();
    else
        setState(State::Online);
}

// --- 4. namespaces -------------------------------------------------------------------------------

void Connection::lookUpNamespaces()
{
    // Best effort: env-info exists only behind the Kubeflow dashboard.
    auto *request = new WorkgroupInfoRequest(m_session, this);
    m_workgroup = request;
    const quint64 attempt = m_attempt;
    connect(request, &WorkgroupInfoRequest::finished, this, [this, request, attempt] {
        if (attempt != m_attempt)
            return;
        m_workgroup = nullptr;
        if (request->ok()) {
            m_namespaces = request->info().namespaceNames();
            m_namespacesKnown = true;
            if (!request->info().user.isEmpty())
                m_user = request->info().user;
        }
        setState(State::Online);
    });
}

void Connection::setNamespace(const QString &namespaceName)
{
    if (namespaceName == m_profile.namespaceName)
        return;
    m_profile.namespaceName = namespaceName;
    Q_EMIT namespaceChanged(namespaceName);
}

// --- a login done by the dialog ------------------------------------------------------------------

void Connection::adopt(const ConnectionProfile &profile, const LoginResult &result,
                       const QString &password)
{
    const QString previous = m_profile.name;
    ++m_attempt;
    applyProfile(profile);
    using Mode = ConnectionProfile::AuthMode;
    if (profile.authMode == Mode::Token)
        m_session->setBearerToken(result.token);
    else if (profile.authMode != Mode::None)
        m_session->setCookies(result.cookies);
    if (profile.authMode == Mode::Dex) // typed in this run: good for automatic re-login
        m_session->setLoginCredentials({profile.username, password, profile.connectorId});
    if (!m_client->isApiVersionForced()) {
        m_client->setApiVersion(result.apiVersion); // what the attempt found
        m_client->setApiVersionAuto();              // ...while a later switch may probe again
    }
    m_client->setMultiUser(result.multiUser);
    m_caps = result.capabilities;
    m_caps.apiKnown = true;
    m_caps.apiVersion = result.apiVersion;
    m_caps.multiUser = result.multiUser;
    m_namespaces = result.namespaces;
    m_namespacesKnown = result.namespacesKnown;
    if (!result.user.isEmpty())
        m_user = result.user;
    // Requests that waited for this login are replayed with the new session when it renewed
    // the same profile; after a switch they belong to the old server and fail (the views reload
    // when the state turns Online).
    if (m_session->isReloginInProgress()) {
        if (profile.name == previous)
            m_session->completeRelogin();
        else
            m_session->cancelRelogin();
    }
    m_session->resumeAfterUserAction();
    Q_EMIT capabilitiesChanged();
    setState(State::Online);
}

void Connection::close()
{
    ++m_attempt;
    if (m_probe)
        m_probe->abort();
    delete m_workgroup.data();
    m_retryTimer->stop();
    m_session->setAuthNone();
    m_session->clearLoginCredentials();
    m_caps = Capabilities();
    setState(State::Disconnected);
}

// --- failures and retries ------------------------------------------------------------------------

void Connection::fail(const ApiError &error)
{
    m_lastError = error;
    qCInfo(lcAuth).noquote() << "connection attempt failed:" << error.userMessage();
    if (error.kind() == ApiError::Kind::Unauthorized) {
        needLogin(error.userMessage());
        return;
    }
    if (!m_reachable) {
        setState(State::Offline);
        return;
    }
    // An untrusted certificate stays untrusted however often we ask.
    if (worthRetrying(error) && m_certificate.isNull()) {
        if (m_autoRetry)
            scheduleRetry();
        else
            setState(State::Offline);
        return;
    }
    setState(State::Failed);
}

void Connection::needLogin(const QString &reason)
{
    if (m_lastError.kind() != ApiError::Kind::Unauthorized)
        m_lastError = ApiError(ApiError::Kind::Unauthorized, reason);
    setState(State::NeedsLogin);
    Q_EMIT loginNeeded(reason);
}

void Connection::scheduleRetry()
{
    m_nextAttempt = QDateTime::currentDateTime().addMSecs(m_retryDelayMs);
    m_retryTimer->start(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, MaxRetryMs);
    setState(State::Retrying);
}

void Connection::onOutcome(const ApiError &error)
{
    const bool following =
        m_state == State::Online || m_state == State::Retrying || m_state == State::Offline;
    if (!following || !m_caps.apiKnown || !m_reachable)
        return;
    if (!HttpSession::isUnreachable(error)) {
        // The server answered (maybe with an error about the request): it is there.
        if (m_state != State::Online) {
            m_retryTimer->stop();
            m_nextAttempt = QDateTime();
            m_retryDelayMs = FirstRetryMs;
            m_lastError = ApiError();
            setState(State::Online);
        }
        return;
    }
    m_lastError = error;
    if (m_state == State::Online) {
        m_retried = false;
        if (m_autoRetry)
            scheduleRetry();
        else
            setState(State::Retrying);
        return;
    }
    if (m_state == State::Retrying && !m_retried)
        return; // another answer of the same round: the retry has not happened yet
    if (m_autoRetry && !m_retryTimer->isActive()) {
        m_nextAttempt = QDateTime::currentDateTime().addMSecs(m_retryDelayMs);
        m_retryTimer->start(m_retryDelayMs);
        m_retryDelayMs = std::min(m_retryDelayMs * 2, MaxRetryMs);
    }
    setState(State::Offline);
}

void Connection::noteAttempt()
{
    m_retried = m_state == State::Retrying || m_state == State::Offline;
}

void Connection::setNetworkReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    if (!reachable) {
        m_retryTimer->stop();
        if (m_state != State::Online && m_state != State::Disconnected)
            setState(State::Offline);
        return;
    }
    if (m_state == State::Offline && !m_profile.url.isEmpty())
        retryNow();
}

void Connection::setState(State state)
{
    // Retrying again announces the new time of the next attempt.
    if (state == m_state && state != State::Retrying)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace kfp
