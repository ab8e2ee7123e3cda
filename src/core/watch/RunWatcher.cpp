// RunWatcher: the watch list, persistence and scheduling. The polling itself (which requests, and
// what their answers mean) is in RunWatcherPoll.cpp.

#include "RunWatcher.h"

#include "RunWatchStore.h"
#include "WatchLogging.h"
#include "api/KfpClient.h"
#include "models/RunStateCache.h"
#include "net/ApiJob.h"

#include <algorithm>

namespace kfp {

RunWatcher::RunWatcher(KfpClient *client, const QString &stateFile, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(std::make_unique<RunWatchStore>(stateFile))
{
    // The interval is a promise to the server (one request per namespace per interval), and a
    // coarse timer may fire up to 5 % early.
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RunWatcher::poll);
    // Watch-list edits come in bursts (a wizard creating runs, a "pin all"): write once per burst.
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, &RunWatcher::saveState);

    QString error;
    if (!m_store->load(&error))
        qCWarning(lcWatch) << "ignoring unreadable watch list" << m_store->filePath() << error;
    // Whatever was active when the app closed may have ended since, when no server time is known
    // to ask "finished since" with: ask for those runs by id once.
    for (WatchedRun &r : m_store->runs())
        r.needsLookup = !isFinal(r.state);
    qCDebug(lcWatch) << "watch list" << m_store->filePath() << "holds" << m_store->runs().size()
                     << "runs";
}

RunWatcher::~RunWatcher()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->abort();
    }
    saveState();
}

QString RunWatcher::stateFile() const
{
    return m_store->filePath();
}

void RunWatcher::setRunStateCache(RunStateCache *cache)
{
    if (m_stateCache)
        disconnect(m_stateCache, nullptr, this, nullptr);
    m_stateCache = cache;
    if (m_stateCache)
        connect(m_stateCache, &RunStateCache::runStateChanged, this, &RunWatcher::onCachedState);
}

void RunWatcher::start()
{
    m_started = true;
    m_failures = 0;
    setStatus(m_online ? Status::Idle : Status::Offline);
    reschedule();
}

void RunWatcher::stop()
{
    m_started = false;
    m_timer.stop();
    m_queue.clear();
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->abort();
    }
    m_polling = false;
    setStatus(Status::Stopped);
}

void RunWatcher::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    qCDebug(lcWatch) << (online ? "online: resuming" : "offline: pausing");
    if (!m_started)
        return;
    if (!online) {
        m_timer.stop();
        m_queue.clear();
        if (m_job) {
            disconnect(m_job, nullptr, this, nullptr);
            m_job->abort();
        }
        if (m_polling) {
            m_polling = false;
            m_sinceLastPoll.start();
        }
        setStatus(Status::Offline);
        return;
    }
    // The failures were the network being away; start over at the normal interval.
    m_failures = 0;
    setStatus(Status::Idle);
    reschedule();
}

// --- what is watched ----------------------------------------------------------------------------

QString RunWatcher::effectiveNamespace(const QString &ns) const
{
    return ns.isEmpty() ? m_namespace : ns;
}

WatchedRun &RunWatcher::recordFor(const QString &runId, const QString &namespaceName)
{
    auto &runs = m_store->runs();
    auto it = runs.find(runId);
    if (it == runs.end()) {
        WatchedRun r;
        r.id = runId;
        r.namespaceName = namespaceName;
        it = runs.insert(runId, r);
    } else if (!namespaceName.isEmpty()) {
        it->namespaceName = namespaceName;
    }
    return *it;
}

void RunWatcher::watch(const QString &runId, const QString &namespaceName, WatchOrigin origin)
{
    if (runId.isEmpty())
        return;
    WatchedRun &r = recordFor(runId, namespaceName);
    r.origins |= origin;
    // A run that had ended may have been retried since: look once more.
    if (isFinal(r.state))
        r.needsRefresh = true;
    saveLater();
    reschedule();
}

void RunWatcher::watch(const Run &run, WatchOrigin origin)
{
    if (run.id.isEmpty())
        return;
    const bool known = m_store->runs().contains(run.id);
    WatchedRun &r = recordFor(run.id, run.namespaceName);
    r.origins |= origin;
    if (!known || r.state == RunState::Unspecified) {
        r.state = run.state;
        r.displayName = run.displayName;
        r.createdAt = run.createdAt;
        r.finishedAt = run.finishedAt;
    }
    // Ended already (a very short run), or ended before and maybe retried: the poll decides
    // whether this is an end still to announce.
    if (isFinal(r.state))
        r.needsRefresh = true;
    // Active when the server wrote this answer, so it ends after its created_at (a server time):
    // "finished since" must look back at least that far. An earlier time is always safe.
    if (!isFinal(r.state) && r.state != RunState::Unspecified && run.createdAt.isValid()) {
        const QString ns = effectiveNamespace(r.namespaceName);
        const auto cursor = m_cursor.constFind(ns);
        if (cursor == m_cursor.cend() || run.createdAt < *cursor)
            m_cursor.insert(ns, run.createdAt);
    }
    saveLater();
    reschedule();
}

