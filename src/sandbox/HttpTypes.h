#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace kfp::sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request as the sandbox sees it, independent of the QHttpServer version.
struct HttpRequest
{
    QByteArray method;              // "GET", "POST", ...
    QString path;                   // decoded path as received
    QString apiPath;                // path without the UI server's "/pipeline" prefix
    bool viaUiPrefix = false;       // true if the request came in under "/pipeline"
    QUrlQuery query;                // as received
    QHash<QString, QString> params; // query decoded like Go's url.ParseQuery ('+' = space)
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    QString param(const QString &name) const { return params.value(name); }
    bool hasParam(const QString &name) const { return params.contains(name); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    HeaderList headers;

    static HttpResponse json(const QJsonObject &object, int status = 200);
};

} // namespace kfp::sandbox
