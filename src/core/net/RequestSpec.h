#pragma once

// Everything needed to send (and, after a re-login, re-send) one HTTP request.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace kfp {

struct RequestSpec
{
    QByteArray method = "GET"; // GET, POST, DELETE, PATCH
    QString path;              // API path below the server's base URL, e.g. "/apis/v2beta1/runs"
    QString encodedQuery;      // already percent-encoded query (the filter is double-encoded)
    QByteArray body;           // JSON body, if any
    QByteArray contentType;    // "application/json" when body is set
    QString uploadFilePath;    // multipart upload: file streamed as field `uploadfile`
    bool idempotent = true;    // false for POSTs that create: never replayed after a timeout
    int timeoutMs = 0;         // 0: the session's default
};

} // namespace kfp
