#pragma once

// The Dex form login of a Kubeflow install, as a state machine driven by the event loop
// (docs/login.md). It sees every hop (manual redirects) and handles every generation:
//   oidc-authservice + Dex <= 2.28.1 (form at /dex/auth/<id>?req=, 200 on a bad password),
//   oidc-authservice + Dex 2.31 (/login?back=&state=, 200, always via /dex/approval?req=),
//   oidc-authservice + Dex >= 2.36 (/login?back=&state=, 401 on a bad password),
//   oauth2-proxy v7.4.0 of Kubeflow 1.8's overlay (403 sign-in page for every path, _oauth2_proxy),
//   oauth2-proxy of Kubeflow 1.9.0 (302 for API calls, approval page with req/hmac),
//   oauth2-proxy >= 1.9.1 (401 {} for /apis/, 403 sign-in page; start at /oauth2/start),
// the connector chooser (local, ldap, or the user's pick), and refuses clearly what cannot be
// scripted (an off-host connector such as GitHub, MFA).
//
// It uses its own network manager and a fresh cookie jar per attempt (the CSRF cookies of a login
// must not pile up in the API session: too many give 431). On success, sessionCookies() holds the
// gateway's session cookie(s) (all parts of a split session), which the Session then sends.
//
// For a dialog:
//   stepChanged(step, text)   progress, text translated
//   needsUserInput(kind)      Password: call provideCredentials(); Connector: connectors() then
//                             chooseConnector(id). The flow waits; cancel() ends it.
//   certificateError(info)    the server's certificate is not trusted; trustCertificate() pins it
//                             for this attempt and starts again (the caller saves the pin).
//   finished()                once per attempt (trustCertificate() starts a new attempt); then
//                             ok(), error(), errorMessage(), errorDetails().

#include "net/ReplyClassifier.h"
#include "net/TlsTrust.h"

#include <QCoreApplication>
#include <QNetworkCookie>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace kfp {

struct LoginCredentials
{
    QString username;
    QString password;
    QString connectorId; // empty: the only password connector, else ask
};

class DexLogin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DexLogin)
public:
    enum class Step
    {
        Probing,            // asking the API whether a login is needed
        StartingLogin,      // the gateway's sign-in start (/oauth2/start or the 302 to Dex)
        ChoosingConnector,  // Dex's connector chooser
        OpeningLoginPage,   // Dex's password form
        SendingCredentials, // POST login + password
        Approving,          // Dex's "Grant Access" page (Kubeflow 1.9.0)
        FinishingLogin,     // the gateway's callback sets the session cookie
        Verifying,          // healthz with the new session
    };
    Q_ENUM(Step)
    enum class Error
    {
        None,
        Canceled,
        Network,
        Timeout,
        Certificate,          // see certificate()
        WrongUrl,             // 404: no KFP API under this URL
        InvalidCredentials,   // Dex's "Invalid ... and password." (no retry)
        MfaRequired,          // Dex asks for a second factor: use a token or a browser cookie
        NonPasswordConnector, // the connector sends the browser to another site (GitHub, SAML)
        ExternalLogin,        // the gateway sends to another host's login: use token/cookie mode
        UnknownConnector,     // the chosen connector id is not offered by Dex
        DexError,             // Dex's error page: message in errorDetails()
        GatewayError,         // oauth2-proxy / authservice "Login Failed" (CSRF lost, ...)
        GatewayDenied,        // Istio "RBAC: access denied": a JWT is required
        NoIdentity,           // KFP answered "there is no user identity header"
        SessionNotAccepted,   // the new cookie was refused by the API
        SecureCookieOverHttp, // the gateway sets Secure cookies but the URL is http://
        TooManyRedirects,
        UnsafeTarget, // the password would be posted to another host
        Unexpected,
    };
    Q_ENUM(Error)
    enum class Input
    {
        Password,
        Connector
    };
    Q_ENUM(Input)
    enum class Front
    {
        Unknown,
        None, // no login in front of the API
        Oauth2Proxy,
        AuthService
    };
    Q_ENUM(Front)

    DexLogin(const QUrl &baseUrl, LoginCredentials credentials, QObject *parent = nullptr);
    ~DexLogin() override;

    void setTlsTrust(const TlsTrust &trust) { m_trust = trust; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    void start();
    void provideCredentials(const QString &username, const QString &password);
    void chooseConnector(const QString &connectorId);
    void trustCertificate();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error == Error::None; }
    Error error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; } // translated, one sentence
    QString errorDetails() const { return m_errorDetails; } // the server's (English) text
    CertificateInfo certificate() const { return m_certificate; }
    Step step() const { return m_step; }

    bool loginRequired() const { return m_front != Front::None; } // false: the API is open
    Front front() const { return m_front; }
    QList<QNetworkCookie> sessionCookies() const { return m_sessionCookies; }
    QDateTime sessionExpiry() const; // invalid when the cookies carry none
    bool multiUser() const { return m_multiUser; }
    QList<DexHtml::Connector> connectors() const { return m_connectors; }
    QString usernamePrompt() const { return m_usernamePrompt; }
    QString connectorId() const { return m_credentials.connectorId; }
    QString username() const { return m_credentials.username; }
    int requestCount() const { return m_requests; }

    static QString stepText(Step step);

Q_SIGNALS:
    void stepChanged(kfp::DexLogin::Step step, const QString &text);
    void needsUserInput(kfp::DexLogin::Input input);
    void certificateError(const kfp::CertificateInfo &info);
    void finished();

private:
    enum class Phase
    {
        Probe,
        Flow,
        Verify
    };
    void restart();
    void setStep(Step step);
    void get(const QUrl &url);
    void postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields);
    void track(QNetworkReply *reply);
    void onReply(QNetworkReply *reply);
    void handle(const ReplyFacts &facts, ReplyClassifier::Signal signal);
    void follow(const QUrl &url);
    void pickConnector();
    void submitPassword();
    void afterCallback();
    void verify();
    void fail(Error error, const QString &message, const QString &details = {});
    void succeed();
    QUrl root() const;
    bool isSafePasswordTarget(const QUrl &url) const;

    QUrl m_baseUrl;
    LoginCredentials m_credentials;
    TlsTrust m_trust;
    int m_timeoutMs = 30000;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    Phase m_phase = Phase::Probe;
    Step m_step = Step::Probing;
    Front m_front = Front::Unknown;
    QUrl m_passwordFormUrl;
    QList<DexHtml::Connector> m_connectors;
    QString m_usernamePrompt;
    QList<QNetworkCookie> m_sessionCookies;
    QHash<QString, int> m_visited;
    int m_hops = 0;
    int m_requests = 0;
    bool m_triedV1Healthz = false;
    bool m_multiUser = false;
    bool m_sawSecureCookie = false;
    bool m_waitingForInput = false;
    bool m_finished = false;
    Error m_error = Error::None;
    QString m_errorMessage;
    QString m_errorDetails;
    QUrl m_lastUrl; // the last answer's URL and status, for the details of a failure
    int m_lastStatus = 0;
    CertificateInfo m_certificate;
};

} // namespace kfp
