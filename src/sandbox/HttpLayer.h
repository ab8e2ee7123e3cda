#pragma once

#include "sandbox/Faults.h"
#include "sandbox/HttpTypes.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace kfp::sandbox {

class Gateway;

// The only file that knows the QHttpServer version: turns QHttpServerRequest into HttpRequest,
// runs gateway → faults → API dispatch, and writes the raw HTTP response to the socket (needed
// for truncated bodies, dropped connections and slow "drip" bodies).
class HttpLayer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpLayer)

public:
    using Dispatch = std::function<HttpResponse(const HttpRequest &)>;
    using LogRequest = std::function<qint64(const HttpRequest &)>; // returns a log sequence number
    using LogStatus = std::function<void(qint64 seq, int status)>;

    HttpLayer(Dispatch dispatch, LogRequest logRequest, LogStatus logStatus,
              QObject *parent = nullptr);

    void setGateway(Gateway *gateway) { m_gateway = gateway; }
    Faults &faults() { return m_faults; }

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &responder) override;
#endif

private:
    HttpRequest convert(const QHttpServerRequest &request) const;
    HttpResponse respond(const HttpRequest &req, FaultAction *fault);
    void send(QPointer<QTcpSocket> socket, HttpResponse response, FaultAction fault, qint64 seq);

    Dispatch m_dispatch;
    LogRequest m_logRequest;
    LogStatus m_logStatus;
    Gateway *m_gateway = nullptr;
    Faults m_faults;
};

} // namespace kfp::sandbox
