#pragma once

// Follows the state of runs with batched polling: the runs created from the app, the runs the user
// pins, and optionally every active run of the namespace.
//
// One ListRuns per namespace per interval, never one GetRun per run (the SDK's
// wait_for_run_completion polls one run at a time):
//  * up to 200 watched ids (the server's page cap): `run_id IN [...]` (v1 spells the key `id`;
//    KfpClient's dialect maps it), one page with every run's live state.
//  * more than that, on v2beta1: "runs finished since the last poll" — `finished_at GREATER_THAN
//    <newest server time seen − finishedMargin()>`, sorted by finished_at, paged only when more
//    than a page finished — catches every end however many runs are watched. Runs whose state
//    is not known yet (watched by id, retried, restarted app) are still asked for by id, once;
//    and every SweepEveryPolls polls one chunk of 200 known-active ids is asked for by id, round
//    robin, for intermediate states and deleted runs. The cursor is a time the server wrote
//    (created_at / finished_at in its answers), never the client's clock; the margin covers
//    the server recording a run's end late, and an end already announced (same run, state and
//    finished_at) is never announced again.
//  * more than 200 on v1beta1 (KFP 1.8 filters runs on neither finished_at nor anything that
//    changes when a run ends, but its state): chunks of 200 ids, ceil(N/200) requests.
//  * "all active": `state IN [PENDING, RUNNING, CANCELING, PAUSED]` (v1: `status` IN the Argo
//    phases). A run that drops out of that answer has ended; the next poll of that namespace asks
//    for it by id instead, to learn how it ended, so a namespace still costs one request per
//    interval (paged when more than 200 runs are active).
// The next poll starts `interval` after the previous one *finished*, so the server never sees two
// polls of a namespace closer than the interval. Errors back off exponentially (interval × 2ⁿ, up
// to maxBackoff); setOnline(false) pauses until setOnline(true). Nothing active → no polling
// (except the slower discovery poll of "all active" mode).
//
// Every state change seen is emitted once (runStateChanged; beyond 200 runs on v2beta1 a run's
// intermediate states are seen only by the round-robin chunk), every end once (runFinished); the
// memory of what was seen and announced is persisted (RunWatchStore), so a restart repeats nothing
// and misses nothing. Never blocks: all calls go through KfpClient's asynchronous jobs.
//
// With a RunStateCache (setRunStateCache) every state a poll sees goes there, and a newer state of
// a watched run seen by anyone else (the details monitor, a list page) is taken as if polled: its
// change and end are announced at once, not at the next poll.

#include "WatchedRun.h"
#include "api/ApiTypes.h"
#include "api/ListQuery.h"
#include "api/Page.h"
#include "models/RunStateCache.h"
#include "net/ApiError.h"
#include "net/ApiJob.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace kfp {

class KfpClient;
class RunWatchStore;

class RunWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWatcher)
public:
    enum class Status
    {
        Stopped,    // start() not called yet, or stop()
        Idle,       // nothing to poll
        Watching,   // polling at the interval
        BackingOff, // the last poll failed; waiting longer before the next
        Offline,    // setOnline(false)
    };
    Q_ENUM(Status)

    static constexpr int DefaultIntervalMs = 5000; // the KFP UI and SDK poll every 5 s
    static constexpr int DefaultMaxBackoffMs = 60000;
    static constexpr int DefaultIdleIntervalMs = 30000; // "all active" with nothing active
    static constexpr int MaxIdsPerRequest = 200;        // the server's page-size cap
    static constexpr int MaxActivePages = 10;           // 2,000 active runs per namespace
    // A run's end may be recorded a while after its finished_at (the server learns it from the
    // workflow), and the server's clocks may differ by a little: look back this far.
    static constexpr int DefaultFinishedMarginSecs = 60;
    static constexpr int SweepEveryPolls = 12; // one id chunk a minute at the default interval

    // stateFile: where the watch list is persisted; empty = RunWatchStore::defaultFilePath().
    // Use one file per server profile (run ids are per server).
    RunWatcher(KfpClient *client, const QString &stateFile = {}, QObject *parent = nullptr);
    ~RunWatcher() override; // saves the state file

    // Polling starts with start() (after the client's dialect is known) and stops with stop().
    void start();
    void stop();
    Status status() const { return m_status; }

    // --- what is watched ------------------------------------------------------------------------
    // Follows a run. A run already known keeps its last state and gains the origin. If it had
    // ended, it is polled once more (the user may have retried it). Empty namespace: namespace().
    void watch(const QString &runId, const QString &namespaceName = {},
               WatchOrigin origin = WatchOrigin::Created);
    // Same, starting from a Run the caller already holds (e.g. createRun's answer): its state is
    // the starting point, so its first change is reported with the right `from`.
    void watch(const Run &run, WatchOrigin origin = WatchOrigin::Created);
    void pin(const QString &runId, const QString &namespaceName = {});
    void unpin(const QString &runId);
    void unwatch(const QString &runId); // forgets the run entirely
    bool isWatched(const QString &runId) const;
    bool isPinned(const QString &runId) const;
    WatchOrigins origins(const QString &runId) const; // empty for an unknown run
    RunState knownState(const QString &runId) const;  // Unspecified for an unknown run
    QList<WatchedRun> watchedRuns() const;            // every remembered run, sorted by id
    int polledRunCount() const;                       // runs not known to have ended

    // Every active run of namespace() too (the KFP UI's "Active" runs tab).
    void setWatchAllActive(bool on);
    bool watchAllActive() const { return m_allActive; }
    // The namespace of "all active", and of runs watched without one. Multi-user servers need it.
    void setNamespace(const QString &namespaceName);
    QString namespaceName() const { return m_namespace; }

    // --- timing ---------------------------------------------------------------------------------
    void setInterval(int ms);
    int interval() const { return m_intervalMs; }
    void setMaxBackoff(int ms);
    int maxBackoff() const { return m_maxBackoffMs; }
    void setIdleInterval(int ms);
    int idleInterval() const { return m_idleIntervalMs; }
    // How far before the newest server time seen "finished since" looks (at least 1 s: the
    // server keeps whole seconds).
    void setFinishedMargin(int secs);
    int finishedMargin() const { return m_finishedMarginSecs; }
    // The delay before the next poll as last scheduled (grows while backing off).
    int currentDelay() const { return m_currentDelayMs; }
    int consecutiveFailures() const { return m_failures; }
    ApiError lastError() const { return m_lastError; }

    // Network reachability from the app (QNetworkInformation, or the OS): offline pauses polling,
    // online resumes it at once (no sooner than one interval after the last poll).
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    QString stateFile() const;

    // The app's run states (not owned; nullptr: none).
    void setRunStateCache(RunStateCache *cache);
    RunStateCache *runStateCache() const { return m_stateCache; }

