#pragma once

// kfp-bench watcher: what RunWatcher costs the server. Starts the sandbox in-process, creates N
// runs that stay active for the whole measurement (a one-task pipeline whose simulated duration is
// scaled past the window), watches them all, and counts the ListRuns requests the sandbox receives
// in S seconds of polling. Prints one JSON object with the measured requests per minute next to
// the SDK's one-GetRun-per-run-per-poll cost for the same runs (computed, formula included).
//
//   kfp-bench watcher --runs N[,N...] --seconds S [--interval-ms I] [--api v2beta1|v1beta1]
//                     [--time-scale X]
// Several counts (--runs 1,100,1000,10000) are measured one after another, one line each.

#include "api/ApiTypes.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <memory>

class QCoreApplication;
class QNetworkAccessManager;

namespace kfp {

class KfpClient;
class RunWatcher;
class Session;
namespace sandbox {
class SandboxServer;
}

class WatcherBench final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatcherBench)
public:
    struct Options
    {
        int runs = 100;
        int seconds = 60;
        int intervalMs = 5000; // RunWatcher's default, the KFP UI's and the SDK's poll period
        ApiVersion api = ApiVersion::V2Beta1;
        double timeScale = 0; // 0: seconds / 3, so every run is still active at the end
    };

    explicit WatcherBench(const Options &options, QObject *parent = nullptr);
    ~WatcherBench() override;

    // Parses the watcher subcommand's own options from the app's arguments, runs the bench on
    // the app's event loop and returns the exit code (prints usage on bad arguments).
    static int main(QCoreApplication &app);

    void start();

Q_SIGNALS:
    void finished(const QJsonObject &result, int exitCode);

private:
    void createRuns();
    void createNextRun();
    void startWatching();
    void done();
    void fail(const QString &message);
    int listRunsRequests() const;

    Options m_opt;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QNetworkAccessManager *m_nam = nullptr;
    Session *m_session = nullptr;
    KfpClient *m_client = nullptr;
    RunWatcher *m_watcher = nullptr;
    QString m_stateDir;
    QElapsedTimer m_clock;
    double m_createMs = 0;
    QList<Run> m_createdRuns;
    int m_sent = 0;
    int m_created = 0;
    int m_createFailures = 0;
    int m_polls = 0;
    int m_failedPolls = 0;
    int m_transitions = 0;
    int m_finished = 0;
};

} // namespace kfp
