// RunWatcher when the server goes away: answering 503, dropping connections, sending an HTML
// page instead of JSON, or not listening at all. The watcher backs off (each gap between its
// attempts, measured where the server receives them, about twice the one before, up to the cap),
// recovers when the server is back, announces the runs that ended meanwhile once, and repeats
// nothing. Also: setOnline(false) pauses polling and setOnline(true) resumes it.
//
// Time is scaled: an interval of 50 ms stands for the real 5 s, a cap of 800 ms for 60 s, and an
// outage of 3 s for the acceptance's 30 s (both cover the whole 2ⁿ ramp up to the cap).

#include "WatchTestSupport.h"

#include <algorithm>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace testutil;
using namespace watchtest;

namespace {

constexpr int IntervalMs = 50;
constexpr int MaxBackoffMs = 800;
constexpr int OutageMs = 3000;

// Arrivals closer than half an interval are one attempt: QNetworkAccessManager silently resends
// a request once when a kept-alive connection is closed under it.
QList<double> attempts(const QList<Arrival> &arrivals)
{
    QList<double> out;
    for (const Arrival &a : arrivals)
        if (out.isEmpty() || a.ms - out.last() > IntervalMs / 2.0)
            out.append(a.ms);
    return out;
}

// A loopback URL where nothing listens (a port that was just free).
QUrl closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return {};
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

} // namespace

