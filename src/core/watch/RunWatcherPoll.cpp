// RunWatcher: one poll. It plans the requests (one per namespace, in chunks of 200 ids), sends
// them one after another, and turns the answers into transitions. Scheduling is in RunWatcher.cpp.

#include "RunWatcher.h"

#include "RunWatchStore.h"
#include "WatchLogging.h"
#include "api/KfpClient.h"
#include "net/ApiJob.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace kfp {

namespace {

// Runs that may still change state. PAUSED is v2 only; the v1 dialect turns the rest into Argo
// phases (Pending, Running, Terminating) for the `status` field.
const QStringList &activeStateNames()
{
    static const QStringList names = {
        runStateName(RunState::Pending), runStateName(RunState::Running),
        runStateName(RunState::Canceling), runStateName(RunState::Paused)};
    return names;
}

} // namespace

ListQuery RunWatcher::listQueryFor(const Query &query) const
{
    ListQuery q;
    q.pageSize = MaxIdsPerRequest;
    if (!query.pageToken.isEmpty())
        return q.withPageToken(query.pageToken).inNamespace(query.namespaceName);
    q.namespaceName = query.namespaceName;
    if (query.ids.isEmpty())
        q.where(Predicate::in(QStringLiteral("state"), activeStateNames()));
    else
        q.where(Predicate::in(QStringLiteral("run_id"), query.ids)); // v1: `id`
    return q;
}

// Which requests this poll makes. Per namespace: the ids of its runs that may still change, in
// chunks of MaxIdsPerRequest; or, in "all active" mode, the active-runs query — unless some of its
// runs dropped out of the last active answer, which are then asked for by id this time.
QList<RunWatcher::Query> RunWatcher::planQueries() const
{
    QMap<QString, QStringList> idsByNamespace; // QMap: a stable order of the requests
    for (const WatchedRun &r : m_store->runs()) {
        if (!r.isPolled())
            continue;
        const QString ns = effectiveNamespace(r.namespaceName);
        const bool coveredByActive =
            m_allActive && ns == m_namespace && !r.needsLookup && !r.needsRefresh;
        if (!coveredByActive)
            idsByNamespace[ns].append(r.id);
    }
    QList<Query> out;
    for (auto it = idsByNamespace.begin(); it != idsByNamespace.end(); ++it) {
        QStringList ids = it.value();
        std::sort(ids.begin(), ids.end());
        for (int i = 0; i < ids.size(); i += MaxIdsPerRequest)
            out.append(Query{it.key(), ids.mid(i, MaxIdsPerRequest), {}, 0});
    }
    if (m_allActive && !idsByNamespace.contains(m_namespace))
        out.append(Query{m_namespace, {}, {}, 0});
    return out;
}

void RunWatcher::poll()
{
    if (!m_started || !m_online || m_polling)
        return;
    m_queue = planQueries();
    if (m_queue.isEmpty()) {
        setStatus(Status::Idle);
        return;
    }
    m_polling = true;
    m_seen.clear();
    qCDebug(lcWatch) << "poll:" << m_queue.size() << "requests for" << polledRunCount() << "runs"
                     << (m_allActive ? "+ all active" : "");
    Q_EMIT pollStarted();
    sendNext();
}

void RunWatcher::sendNext()
{
    if (m_queue.isEmpty()) {
        finishPoll(true, {});
        return;
    }
    const Query query = m_queue.first();
    auto *job = m_client->listRuns(listQueryFor(query));
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job, query] { onReply(job, query); });
}

void RunWatcher::onReply(ResultJob<Page<Run>> *job, const Query &query)
{
    m_job = nullptr;
    if (!job->ok()) {
        finishPoll(false, job->error());
        return;
    }
    m_queue.removeFirst();
    const Page<Run> &page = job->result();
    if (query.page == 0)
        m_seen.clear(); // a new request (not a later page of the same one)
    const WatchOrigins discovered =
        query.ids.isEmpty() ? WatchOrigins(WatchOrigin::Discovered) : WatchOrigins();
    for (const Run &run : page.items) {
        m_seen.insert(run.id);
        applyRun(run, discovered);
    }
    // More than one page: only an active-runs query can have that (an id chunk fits one page).
    const bool more = page.hasMore() && query.page + 1 < MaxActivePages;
    if (more) {
        m_queue.prepend(Query{query.namespaceName, query.ids, page.nextPageToken, query.page + 1});
    } else if (page.hasMore()) {
        qCWarning(lcWatch) << "more than" << MaxActivePages * MaxIdsPerRequest << "active runs in"
                           << query.namespaceName << "- following the first";
    } else {
        markMissing(query, m_seen);
    }
    if (!flushEvents())
        return;    // a slot deleted the watcher
    if (m_polling) // a slot may have stopped us
        sendNext();
}

