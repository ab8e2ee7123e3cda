#pragma once

// The one owner of "being connected" to a KFP server, for the desktop app, kfpctl and the login
// dialog's attempts alike. Given a ConnectionProfile (or just a URL) it does, in this order and
// nowhere else:
//
//   1. applies the profile to the Session: base URL, TLS trust (CA file, pinned certificate), the
//      API version the profile forces, if any;
//   2. restores the profile's credentials from the CredentialStore (a token, the gateway's
//      session cookies, the password when "remember password" is on, for automatic re-login);
//   3. asks the server which API it speaks and whether it is multi-user — the only place that
//      starts KfpClient::detectApi() — and what it offers beyond the API (is the KFP UI server in
//      front of it, with logs and artifacts? where would ML Metadata answer?);
//   4. in multi-user mode behind the Kubeflow dashboard, which namespaces the user may use.
//
// It publishes one state (Connecting, Online, NeedsLogin, Retrying with the time of the next
// attempt, Offline, Failed) and the capabilities it found. Views follow the state; nobody else
// probes the server. The re-login policy itself lives in Session (docs/login.md): the Connection
// turns its "ask the user" into NeedsLogin when it may ask (setCanAskForLogin()).
//
//     Connection connection(&session, &client, &credentials);
//     connect(&connection, &Connection::stateChanged, view, &View::follow);
//     connection.open(profile);
//
// Logging in with a password is the login dialog's LoginFlow, which runs a Connection of its own
// on a separate Session; adopt() then takes its result into the live one.

#include "api/ApiTypes.h"
#include "auth/ConnectionProfile.h"
#include "net/ApiError.h"
#include "net/TlsTrust.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QTimer;

namespace kfp {

class ApiJob;
class CredentialStore;
class KfpClient;
class Session;
struct LoginResult;

class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)
public:
    enum class State
    {
        Disconnected, // nothing opened yet, or closed
        Connecting,   // restoring credentials, asking healthz, looking up namespaces
        Online,       // the API answered: views may load
        NeedsLogin,   // the gateway wants a login the Connection cannot do by itself
        Retrying,     // the server could not be reached: trying again at nextAttempt()
        Offline,      // still unreachable after a retry (with automatic retry: trying again at
                      // nextAttempt()), the machine has no network, or retry is off
        Failed,       // an answer that trying again will not change (wrong URL, certificate, …)
    };
    Q_ENUM(State)

    // What the server offers, as far as the connection knows.
    struct Capabilities
    {
        bool apiKnown = false; // false until healthz answered (then the rest is meaningful)
        ApiVersion apiVersion = ApiVersion::V2Beta1;
        bool multiUser = false;
        QString serverVersion; // the API server's tag, e.g. "2.3.0"; may be empty
        // The KFP UI server answered healthz (a Kubeflow gateway's /pipeline, or a port-forward
        // to ml-pipeline-ui): its logs, pod and artifact endpoints live under uiServerRoot.
        bool uiServer = false;
        QUrl uiServerRoot;
        // Where ML Metadata's gRPC-web service would answer: the host root in front of a UI
        // server (never under /pipeline). Empty when connected straight to the API server. A
        // candidate: the ML Metadata client confirms it with its first call.
        QUrl mlmdRoot;
    };

    // Back-off between automatic attempts while Retrying.
    static constexpr int FirstRetryMs = 2000;
    static constexpr int MaxRetryMs = 60000;

    // None is owned. credentials may be nullptr (nothing is restored; a URL without a profile).
    Connection(Session *session, KfpClient *client, CredentialStore *credentials = nullptr,
               QObject *parent = nullptr);
    ~Connection() override;

    Session *session() const { return m_session; }
    KfpClient *client() const { return m_client; }

    // Retry by itself with back-off after a failure the server may get over (the app); off: the
    // state stays Offline with lastError() (kfpctl, the login dialog's attempts).
    void setAutoRetry(bool on) { m_autoRetry = on; }
    // Whether the Session may wait for the user when the gateway wants a login (someone shows a
    // dialog on loginNeeded()); else such requests fail at once (kfpctl).
    void setCanAskForLogin(bool on);
    // With a forced API version (profile or --api): ask healthz anyway for the multi-user flag
    // and the capabilities (default), or trust the version and connect without a request
    // (kfpctl --api; multi-user is then assumed from the namespace given).
    void setProbeForcedApi(bool on) { m_probeForcedApi = on; }
    // Ask the Kubeflow dashboard for the user's namespaces in multi-user mode (default on).
    void setLookUpNamespaces(bool on) { m_lookUpNamespaces = on; }

    // Connects with a profile: steps 1–4 above. An unnamed profile (a plain URL: the sandbox,
    // --host) has no stored credentials and connects without any.
    void open(const ConnectionProfile &profile);
    // Connects with the credentials already on the session (the login dialog's attempt, after
    // its Dex login): steps 3–4 only.
    void verify();
    // Takes a login that succeeded elsewhere (the login dialog's LoginFlow) into this connection:
    // the profile, its credentials and what the attempt learnt. Online at once, no request.
    void adopt(const ConnectionProfile &profile, const LoginResult &result,
               const QString &password);
    // Retrying, Offline or Failed: try again now (the user pressed Retry or F5).
    void retryNow();
    // Disconnected; the session forgets its credentials (the keychain keeps them).
    void close();
    // From the platform's network information: Offline while false; a retry when it returns.
    void setNetworkReachable(bool reachable);
    // A view is about to send its requests again (F5, Retry, the retry timer): a failure of those
    // while Retrying means the server is still away (Offline).
    void noteAttempt();
    // Multi-user: the namespace the views list (the profile's, or the user's choice).
    void setNamespace(const QString &namespaceName);

    State state() const { return m_state; }
    bool isOnline() const { return m_state == State::Online; }
    // Why the last attempt failed (Retrying, Offline, Failed, NeedsLogin); no error otherwise.
    const ApiError &lastError() const { return m_lastError; }
    // The certificate the server showed when the last attempt failed on it (else null).
    const CertificateInfo &refusedCertificate() const { return m_certificate; }
    // Retrying: when the next attempt starts.
    QDateTime nextAttempt() const { return m_nextAttempt; }
    const Capabilities &capabilities() const { return m_caps; }
    const ConnectionProfile &profile() const { return m_profile; }
    QString userName() const { return m_user; }
    QString namespaceName() const { return m_profile.namespaceName; }
    // From the dashboard (owned first); namespacesKnown() false when it could not be asked.
    QStringList namespaces() const { return m_namespaces; }
    bool namespacesKnown() const { return m_namespacesKnown; }

