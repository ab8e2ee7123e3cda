#pragma once
// A browser-like HTTP client for the gateway tests: one cookie jar, manual redirects, so every
// hop of a login flow can be asserted (QTRY-based, no nested loops).

#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>

struct Hop
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QUrl url;      // the request URL
    QUrl location; // Location resolved against url (empty if none)
    QList<QNetworkCookie> setCookies;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QString text() const { return QString::fromUtf8(body); }
    bool setsCookie(const QByteArray &name) const
    {
        for (const QNetworkCookie &c : setCookies)
            if (c.name() == name && !c.value().isEmpty())
                return true;
        return false;
    }
    bool clearsCookie(const QByteArray &name) const
    {
        for (const QNetworkCookie &c : setCookies)
            if (c.name() == name && c.value().isEmpty())
                return true;
        return false;
    }
    QNetworkCookie cookie(const QByteArray &name) const
    {
        for (const QNetworkCookie &c : setCookies)
            if (c.name() == name)
                return c;
        return QNetworkCookie();
    }
    QByteArray rawLocation() const
    {
        for (const auto &h : headers)
            if (h.first.compare("location", Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

class GatewayTestClient
{
public:
    explicit GatewayTestClient(const QUrl &base)
        : m_base(base)
    {}

    QUrl url(const QString &pathAndQuery) const { return m_base.resolved(QUrl(pathAndQuery)); }

    Hop get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", url, {}, headers);
    }
    Hop get(const QString &pathAndQuery) { return get(url(pathAndQuery)); }

    // Form POST, each key and value percent-encoded (passwords may hold + & = % #).
    Hop postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields)
    {
        QByteArray body;
        for (const auto &f : fields) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
        }
        return send("POST", url, body, {{"Content-Type", "application/x-www-form-urlencoded"}});
    }

    Hop send(const QByteArray &method, const QUrl &url, const QByteArray &body,
             const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        if (!m_ssl.isNull())
            req.setSslConfiguration(m_ssl);
        QNetworkReply *r = m_nam.sendCustomRequest(req, method, body);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), 10000);
        }();
        Hop hop;
        hop.url = url;
        hop.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        hop.body = r->readAll();
        hop.contentType = r->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        hop.setCookies = r->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
        hop.headers = r->rawHeaderPairs();
        hop.error = r->error();
        const QByteArray location = r->rawHeader("Location");
        if (!location.isEmpty())
            hop.location = url.resolved(QUrl::fromEncoded(location));
        r->deleteLater();
        return hop;
    }

    Hop follow(const Hop &hop) { return get(hop.location); }

    QList<QNetworkCookie> cookies() const { return m_nam.cookieJar()->cookiesForUrl(m_base); }
    bool hasCookie(const QByteArray &name) const
    {
        for (const QNetworkCookie &c : cookies())
            if (c.name() == name)
                return true;
        return false;
    }
    void dropCookie(const QByteArray &name)
    {
        for (const QNetworkCookie &c : cookies())
            if (c.name() == name)
                m_nam.cookieJar()->deleteCookie(c);
    }
    void setCookie(const QByteArray &name, const QByteArray &value)
    {
        QNetworkCookie c(name, value);
        c.setPath(QStringLiteral("/"));
        m_nam.cookieJar()->insertCookie(c);
        m_nam.cookieJar()->setCookiesFromUrl({c}, m_base);
    }
    void setSslConfiguration(const QSslConfiguration &ssl) { m_ssl = ssl; }
    QNetworkAccessManager &nam() { return m_nam; }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QSslConfiguration m_ssl;
};
