#pragma once

// The connection to one KFP endpoint: base URL (e.g. http://127.0.0.1:8888 or
// https://kubeflow.example.com/pipeline), the network access manager, and the credentials that
// go with every request (none, a bearer token, or gateway cookies). KfpClient's jobs send through
// it and nothing else touches QNetworkAccessManager.
//
// It also classifies every API reply (see docs/login.md). When the gateway says the session is
// gone (401 {}, a 302 to /dex or /oauth2, the 403 sign-in page, HTML where JSON was expected),
// ApiJob calls requestRelogin(): the Session runs ONE shared re-login for all waiting requests
// (with the credentials given by setLoginCredentials(), else it asks the UI through
// credentialsRequired() and waits for login() or cancelRelogin()), then each waiting request is
// replayed once. Loops are impossible: at most one automatic login per 30 s, and none at all after
// an automatic login failed, until the user acts (login() or resumeAfterUserAction()).

#include "DexLogin.h"
#include "ReplyClassifier.h"
#include "TlsTrust.h"
#include "api/ApiError.h"
#include "api/RequestSpec.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <functional>

#include <QNetworkCookie>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace kfp {

class SendOnceBody;

class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)
public:
    enum class AuthMode
    {
        None,
        Bearer,
        Cookie
    };

    explicit Session(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~Session() override;

    void setBaseUrl(const QUrl &url); // any trailing slash is dropped
    QUrl baseUrl() const { return m_baseUrl; }

    void setAuthNone();
    void setBearerToken(const QString &token);
    // "name=value; name2=value2": stored as cookies scoped to the base URL's host only.
    void setCookies(const QList<QNetworkCookie> &cookies);
    AuthMode authMode() const { return m_authMode; }

    void setDefaultTimeout(int ms) { m_defaultTimeoutMs = ms; }
    int defaultTimeout() const { return m_defaultTimeoutMs; }

    // TLS: verification is always on; a self-signed certificate is trusted only when pinned here.
    void setPinnedCertificates(const QList<QSslCertificate> &certificates);
    // The profile's CA file and pinned fingerprint (see TlsTrust).
    void setTlsTrust(const TlsTrust &trust) { m_trust = trust; }
    const TlsTrust &tlsTrust() const { return m_trust; }

    // The cookies as sent (host-only, for the base URL's host). sessionExpiry(): the earliest
    // expiry among them, invalid when none has one.
    QList<QNetworkCookie> cookies() const { return m_cookies; }
    QString cookieHeader() const; // "name=value; name2=value2"
    QDateTime sessionExpiry() const;
    // Bumped whenever the credentials change; ApiJob uses it to tell "my request went out with
    // the old cookie" (replay at once) from "the new session is gone too".
    quint64 credentialGeneration() const { return m_generation; }

    // --- re-login ----------------------------------------------------------------------------
    // Credentials kept in memory for automatic re-login (from the keychain when "remember
    // password" was ticked, or typed in this run).
    void setLoginCredentials(const LoginCredentials &credentials);
    void clearLoginCredentials();
    bool hasLoginCredentials() const { return !m_credentials.password.isEmpty(); }
    LoginCredentials loginCredentials() const { return m_credentials; }

    // A user-driven login with these credentials: on success the session's cookies are set,
    // waiting requests are replayed and automatic re-login is allowed again. The returned login is
    // owned by the session; connect to its signals for progress and errors (see DexLogin.h).
    DexLogin *login(const LoginCredentials &credentials);
    // Called by ApiJob on a session-gone reply sent with credentials of `sentGeneration`. Returns
    // false when no re-login will happen (the caller fails as before); else resume(error) is
    // called exactly once later: error.isError() false = replay now.
    bool requestRelogin(quint64 sentGeneration, QObject *context,
                        std::function<void(const ApiError &)> resume);
    // Fails every waiting request (the user closed the login dialog).
    void cancelRelogin();
    // The credentials were renewed outside the session (e.g. a login dialog ran its own attempt
    // and set the new cookies or token): the waiting requests are replayed with them now.
    void completeRelogin();
    // The user acted (e.g. pressed "Retry"): automatic re-login is allowed again.
    void resumeAfterUserAction();
    bool isReloginBlocked() const { return m_autoLoginBlocked; }
    bool isReloginInProgress() const { return m_relogin || m_waitingForUser; }
    int automaticLoginCount() const { return m_automaticLogins; }
    static constexpr int MinSecondsBetweenAutomaticLogins = 30;

    // Classifies one API reply (see ReplyClassifier); body = its first bytes.
    ReplyClassifier::Signal classify(QNetworkReply *reply, const QByteArray &body) const;

    // Builds the request (base URL + path + query, Accept: application/json, credentials, timeout)
    // and sends it. For an upload the file is streamed as multipart field `uploadfile`; a file that
    // cannot be opened gives nullptr (ApiJob reports it as an error). The caller owns the reply.
    // Redirects are not followed: a 302 to a login page reaches the caller.
    QNetworkReply *send(const RequestSpec &spec);
    QNetworkRequest requestFor(const RequestSpec &spec) const;

    QUrl urlFor(const RequestSpec &spec) const;
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

Q_SIGNALS:
    // The gateway said the session is gone; a re-login is starting or being asked for.
    void sessionExpired();
    // No stored password (or automatic login is not allowed now): the UI should ask the user and
    // call login(), or cancelRelogin(). reason is translated.
    void credentialsRequired(const QString &reason);
    void reloginStarted(kfp::DexLogin *login);
    // ok false: message is translated (Dex's own message for a wrong password).
    void reloginFinished(bool ok, const QString &message);
    // New session cookies (after any login): the app stores them in the keychain.
    void cookiesChanged();
    // A reply failed on an untrusted certificate (see TlsTrust).
    void certificateError(const kfp::CertificateInfo &info);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(const ApiError &)> resume;
    };
    QNetworkReply *sendUnwatched(const RequestSpec &spec);
    // POSTs a body Qt cannot resend (see SendOnceBody): for requests that create something.
    QNetworkReply *postOnce(QNetworkRequest request, SendOnceBody *body);
    void startAutomaticLogin();
    void onLoginFinished(DexLogin *login, bool automatic);
    void resumeWaiters(const ApiError &error);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    AuthMode m_authMode = AuthMode::None;
    QByteArray m_bearerToken;
    QList<QSslCertificate> m_pinned;
    QList<QNetworkCookie> m_cookies; // as stored in the NAM's jar, scoped to the base URL's host
    int m_defaultTimeoutMs = 30000;
    TlsTrust m_trust;
    quint64 m_generation = 0;
    LoginCredentials m_credentials;
    QPointer<DexLogin> m_relogin;
    bool m_reloginAutomatic = false;
    bool m_waitingForUser = false;
    bool m_autoLoginBlocked = false;
    QElapsedTimer m_lastAutomaticLogin;
    int m_automaticLogins = 0;
    QList<Waiter> m_waiters;
};

} // namespace kfp
