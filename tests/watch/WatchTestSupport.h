#pragma once

// Shared by the watch tests: a sandbox "gateway" that only timestamps every request as the server
// receives it (so intervals and backoff are measured on the server side, not from the watcher's own
// signals), a recorder of a RunWatcher's transitions, and a quick way to make runs.

#include "SandboxFixture.h"
#include "sandbox/Gateway.h"
#include "watch/RunWatcher.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace watchtest {

using kfp::Run;
using kfp::RunState;
using kfp::RunWatcher;

// Every run the tests make: an experiment, and the hello pipeline's first version.
struct RunSetup
{
    QString experimentId, pipelineId, versionId;
};

inline RunSetup prepare(testutil::SandboxFixture &f)
{
    RunSetup s;
    s.experimentId = f.experiment(QStringLiteral("watch")).id;
    s.pipelineId = f.upload(QStringLiteral("hello-watch")).id;
    s.versionId = f.firstVersionId(s.pipelineId);
    return s;
}

// Parameters that make the sandbox fail a task on the run's first attempt.
inline QList<kfp::RunParameter> failing()
{
    return {{QStringLiteral("sandbox_fail_task"), QStringLiteral("*")}};
}

// One request as the server received it.
struct Arrival
{
    double ms = 0; // since the clock started
    QByteArray method;
    QString apiPath;
    QJsonObject filter; // the decoded `filter` JSON, if any
};

// Passes every request on, and notes when it arrived.
class RequestClock final : public kfp::sandbox::Gateway
{
public:
    RequestClock() { m_clock.start(); }

    bool intercept(const kfp::sandbox::HttpRequest &request, kfp::sandbox::HttpResponse *) override
    {
        Arrival a;
        a.ms = m_clock.nsecsElapsed() / 1e6;
        a.method = request.method;
        a.apiPath = request.apiPath;
        // The client double-encodes the filter; the HTTP layer undid one level.
        const QString raw = request.param(QStringLiteral("filter"));
        if (!raw.isEmpty())
            a.filter =
                QJsonDocument::fromJson(QUrl::fromPercentEncoding(raw.toUtf8()).toUtf8()).object();
        m_arrivals.append(a);
        return false;
    }

    double now() const { return m_clock.nsecsElapsed() / 1e6; }
    void clear() { m_arrivals.clear(); }
    // ListRuns requests (GET <prefix>/runs) since `fromMs`.
    QList<Arrival> listRuns(const QString &apiPrefix, double fromMs = 0) const
    {
        QList<Arrival> out;
        for (const Arrival &a : m_arrivals)
            if (a.method == "GET" && a.apiPath == apiPrefix + QStringLiteral("/runs") &&
                a.ms >= fromMs)
                out.append(a);
        return out;
    }
    // GetRun requests (GET <prefix>/runs/<id>): the per-run polling the watcher must not do.
    int getRuns(const QString &apiPrefix) const
    {
        int n = 0;
        for (const Arrival &a : m_arrivals)
            if (a.method == "GET" && a.apiPath.startsWith(apiPrefix + QStringLiteral("/runs/")))
                ++n;
        return n;
    }

private:
    QElapsedTimer m_clock;
    QList<Arrival> m_arrivals;
};

// The `IN` predicate of a watcher request: its key and values ({} if none).
inline QPair<QString, QStringList> inPredicate(const QJsonObject &filter)
{
    for (const QJsonValue &v : filter.value(QLatin1String("predicates")).toArray()) {
        const QJsonObject p = v.toObject();
        const QJsonValue op = p.contains(QLatin1String("operation"))
                                  ? p.value(QLatin1String("operation"))
                                  : p.value(QLatin1String("op"));
        if (op.toString() != QLatin1String("IN") && op.toInt() != 8)
            continue;
        QStringList values;
        for (const QJsonValue &s : p.value(QLatin1String("string_values"))
                                       .toObject()
                                       .value(QLatin1String("values"))
                                       .toArray())
            values.append(s.toString());
        return {p.value(QLatin1String("key")).toString(), values};
    }
    return {};
}

// The smallest gap between consecutive arrivals (ms); a large number for fewer than two.
inline double minGap(const QList<Arrival> &arrivals)
{
    double gap = 1e9;
    for (int i = 1; i < arrivals.size(); ++i)
        gap = std::min(gap, arrivals.at(i).ms - arrivals.at(i - 1).ms);
    return gap;
}

// Everything a RunWatcher emitted, per run.
class TransitionLog
{
public:
    explicit TransitionLog(RunWatcher *watcher)
    {
        QObject::connect(watcher, &RunWatcher::runStateChanged, &m_context,
                         [this](const Run &run, RunState from, RunState to) {
                             changes[run.id].append({from, to});
                             names.insert(run.id, run.displayName);
                         });
        QObject::connect(watcher, &RunWatcher::runFinished, &m_context, [this](const Run &run) {
            finished[run.id].append(run.state);
            ++finishedTotal;
        });
    }

    int changeCount() const
    {
        int n = 0;
        for (const auto &list : changes)
            n += int(list.size());
        return n;
    }
    int finishedRuns() const { return int(finished.size()); }

    // For one run: every change starts where the previous one ended, none repeats, and the run
    // was announced as finished exactly once, in its last state. `error` says what is wrong.
    bool consistent(const QString &runId, RunState startFrom, QString *error) const
    {
        const auto list = changes.value(runId);
        RunState at = startFrom;
        for (const auto &c : list) {
            if (c.first != at || c.first == c.second) {
                *error = QStringLiteral("%1: change %2→%3 after %4")
                             .arg(runId, kfp::runStateName(c.first), kfp::runStateName(c.second),
                                  kfp::runStateName(at));
                return false;
            }
            at = c.second;
        }
        const auto ends = finished.value(runId);
        if (ends.size() != 1 || ends.first() != at || !kfp::isFinal(at)) {
            *error = QStringLiteral("%1: %2 finish announcements, last state %3")
                         .arg(runId)
                         .arg(ends.size())
                         .arg(kfp::runStateName(at));
            return false;
        }
        return true;
    }

    QHash<QString, QList<QPair<RunState, RunState>>> changes;
    QHash<QString, QList<RunState>> finished;
    QHash<QString, QString> names;
    int finishedTotal = 0;

private:
    QObject m_context;
};

} // namespace watchtest
