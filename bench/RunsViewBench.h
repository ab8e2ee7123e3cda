#pragma once

// kfp-bench runs-view: loads N runs from an in-process sandbox into a RunListModel shown in a
// real QTreeView (offscreen), fetching every page, and reports time to first rows, time to all
// rows, the longest UI-thread stall (a 5 ms heartbeat timer) and memory per loaded run.
//
// The stall is wall-clock time between two heartbeats, so on a busy machine it also counts the
// time the OS ran other processes. max_stall_cpu_ms is the UI thread's own CPU time between two
// heartbeats (CLOCK_THREAD_CPUTIME_ID): the work this program did in one go, whatever the load.
// Both are reported, with the load average at the start.
//
// The sandbox (a test double) runs in its own QThread: its own work (sorting and serializing
// 100,000 runs for every page) would otherwise land on the UI thread and be measured as the
// client's stall. The heartbeat and the sandbox thread are in BenchSupport.h (shared with
// app-load).

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

#include <memory>

class QThread;
class QTreeView;
class QNetworkAccessManager;

namespace kfp {

namespace bench {
class Heartbeat;
}

class KfpClient;
class NameCache;
class RunListModel;
class Session;

class RunsViewBench final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsViewBench)
public:
    struct Options
    {
        int runs = 100000;
        int pageSize = 200;
        bool v1 = false;
    };
    explicit RunsViewBench(const Options &options, QObject *parent = nullptr);
    ~RunsViewBench() override;

    void start();

Q_SIGNALS:
    void finished(const QJsonObject &result, int exitCode);

private:
    void onPage();
    void finish();

    Options m_options;
    QThread *m_serverThread = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<KfpClient> m_client;
    std::unique_ptr<NameCache> m_names;
    std::unique_ptr<RunListModel> m_model;
    std::unique_ptr<QTreeView> m_view;
    std::unique_ptr<bench::Heartbeat> m_heartbeat;
    QElapsedTimer m_clock;
    qint64 m_firstRowsMs = -1;
    qint64 m_allRowsMs = -1;
    double m_baseRssMb = 0;
    double m_loadAverage = 0;
    int m_pages = 0;
    bool m_done = false;
};

} // namespace kfp
