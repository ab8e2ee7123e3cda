#pragma once

// The connection to one KFP endpoint: base URL (e.g. http://127.0.0.1:8888 or
// https://kubeflow.example.com/pipeline), the network access manager, and the credentials that
// go with every request (none, a bearer token, or gateway cookies). KfpClient's jobs send through
// it and nothing else touches QNetworkAccessManager.
//
// The login work (Dex form login, classifying "session gone" replies, one shared re-login and a
// single replay) builds on this class in the login issue; the seam is send() taking a RequestSpec
// that can be sent again.

#include "api/RequestSpec.h"

#include <QNetworkCookie>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace kfp {

class Session : public QObject
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

    // Builds the request (base URL + path + query, Accept: application/json, credentials, timeout)
    // and sends it. For an upload the file is streamed as multipart field `uploadfile`; a file that
    // cannot be opened gives nullptr (ApiJob reports it as an error). The caller owns the reply.
    // Redirects are not followed: a 302 to a login page reaches the caller.
    QNetworkReply *send(const RequestSpec &spec);
    QNetworkRequest requestFor(const RequestSpec &spec) const;

    QUrl urlFor(const RequestSpec &spec) const;
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

private:
    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    AuthMode m_authMode = AuthMode::None;
    QByteArray m_bearerToken;
    QList<QSslCertificate> m_pinned;
    QList<QNetworkCookie> m_cookies; // as stored in the NAM's jar, scoped to the base URL's host
    int m_defaultTimeoutMs = 30000;
};

} // namespace kfp
