#pragma once

// What the UI benchmarks (runs-view, app-load) share: the UI-thread heartbeat that measures
// stalls, the memory and load-average readings, and the thread the sandbox serves from.
//
// Heartbeat: a 5 ms timer on the UI thread. The stall is the wall-clock time between two beats
// beyond the period, so on a busy machine it also counts the time the OS ran other processes;
// the CPU stall is the UI thread's own CPU time between two beats (CLOCK_THREAD_CPUTIME_ID): the
// work the program did in one go, whatever the load. Both are kept overall and per window (a
// benchmark step: takeWindow() returns the window's maxima and starts the next one).
//
// SandboxThread: the sandbox (a test double) is created, seeded and served inside its own QThread,
// so that its work (sorting and serializing 100,000 runs for every page) does not land on the UI
// thread and get measured as the client's stall.

#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <future>
#include <utility>

#include <time.h>

namespace kfp::bench {

// Heartbeat period: a beat later than this by more than a frame means the UI thread was busy.
constexpr int kBeatMs = 5;

// A field of /proc/self/status in MiB ("VmRSS:" now, "VmHWM:" the peak).
inline double statusMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// CPU time of the calling thread, in milliseconds.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

// The 1-minute load average: the bench shares the machine, and the wall-clock stall depends on it.
inline double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return f.readAll().split(' ').value(0).toDouble();
}

// The longest gaps between two beats: wall clock beyond the period, and the UI thread's CPU time.
struct Stall
{
    qint64 wallMs = 0;
    double cpuMs = 0;

    void add(const Stall &other)
    {
        wallMs = std::max(wallMs, other.wallMs);
        cpuMs = std::max(cpuMs, other.cpuMs);
    }
};

class Heartbeat
{
    Q_DISABLE_COPY_MOVE(Heartbeat)
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kBeatMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { beat(); });
    }
    ~Heartbeat() = default;

    // (Re)starts beating; the time since the last beat (e.g. a pause) is not counted.
    void start()
    {
        m_beat.start();
        m_lastCpuMs = threadCpuMs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    const Stall &overall() const { return m_overall; }
    // The maxima since the previous call (or the start), and a new window from now.
    Stall takeWindow() { return std::exchange(m_window, Stall{}); }

private:
    void beat()
    {
        const double cpu = threadCpuMs();
        const Stall gap{std::max<qint64>(0, m_beat.restart() - kBeatMs), cpu - m_lastCpuMs};
        m_lastCpuMs = cpu;
        m_window.add(gap);
        m_overall.add(gap);
    }

    QTimer m_timer;
    QElapsedTimer m_beat;
    double m_lastCpuMs = 0;
    Stall m_window;
    Stall m_overall;
};

// The sandbox lives and serves in this thread: created, seeded (by `seed`, inside the thread)
// and listening inside run(), destroyed when the thread's event loop quits.
class SandboxThread final : public QThread
{
public:
    using Seed = std::function<void(sandbox::SandboxServer &)>;

    SandboxThread(Seed seed, std::promise<quint16> ready)
        : m_seed(std::move(seed))
        , m_ready(std::move(ready))
    {}

protected:
    void run() override
    {
        sandbox::SandboxServer server;
        server.setRequestLogEnabled(false);
        m_seed(server);
        m_ready.set_value(server.listen(0));
        exec();
    }

private:
    Seed m_seed;
    std::promise<quint16> m_ready;
};

// Starts a SandboxThread and waits until it listens (setup, before anything is measured).
// Returns the port, 0 if the sandbox did not listen (the thread is then still to be deleted).
inline quint16 startSandbox(SandboxThread::Seed seed, QThread **thread)
{
    std::promise<quint16> ready;
    auto port = ready.get_future();
    *thread = new SandboxThread(std::move(seed), std::move(ready));
    (*thread)->start();
    return port.get();
}

// Stops and deletes a thread made by startSandbox() (nullptr: nothing to do).
inline void stopSandbox(QThread *thread)
{
    if (!thread)
        return;
    thread->quit();
    thread->wait();
    delete thread;
}

} // namespace kfp::bench