void RunWatcher::pin(const QString &runId, const QString &namespaceName)
{
    watch(runId, namespaceName, WatchOrigin::Pinned);
}

void RunWatcher::unpin(const QString &runId)
{
    auto &runs = m_store->runs();
    auto it = runs.find(runId);
    if (it == runs.end())
        return;
    it->origins &= ~WatchOrigins(WatchOrigin::Pinned);
    if (!it->origins)
        runs.erase(it);
    saveLater();
    reschedule();
}

void RunWatcher::unwatch(const QString &runId)
{
    if (m_store->runs().remove(runId) > 0) {
        saveLater();
        reschedule();
    }
}

bool RunWatcher::isWatched(const QString &runId) const
{
    return m_store->runs().contains(runId);
}

bool RunWatcher::isPinned(const QString &runId) const
{
    return origins(runId).testFlag(WatchOrigin::Pinned);
}

WatchOrigins RunWatcher::origins(const QString &runId) const
{
    const auto it = m_store->runs().constFind(runId);
    return it == m_store->runs().cend() ? WatchOrigins() : it->origins;
}

RunState RunWatcher::knownState(const QString &runId) const
{
    const auto it = m_store->runs().constFind(runId);
    return it == m_store->runs().cend() ? RunState::Unspecified : it->state;
}

QList<WatchedRun> RunWatcher::watchedRuns() const
{
    QList<WatchedRun> out = m_store->runs().values();
    std::sort(out.begin(), out.end(),
              [](const WatchedRun &a, const WatchedRun &b) { return a.id < b.id; });
    return out;
}

int RunWatcher::polledRunCount() const
{
    return int(std::count_if(m_store->runs().cbegin(), m_store->runs().cend(),
                             [](const WatchedRun &r) { return r.isPolled(); }));
}

void RunWatcher::setWatchAllActive(bool on)
{
    if (m_allActive == on)
        return;
    m_allActive = on;
    if (!on) {
        // Runs that were only discovered stop being followed; their ends are not announced.
        auto &runs = m_store->runs();
        for (auto it = runs.begin(); it != runs.end();) {
            if (it->origins == WatchOrigins(WatchOrigin::Discovered) && !isFinal(it->state))
                it = runs.erase(it);
            else
                ++it;
        }
        saveLater();
    }
    reschedule();
}

void RunWatcher::setNamespace(const QString &namespaceName)
{
    m_namespace = namespaceName;
    reschedule();
}

// --- timing -------------------------------------------------------------------------------------

void RunWatcher::setInterval(int ms)
{
    m_intervalMs = std::max(1, ms);
}

void RunWatcher::setMaxBackoff(int ms)
{
    m_maxBackoffMs = std::max(1, ms);
}

void RunWatcher::setIdleInterval(int ms)
{
    m_idleIntervalMs = std::max(1, ms);
}

void RunWatcher::setFinishedMargin(int secs)
{
    m_finishedMarginSecs = std::max(1, secs);
}

bool RunWatcher::hasWorkToPoll() const
{
    return m_allActive || polledRunCount() > 0;
}

void RunWatcher::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void RunWatcher::scheduleNext(int delayMs)
{
    m_currentDelayMs = std::max(0, delayMs);
    m_timer.start(m_currentDelayMs);
}

// Called whenever the watch list or the conditions changed: start polling if there is something
// to poll, never sooner than one interval after the last poll ended.
void RunWatcher::reschedule()
{
    if (!m_started || !m_online || m_polling)
        return; // a poll in flight schedules its successor when it ends
    if (!hasWorkToPoll()) {
        m_timer.stop();
        if (m_failures == 0)
            setStatus(Status::Idle);
        return;
    }
    const qint64 elapsed = m_sinceLastPoll.isValid() ? m_sinceLastPoll.elapsed() : m_intervalMs;
    const int soonest = int(std::max<qint64>(0, m_intervalMs - elapsed));
    if (m_failures > 0 && m_timer.isActive())
        return; // backing off: keep the longer wait
    if (m_timer.isActive() && m_timer.remainingTime() <= soonest)
        return; // already due as soon as allowed
    if (m_failures == 0)
        setStatus(Status::Watching);
    scheduleNext(soonest);
}

void RunWatcher::saveLater()
{
    if (!m_saveTimer.isActive())
        m_saveTimer.start(0);
}

void RunWatcher::saveState()
{
    m_saveTimer.stop();
    m_store->prune();
    QString error;
    if (!m_store->save(&error))
        qCWarning(lcWatch) << "cannot save the watch list" << m_store->filePath() << error;
}

} // namespace kfp
