#include "LoginFlow.h"

#include "api/KfpClient.h"
#include "auth/JwtInfo.h"
#include "auth/Session.h"
#include "net/Logging.h"

#include <QNetworkAccessManager>

namespace kfp {

LoginFlow::LoginFlow(QObject *parent)
    : QObject(parent)
{}

LoginFlow::~LoginFlow()
{
    cancel();
}

QList<QNetworkCookie> LoginFlow::parseCookieText(const QString &text, QString *error)
{
    QList<QNetworkCookie> cookies;
    // Browsers show the request header as "a=b; c=d"; people also paste it with "Cookie: ".
    QString header = text.trimmed();
    if (header.startsWith(QLatin1String("cookie:"), Qt::CaseInsensitive))
        header = header.mid(7).trimmed();
    const QStringList parts = header.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            if (error)
                *error = tr("\"%1\" is not a name=value pair.").arg(item.left(40));
            return {};
        }
        cookies.append(
            QNetworkCookie(item.left(eq).trimmed().toUtf8(), item.mid(eq + 1).trimmed().toUtf8()));
    }
    if (cookies.isEmpty() && error)
        *error = tr("Paste the cookie as name=value; name2=value2.");
    return cookies;
}

void LoginFlow::start(const LoginRequest &request)
{
    cancel();
    m_request = request;
    m_result = LoginResult();
    m_running = true;

    // A fresh network manager per attempt: no cookie of an earlier try can leak into this one.
    m_connection.reset();
    m_client.reset();
    m_session.reset();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_session = std::make_unique<Session>(m_nam.get());
    m_session->setBaseUrl(request.profile.url);
    m_session->setDefaultTimeout(20000);

    TlsTrust trust;
    if (!request.profile.caFile.isEmpty()) {
        QString error;
        if (!trust.setCaFile(request.profile.caFile, &error)) {
            fail(error);
            return;
        }
    }
    trust.setPinnedSha256(request.profile.pinnedSha256);
    m_session->setTlsTrust(trust);

    m_client = std::make_unique<KfpClient>(m_session.get());
    const QString api = request.profile.apiVersion;
    if (api == QLatin1String("v1beta1"))
        m_client->setApiVersion(ApiVersion::V1Beta1);
    else if (api == QLatin1String("v2beta1"))
        m_client->setApiVersion(ApiVersion::V2Beta1);

    switch (request.profile.authMode) {
    case ConnectionProfile::AuthMode::Dex:
        startDex();
        return;
    case ConnectionProfile::AuthMode::Token: {
        const QString token = request.token.trimmed();
        if (token.isEmpty()) {
            fail(tr("Paste a token first."));
            return;
        }
        m_result.token = token;
        const JwtInfo jwt = JwtInfo::decode(token);
        if (jwt.isValid()) { // a service-account token may be opaque: that is fine too
            m_result.user = jwt.identity();
            m_result.sessionExpiry = jwt.expiry();
        }
        m_session->setBearerToken(token);
        break;
    }
    case ConnectionProfile::AuthMode::Cookie: {
        QString error;
        m_result.cookies = parseCookieText(request.cookieText, &error);
        if (m_result.cookies.isEmpty()) {
            fail(error);
            return;
        }
        m_session->setCookies(m_result.cookies);
        m_result.cookies = m_session->cookies(); // scoped to the host, as they will be stored
        break;
    }
    case ConnectionProfile::AuthMode::None:
        m_session->setAuthNone();
        break;
    }
    verify();
}

void LoginFlow::startDex()
{
    if (m_request.profile.username.trimmed().isEmpty() || m_request.password.isEmpty()) {
        fail(tr("Enter your user name and password."));
        return;
    }
    LoginCredentials credentials{m_request.profile.username.trimmed(), m_request.password,
                                 m_request.profile.connectorId};
    DexLogin *dex = m_session->login(credentials);
    m_dex = dex;
    connect(dex, &DexLogin::stepChanged, this,
            [this](DexLogin::Step, const QString &text) { Q_EMIT stepChanged(text); });
    connect(dex, &DexLogin::needsUserInput, this, [this, dex](DexLogin::Input input) {
        if (input == DexLogin::Input::Connector) {
            m_waitingForConnector = true;
            Q_EMIT connectorChoiceNeeded(dex->connectors());
        } else { // we always give the password up front: Dex asking again means it was empty
            dex->provideCredentials(m_request.profile.username, m_request.password);
        }
    });
    // The Session connected first, so it has taken the new cookies when this runs.
    connect(dex, &DexLogin::finished, this, [this, dex] { onDexFinished(dex); });
}

