// FreedesktopNotifier against a fake org.freedesktop.Notifications registered on the test's
// private session bus: the exact Notify arguments, ActionInvoked → activated(runId), and end to
// end with the sandbox, RunWatcher and NotificationCenter — exactly one Notify per final
// transition with the right summary and body, and the "Open run" action reaching the app.
// The notifier talks through its own bus connection, so every call crosses the bus daemon as it
// does between the app and the desktop's notification daemon.

#include "FakeNotificationService.h"
#include "WatchTestSupport.h"
#include "models/RunStatePresentation.h"
#include "watch/FreedesktopNotifier.h"
#include "watch/NotificationCenter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace testutil;
using namespace watchtest;
using kfp::FreedesktopNotifier;
using kfp::NotificationCenter;
using kfp::RunNotification;

namespace {

constexpr int IntervalMs = 50;

QDBusConnection notifierBus()
{
    return QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                         QStringLiteral("kfp-notifier-under-test"));
}

RunNotification sample(RunState state)
{
    RunNotification n;
    n.runId = QStringLiteral("run-%1").arg(int(state));
    n.runName = QStringLiteral("train <fast> & eval");
    n.state = state;
    n.durationMs = 65000;
    n.errorMessage = QStringLiteral("task 'train' failed: exit code 1\nTraceback …");
    return n;
}

} // namespace

class TestFreedesktopNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no D-Bus session bus: run under tools/with-test-session.sh");
        QVERIFY2(m_fake.registerOn(QDBusConnection::sessionBus(), &error), qPrintable(error));
    }
    void init()
    {
        m_fake.calls.clear();
        m_fake.capabilities = {QStringLiteral("actions"), QStringLiteral("body")};
    }

    // Every argument of Notify as the Desktop Notifications Specification wants it.
    void notifySendsTheSpecArguments_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("urgency");
        QTest::newRow("succeeded")
            << int(RunState::Succeeded) << "Run succeeded: train <fast> & eval"
            << "Final state: Succeeded\nDuration: 1 min 5 s" << 1;
        QTest::newRow("failed") << int(RunState::Failed) << "Run failed: train <fast> & eval"
                                << "Final state: Failed\nDuration: 1 min 5 s\n"
                                   "Error: task 'train' failed: exit code 1"
                                << 2;
        QTest::newRow("canceled") << int(RunState::Canceled) << "Run canceled: train <fast> & eval"
                                  << "Final state: Canceled\nDuration: 1 min 5 s" << 1;
        QTest::newRow("skipped") << int(RunState::Skipped) << "Run skipped: train <fast> & eval"
                                 << "Final state: Skipped\nDuration: 1 min 5 s" << 1;
    }
    void notifySendsTheSpecArguments()
    {
        QFETCH(int, state);
        QFETCH(QString, summary);
        QFETCH(QString, body);
        QFETCH(int, urgency);
        FreedesktopNotifier notifier(notifierBus());
        QSignalSpy shown(&notifier, &FreedesktopNotifier::notificationShown);
        notifier.notify(sample(RunState(state)));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 5000);
        QCOMPARE(m_fake.calls.size(), 1);
        const NotifyCall c = m_fake.calls.first();
        QCOMPARE(c.appName, QStringLiteral("KFP Desktop"));
        QCOMPARE(c.replacesId, 0u);
        QCOMPARE(c.appIcon, QStringLiteral("kfp-desktop"));
        QCOMPARE(c.summary, summary);
        QCOMPARE(c.body, body);
        QCOMPARE(c.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Open run"),
                                         QStringLiteral("open"), QStringLiteral("Open run")}));
        QCOMPARE(c.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("kfp-desktop"));
        QCOMPARE(c.hints.value(QStringLiteral("urgency")).toInt(), urgency);
        QCOMPARE(c.hints.value(QStringLiteral("urgency")).metaType(), QMetaType::fromType<uchar>());
        QCOMPARE(c.expireTimeout, -1);
        QCOMPARE(shown.first().at(0).toUInt(), c.id);
        QCOMPARE(shown.first().at(1).toString(), sample(RunState(state)).runId);
    }

    // A daemon that renders body markup gets the body escaped.
    void escapesTheBodyForMarkupDaemons()
    {
        m_fake.capabilities.append(QStringLiteral("body-markup"));
        FreedesktopNotifier notifier(notifierBus());
        QSignalSpy shown(&notifier, &FreedesktopNotifier::notificationShown);
        RunNotification n = sample(RunState::Failed);
        n.errorMessage = QStringLiteral("a < b && c");
        // GetCapabilities is asynchronous: let its answer arrive first.
        QTest::qWait(200);
        notifier.notify(n);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 5000);
        QVERIFY2(m_fake.calls.first().body.endsWith(QStringLiteral("Error: a &lt; b &amp;&amp; c")),
                 qPrintable(m_fake.calls.first().body));
    }

    // ActionInvoked for our notification → activated(runId); for anything else → nothing.
    void actionInvokedActivatesTheRun()
    {
        FreedesktopNotifier notifier(notifierBus());
        QSignalSpy shown(&notifier, &FreedesktopNotifier::notificationShown);
        QSignalSpy activated(&notifier, &FreedesktopNotifier::activated);
        const RunNotification n = sample(RunState::Succeeded);
        notifier.notify(n);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 5000);
        const uint id = shown.first().first().toUInt();

        Q_EMIT m_fake.ActionInvoked(id + 1000, QStringLiteral("default")); // another app's
        Q_EMIT m_fake.ActionInvoked(id, QStringLiteral("default"));
        QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 5000);
        QCOMPARE(activated.first().first().toString(), n.runId);
        Q_EMIT m_fake.ActionInvoked(id, QStringLiteral("open"));
        QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 2, 5000);
        Q_EMIT m_fake.ActionInvoked(id, QStringLiteral("dismiss")); // not one of ours
        // Once closed, the id may be reused by the daemon for someone else's notification.
        Q_EMIT m_fake.NotificationClosed(id, 2);
        Q_EMIT m_fake.ActionInvoked(id, QStringLiteral("default"));
        QTest::qWait(200);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(notifier.pendingCount(), 0);
    }

    // No bus: notify() reports the failure and never blocks or crashes.
    void withoutABusFailsQuietly()
    {
        FreedesktopNotifier notifier(QDBusConnection(QStringLiteral("not-a-connection")));
        QSignalSpy failed(&notifier, &FreedesktopNotifier::notifyFailed);
        QVERIFY(!notifier.isConnected());
        notifier.notify(sample(RunState::Succeeded));
        QCOMPARE(failed.count(), 1);
    }

    // The whole chain: three runs end (succeeded, failed, canceled) → exactly three Notify calls
    // with the right summary and body; invoking the failed one's action reaches the app as
    // NotificationCenter::activated(runId), which the main window answers by selecting the run.
    void endToEndOneNotifyPerFinalTransition()
    {
        SandboxFixture f;
        FixtureOptions o;
        o.timeScale = 0.1;
        QVERIFY(f.start(kfp::ApiVersion::V2Beta1, o));
        const RunSetup s = prepare(f);
        QTemporaryDir dir;
        RunWatcher watcher(f.client.get(), dir.filePath(QStringLiteral("w.json")));
        watcher.setInterval(IntervalMs);
        FreedesktopNotifier notifier(notifierBus());
        NotificationCenter center(&watcher, &notifier);
        QSignalSpy shown(&notifier, &FreedesktopNotifier::notificationShown);
        QSignalSpy activated(&center, &NotificationCenter::activated);
        watcher.start();

        const Run ok =
            f.runOf(s.experimentId, s.pipelineId, s.versionId, {}, QStringLiteral("e2e ok"));
        const Run bad = f.runOf(s.experimentId, s.pipelineId, s.versionId, failing(),
                                QStringLiteral("e2e bad"));
        const Run stop =
            f.runOf(s.experimentId, s.pipelineId, s.versionId, {}, QStringLiteral("e2e stop"));
        for (const Run &r : {ok, bad, stop})
            watcher.watch(r);
        KFP_VERIFY_OK(await(f.client->terminateRun(stop.id)));

        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 3, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.status(), RunWatcher::Status::Idle, 2000);
        QTest::qWait(5 * IntervalMs);
        QCOMPARE(m_fake.calls.size(), 3);
        QCOMPARE(center.unreadCount(), 3);

        QHash<QString, uint> idBySummary;
        for (const NotifyCall &c : m_fake.calls)
            idBySummary.insert(c.summary, c.id);
        QVERIFY(idBySummary.contains(QStringLiteral("Run succeeded: e2e ok")));
        QVERIFY(idBySummary.contains(QStringLiteral("Run failed: e2e bad")));
        // A terminated run ends FAILED, as a real server reports a terminated Argo workflow.
        QVERIFY(idBySummary.contains(QStringLiteral("Run failed: e2e stop")));
        for (const Run &r : {ok, bad, stop}) {
            auto server = await(f.client->getRun(r.id));
            KFP_VERIFY_OK(server);
            const RunNotification expected = RunNotification::fromRun(server.result);
            QVERIFY(expected.durationMs >= 0);
            const auto call =
                std::find_if(m_fake.calls.cbegin(), m_fake.calls.cend(),
                             [&](const NotifyCall &c) { return c.summary == expected.summary(); });
            QVERIFY(call != m_fake.calls.cend());
            QCOMPARE(call->body, expected.body());
            QVERIFY(call->body.startsWith(
                QStringLiteral("Final state: %1\nDuration: ")
                    .arg(kfp::RunStatePresentation::text(server.result.state))));
        }

        Q_EMIT m_fake.ActionInvoked(idBySummary.value(QStringLiteral("Run failed: e2e bad")),
                                    QStringLiteral("default"));
        QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 5000);
        QCOMPARE(activated.first().first().toString(), bad.id);
        QCOMPARE(center.unreadCount(), 2);
    }

private:
    FakeNotificationService m_fake;
};

QTEST_GUILESS_MAIN(TestFreedesktopNotifier)
#include "tst_freedesktopnotifier.moc"