Q_SIGNALS:
    // `from` is Unspecified the first time a run is seen. Emitted once per change seen.
    void runStateChanged(const kfp::Run &run, kfp::RunState from, kfp::RunState to);
    // The run reached SUCCEEDED, FAILED, CANCELED or SKIPPED. Once per end of a run (a retried
    // run that ends again is announced again).
    void runFinished(const kfp::Run &run);
    // A watched run no longer exists on the server (deleted); it is forgotten.
    void runRemoved(const QString &runId);
    void statusChanged(kfp::RunWatcher::Status status);
    void pollStarted();
    // ok = every request of the poll succeeded; on failure `error` says why (lastError()).
    void pollFinished(bool ok, const kfp::ApiError &error);

private:
    // One request of a poll: a chunk of ids, (a page of) the active runs of a namespace, or (a
    // page of) the runs of a namespace finished since its cursor.
    struct Query
    {
        enum Kind
        {
            Ids,
            Active,
            Finished
        };
        Kind kind = Ids;
        QString namespaceName;
        QStringList ids; // Ids only
        QString pageToken;
        int page = 0;
    };

    // Scheduling (RunWatcher.cpp).
    void scheduleNext(int delayMs);
    void reschedule(); // after the watch list changed
    bool hasWorkToPoll() const;
    void setStatus(Status status);
    void saveState(); // now
    void saveLater(); // once the current burst of edits is over
    QString effectiveNamespace(const QString &ns) const;
    WatchedRun &recordFor(const QString &runId, const QString &namespaceName);

    // Polling (RunWatcherPoll.cpp).
    void poll();
    QList<Query> planQueries() const;
    void sendNext();
    void onReply(ResultJob<Page<Run>> *job, const Query &query);
    void finishPoll(bool ok, const ApiError &error);
    void applyRun(const Run &run, WatchOrigins discoveredAs);
    void markMissing(const Query &query, const QSet<QString> &seen);
    bool flushEvents();
    ListQuery listQueryFor(const Query &query) const;
    void advanceCursor(const QString &namespaceName, const Run &run);
    void onCachedState(const QString &runId, const RunStateFact &fact);

    KfpClient *m_client;
    std::unique_ptr<RunWatchStore> m_store;
    QPointer<RunStateCache> m_stateCache;
    bool m_feedingCache = false; // our own updates of the cache
    QDateTime m_sentAt;          // when the request in flight was sent

    QString m_namespace;
    bool m_allActive = false;
    bool m_started = false;
    bool m_online = true;
    Status m_status = Status::Stopped;

    int m_intervalMs = DefaultIntervalMs;
    int m_maxBackoffMs = DefaultMaxBackoffMs;
    int m_idleIntervalMs = DefaultIdleIntervalMs;
    int m_finishedMarginSecs = DefaultFinishedMarginSecs;
    int m_currentDelayMs = 0;
    int m_failures = 0;
    ApiError m_lastError;

    QTimer m_timer;
    QTimer m_saveTimer;
    QElapsedTimer m_sinceLastPoll; // started when the last poll finished
    bool m_polling = false;
    QList<Query> m_queue;
    QPointer<ApiJob> m_job;
    QSet<QString> m_seen; // ids in the pages of the current request
    // Per namespace: the newest time the server wrote in an answer (created_at, finished_at).
    // In memory only: after a restart every run is asked for by id once.
    QHash<QString, QDateTime> m_cursor;
    QHash<QString, QDateTime> m_pollCursor; // the same, from the answers of the current poll
    int m_pollCount = 0;

    // Signals gathered while applying an answer and emitted after the state is saved, so that a
    // slot that changes the watch list (unwatch) does not pull records out from under the loop.
    struct Event
    {
        Run run;
        RunState from = RunState::Unspecified;
        RunState to = RunState::Unspecified;
        bool changed = false;
        bool finished = false;
        bool removed = false;
    };
    QList<Event> m_events;
};

} // namespace kfp