// After the last page of a request: what its answer did not contain.
void RunWatcher::markMissing(const Query &query, const QSet<QString> &seen)
{
    auto &runs = m_store->runs();
    if (!query.ids.isEmpty()) {
        // Asked by id and not there: deleted on the server. Forget it.
        for (const QString &id : query.ids) {
            if (seen.contains(id) || !runs.contains(id))
                continue;
            qCDebug(lcWatch) << "run" << id << "no longer exists";
            runs.remove(id);
            Event e;
            e.run.id = id;
            e.removed = true;
            m_events.append(e);
        }
        return;
    }
    // Not in the active answer: it ended (or was deleted). The next poll asks for it by id.
    for (WatchedRun &r : runs)
        if (r.isPolled() && effectiveNamespace(r.namespaceName) == query.namespaceName &&
            !seen.contains(r.id))
            r.needsLookup = true;
}

void RunWatcher::applyRun(const Run &run, WatchOrigins discoveredAs)
{
    auto &runs = m_store->runs();
    auto it = runs.find(run.id);
    if (it == runs.end()) {
        if (!discoveredAs)
            return; // unwatched while the request was in flight
        WatchedRun fresh;
        fresh.id = run.id;
        fresh.origins = discoveredAs;
        it = runs.insert(run.id, fresh);
    }
    WatchedRun &r = *it;
    const RunState from = r.state;
    const RunState to = run.state;
    if (!run.namespaceName.isEmpty())
        r.namespaceName = run.namespaceName;
    r.displayName = run.displayName;
    r.createdAt = run.createdAt;
    r.needsLookup = false;
    r.needsRefresh = false;

    // An end is new unless this very end (same state, same finish time) was announced before.
    const bool newEnd =
        isFinal(to) && (!r.announced || from != to ||
                        (run.finishedAt.isValid() && run.finishedAt != r.finishedAt));
    r.state = to;
    r.finishedAt = run.finishedAt;
    if (!isFinal(to))
        r.announced = false; // running again (a retry): its next end is news
    if (newEnd)
        r.announced = true;
    if (from != to || newEnd) {
        Event e;
        e.run = run;
        e.from = from;
        e.to = to;
        e.changed = from != to;
        e.finished = newEnd;
        m_events.append(e);
    }
}

// Saves first, then emits: a crash in between may lose an announcement but never repeats one.
// Returns false if a slot deleted the watcher.
bool RunWatcher::flushEvents()
{
    if (m_events.isEmpty())
        return true;
    saveState();
    const QList<Event> events = std::exchange(m_events, {});
    QPointer<RunWatcher> self(this);
    for (const Event &e : events) {
        if (e.removed) {
            Q_EMIT runRemoved(e.run.id);
        } else {
            if (e.changed) {
                qCDebug(lcWatch) << "run" << e.run.id << runStateName(e.from) << "->"
                                 << runStateName(e.to);
                Q_EMIT runStateChanged(e.run, e.from, e.to);
            }
            if (self && e.finished)
                Q_EMIT runFinished(e.run);
        }
        if (!self)
            return false;
    }
    return true;
}

void RunWatcher::finishPoll(bool ok, const ApiError &error)
{
    m_polling = false;
    m_queue.clear();
    m_seen.clear();
    m_sinceLastPoll.start();
    if (ok) {
        m_failures = 0;
        m_lastError = {};
    } else {
        ++m_failures;
        m_lastError = error;
        qCInfo(lcWatch) << "poll failed" << m_failures << "time(s):" << error.fullMessage();
    }
    Q_EMIT pollFinished(ok, error);
    if (!m_started || !m_online)
        return;
    if (!ok) {
        // interval × 2ⁿ (5 s → 10, 20, 40, 60 s with the defaults), capped at maxBackoff.
        const int shift = std::min(m_failures, 20);
        const qint64 delay = std::min<qint64>(qint64(m_intervalMs) << shift, m_maxBackoffMs);
        setStatus(Status::BackingOff);
        scheduleNext(int(delay));
        return;
    }
    if (polledRunCount() > 0) {
        setStatus(Status::Watching);
        scheduleNext(m_intervalMs);
    } else if (m_allActive) {
        setStatus(Status::Watching);
        scheduleNext(std::max(m_intervalMs, m_idleIntervalMs));
    } else {
        setStatus(Status::Idle);
    }
}

} // namespace kfp
