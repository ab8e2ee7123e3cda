#pragma once

// CliConnection: everything that makes a ready KfpClient out of kfpctl's server options, in one
// place. Commands obtain the client, the session and the namespace from here (through
// CommandContext) and do no connection set-up of their own. Connecting itself is the core's
// Connection, as in the app; this adds what only a command line has:
//
//   resolveServer()       which server: --host, else the URL of --profile, else the default host
//                         ($KFP_HOST); a usage error text when there is none or it is no http(s)
//                         URL. Runs while the command line is parsed, before any network traffic.
//   open()                the Session and KfpClient for that server, with the profile's TLS trust,
//                         the request timeout and the namespace (-n, else the profile's). No
//                         network traffic yet.
//   restoreCredentials()  the bearer token, or the session cookies and remembered Dex password,
//                         stored in the CredentialStore for the profile; renewed cookies are
//                         written back.
//   prepare()             the core's Connection over this session: the stored credentials, then
//                         the API version (--api, or auto: probed) and multi-user mode (when a
//                         namespace is known, or healthz says so).
//   login()               a Dex login through the session (LoginCommand saves the result).
//   lookupWorkgroup()     who the Kubeflow dashboard says the user is and which namespaces they
//                         may use (best effort: not ok without a dashboard).
//   profileName(), profile()  the saved profile this call uses (or an unsaved one for the host).
//
// All steps run on the event loop (no nested loops); callbacks come back on it.

#include "net/ApiError.h"
#include "auth/ConnectionProfile.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <functional>

class QNetworkAccessManager;

namespace kfp {

class Connection;
class CredentialStore;
class DexLogin;
class KfpClient;
class ProfileStore;
class Session;
struct LoginCredentials;
struct WorkgroupInfo;

// What the command line says about the server.
struct ServerOptions
{
    QString host;                         // --host; after resolveServer() the URL to use
    QString profile;                      // --profile
    QString api = QStringLiteral("auto"); // --api: auto, v1beta1 or v2beta1
    QString namespaceName;                // -n, --namespace
    int timeoutMs = 0;                    // --timeout: per request, 0 the default
};

class CliConnection final : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(kfp::CliRunner)
    Q_DISABLE_COPY_MOVE(CliConnection)
public:
    // Either store may be null: then no profile is looked up or no credential restored.
    CliConnection(ProfileStore *profiles, CredentialStore *credentials, QObject *parent = nullptr);
    ~CliConnection() override;

    // Sets server->host to the server URL (with http:// added when no scheme is given). False and
    // *error set (a usage error) when there is none or it is not a valid http(s) URL.
    bool resolveServer(ServerOptions *server, const QString &defaultHost, QString *error) const;

    void open(const ServerOptions &server);
    void restoreCredentials(std::function<void()> then);
    void prepare(std::function<void()> ready, std::function<void(const ApiError &)> failed);
    DexLogin *login(const LoginCredentials &credentials);
    void lookupWorkgroup(std::function<void(bool ok, const WorkgroupInfo &info)> done);

    const ServerOptions &server() const { return m_server; }
    QString profileName() const; // --profile, else the saved profile of the host, else host:port
    ConnectionProfile profile() const;
    QString namespaceName() const { return m_namespace; }
    Session *session() const { return m_session; }
    KfpClient *client() const { return m_client; }

private:
    void watchRenewedCookies();

    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    ServerOptions m_server;
    QString m_namespace;
    QNetworkAccessManager *m_nam = nullptr;
    Session *m_session = nullptr;
    KfpClient *m_client = nullptr;
    Connection *m_connection = nullptr; // prepare(): the core's connection over the two above
    bool m_watchingCookies = false;
};

} // namespace kfp
