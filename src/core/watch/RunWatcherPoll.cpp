// RunWatcher: one poll. It plans the requests (per namespace: one chunk of ids, or "finished
// since" plus the few runs to look up by id), sends them one after another, and turns the answers
// into transitions. Scheduling is in RunWatcher.cpp.

#include "RunWatcher.h"

#include "RunWatchStore.h"
#include "WatchLogging.h"
#include "api/KfpClient.h"
#include "models/RunStateCache.h"
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
    switch (query.kind) {
    case Query::Active:
        q.where(Predicate::in(QStringLiteral("state"), activeStateNames()));
        break;
    case Query::Ids:
        q.where(Predicate::in(QStringLiteral("run_id"), query.ids)); // v1: `id`
        break;
    case Query::Finished:
        // v2beta1 filters and sorts runs on finished_at (FinishedAtInSec, whole seconds: see
        // backend/src/apiserver/model/run.go, runAPIToModelFieldMap). Oldest first, so that a
        // backlog of more than MaxActivePages pages is caught up on by the next polls.
        q.where(Predicate::compare(
                    QStringLiteral("finished_at"), Predicate::Op::GreaterThan,
                    m_cursor.value(query.namespaceName).addSecs(-qint64(m_finishedMarginSecs))))
            .sortedBy(QStringLiteral("finished_at"));
        break;
    }
    return q;
}

// Which requests this poll makes. Per namespace, for the runs that may still change:
//  * at most MaxIdsPerRequest of them, or v1beta1, or no server time known yet for the namespace:
//    their ids, in chunks of MaxIdsPerRequest;
//  * else: the ids of the runs whose state is not known (never seen, retried, or missing from an
//    active answer), one "finished since" query, and every SweepEveryPolls polls one chunk of the
//    known ones (round robin).
// In "all active" mode the active-runs query covers the watcher's namespace, but for the runs that
// dropped out of the last active answer, which are asked for by id this time.
QList<RunWatcher::Query> RunWatcher::planQueries() const
{
    struct Plan
    {
        QStringList lookup; // state not known: ask by id
        QStringList known;  // seen active: "finished since" covers them
    };
    QMap<QString, Plan> byNamespace; // QMap: a stable order of the requests
    for (const WatchedRun &r : m_store->runs()) {
        if (!r.isPolled())
            continue;
        const QString ns = effectiveNamespace(r.namespaceName);
        const bool coveredByActive =
            m_allActive && ns == m_namespace && !r.needsLookup && !r.needsRefresh;
        if (coveredByActive)
            continue;
        Plan &plan = byNamespace[ns];
        if (r.state == RunState::Unspecified || r.needsLookup || r.needsRefresh)
            plan.lookup.append(r.id);
        else
            plan.known.append(r.id);
    }
    const bool finishedFilter = m_client->apiVersion() == ApiVersion::V2Beta1;
    QList<Query> out;
    auto appendChunks = [&out](const QString &ns, QStringList ids) {
        std::sort(ids.begin(), ids.end());
        for (int i = 0; i < ids.size(); i += MaxIdsPerRequest)
            out.append(Query{Query::Ids, ns, ids.mid(i, MaxIdsPerRequest), {}, 0});
    };
    for (auto it = byNamespace.begin(); it != byNamespace.end(); ++it) {
        Plan &plan = it.value();
        const bool sinceCursor = finishedFilter && m_cursor.contains(it.key()) &&
                                 plan.lookup.size() + plan.known.size() > MaxIdsPerRequest;
        if (!sinceCursor) {
            appendChunks(it.key(), plan.lookup + plan.known);
            continue;
        }
        appendChunks(it.key(), plan.lookup);
        out.append(Query{Query::Finished, it.key(), {}, {}, 0});
        if ((m_pollCount + 1) % SweepEveryPolls == 0 && !plan.known.isEmpty()) {
            std::sort(plan.known.begin(), plan.known.end());
            const int chunks = int((plan.known.size() + MaxIdsPerRequest - 1) / MaxIdsPerRequest);
            const int at = (m_pollCount / SweepEveryPolls) % chunks;
            out.append(Query{Query::Ids,
                             it.key(),
                             plan.known.mid(at * MaxIdsPerRequest, MaxIdsPerRequest),
                             {},
                             0});
        }
    }
    if (m_allActive && !byNamespace.contains(m_namespace))
        out.append(Query{Query::Active, m_namespace, {}, {}, 0});
    return out;
}