class TestRunWatcherOutage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backsOffAndRecovers_data()
    {
        QTest::addColumn<QString>("fault"); // a sandbox fault spec, or "refused"
        QTest::newRow("503") << QStringLiteral("path=*/runs*,method=GET,status=503");
        QTest::newRow("dropped connection") << QStringLiteral("path=*/runs*,method=GET,drop");
        QTest::newRow("html instead of json") << QStringLiteral("path=*/runs*,method=GET,html");
        QTest::newRow("connection refused") << QStringLiteral("refused");
    }
    void backsOffAndRecovers()
    {
        QFETCH(QString, fault);
        SandboxFixture f;
        FixtureOptions o;
        o.timeScale = 0.3; // runs end 1.5–3.3 s after creation: during the outage
        o.sessionTimeoutMs = 2000;
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

        QList<Run> runs;
        for (int i = 0; i < 3; ++i) {
            runs.append(f.runOf(s.experimentId, s.pipelineId, s.versionId,
                                i == 2 ? failing() : QList<kfp::RunParameter>(),
                                QStringLiteral("outage %1").arg(i)));
            watcher.watch(runs.last());
        }
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(!polls.isEmpty(), 5000);
        QVERIFY(polls.last().first().toBool());
        QCOMPARE(log.finishedTotal, 0);

        // Down.
        const QUrl base = f.session->baseUrl();
        const double downAt = clock.now();
        if (fault == QLatin1String("refused")) {
            const QUrl closed = closedPort();
            QVERIFY(closed.isValid());
            f.session->setBaseUrl(closed);
        } else {
            QString error;
            QVERIFY2(f.server->addFault(fault, &error), qPrintable(error));
        }
        QTRY_COMPARE_WITH_TIMEOUT(watcher.status(), RunWatcher::Status::BackingOff, 2000);
        const int announcedBeforeOutage = log.finishedTotal;
        QTest::qWait(OutageMs);
        QCOMPARE(watcher.status(), RunWatcher::Status::BackingOff);
        QVERIFY(watcher.lastError().isError());
        QVERIFY2(watcher.consecutiveFailures() >= 4,
                 qPrintable(QString::number(watcher.consecutiveFailures())));
        QCOMPARE(log.finishedTotal, announcedBeforeOutage);

        // The watcher's own view of its waits: 100, 200, 400, 800, 800 … ms.
        QCOMPARE(watcher.currentDelay(), MaxBackoffMs);
        if (fault != QLatin1String("refused")) {
            // The server's view: each gap about double the one before, until the cap.
            const QList<double> at = attempts(clock.listRuns(f.apiPrefix(), downAt));
            QVERIFY2(at.size() >= 5, qPrintable(QString::number(at.size())));
            QList<double> gaps;
            for (int i = 1; i < at.size(); ++i)
                gaps.append(at.at(i) - at.at(i - 1));
            QString shown;
            for (double g : gaps)
                shown += QString::number(g, 'f', 0) + QLatin1Char(' ');
            qInfo("gaps between attempts while down (ms): %s", qPrintable(shown));
            // Timers never fire much early, so the doubling shows as lower bounds that hold on a
            // loaded machine too (a late timer only makes a gap longer): interval × 2^(n+1),
            // capped; the cap bounds every gap from above, with room for scheduling delays.
            for (int i = 0; i < gaps.size(); ++i) {
                const double scheduled = std::min<double>(IntervalMs * double(2 << i), MaxBackoffMs);
                QVERIFY2(gaps.at(i) >= 0.95 * scheduled - 5, qPrintable(shown));
                QVERIFY2(gaps.at(i) <= MaxBackoffMs + 1500, qPrintable(shown));
            }
            // Fewer attempts than steady polling would have made.
            QVERIFY2(at.size() < OutageMs / (2 * IntervalMs), qPrintable(shown));
        }

        // Back up: every run's end is announced exactly once, soon after.
        if (fault == QLatin1String("refused"))
            f.session->setBaseUrl(base);
        else
            f.server->clearFaults();
        QTRY_COMPARE_WITH_TIMEOUT(log.finishedRuns(), 3, MaxBackoffMs + 5000);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.status(), RunWatcher::Status::Idle, 2000);
        QCOMPARE(watcher.consecutiveFailures(), 0);
        QTest::qWait(5 * IntervalMs);
        QCOMPARE(log.finishedTotal, 3);
        QString why;
        for (const Run &r : runs)
            QVERIFY2(log.consistent(r.id, r.state, &why), qPrintable(why));
        QCOMPARE(log.finished.value(runs.at(2).id).first(), RunState::Failed);
        QCOMPARE(clock.getRuns(f.apiPrefix()), 0);
    }

    // Offline: no request at all; online again: polling resumes at once.
    void pausesWhileOffline()
    {
        SandboxFixture f;
        FixtureOptions o;
        o.timeScale = 1.0;
        QVERIFY(f.start(kfp::ApiVersion::V2Beta1, o));
        const RunSetup s = prepare(f);
        RequestClock clock;
        f.server->setGateway(&clock);
        QTemporaryDir dir;
        RunWatcher watcher(f.client.get(), dir.filePath(QStringLiteral("w.json")));
        watcher.setInterval(IntervalMs);
        QSignalSpy status(&watcher, &RunWatcher::statusChanged);
        watcher.watch(f.runOf(s.experimentId, s.pipelineId, s.versionId));
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(clock.listRuns(f.apiPrefix()).size() >= 2, 5000);

        watcher.setOnline(false);
        QCOMPARE(watcher.status(), RunWatcher::Status::Offline);
        QVERIFY(!watcher.isOnline());
        const double offAt = clock.now();
        QTest::qWait(10 * IntervalMs);
        QCOMPARE(clock.listRuns(f.apiPrefix(), offAt).size(), 0);

        const double onAt = clock.now();
        watcher.setOnline(true);
        QTRY_VERIFY_WITH_TIMEOUT(clock.listRuns(f.apiPrefix(), onAt).size() >= 1, 2 * IntervalMs);
        QCOMPARE(watcher.status(), RunWatcher::Status::Watching);
        QVERIFY(minGap(clock.listRuns(f.apiPrefix())) >= IntervalMs - 1);
        bool sawOffline = false;
        for (const auto &args : status)
            sawOffline = sawOffline ||
                         args.first().value<RunWatcher::Status>() == RunWatcher::Status::Offline;
        QVERIFY(sawOffline);

        // stop() too: nothing more until start().
        watcher.stop();
        const double stoppedAt = clock.now();
        QTest::qWait(5 * IntervalMs);
        QCOMPARE(clock.listRuns(f.apiPrefix(), stoppedAt).size(), 0);
        QCOMPARE(watcher.status(), RunWatcher::Status::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestRunWatcherOutage)
#include "tst_runwatcher_outage.moc"
