#pragma once
// Tiny synchronous-looking HTTP helper for the sandbox tests (QTRY-based, no nested loops).

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class SandboxTestClient
{
public:
    explicit SandboxTestClient(const QUrl &base)
        : m_base(base)
    {}

    Reply send(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
               const QByteArray &body = {}, QHttpMultiPart *multi = nullptr, int timeoutMs = 10000)
    {
        QUrl url = m_base;
        url.setPath(path);
        if (!query.isEmpty())
            url.setQuery(query);
        return sendUrl(method, url, body, multi, timeoutMs);
    }

    Reply sendUrl(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                  QHttpMultiPart *multi = nullptr, int timeoutMs = 10000)
    {
        QNetworkRequest req(url);
        if (!multi)
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *r =
            multi ? m_nam.post(req, multi) : m_nam.sendCustomRequest(req, method, body);
        if (multi)
            multi->setParent(r);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), timeoutMs);
        }();
        Reply out;
        out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = r->readAll();
        out.error = r->error();
        out.contentType = r->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        r->deleteLater();
        return out;
    }

    Reply get(const QString &path, const QUrlQuery &q = {}) { return send("GET", path, q); }
    Reply del(const QString &path) { return send("DELETE", path, {}); }
    Reply post(const QString &path, const QJsonObject &body = {})
    {
        return send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QNetworkAccessManager m_nam;
    QUrl m_base;
};

// Percent-encodes a filter JSON once; QUrlQuery/QUrl then encode it a second time, as the
// KFP UI does (encodeURIComponent + the generated client).
inline QString encodeFilterOnce(const QJsonObject &filter)
{
    return QString::fromLatin1(
        QJsonDocument(filter).toJson(QJsonDocument::Compact).toPercentEncoding());
}

inline QUrl withDoubleEncodedFilter(QUrl url, const QJsonObject &filter, const QString &extra = {})
{
    // Build the query by hand so the once-encoded JSON is encoded again exactly once.
    const QByteArray twice = encodeFilterOnce(filter).toLatin1().toPercentEncoding();
    QByteArray q = "filter=" + twice;
    if (!extra.isEmpty())
        q += '&' + extra.toLatin1();
    url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
    return url;
}