// The newest time the server wrote for a namespace: no later than when it answered, so a run seen
// active in that answer ends after it (less the margin). Taken into the cursor only when the whole
// poll succeeded: a lookup's answer must not move the cursor past ends that this poll's "finished
// since" did not get to see (after an outage, say).
void RunWatcher::advanceCursor(const QString &namespaceName, const Run &run)
{
    QDateTime newest = run.createdAt;
    if (run.finishedAt.isValid() && (!newest.isValid() || run.finishedAt > newest))
        newest = run.finishedAt;
    if (!newest.isValid())
        return;
    QDateTime &cursor = m_pollCursor[namespaceName];
    if (!cursor.isValid() || newest > cursor)
        cursor = newest;
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
    ++m_pollCount;
    m_polling = true;
    m_seen.clear();
    m_pollCursor.clear();
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
    m_sentAt = RunStateCache::now();
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
        query.kind == Query::Active ? WatchOrigins(WatchOrigin::Discovered) : WatchOrigins();
    for (const Run &run : page.items) {
        m_seen.insert(run.id);
        advanceCursor(query.namespaceName, run);
        if (!m_stateCache) {
            applyRun(run, discovered);
            continue;
        }
        // An answer older than what the cache holds (the details monitor saw the run end while
        // this request was under way) must not take the run back to its earlier state.
        m_feedingCache = true;
        m_stateCache->update(run, m_sentAt);
        m_feedingCache = false;
        applyRun(m_stateCache->overlay(run, m_sentAt), discovered);
    }
    // More than one page: only an active-runs or "finished since" query can have that (an id
    // chunk fits one page).
    const bool more = page.hasMore() && query.page + 1 < MaxActivePages;
    if (more) {
        Query next = query;
        next.pageToken = page.nextPageToken;
        next.page = query.page + 1;
        m_queue.prepend(next);
    } else if (page.hasMore() && query.kind == Query::Active) {
        qCWarning(lcWatch) << "more than" << MaxActivePages * MaxIdsPerRequest << "active runs in"
                           << query.namespaceName << "- following the first";
    } else if (page.hasMore()) {
        // Finished since: sorted oldest first, the cursor moved; the next poll goes on from there.
        qCDebug(lcWatch) << "more than" << MaxActivePages * MaxIdsPerRequest << "runs finished in"
                         << query.namespaceName << "- the rest next poll";
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
    if (query.kind == Query::Finished)
        return; // says nothing about the runs it does not hold
    if (query.kind == Query::Ids) {
        // Asked by id and not there: deleted on the server. Forget it.
        for (const QString &id : query.ids) {
            if (seen.contains(id) || !runs.contains(id))
                continue;
            qCDebug(lcWatch) << "run" << id << "no longer exists";
            runs.remove(id);
            if (m_stateCache)
                m_stateCache->remove(id);
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

// A watched run's newer state seen by someone else: taken as a poll's answer for that run.
void RunWatcher::onCachedState(const QString &runId, const RunStateFact &fact)
{
    if (m_feedingCache || fact.state == RunState::Unspecified)
        return;
    const auto it = m_store->runs().constFind(runId);
    if (it == m_store->runs().cend() || it->state == RunState::Unspecified)
        return; // not watched, or never seen: the next poll asks for it
    if (it->state == fact.state && it->finishedAt == fact.finishedAt)
        return;
    Run run;
    run.id = runId;
    run.displayName = it->displayName;
    run.namespaceName = it->namespaceName;
    run.state = fact.state;
    run.rawState = runStateName(fact.state);
    run.createdAt = fact.createdAt.isValid() ? fact.createdAt : it->createdAt;
    run.scheduledAt = fact.scheduledAt;
    run.finishedAt = fact.finishedAt;
    run.errorMessage = fact.errorMessage;
    applyRun(run, {});
    if (flushEvents())
        reschedule(); // it may have ended: nothing left to poll
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
    const QHash<QString, QDateTime> seenTimes = std::exchange(m_pollCursor, {});
    if (ok) {
        m_failures = 0;
        m_lastError = {};
        for (auto it = seenTimes.cbegin(); it != seenTimes.cend(); ++it) {
            QDateTime &cursor = m_cursor[it.key()];
            if (!cursor.isValid() || it.value() > cursor)
                cursor = it.value();
        }
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
