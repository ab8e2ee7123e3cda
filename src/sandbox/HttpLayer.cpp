#include "sandbox/HttpLayer.h"

#include "sandbox/Gateway.h"
#include "sandbox/JsonUtil.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace kfp::sandbox {
namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    using M = QHttpServerRequest::Method;
    switch (m) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

// Go's url.ParseQuery decoding: '+' is a space, then percent-decoding.
QHash<QString, QString> goParams(const QByteArray &rawQuery)
{
    QHash<QString, QString> out;
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        QByteArray k = eq < 0 ? pair : pair.left(eq);
        QByteArray v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(k));
        if (!out.contains(key)) // the first value wins, like Values.Get
            out.insert(key, QString::fromUtf8(QByteArray::fromPercentEncoding(v)));
    }
    return out;
}

const char kHtmlPage[] =
    "<!DOCTYPE html><html><head><title>Sign in</title></head><body><h1>Sign in</h1>"
    "<p>kfp-sandbox fault injection: an HTML page where JSON was expected.</p></body></html>";

} // namespace

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpLayer::HttpLayer(Dispatch dispatch, LogRequest logRequest, LogStatus logStatus, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatch(std::move(dispatch))
    , m_logRequest(std::move(logRequest))
    , m_logStatus(std::move(logStatus))
{}

HttpRequest HttpLayer::convert(const QHttpServerRequest &request) const
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.apiPath = r.path;
    // The UI server serves the API under /pipeline too (and strips the prefix when proxying).
    if (r.path.startsWith(QLatin1String("/pipeline/"))) {
        r.apiPath = r.path.mid(9);
        r.viaUiPrefix = true;
    }
    r.query = request.query();
    r.params = goParams(request.url().query(QUrl::FullyEncoded).toLatin1());
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    r.headers = request.headers().toListOfPairs();
#else
    r.headers = request.headers();
#endif
    r.body = request.body();
    return r;
}

HttpResponse HttpLayer::respond(const HttpRequest &req, FaultAction *fault)
{
    if (m_gateway) {
        HttpResponse gw;
        if (m_gateway->intercept(req, &gw))
            return gw;
    }
    *fault = m_faults.match(req.method, req.path, req.apiPath);
    if (fault->html) {
        HttpResponse r;
        r.contentType = "text/html; charset=utf-8";
        r.body = kHtmlPage;
        return r;
    }
    if (fault->error) {
        const ApiError e{fault->status == 503 ? grpc::Unavailable : grpc::Internal,
                         QStringLiteral("sandbox fault injection: HTTP %1").arg(fault->status),
                         QStringLiteral("sandbox fault injection")};
        const bool v2 = req.apiPath.startsWith(QLatin1String("/apis/v2beta1"));
        return HttpResponse::json(v2 ? errorBodyV2(e) : errorBodyV1(e), fault->status);
    }
    return m_dispatch(req);
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

bool HttpLayer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpRequest req = convert(request);
    const qint64 seq = m_logRequest(req);
    FaultAction fault;
    HttpResponse response = respond(req, &fault);
    QPointer<QTcpSocket> guarded(socket);
    if (fault.latencyMs > 0) {
        QTimer::singleShot(fault.latencyMs, this, [this, guarded, response, fault, seq] {
            send(guarded, response, fault, seq);
        });
    } else {
        send(guarded, response, fault, seq);
    }
    return true;
}

void HttpLayer::missingHandler(const QHttpServerRequest &, QTcpSocket *) {}

void HttpLayer::send(QPointer<QTcpSocket> socket, HttpResponse response, FaultAction fault,
                     qint64 seq)
{
    // Writing to a socket whose client has gone away crashes: always check the guard.
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        m_logStatus(seq, 0);
        return;
    }
    if (fault.drop) {
        m_logStatus(seq, 0);
        socket->abort();
        return;
    }
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    m_logStatus(seq, response.status);
    if (fault.truncate >= 0) {
        // Full Content-Length, partial body, then close: the client sees a short read.
        socket->write(head + response.body.left(fault.truncate));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    if (fault.reset >= 0) {
        // Partial body, then a reset (RST) instead of an orderly close: "connection reset by peer".
        socket->write(head + response.body.left(fault.reset));
        socket->flush();
        QTimer::singleShot(50, socket, [socket] {
            if (!socket)
                return;
#ifdef Q_OS_UNIX
            // SO_LINGER with a zero timeout turns close() into a reset.
            const linger hard{1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                         sizeof hard);
#endif
            socket->abort();
        });
        return;
    }
    if (fault.dripMs > 0 && !response.body.isEmpty()) {
        socket->write(head);
        const int steps = 10;
        const int chunk = std::max<int>(1, (response.body.size() + steps - 1) / steps);
        for (int i = 0; i < steps; ++i) {
            const QByteArray part = response.body.mid(i * chunk, chunk);
            if (part.isEmpty())
                break;
            QTimer::singleShot(fault.dripMs * (i + 1) / steps, this, [socket, part] {
                if (socket && socket->state() == QAbstractSocket::ConnectedState)
                    socket->write(part);
            });
        }
        return;
    }
    socket->write(head + response.body);
}

#else // Qt >= 6.5: the responder API replaced raw sockets. Faults degrade to latency-free
      // normal answers for truncate/drop/drip (documented in README.md).

bool HttpLayer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const HttpRequest req = convert(request);
    const qint64 seq = m_logRequest(req);
    FaultAction fault;
    const HttpResponse response = respond(req, &fault);
    m_logStatus(seq, response.status);
    responder.write(response.body, response.contentType.constData(),
                    static_cast<QHttpServerResponder::StatusCode>(response.status));
    return true;
}

void HttpLayer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &) {}

void HttpLayer::send(QPointer<QTcpSocket>, HttpResponse, FaultAction, qint64) {}

#endif

} // namespace kfp::sandbox
