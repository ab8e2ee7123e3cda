#pragma once

// Where the requests of one KFP endpoint go and with which credentials: the base URL (e.g.
// http://127.0.0.1:8888 or https://kubeflow.example.com/pipeline), the network access manager,
// TLS trust, and what goes with every request (nothing, a bearer token, or the gateway's
// cookies, which never leave the base URL's host). ApiJob sends through it, and nothing else in
// the client touches QNetworkAccessManager.
//
// It also classifies replies (ReplyClassifier): a reply that says "the session is gone" makes
// ApiJob call requestRelogin(). Logging in again is not this layer's job: here that answer is
// "no", and auth's Session overrides it with the shared re-login (see docs/login.md).

#include "ApiError.h"
#include "ReplyClassifier.h"
#include "RequestSpec.h"
#include "TlsTrust.h"

#include <QDateTime>
#include <QNetworkCookie>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace kfp {

class SendOnceBody;

class HttpSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpSession)
public:
    enum class AuthMode
    {
        None,
        Bearer,
        Cookie
    };

    explicit HttpSession(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~HttpSession() override;

    void setBaseUrl(const QUrl &url); // any trailing slash is dropped
    QUrl baseUrl() const { return m_baseUrl; }

    void setAuthNone();
    void setBearerToken(const QString &token);
    // Stored as cookies scoped to the base URL's host only.
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

    // Called by ApiJob on a session-gone reply sent with credentials of `sentGeneration`. Returns
    // false when no re-login will happen (the caller fails as before); else resume(error) is
    // called exactly once later: error.isError() false = replay now. This base never logs in.
    virtual bool requestRelogin(quint64 sentGeneration, QObject *context,
                                std::function<void(const ApiError &)> resume);

    // Classifies one reply; body = its first bytes.
    ReplyClassifier::Signal classify(QNetworkReply *reply, const QByteArray &body) const;

    // Builds the request (base URL + path + query, Accept: application/json, credentials, timeout)
    // and sends it. For an upload the file is streamed as multipart field `uploadfile`; a file that
    // cannot be opened gives nullptr (ApiJob reports it as an error). The caller owns the reply.
    // Redirects are not followed: a 302 to a login page reaches the caller.
    QNetworkReply *send(const RequestSpec &spec);
    QNetworkRequest requestFor(const RequestSpec &spec) const;

    QUrl urlFor(const RequestSpec &spec) const;
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // ApiJob, when a request it sent has its outcome (not when it was canceled).
    void reportOutcome(const ApiError &error) { Q_EMIT outcome(error); }
    // Could not reach the server, as opposed to an answer about the request itself: no network,
    // a timeout, or a gateway's 502/503/504 while the API server is away.
    static bool isUnreachable(const ApiError &error);

Q_SIGNALS:
    // Every sent request's outcome: no error, or why it failed (see isUnreachable()).
    void outcome(const kfp::ApiError &error);
    // A reply failed on an untrusted certificate (see TlsTrust).
    void certificateError(const kfp::CertificateInfo &info);

private:
    QNetworkReply *sendUnwatched(const RequestSpec &spec);
    // POSTs a body Qt cannot resend (see SendOnceBody): for requests that create something.
    QNetworkReply *postOnce(QNetworkRequest request, SendOnceBody *body);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    AuthMode m_authMode = AuthMode::None;
    QByteArray m_bearerToken;
    QList<QSslCertificate> m_pinned;
    QList<QNetworkCookie> m_cookies; // as stored in the NAM's jar, scoped to the base URL's host
    int m_defaultTimeoutMs = 30000;
    TlsTrust m_trust;
    quint64 m_generation = 0;
};

} // namespace kfp
