#pragma once

// One attempt to connect with a profile, as the login dialog runs it for "Log in" and "Test
// connection": set the credentials of the profile's auth mode (Dex form login, a pasted token, a
// pasted cookie, or none), ask the API which version it speaks (healthz), and in multi-user mode
// ask the Central Dashboard which namespaces the user may use (/api/workgroup/env-info).
//
// Each attempt runs on a fresh Session of its own, with a Connection of its own that asks the
// server (Connection::verify), so what the user tries in the dialog never disturbs the connection
// the main window is using; on success the caller hands the result (cookies or token, what the
// server speaks and offers, namespaces) to the live Connection with Connection::adopt().

#include "Connection.h"
#include "api/ApiTypes.h"
#include "auth/ConnectionProfile.h"
#include "auth/DexLogin.h"
#include "net/TlsTrust.h"

#include <QDateTime>
#include <QList>
#include <QNetworkCookie>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

class QNetworkAccessManager;

namespace kfp {

class ApiJob;
class KfpClient;
class Session;

struct LoginRequest
{
    ConnectionProfile profile;
    QString password;   // Dex mode
    QString token;      // Token mode
    QString cookieText; // Cookie mode: "name=value; name2=value2"
};

struct LoginResult
{
    bool ok = false;
    QString errorMessage; // translated, one sentence
    QString errorDetails; // the server's (English) text
    bool wrongPassword = false;
    bool canceled = false;       // cancel() ended it
    CertificateInfo certificate; // set when the server's certificate was not trusted

    QList<QNetworkCookie> cookies; // Dex and Cookie modes
    QString token;                 // Token mode
    QDateTime sessionExpiry;       // invalid when unknown
    ApiVersion apiVersion = ApiVersion::V2Beta1;
    bool multiUser = false;
    Connection::Capabilities capabilities; // all that the attempt learnt of the server
    QString user;                          // who the server (or the token) says we are
    QStringList namespaces;                // from env-info, owned ones first
    bool namespacesKnown = false;
};

class LoginFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginFlow)
public:
    explicit LoginFlow(QObject *parent = nullptr);
    ~LoginFlow() override;

    void start(const LoginRequest &request);
    // Dex offered several connectors and the profile says "ask": continue with this one.
    void chooseConnector(const QString &connectorId);
    void cancel();

    bool isRunning() const { return m_running; }
    bool isWaitingForConnector() const { return m_waitingForConnector; }
    const LoginResult &result() const { return m_result; }

    // "name=value; name2=value2" as copied from a browser's request headers. An entry without '='
    // or with an empty name is an error (translated in *error).
    static QList<QNetworkCookie> parseCookieText(const QString &text, QString *error = nullptr);

Q_SIGNALS:
    void stepChanged(const QString &text);
    // Dex shows its connector chooser: the user picks one, then chooseConnector().
    void connectorChoiceNeeded(const QList<kfp::DexHtml::Connector> &connectors);
    void finished();

private:
    void startDex();
    void onDexFinished(DexLogin *login);
    void verify();
    void onVerified(Connection::State state);
    void fail(const QString &message, const QString &details = {});
    void succeed();

    LoginRequest m_request;
    LoginResult m_result;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<KfpClient> m_client;
    QPointer<DexLogin> m_dex;
    std::unique_ptr<Connection> m_connection;
    bool m_running = false;
    bool m_waitingForConnector = false;
};

} // namespace kfp
