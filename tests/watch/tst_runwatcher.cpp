// RunWatcher against the in-process sandbox over loopback HTTP, both dialects: transitions are
// reported once each from batched ListRuns polls (never GetRun), more than 200 ids are chunked,
// "all active" mode finds runs by state, and a restart with the same state file neither loses a
// run nor repeats an announcement. The 200-run load and the outage are in their own executables.

#include "WatchTestSupport.h"
#include "watch/RunWatchStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace testutil;
using namespace watchtest;
using kfp::ListQuery;
using kfp::WatchOrigin;

namespace {

constexpr int IntervalMs = 50;

std::unique_ptr<RunWatcher> makeWatcher(SandboxFixture &f, const QString &file)
{
    auto w = std::make_unique<RunWatcher>(f.client.get(), file);
    w->setInterval(IntervalMs);
    w->setMaxBackoff(8 * IntervalMs);
    w->setIdleInterval(4 * IntervalMs);
    return w;
}

// The server's current state of a run.
RunState serverState(SandboxFixture &f, const QString &id)
{
    auto out = await(f.client->getRun(id));
    return out.ok() ? out.result.state : RunState::Unspecified;
}

} // namespace

class TestRunWatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A run that succeeds, one that fails and one that is terminated: each change is reported
    // once, each end once, from ListRuns requests with an id IN predicate — no GetRun at all.
    void reportsEachTransitionOnce_data() { addDialectRows(); }
    void reportsEachTransitionOnce()
    {
        QFETCH(QString, api);
        SandboxFixture f;
        FixtureOptions o;
        o.timeScale = 0.1;
        QVERIFY(f.start(api, false, o));
        RequestClock clock;
        f.server->setGateway(&clock);
        const RunSetup s = prepare(f);
        QTemporaryDir dir;
        auto watcher = makeWatcher(f, dir.filePath(QStringLiteral("w.json")));
        TransitionLog log(watcher.get());
        watcher->start();

        const Run ok = f.runOf(s.experimentId, s.pipelineId, s.versionId, {}, QStringLiteral("ok"));
        const Run bad =
            f.runOf(s.experimentId, s.pipelineId, s.versionId, failing(), QStringLiteral("bad"));
        const Run stop =
            f.runOf(s.experimentId, s.pipelineId, s.versionId, {}, QStringLiteral("stop"));
        QVERIFY(!ok.id.isEmpty() && !bad.id.isEmpty() && !stop.id.isEmpty());
        for (const Run &r : {ok, bad, stop})
            watcher->watch(r);
        QCOMPARE(watcher->polledRunCount(), 3);
        KFP_VERIFY_OK(await(f.client->terminateRun(stop.id)));

        QTRY_COMPARE_WITH_TIMEOUT(log.finishedRuns(), 3, 20000);
        QString why;
        for (const Run &r : {ok, bad, stop})
            QVERIFY2(log.consistent(r.id, r.state, &why), qPrintable(why));
        QCOMPARE(log.finished.value(ok.id).first(), RunState::Succeeded);
        QCOMPARE(log.finished.value(bad.id).first(), RunState::Failed);
        // A terminated run ends FAILED (Argo fails the workflow), in both dialects.
        QCOMPARE(log.finished.value(stop.id).first(), RunState::Failed);
        QVERIFY(!log.changes.value(ok.id).isEmpty());

        // Nothing left to poll: the watcher goes idle and the server hears nothing more.
        QTRY_COMPARE_WITH_TIMEOUT(watcher->status(), RunWatcher::Status::Idle, 2000);
        const int requests = int(clock.listRuns(f.apiPrefix()).size());
        QTest::qWait(6 * IntervalMs);
        QCOMPARE(clock.listRuns(f.apiPrefix()).size(), requests);
        QCOMPARE(log.finishedTotal, 3);

        QCOMPARE(clock.getRuns(f.apiPrefix()), 0);
        const QString idKey = f.isV2() ? QStringLiteral("run_id") : QStringLiteral("id");
        QVERIFY(requests >= 2);
        for (const Arrival &a : clock.listRuns(f.apiPrefix())) {
            const auto in = inPredicate(a.filter);
            QCOMPARE(in.first, idKey);
            QVERIFY(!in.second.isEmpty() && in.second.size() <= 3);
        }
        QVERIFY2(minGap(clock.listRuns(f.apiPrefix())) >= IntervalMs - 1,
                 qPrintable(QString::number(minGap(clock.listRuns(f.apiPrefix())))));
    }

    // 450 watched ids cost ceil(450/200) = 3 requests of at most 200 ids each, and runs that had
    // already ended are announced once, on the first poll.
    void chunksMoreThan200Ids_data() { addDialectRows(); }
    void chunksMoreThan200Ids()
    {
        QFETCH(QString, api);
        SandboxFixture f;
        QVERIFY(f.start(api, false));
        f.server->seedRuns(450);
        auto all = collectAll<Run>([&](const ListQuery &q) { return f.client->listRuns(q); },
                                   ListQuery().withPageSize(200));
        KFP_VERIFY_OK(all);
        QCOMPARE(all.result.size(), 450);
        RequestClock clock;
        f.server->setGateway(&clock);
        QTemporaryDir dir;
        auto watcher = makeWatcher(f, dir.filePath(QStringLiteral("w.json")));
        TransitionLog log(watcher.get());
        for (const Run &r : all.result)
            watcher->watch(r.id, {}, WatchOrigin::Pinned);
        watcher->start();

        QTRY_COMPARE_WITH_TIMEOUT(log.finishedRuns(), 450, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(watcher->status(), RunWatcher::Status::Idle, 2000);
        QTest::qWait(5 * IntervalMs);
        const auto requests = clock.listRuns(f.apiPrefix());
        QCOMPARE(requests.size(), 3);
        QSet<QString> asked;
        for (const Arrival &a : requests) {
            const auto in = inPredicate(a.filter);
            QVERIFY(in.second.size() <= RunWatcher::MaxIdsPerRequest);
            for (const QString &id : in.second)
                asked.insert(id);
        }
        QCOMPARE(asked.size(), 450);
        QCOMPARE(log.finishedTotal, 450);
        for (const Run &r : all.result)
            QCOMPARE(log.finished.value(r.id).first(), r.state);
    }

    // "All active": runs nobody asked to watch are found by a state IN query; seeded runs that
    // ended long ago are never announced; a run that drops out of the active answer is asked for
    // by id once, to learn how it ended. One request per interval throughout.
    void watchesAllActiveRuns_data() { addDialectRows(); }
    void watchesAllActiveRuns()
    {
        QFETCH(QString, api);
        SandboxFixture f;
        FixtureOptions o;
        o.timeScale = 0.1;
        QVERIFY(f.start(api, false, o));
        f.server->seedRuns(30);
        const RunSetup s = prepare(f);
        RequestClock clock;
        f.server->setGateway(&clock);
        QTemporaryDir dir;
        auto watcher = makeWatcher(f, dir.filePath(QStringLiteral("w.json")));
        TransitionLog log(watcher.get());
        watcher->setWatchAllActive(true);
        watcher->start();
        QList<Run> runs;
        for (int i = 0; i < 3; ++i)
            runs.append(f.runOf(s.experimentId, s.pipelineId, s.versionId,
                                i == 1 ? failing() : QList<kfp::RunParameter>(),
                                QStringLiteral("active %1").arg(i)));

        QTRY_COMPARE_WITH_TIMEOUT(log.finishedRuns(), 3, 20000);
        QString why;
        for (const Run &r : runs) {
            QVERIFY2(log.consistent(r.id, RunState::Unspecified, &why), qPrintable(why));
            QCOMPARE(watcher->origins(r.id), kfp::WatchOrigins(WatchOrigin::Discovered));
        }
        QCOMPARE(log.finished.value(runs.at(1).id).first(), RunState::Failed);
        // Still looking for new active runs, at the slower idle interval.
        const int before = int(clock.listRuns(f.apiPrefix()).size());
        QTRY_VERIFY_WITH_TIMEOUT(clock.listRuns(f.apiPrefix()).size() > before + 1, 3000);
        QCOMPARE(log.finishedTotal, 3);

        const auto requests = clock.listRuns(f.apiPrefix());
        const QString stateKey = f.isV2() ? QStringLiteral("state") : QStringLiteral("status");
        const QString idKey = f.isV2() ? QStringLiteral("run_id") : QStringLiteral("id");
        int byState = 0;
        int byId = 0;
        for (const Arrival &a : requests) {
            const auto in = inPredicate(a.filter);
            if (in.first == stateKey)
                ++byState;
            else if (in.first == idKey)
                ++byId;
            else
                QFAIL(qPrintable(QJsonDocument(a.filter).toJson()));
        }
        QVERIFY(byState > byId);
        QVERIFY2(byId >= 1, "the runs that left the active answer were looked up by id");
        QVERIFY(minGap(requests) >= IntervalMs - 1);
        QCOMPARE(clock.getRuns(f.apiPrefix()), 0);

        // Turning the mode off stops polling (nothing explicitly watched is active).
        watcher->setWatchAllActive(false);
        QTRY_COMPARE_WITH_TIMEOUT(watcher->status(), RunWatcher::Status::Idle, 2000);
    }

    // Destroy the watcher mid-way and make a new one on the same file: a run that ended while no
    // watcher ran is announced (from its last seen state), one announced before is not repeated,
    // and one watched just before the shutdown is not lost.
    void restartLosesAndRepeatsNothing_data() { addDialectRows(); }
    void restartLosesAndRepeatsNothing()
    {
        QFETCH(QString, api);
        SandboxFixture f;
        FixtureOptions o;
        o.timeScale = 0.1;
        QVERIFY(f.start(api, false, o));
        const RunSetup s = prepare(f);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("state/w.json"));

        auto first = makeWatcher(f, file);
        TransitionLog firstLog(first.get());
        first->start();
        const Run done =
            f.runOf(s.experimentId, s.pipelineId, s.versionId, {}, QStringLiteral("done"));
        first->watch(done);
        QTRY_COMPARE_WITH_TIMEOUT(firstLog.finishedRuns(), 1, 20000);
        const Run running = f.runOf(s.experimentId, s.pipelineId, s.versionId, failing(),
                                    QStringLiteral("running"));
        first->watch(running);
        QTRY_VERIFY_WITH_TIMEOUT(first->knownState(running.id) == RunState::Running, 10000);
        const Run late =
            f.runOf(s.experimentId, s.pipelineId, s.versionId, {}, QStringLiteral("late"));
        first->watch(late); // no poll happens before the shutdown
        first.reset();
        QVERIFY(QFile::exists(file));

        // Both end while nothing watches.
        QTRY_VERIFY_WITH_TIMEOUT(isFinal(serverState(f, running.id)), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(isFinal(serverState(f, late.id)), 20000);

        auto second = makeWatcher(f, file);
        TransitionLog secondLog(second.get());
        QCOMPARE(second->knownState(done.id), RunState::Succeeded);
        QCOMPARE(second->knownState(running.id), RunState::Running);
        QVERIFY(second->isWatched(late.id));
        second->start();
        QTRY_COMPARE_WITH_TIMEOUT(secondLog.finishedRuns(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(second->status(), RunWatcher::Status::Idle, 2000);
        QTest::qWait(4 * IntervalMs);
        QString why;
        QVERIFY2(secondLog.consistent(running.id, RunState::Running, &why), qPrintable(why));
        QCOMPARE(secondLog.changes.value(running.id).size(), 1);
        QCOMPARE(secondLog.finished.value(running.id).first(), RunState::Failed);
        QVERIFY2(secondLog.consistent(late.id, late.state, &why), qPrintable(why));
        QVERIFY(!secondLog.changes.contains(done.id));
        QVERIFY(!secondLog.finished.contains(done.id));
        QCOMPARE(secondLog.finishedTotal, 2);

        // A third start on the same file has nothing left to announce.
        second.reset();
        auto third = makeWatcher(f, file);
        TransitionLog thirdLog(third.get());
        third->start();
        QCOMPARE(third->polledRunCount(), 0);
        QTest::qWait(4 * IntervalMs);
        QCOMPARE(thirdLog.finishedTotal, 0);
        QCOMPARE(thirdLog.changeCount(), 0);
    }

    // Watching a run again after it ended looks once more: unchanged, nothing is repeated; after
    // a retry, the retry's end is announced.
    void rewatchAfterRetry()
    {
        SandboxFixture f;
        FixtureOptions o;
        o.timeScale = 0.1;
        QVERIFY(f.start(kfp::ApiVersion::V2Beta1, o));
        const RunSetup s = prepare(f);
        QTemporaryDir dir;
        auto watcher = makeWatcher(f, dir.filePath(QStringLiteral("w.json")));
        TransitionLog log(watcher.get());
        watcher->start();
        const Run run = f.runOf(s.experimentId, s.pipelineId, s.versionId, failing());
        watcher->watch(run);
        QTRY_COMPARE_WITH_TIMEOUT(log.finishedTotal, 1, 20000);

        QSignalSpy polls(watcher.get(), &RunWatcher::pollFinished);
        watcher->watch(run.id); // unchanged since: polled once, nothing announced
        QTRY_COMPARE_WITH_TIMEOUT(polls.count(), 1, 5000);
        QTest::qWait(3 * IntervalMs);
        QCOMPARE(log.finishedTotal, 1);
        QCOMPARE(polls.count(), 1);

        KFP_VERIFY_OK(await(f.client->retryRun(run.id)));
        watcher->watch(run.id);
        QTRY_COMPARE_WITH_TIMEOUT(log.finishedTotal, 2, 20000);
        QCOMPARE(log.finished.value(run.id),
                 (QList<RunState>{RunState::Failed, RunState::Succeeded}));
    }

    // A run deleted on the server is dropped (runRemoved), not polled forever.
    void deletedRunIsForgotten()
    {
        SandboxFixture f;
        FixtureOptions o;
        o.timeScale = 1.0;
        QVERIFY(f.start(kfp::ApiVersion::V2Beta1, o));
        const RunSetup s = prepare(f);
        QTemporaryDir dir;
        auto watcher = makeWatcher(f, dir.filePath(QStringLiteral("w.json")));
        QSignalSpy removed(watcher.get(), &RunWatcher::runRemoved);
        const Run run = f.runOf(s.experimentId, s.pipelineId, s.versionId);
        watcher->watch(run);
        KFP_VERIFY_OK(await(f.client->deleteRun(run.id)));
        watcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
        QCOMPARE(removed.first().first().toString(), run.id);
        QVERIFY(!watcher->isWatched(run.id));
        QTRY_COMPARE_WITH_TIMEOUT(watcher->status(), RunWatcher::Status::Idle, 2000);
    }

    // A damaged state file is ignored (and replaced), never a crash.
    void unreadableStateFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("w.json"));
        for (const QByteArray &junk :
             {QByteArray("{\"version\":1,\"runs\":[{\"id\""), QByteArray("<html>not json</html>"),
              QByteArray("{\"version\":99,\"runs\":[]}")}) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(junk);
            out.close();
            kfp::RunWatchStore store(file);
            QString error;
            QVERIFY(!store.load(&error));
            QVERIFY(!error.isEmpty());
            QVERIFY(store.runs().isEmpty());
        }
        SandboxFixture f;
        QVERIFY(f.start(kfp::ApiVersion::V2Beta1));
        {
            RunWatcher watcher(f.client.get(), file);
            QVERIFY(watcher.watchedRuns().isEmpty());
            watcher.pin(QStringLiteral("run-1"));
        }
        kfp::RunWatchStore store(file);
        QVERIFY(store.load());
        QVERIFY(store.runs().value(QStringLiteral("run-1")).origins.testFlag(WatchOrigin::Pinned));
    }
};

QTEST_GUILESS_MAIN(TestRunWatcher)
#include "tst_runwatcher.moc"
