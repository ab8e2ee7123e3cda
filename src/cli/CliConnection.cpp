#include "CliConnection.h"

#include "api/KfpClient.h"
#include "auth/CredentialStore.h"
#include "auth/ProfileStore.h"
#include "auth/Session.h"
#include "net/TlsTrust.h"
#include "auth/WorkgroupInfo.h"
#include "connection/Connection.h"

#include <QNetworkAccessManager>
#include <QUrl>

namespace kfp {

CliConnection::CliConnection(ProfileStore *profiles, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
{}

CliConnection::~CliConnection() = default;

bool CliConnection::resolveServer(ServerOptions *server, const QString &defaultHost,
                                  QString *error) const
{
    const QString given = server->host;
    QString host = given;
    if (host.isEmpty() && !server->profile.isEmpty() && m_profiles) {
        const auto p = m_profiles->profile(server->profile);
        if (!p) {
            *error = tr("no profile named \"%1\"").arg(server->profile);
            return false;
        }
        host = p->url.toString();
    }
    if (host.isEmpty())
        host = defaultHost;
    if (host.isEmpty()) {
        *error = tr("no server given: use --host URL or set KFP_HOST");
        return false;
    }
    if (!host.contains(QLatin1String("://")))
        host.prepend(QLatin1String("http://"));
    const QUrl url(host, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        *error = tr("not a valid server URL: %1").arg(given);
        return false;
    }
    server->host = host;
    return true;
}

void CliConnection::open(const ServerOptions &server)
{
    m_server = server;
    m_nam = new QNetworkAccessManager(this);
    m_session = new Session(m_nam, this);
    m_session->setBaseUrl(QUrl(m_server.host));
    if (m_server.timeoutMs > 0)
        m_session->setDefaultTimeout(m_server.timeoutMs);
    m_client = new KfpClient(m_session, this);
    const ConnectionProfile current = profile();
    TlsTrust trust;
    trust.setCaFile(current.caFile);
    trust.setPinnedSha256(current.pinnedSha256);
    m_session->setTlsTrust(trust);
    m_namespace = m_server.namespaceName.isEmpty() ? current.namespaceName : m_server.namespaceName;
}

QString CliConnection::profileName() const
{
    if (!m_server.profile.isEmpty())
        return m_server.profile;
    const QUrl url = ConnectionProfile::normalizeUrl(m_server.host);
    if (m_profiles) {
        for (const QString &name : m_profiles->names()) {
            const auto p = m_profiles->profile(name);
            if (p && p->url == url)
                return name;
        }
    }
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

ConnectionProfile CliConnection::profile() const
{
    const QString name = profileName();
    if (m_profiles) {
        if (auto p = m_profiles->profile(name))
            return *p;
    }
    ConnectionProfile p;
    p.name = name;
    p.url = ConnectionProfile::normalizeUrl(m_server.host);
    return p;
}

void CliConnection::restoreCredentials(std::function<void()> then)
{
    const ConnectionProfile current = profile();
    if (!m_credentials || current.authMode == ConnectionProfile::AuthMode::None) {
        then();
        return;
    }
    const QString name = current.name;
    if (current.authMode == ConnectionProfile::AuthMode::Token) {
        m_credentials->read(CredentialStore::key(name, CredentialStore::Kind::Token), this,
                            [this, then](const CredentialResult &r) {
                                if (r.ok)
                                    m_session->setBearerToken(r.value);
                                then();
                            });
        return;
    }
    m_credentials->read(
        CredentialStore::key(name, CredentialStore::Kind::Cookies), this,
        [this, name, current, then](const CredentialResult &r) {
            if (r.ok)
                m_session->setCookies(CredentialStore::decodeCookies(r.value));
            if (current.authMode != ConnectionProfile::AuthMode::Dex || !current.rememberPassword) {
                then();
                return;
            }
            m_credentials->read(CredentialStore::key(name, CredentialStore::Kind::Password), this,
                                [this, current, then](const CredentialResult &pw) {
                                    if (pw.ok)
                                        m_session->setLoginCredentials(
                                            {current.username, pw.value, current.connectorId});
                                    then();
                                });
        });
    watchRenewedCookies();
}

void CliConnection::watchRenewedCookies()
{
    const ConnectionProfile current = profile();
    if (!m_credentials || m_watchingCookies ||
        (current.authMode != ConnectionProfile::AuthMode::Dex &&
         current.authMode != ConnectionProfile::AuthMode::Cookie))
        return;
    m_watchingCookies = true;
    // A re-login renews the session: keep the new cookies for the next call.
    connect(m_session, &Session::cookiesChanged, this, [this, name = current.name] {
        m_credentials->write(CredentialStore::key(name, CredentialStore::Kind::Cookies),
                             CredentialStore::encodeCookies(m_session->cookies()), this,
                             [](const CredentialResult &) {});
    });
}

void CliConnection::prepare(std::function<void()> ready,
                            std::function<void(const ApiError &)> failed)
{
    // The core Connection does what the app does: the profile's stored credentials, then the
    // API version (probed, unless --api names one) and multi-user mode. kfpctl asks nobody for
    // a login and tries once: the first final state decides.
    ConnectionProfile target = profile();
    target.url = QUrl(m_server.host);
    target.apiVersion = m_server.api;
    target.namespaceName = m_namespace;
    m_connection = new Connection(m_session, m_client, m_credentials, this);
    m_connection->setProbeForcedApi(false); // --api is trusted as given
    m_connection->setLookUpNamespaces(false);
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_connection, &Connection::stateChanged, this,
                    [this, once, ready, failed](Connection::State state) {
                        if (state == Connection::State::Connecting)
                            return;
                        disconnect(*once);
                        if (state != Connection::State::Online) {
                            failed(m_connection->lastError());
                            return;
                        }
                        // A namespace given or stored means a multi-user server to kfpctl.
                        if (!m_namespace.isEmpty())
                            m_client->setMultiUser(true);
                        ready();
                    });
    watchRenewedCookies();
    m_connection->open(target);
}

DexLogin *CliConnection::login(const LoginCredentials &credentials)
{
    return m_session->login(credentials);
}

void CliConnection::lookupWorkgroup(std::function<void(bool, const WorkgroupInfo &)> done)
{
    auto *request = new WorkgroupInfoRequest(m_session, this);
    connect(request, &WorkgroupInfoRequest::finished, this,
            [request, done] { done(request->ok(), request->info()); });
}

} // namespace kfp
