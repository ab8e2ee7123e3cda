#include "CliConnection.h"

#include "api/KfpClient.h"
#include "auth/CredentialStore.h"
#include "auth/ProfileStore.h"
#include "auth/Session.h"
#include "net/TlsTrust.h"
#include "auth/WorkgroupInfo.h"

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
    // A re-login renews the session: keep the new cookies for the next call.
    connect(m_session, &Session::cookiesChanged, this, [this, name] {
        m_credentials->write(CredentialStore::key(name, CredentialStore::Kind::Cookies),
                             CredentialStore::encodeCookies(m_session->cookies()), this,
                             [](const CredentialResult &) {});
    });
}

void CliConnection::prepare(std::function<void()> ready,
                            std::function<void(const ApiError &)> failed)
{
    restoreCredentials([this, ready, failed] { detectApi(ready, failed); });
}

void CliConnection::detectApi(std::function<void()> ready,
                              std::function<void(const ApiError &)> failed)
{
    if (m_server.api == QLatin1String("auto")) {
        auto *job = m_client->detectApi();
        connect(job, &ApiJob::finished, this, [this, job, ready, failed] {
            if (!job->ok()) {
                failed(job->error());
                return;
            }
            if (!m_namespace.isEmpty())
                m_client->setMultiUser(true);
            ready();
        });
        return;
    }
    m_client->setApiVersion(m_server.api == QLatin1String("v1beta1") ? ApiVersion::V1Beta1
                                                                     : ApiVersion::V2Beta1);
    // Without a probe we only know the server is multi-user if the user names a namespace.
    m_client->setMultiUser(!m_namespace.isEmpty());
    ready();
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
