#pragma once

// kfp-bench list-runs: how much slower is paging through N runs with KfpClient (HTTP + parse into
// Run structs) than fetching the same pages raw with a bare QNetworkAccessManager (HTTP only)?
//
// Starts the sandbox in-process (request log off, seedRuns(N)), runs both passes one after the
// other on the event loop and emits finished() with one JSON object describing the result.

#include "api/ApiTypes.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace kfp {

class KfpClient;
class Session;
namespace sandbox {
class SandboxServer;
}

class ListRunsBench final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListRunsBench)
public:
    struct Options
    {
        int runs = 10000;
        int pageSize = 200;
        ApiVersion api = ApiVersion::V2Beta1;
        int repeat = 3; // rounds of (client pass, raw pass); the best time of each is reported
    };

    explicit ListRunsBench(const Options &options, QObject *parent = nullptr);
    ~ListRunsBench() override;

    void start();

Q_SIGNALS:
    void finished(const QJsonObject &result, int exitCode);

private:
    void clientPage(const QString &token);
    void rawPage(const QString &token);
    void startRound();
    void done();
    void fail(const QString &message);

    Options m_opt;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QNetworkAccessManager *m_nam = nullptr;
    Session *m_session = nullptr;
    KfpClient *m_client = nullptr;
    QElapsedTimer m_timer;
    qint64 m_clientMs = -1; // best over the rounds
    qint64 m_rawMs = -1;
    int m_round = 0;
    int m_clientPages = 0;
    int m_clientRuns = 0;
    int m_rawPages = 0;
    qint64 m_rawBytes = 0;
    double m_seedMs = 0;
};

} // namespace kfp
