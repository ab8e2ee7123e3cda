#include "HttpSession.h"

#include "Logging.h"
#include "SendOnceBody.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace kfp {

HttpSession::HttpSession(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    Q_ASSERT(nam);
}

HttpSession::~HttpSession() = default;

void HttpSession::setBaseUrl(const QUrl &url)
{
    QUrl base = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (m_baseUrl.host() != base.host() && !m_cookies.isEmpty()) {
        const QList<QNetworkCookie> cookies = m_cookies;
        setAuthNone(); // cookies belong to the old host only
        m_baseUrl = base;
        setCookies(cookies);
    }
    m_baseUrl = base;
    qCDebug(lcAuth) << "base URL" << m_baseUrl.toDisplayString(QUrl::RemoveUserInfo);
}

void HttpSession::setAuthNone()
{
    if (QNetworkCookieJar *jar = m_nam->cookieJar()) {
        for (const QNetworkCookie &cookie : std::as_const(m_cookies))
            jar->deleteCookie(cookie);
    }
    m_cookies.clear();
    m_bearerToken.clear();
    m_authMode = AuthMode::None;
    ++m_generation;
}

void HttpSession::setBearerToken(const QString &token)
{
    setAuthNone();
    m_bearerToken = token.trimmed().toUtf8();
    m_authMode = m_bearerToken.isEmpty() ? AuthMode::None : AuthMode::Bearer;
    ++m_generation;
    qCDebug(lcAuth) << "auth mode: bearer token"; // never the token itself
}

void HttpSession::setCookies(const QList<QNetworkCookie> &cookies)
{
    setAuthNone();
    QNetworkCookieJar *jar = m_nam->cookieJar();
    for (QNetworkCookie cookie : cookies) {
        // A domain without a leading dot matches that host only: the cookie never leaves it.
        cookie.setDomain(m_baseUrl.host());
        if (cookie.path().isEmpty())
            cookie.setPath(QStringLiteral("/"));
        if (jar)
            jar->insertCookie(cookie);
        m_cookies.append(cookie);
    }
    m_authMode = m_cookies.isEmpty() ? AuthMode::None : AuthMode::Cookie;
    ++m_generation;
    qCDebug(lcAuth) << "auth mode: cookies," << m_cookies.size() << "cookie(s)";
}

void HttpSession::setPinnedCertificates(const QList<QSslCertificate> &certificates)
{
    m_pinned = certificates;
}

QUrl HttpSession::urlFor(const RequestSpec &spec) const
{
    // Assemble the encoded form ourselves so the double-encoded filter reaches the wire as built.
    QByteArray encoded = m_baseUrl.toEncoded() + spec.path.toUtf8();
    if (!spec.encodedQuery.isEmpty())
        encoded += '?' + spec.encodedQuery.toLatin1();
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

QNetworkRequest HttpSession::requestFor(const RequestSpec &spec) const
{
    QNetworkRequest request(urlFor(spec));
    request.setRawHeader("Accept", "application/json");
    if (!spec.body.isEmpty() || !spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, spec.contentType.isEmpty()
                                                                  ? QByteArray("application/json")
                                                                  : spec.contentType);
    request.setTransferTimeout(spec.timeoutMs > 0 ? spec.timeoutMs : m_defaultTimeoutMs);
    // A gateway's 302 to its login page must be seen by us, not followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (m_authMode == AuthMode::Bearer)
        request.setRawHeader("Authorization", "Bearer " + m_bearerToken);
    if (!m_pinned.isEmpty() && request.url().scheme() == QLatin1String("https")) {
        // Verification stays on: pinned certificates only extend the trusted CAs.
        QSslConfiguration ssl = request.sslConfiguration();
        ssl.addCaCertificates(m_pinned);
        request.setSslConfiguration(ssl);
    }
    m_trust.apply(request);
    return request;
}

QString HttpSession::cookieHeader() const
{
    QStringList parts;
    for (const QNetworkCookie &c : m_cookies)
        parts.append(QString::fromUtf8(c.name() + '=' + c.value()));
    return parts.join(QLatin1String("; "));
}

QDateTime HttpSession::sessionExpiry() const
{
    QDateTime earliest;
    for (const QNetworkCookie &c : m_cookies) {
        if (!c.isSessionCookie() && (!earliest.isValid() || c.expirationDate() < earliest))
            earliest = c.expirationDate();
    }
    return earliest;
}

ReplyClassifier::Signal HttpSession::classify(QNetworkReply *reply, const QByteArray &body) const
{
    ReplyFacts facts;
    facts.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.transportError = facts.status == 0 && reply->error() != QNetworkReply::NoError;
    facts.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    facts.url = reply->url();
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty())
        facts.location = reply->url().resolved(QUrl::fromEncoded(location));
    facts.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    facts.body = body.left(64 * 1024);
    facts.baseUrl = m_baseUrl;
    return ReplyClassifier::classify(facts);
}

QNetworkReply *HttpSession::send(const RequestSpec &spec)
{
    QNetworkReply *reply = sendUnwatched(spec);
    if (reply) {
        QPointer<HttpSession> self(this);
        m_trust.watch(reply, [self](const CertificateInfo &info) {
            if (self)
                Q_EMIT self->certificateError(info);
        });
    }
    return reply;
}

QNetworkReply *HttpSession::sendUnwatched(const RequestSpec &spec)
{
    const QNetworkRequest request = requestFor(spec);
    qCDebug(lcApi).noquote() << spec.method << request.url().path()
                             << "query bytes:" << spec.encodedQuery.size();

    if (!spec.uploadFilePath.isEmpty()) {
        auto *file = new QFile(spec.uploadFilePath);
        if (!file->open(QIODevice::ReadOnly)) {
            qCWarning(lcApi) << "cannot open upload file" << spec.uploadFilePath
                             << file->errorString();
            delete file;
            return nullptr;
        }
        // The server reads r.FormFile("uploadfile") and uses the file name's extension.
        return postOnce(request, new SendOnceBody("uploadfile",
                                                  QFileInfo(spec.uploadFilePath).fileName(), file));
    }

    if (spec.method == "GET")
        return m_nam->get(request);
    if (spec.method == "POST" && !spec.idempotent)
        return postOnce(request, new SendOnceBody(spec.body));
    if (spec.method == "POST")
        return m_nam->post(request, spec.body);
    if (spec.method == "DELETE" && spec.body.isEmpty())
        return m_nam->deleteResource(request);
    return m_nam->sendCustomRequest(request, spec.method, spec.body); // PATCH, DELETE with a body
}

QNetworkReply *HttpSession::postOnce(QNetworkRequest request, SendOnceBody *body)
{
    body->prepare(&request);
    QNetworkReply *reply = m_nam->post(request, body);
    body->setParent(reply);
    return reply;
}

bool HttpSession::isUnreachable(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::ServerError:
        // A gateway in front of KFP answers these when the API server is away.
        return error.httpStatus() == 502 || error.httpStatus() == 503 || error.httpStatus() == 504;
    default:
        return false;
    }
}

bool HttpSession::requestRelogin(quint64, QObject *, std::function<void(const ApiError &)>)
{
    return false; // nothing here can log in again: the caller fails with the gateway's answer
}

} // namespace kfp