Q_SIGNALS:
    void stateChanged(kfp::Connection::State state);
    // NeedsLogin: show the login dialog with this (translated) reason; answer with adopt(), or
    // with Session::cancelRelogin() to give up.
    void loginNeeded(const QString &reason);
    void namespaceChanged(const QString &namespaceName);
    void capabilitiesChanged();
    // Retrying or Offline after the API had answered: time to try again what failed (the views
    // reload); their answers bring the state back to Online.
    void retryDue();

private:
    void applyProfile(const ConnectionProfile &profile);
    void restoreCredentials();
    void probe();
    void onProbed(ApiJob *job);
    void lookUpNamespaces();
    void fail(const ApiError &error);
    void needLogin(const QString &reason);
    void setState(State state);
    void scheduleRetry();
    void onOutcome(const ApiError &error);

    Session *m_session;
    KfpClient *m_client;
    CredentialStore *m_credentials;
    ConnectionProfile m_profile;
    Capabilities m_caps;
    State m_state = State::Disconnected;
    ApiError m_lastError;
    CertificateInfo m_certificate;
    QString m_user;
    QStringList m_namespaces;
    bool m_namespacesKnown = false;
    QPointer<ApiJob> m_probe;
    QPointer<QObject> m_workgroup;
    QTimer *m_retryTimer;
    QDateTime m_nextAttempt;
    int m_retryDelayMs = FirstRetryMs;
    quint64 m_attempt = 0; // answers of an earlier open() are ignored
    bool m_autoRetry = false;
    bool m_probeForcedApi = true;
    bool m_lookUpNamespaces = true;
    bool m_canAsk = false;
    bool m_reachable = true;
    bool m_retried = false; // an attempt was made since Retrying began
};

} // namespace kfp