void LoginFlow::chooseConnector(const QString &connectorId)
{
    if (!m_dex || !m_waitingForConnector)
        return;
    m_waitingForConnector = false;
    m_request.profile.connectorId = connectorId;
    m_dex->chooseConnector(connectorId);
}

void LoginFlow::onDexFinished(DexLogin *login)
{
    m_dex = nullptr;
    m_waitingForConnector = false;
    if (!login->ok()) {
        if (login->error() == DexLogin::Error::Canceled)
            return; // cancel() already finished the attempt
        m_result.wrongPassword = login->error() == DexLogin::Error::InvalidCredentials;
        if (login->error() == DexLogin::Error::Certificate)
            m_result.certificate = login->certificate();
        fail(login->errorMessage(), login->errorDetails());
        return;
    }
    m_result.cookies = m_session->cookies();
    m_result.sessionExpiry = login->sessionExpiry();
    m_result.user = login->username();
    m_request.profile.connectorId = login->connectorId();
    verify();
}

void LoginFlow::verify()
{
    // The attempt's own Connection asks what the server speaks and, in multi-user mode behind the
    // dashboard, which namespaces the user may use.
    Q_EMIT stepChanged(tr("Asking the KFP API which version it speaks…"));
    m_connection = std::make_unique<Connection>(m_session.get(), m_client.get());
    connect(m_connection.get(), &Connection::stateChanged, this, [this](Connection::State state) {
        if (state == Connection::State::Connecting && m_connection->capabilities().apiKnown)
            Q_EMIT stepChanged(tr("Asking the Kubeflow dashboard for your namespaces…"));
        else if (state != Connection::State::Connecting)
            onVerified(state);
    });
    m_connection->verify();
}

void LoginFlow::onVerified(Connection::State state)
{
    if (!m_running)
        return;
    if (state != Connection::State::Online) {
        const ApiError &error = m_connection->lastError();
        const CertificateInfo &certificate = m_connection->refusedCertificate();
        if (!certificate.isNull()) {
            m_result.certificate = certificate;
            fail(TlsTrust::userMessage(certificate), certificate.errors.join(QLatin1Char('\n')));
            return;
        }
        fail(error.userMessage(), error.serverMessage());
        return;
    }
    const Connection::Capabilities &caps = m_connection->capabilities();
    m_result.capabilities = caps;
    m_result.apiVersion = caps.apiVersion;
    m_result.multiUser = caps.multiUser;
    if (m_request.profile.authMode != ConnectionProfile::AuthMode::None) {
        m_result.namespaces = m_connection->namespaces();
        m_result.namespacesKnown = m_connection->namespacesKnown();
        if (!m_connection->userName().isEmpty()) // the dashboard's word on who we are
            m_result.user = m_connection->userName();
    }
    succeed();
}

void LoginFlow::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_waitingForConnector = false;
    if (m_dex)
        m_dex->cancel();
    m_connection.reset(); // aborts its requests
    m_result.ok = false;
    m_result.canceled = true;
    m_result.errorMessage = tr("Canceled.");
    Q_EMIT finished();
}

void LoginFlow::fail(const QString &message, const QString &details)
{
    m_running = false;
    m_result.ok = false;
    m_result.errorMessage = message;
    m_result.errorDetails = details;
    qCInfo(lcAuth).noquote() << "login attempt failed:" << message;
    Q_EMIT finished();
}

void LoginFlow::succeed()
{
    m_running = false;
    m_result.ok = true;
    if (m_result.user.isEmpty())
        m_result.user = m_request.profile.username;
    Q_EMIT finished();
}

} // namespace kfp
