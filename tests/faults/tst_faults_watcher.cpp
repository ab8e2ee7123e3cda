// RunWatcher under the seven faults of FaultCases.h (issue "Reliability"), injected on its ListRuns
// call while the watched runs end on the server.
//
// What it proves, for each fault:
//  * no crash and no hang: the event loop keeps running (a heartbeat started before the fault)
//    and the watcher keeps polling;
//  * it backs off while its polls fail (status BackingOff, a longer delay than the interval,
//    fewer attempts than steady polling would make) and announces nothing it could not read;
//  * it recovers when the fault stops: status back to Idle, no failure counted;
//  * each run's end is announced exactly once: the runs that ended during the fault once after
//    recovery, never twice (a poll answered late, cut off or resent by Qt repeats nothing).
// "2 s latency" is no error: the polls are slow, the watcher does not back off. "50 % errors":
// some polls get through while the fault lasts; the ends are still announced once each.
//
// Time is scaled as in tst_runwatcher_outage: an interval of 100 ms stands for the real 5 s.

#include "FaultCases.h"
#include "WatchTestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace testutil;
using namespace watchtest;

namespace {

constexpr int IntervalMs = 100;
constexpr int MaxBackoffMs = 800;
constexpr int WaitMs = 20000; // ceiling of every wait (ASan, loaded machine)

// Arrivals closer than half an interval are one attempt: QNetworkAccessManager silently resends
// a request once when a kept-alive connection is closed under it.
int attempts(const QList<Arrival> &arrivals)
{
    int n = 0;
    double last = -1e9;
    for (const Arrival &a : arrivals) {
        if (a.ms - last > IntervalMs / 2.0)
            ++n;
        last = a.ms;
    }
    return n;
}

} // namespace

class TestFaultsWatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void watcherSurvivesFault_data()
    {
        faulttest::addFaultColumns();
        faulttest::addFaultRows();
    }
    void watcherSurvivesFault()
    {
        QFETCH(QString, spec);
        QFETCH(bool, intermittent);
        QFETCH(bool, delayedOnly);
        SandboxFixture f;
        FixtureOptions o;
        o.timeScale = 0.5; // runs end ~2.5–5 s after creation: during the fault
        o.sessionTimeoutMs = faulttest::TransferTimeoutMs;
        QVERIFY(f.start(kfp::ApiVersion::V2Beta1, o));
        const RunSetup s = prepare(f);
        RequestClock clock;
        f.server->setGateway(&clock);
        QTemporaryDir dir;
        RunWatcher watcher(f.client.get(), dir.filePath(QStringLiteral("w.json")));
        watcher.setInterval(IntervalMs);
        watcher.setMaxBackoff(MaxBackoffMs);
        TransitionLog log(&watcher);
        QSignalSpy polls(&watcher, &RunWatcher::pollFinished);
        QSignalSpy statuses(&watcher, &RunWatcher::statusChanged);
        // What each poll did: the wait before it (and the failures behind that wait), and the
        // ends announced by polls that failed (they read nothing, so there must be none).
        QObject context;
        QList<QPair<int, int>> waits; // (consecutive failures, delay) when a poll starts
        connect(&watcher, &RunWatcher::pollStarted, &context, [&] {
            waits.append({watcher.consecutiveFailures(), watcher.currentDelay()});
        });
        int announcedSoFar = 0;
        int announcedByFailedPolls = 0;
        connect(&watcher, &RunWatcher::pollFinished, &context, [&](bool ok) {
            if (!ok)
                announcedByFailedPolls += log.finishedTotal - announcedSoFar;
            announcedSoFar = log.finishedTotal;
        });

        QList<Run> runs;
        for (int i = 0; i < 3; ++i) {
            runs.append(f.runOf(s.experimentId, s.pipelineId, s.versionId,
                                i == 2 ? failing() : QList<kfp::RunParameter>(),
                                QStringLiteral("fault %1").arg(i)));
            watcher.watch(runs.last());
        }
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(!polls.isEmpty(), WaitMs);
        QVERIFY(polls.last().first().toBool());

        // The fault, on the watcher's ListRuns only (GetRun, /runs/{id}, stays answered: the
        // test reads the runs' real state with it).
        const QString listPath = f.apiPrefix() + QStringLiteral("/runs");
        QString error;
        QVERIFY2(f.server->addFault(faulttest::faultSpec(listPath, "GET", spec), &error),
                 qPrintable(error));
        const bool burst = spec.contains(QLatin1String("count=")); // ends by itself
        faulttest::Heartbeat heartbeat;
        heartbeat.start();
        const double faultAt = clock.now();
        polls.clear();
        statuses.clear();
        waits.clear();
        const int announcedBefore = log.finishedTotal;

        // Hold the fault until every run has ended on the server …
        auto allEnded = [&] {
            for (const Run &r : std::as_const(runs)) {
                const auto got = await(f.client->getRun(r.id), WaitMs);
                if (!got.ok() || !kfp::isFinal(got.result.state))
                    return false;
            }
            return true;
        };
        QElapsedTimer waited;
        waited.start();
        while (!allEnded()) {
            QVERIFY2(waited.elapsed() < 2 * WaitMs, "the runs did not end");
            QTest::qWait(100);
        }
        // … and until the watcher has had its say under it.
        auto failedPolls = [&] {
            int n = 0;
            for (const auto &args : std::as_const(polls))
                n += args.first().toBool() ? 0 : 1;
            return n;
        };
        if (delayedOnly)
            QTRY_VERIFY_WITH_TIMEOUT(polls.size() >= 2, WaitMs);
        else if (intermittent)
            QTRY_VERIFY_WITH_TIMEOUT(failedPolls() >= 2 && polls.size() > failedPolls(), WaitMs);
        else
            QTRY_VERIFY_WITH_TIMEOUT(failedPolls() >= (burst ? 3 : 2), WaitMs);
        const double faultMs = clock.now() - faultAt;
        const QList<Arrival> during = clock.listRuns(f.apiPrefix(), faultAt);

        if (delayedOnly) {
            // Slow answers are answers: no failure, no back-off.
            QCOMPARE(failedPolls(), 0);
            QCOMPARE(watcher.consecutiveFailures(), 0);
            for (const auto &args : std::as_const(statuses))
                QVERIFY(args.first().value<RunWatcher::Status>() != RunWatcher::Status::BackingOff);
        } else {
            bool backedOff = false;
            for (const auto &args : std::as_const(statuses))
                backedOff = backedOff || args.first().value<RunWatcher::Status>() ==
                                             RunWatcher::Status::BackingOff;
            QVERIFY(backedOff);
            // After n failures in a row the next poll waits interval × 2ⁿ (capped).
            QString shown;
            for (const auto &w : std::as_const(waits))
                shown += QStringLiteral("%1:%2 ").arg(w.first).arg(w.second);
            int backoffWaits = 0;
            for (const auto &w : std::as_const(waits)) {
                if (w.first == 0)
                    continue;
                ++backoffWaits;
                const int expected = std::min(IntervalMs << std::min(w.first, 20), MaxBackoffMs);
                QVERIFY2(w.second == expected && w.second > IntervalMs, qPrintable(shown));
            }
            QVERIFY2(backoffWaits >= 1, qPrintable(shown));
            QCOMPARE(announcedByFailedPolls, 0);
            if (!intermittent && !burst) {
                // Still failing: nothing could be read, so nothing was announced, and the server
                // saw fewer attempts than polling at the interval would have made.
                QCOMPARE(watcher.status(), RunWatcher::Status::BackingOff);
                QVERIFY(watcher.lastError().isError());
                QCOMPARE(log.finishedTotal, announcedBefore);
                QVERIFY2(announcedBefore < 3, "no run ended during the fault");
                const int made = attempts(during);
                QVERIFY2(made < faultMs / IntervalMs / 2 + 2,
                         qPrintable(QStringLiteral("%1 attempts in %2 ms").arg(made).arg(faultMs)));
            }
        }
        FAULT_VERIFY_ALIVE(heartbeat);

        // The fault stops: every run's end is announced, exactly once.
        f.server->clearFaults();
        QTRY_COMPARE_WITH_TIMEOUT(log.finishedRuns(), 3, MaxBackoffMs + WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.status(), RunWatcher::Status::Idle, WaitMs);
        QCOMPARE(watcher.consecutiveFailures(), 0);
        QTest::qWait(5 * IntervalMs); // room for a repeated announcement to show up
        QCOMPARE(log.finishedTotal, 3);
        QString why;
        for (const Run &r : std::as_const(runs))
            QVERIFY2(log.consistent(r.id, r.state, &why), qPrintable(why));
        QCOMPARE(log.finished.value(runs.at(2).id).first(), RunState::Failed);
        qInfo("ends announced before the fault: %d, polls under it: %d (%d failed)",
              announcedBefore, int(polls.size()), failedPolls());
        heartbeat.stop();
        FAULT_VERIFY_ALIVE(heartbeat);
    }
};

QTEST_GUILESS_MAIN(TestFaultsWatcher)
#include "tst_faults_watcher.moc"
