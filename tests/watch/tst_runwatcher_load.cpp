// RunWatcher with 200 active runs, both dialects: the sandbox sees at most one ListRuns per
// interval (the runs share one namespace), measured on the server side over well more than a
// simulated minute (interval 50 ms stands for 5 s: 12 intervals make a minute), and every
// transition of every run is reported exactly once. And 10,000 running runs on v2beta1: one
// "finished since" ListRuns per interval (plus one id chunk every RunWatcher::SweepEveryPolls
// polls), every end announced exactly once.

#include "WatchTestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace testutil;
using namespace watchtest;
using kfp::ListQuery;
using kfp::Predicate;

namespace {

constexpr int IntervalMs = 50;
constexpr int Runs = 200;

// The request asks for the runs finished since a time (it has a finished_at predicate).
bool isFinishedSince(const Arrival &a)
{
    for (const QJsonValue &v : a.filter.value(QLatin1String("predicates")).toArray())
        if (v.toObject().value(QLatin1String("key")).toString() == QLatin1String("finished_at"))
            return true;
    return false;
}

} // namespace

class TestRunWatcherLoad final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoHundredActiveRuns_data() { addDialectRows(); }
    void twoHundredActiveRuns()
    {
        QFETCH(QString, api);
        SandboxFixture f;
        FixtureOptions o;
        // PENDING 0.4 s, then two tasks of 0.8–2 s each: every run stays active for well over
        // a simulated minute (12 intervals) and most change state several times while watched.
        o.timeScale = 0.4;
        QVERIFY(f.start(api, false, o));
        const RunSetup s = prepare(f);
        RequestClock clock;
        f.server->setGateway(&clock);
        QTemporaryDir dir;
        RunWatcher watcher(f.client.get(), dir.filePath(QStringLiteral("w.json")));
        watcher.setInterval(IntervalMs);
        TransitionLog log(&watcher);
        watcher.start();

        // Created all at once (QTest's waits sleep 10 ms between event-loop passes, so one
        // awaited request at a time would take most of the test) and each watched as its
        // createRun answers, as the app does; every 10th fails, every 25th is terminated.
        QList<Run> runs;
        int failedCalls = 0;
        QObject context;
        for (int i = 0; i < Runs; ++i) {
            kfp::RunRequest req;
            req.displayName = QStringLiteral("load %1").arg(i);
            req.experimentId = s.experimentId;
            req.pipelineId = s.pipelineId;
            req.pipelineVersionId = s.versionId;
            if (i % 10 == 3)
                req.parameters = failing();
            auto *job = f.client->createRun(req);
            connect(job, &kfp::ApiJob::finished, &context, [&, job, i] {
                if (!job->ok()) {
                    ++failedCalls;
                    return;
                }
                watcher.watch(job->result());
                runs.append(job->result());
                if (i % 25 == 7)
                    f.client->terminateRun(job->result().id);
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(runs.size() + failedCalls, Runs, 20000);
        QCOMPARE(failedCalls, 0);
        const double watchedFrom = clock.now();
        QVERIFY2(watcher.polledRunCount() > Runs / 2, "most runs are still active");

        QTRY_COMPARE_WITH_TIMEOUT(log.finishedRuns(), Runs, 25000);
        const double watchedTo = clock.now();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.status(), RunWatcher::Status::Idle, 2000);
        QTest::qWait(4 * IntervalMs);

        // The server's side: never two ListRuns within one interval, and no GetRun.
        const auto all = clock.listRuns(f.apiPrefix());
        const auto during = clock.listRuns(f.apiPrefix(), watchedFrom);
        QVERIFY2(minGap(all) >= IntervalMs - 1, qPrintable(QString::number(minGap(all))));
        const double spanMs = watchedTo - watchedFrom;
        QVERIFY2(spanMs >= 12 * IntervalMs, qPrintable(QString::number(spanMs)));
        QVERIFY2(during.size() <= spanMs / IntervalMs + 2,
                 qPrintable(QStringLiteral("%1 requests in %2 ms").arg(during.size()).arg(spanMs)));
        // Every window of one interval holds at most one request.
        for (double t = watchedFrom; t < watchedTo; t += IntervalMs / 2.0) {
            int inWindow = 0;
            for (const Arrival &a : during)
                inWindow += (a.ms >= t && a.ms < t + IntervalMs) ? 1 : 0;
            QVERIFY2(
                inWindow <= 1,
                qPrintable(
                    QStringLiteral("%1 requests at %2 ms").arg(inWindow).arg(t - watchedFrom)));
        }
        QCOMPARE(clock.getRuns(f.apiPrefix()), 0);
        for (const Arrival &a : all)
            QVERIFY(inPredicate(a.filter).second.size() <= RunWatcher::MaxIdsPerRequest);

        // Every transition exactly once, ending where the server says the run ended.
        QStringList ids;
        for (const Run &r : runs)
            ids.append(r.id);
        auto final = await(f.client->listRuns(
            ListQuery().withPageSize(200).where(Predicate::in(QStringLiteral("run_id"), ids))));
        KFP_VERIFY_OK(final);
        QCOMPARE(final.result.items.size(), Runs);
        QString why;
        int changes = 0;
        for (const Run &server : final.result.items) {
            const Run created = *std::find_if(runs.cbegin(), runs.cend(),
                                              [&](const Run &r) { return r.id == server.id; });
            QVERIFY2(log.consistent(server.id, created.state, &why), qPrintable(why));
            QCOMPARE(log.finished.value(server.id).first(), server.state);
            changes += int(log.changes.value(server.id).size());
            // The reported states are a subsequence of the server's own history (v2 has one),
            // CANCELING aside: the server does not record it there (run_store.go TerminateRun).
            if (!server.stateHistory.isEmpty()) {
                int at = 0;
                for (const auto &c : log.changes.value(server.id)) {
                    if (c.second == RunState::Canceling)
                        continue;
                    while (at < server.stateHistory.size() &&
                           server.stateHistory.at(at).state != c.second)
                        ++at;
                    QVERIFY2(at < server.stateHistory.size(),
                             qPrintable(server.id + QLatin1Char(' ') + runStateName(c.second)));
                }
            }
        }
        QCOMPARE(log.finishedTotal, Runs);
        QVERIFY(changes >= Runs);
        qInfo("%s: %d ListRuns over %.0f ms for %d runs, %d transitions", qPrintable(api),
              int(during.size()), spanMs, Runs, changes);
    }
    // 10,000 running runs watched on v2beta1; two of them are terminated every interval. The
    // server sees one "finished since" request per poll and one chunk of 200 ids every
    // SweepEveryPolls polls: at most 13 requests per 12 polls (a minute at the default 5 s), and
    // each end is announced exactly once.
    void tenThousandRunningRuns()
    {
        constexpr int Watched = 10000;
        constexpr int PerInterval = 2;
        constexpr int Terminated = 160;
        SandboxFixture f;
        QVERIFY(f.start(kfp::ApiVersion::V2Beta1));
        f.server->seedRunningRuns(Watched);
        auto all = collectAll<Run>([&](const ListQuery &q) { return f.client->listRuns(q); },
                                   ListQuery().withPageSize(200));
        KFP_VERIFY_OK(all);
        QCOMPARE(all.result.size(), Watched);
        RequestClock clock;
        f.server->setGateway(&clock);
        QTemporaryDir dir;
        RunWatcher watcher(f.client.get(), dir.filePath(QStringLiteral("w.json")));
        watcher.setInterval(IntervalMs);
        watcher.setFinishedMargin(1); // the sandbox records an end at once
        TransitionLog log(&watcher);
        QSignalSpy polls(&watcher, &RunWatcher::pollStarted);
        for (const Run &r : all.result)
            watcher.watch(r); // RUNNING, as the list said
        QCOMPARE(watcher.polledRunCount(), Watched);
        const double watchedFrom = clock.now();
        watcher.start();

        QStringList terminated;
        QTimer terminator;
        terminator.setInterval(IntervalMs);
        connect(&terminator, &QTimer::timeout, &terminator, [&] {
            for (int k = 0; k < PerInterval && terminated.size() < Terminated; ++k) {
                const QString id = all.result.at((terminated.size() * 61) % Watched).id;
                terminated.append(id);
                f.client->terminateRun(id);
            }
        });
        terminator.start();
        QTRY_COMPARE_WITH_TIMEOUT(log.finishedRuns(), Terminated, 40000);
        terminator.stop();
        QTest::qWait(4 * IntervalMs);
        const double watchedTo = clock.now();

        const auto requests = clock.listRuns(f.apiPrefix(), watchedFrom);
        QList<Arrival> since;
        int swept = 0;
        for (const Arrival &a : requests) {
            if (isFinishedSince(a)) {
                since.append(a);
            } else {
                ++swept;
                const auto in = inPredicate(a.filter);
                QCOMPARE(in.first, QStringLiteral("run_id"));
                QVERIFY(!in.second.isEmpty() && in.second.size() <= RunWatcher::MaxIdsPerRequest);
            }
        }
        // A poll per interval at most (saving 10,000 records makes a poll slower than 50 ms
        // here, so count per poll): one "finished since" each, never a second page, and an id
        // chunk every SweepEveryPolls polls — at most 13 requests per 12 polls, a minute at 5 s.
        const int pollCount = int(polls.size());
        QVERIFY2(pollCount >= 2 * RunWatcher::SweepEveryPolls,
                 qPrintable(QString::number(pollCount)));
        QVERIFY2(minGap(since) >= IntervalMs - 1, qPrintable(QString::number(minGap(since))));
        QVERIFY2(
            std::abs(int(since.size()) - pollCount) <= 1,
            qPrintable(QStringLiteral("%1 requests, %2 polls").arg(since.size()).arg(pollCount)));
        QVERIFY2(swept <= pollCount / RunWatcher::SweepEveryPolls + 1,
                 qPrintable(QStringLiteral("%1 id chunks, %2 polls").arg(swept).arg(pollCount)));
        const double perMinute = requests.size() * 12.0 / pollCount;
        QVERIFY2(perMinute <= 15, qPrintable(QString::number(perMinute)));
        QVERIFY2(watchedTo - watchedFrom >= pollCount * (IntervalMs - 1),
                 qPrintable(QString::number(watchedTo - watchedFrom)));
        QCOMPARE(clock.getRuns(f.apiPrefix()), 0);

        // Every end exactly once, and only the runs that ended.
        QString why;
        for (const QString &id : std::as_const(terminated))
            QVERIFY2(log.consistent(id, RunState::Running, &why), qPrintable(why));
        QCOMPARE(log.finishedTotal, Terminated);
        QCOMPARE(watcher.polledRunCount(), Watched - Terminated);
        qInfo("v2beta1: %d ListRuns (%d id chunks) in %d polls for %d runs: %.1f per 12 polls",
              int(requests.size()), swept, pollCount, Watched, perMinute);
    }
};

QTEST_GUILESS_MAIN(TestRunWatcherLoad)
#include "tst_runwatcher_load.moc"
