// NotificationCenter: the in-app list of finished runs fed by RunWatcher (against the sandbox),
// filtered by NotificationSettings (final states, "only runs started here"), forwarded to the
// Notifier when desktop notifications are on; unread count, mark read, activation; the model
// checked with QAbstractItemModelTester. Also RunNotification's texts and the settings' storage.

#include "WatchTestSupport.h"
#include "models/roles.h"
#include "watch/NotificationCenter.h"
#include "watch/Notifier.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace testutil;
using namespace watchtest;
using kfp::NotificationCenter;
using kfp::NotificationSettings;
using kfp::RunNotification;

namespace {

constexpr int IntervalMs = 50;

// A notifier that only records (the D-Bus one has its own test).
class RecordingNotifier final : public kfp::Notifier
{
public:
    void notify(const RunNotification &n) override { shown.append(n); }
    void click(const QString &runId) { Q_EMIT activated(runId); }
    QList<RunNotification> shown;
};

RunNotification entry(const QString &id, RunState state = RunState::Succeeded)
{
    RunNotification n;
    n.runId = id;
    n.runName = QStringLiteral("name of ") + id;
    n.state = state;
    n.durationMs = 1000;
    return n;
}

QSet<QString> names(const QList<RunNotification> &list)
{
    QSet<QString> out;
    for (const RunNotification &n : list)
        out.insert(n.runName);
    return out;
}

} // namespace

class TestNotificationCenter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheSettings_data()
    {
        QTest::addColumn<bool>("onFailed");
        QTest::addColumn<bool>("onlyStartedHere");
        QTest::addColumn<bool>("desktop");
        QTest::addColumn<QStringList>("listed");
        QTest::newRow("all") << true << false << true
                             << QStringList{"created ok", "created bad", "pinned ok"};
        QTest::newRow("no failures")
            << false << false << true << QStringList{"created ok", "pinned ok"};
        QTest::newRow("only started here")
            << true << true << true << QStringList{"created ok", "created bad"};
        QTest::newRow("desktop off")
            << true << false << false << QStringList{"created ok", "created bad", "pinned ok"};
    }
    void followsTheSettings()
    {
        QFETCH(bool, onFailed);
        QFETCH(bool, onlyStartedHere);
        QFETCH(bool, desktop);
        QFETCH(QStringList, listed);
        SandboxFixture f;
        FixtureOptions o;
        o.timeScale = 0.1;
        QVERIFY(f.start(kfp::ApiVersion::V2Beta1, o));
        const RunSetup s = prepare(f);
        QTemporaryDir dir;
        RunWatcher watcher(f.client.get(), dir.filePath(QStringLiteral("w.json")));
        watcher.setInterval(IntervalMs);
        TransitionLog log(&watcher);
        RecordingNotifier notifier;
        NotificationCenter center(&watcher, &notifier);
        QAbstractItemModelTester tester(&center,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        NotificationSettings settings;
        settings.onFailed = onFailed;
        settings.onlyStartedHere = onlyStartedHere;
        settings.desktop = desktop;
        center.setSettings(settings);
        QSignalSpy unread(&center, &NotificationCenter::unreadCountChanged);
        watcher.start();

        watcher.watch(
            f.runOf(s.experimentId, s.pipelineId, s.versionId, {}, QStringLiteral("created ok")));
        watcher.watch(f.runOf(s.experimentId, s.pipelineId, s.versionId, failing(),
                              QStringLiteral("created bad")));
        watcher.pin(
            f.runOf(s.experimentId, s.pipelineId, s.versionId, {}, QStringLiteral("pinned ok")).id);
        QTRY_COMPARE_WITH_TIMEOUT(log.finishedTotal, 3, 20000);

        const QSet<QString> expected(listed.cbegin(), listed.cend());
        QCOMPARE(names(center.entries()), expected);
        QCOMPARE(center.rowCount(), listed.size());
        QCOMPARE(center.unreadCount(), listed.size());
        QCOMPARE(unread.count(), listed.size());
        QCOMPARE(names(notifier.shown), desktop ? expected : QSet<QString>());
        for (int row = 0; row < center.rowCount(); ++row) {
            const RunNotification n = center.entryAt(row);
            QCOMPARE(n.state, n.runName.endsWith(QLatin1String("bad")) ? RunState::Failed
                                                                       : RunState::Succeeded);
            QVERIFY(n.durationMs >= 0);
            QVERIFY(n.finishedAt.isValid());
        }
    }

    // Newest first; unread count; mark read (one, one run's, all); activation from the list and
    // from the desktop notification; the cap on entries.
    void unreadAndActivation()
    {
        SandboxFixture f;
        QVERIFY(f.start(kfp::ApiVersion::V2Beta1));
        QTemporaryDir dir;
        RunWatcher watcher(f.client.get(), dir.filePath(QStringLiteral("w.json")));
        RecordingNotifier notifier;
        NotificationCenter center(&watcher, &notifier);
        QAbstractItemModelTester tester(&center,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy activated(&center, &NotificationCenter::activated);
        QSignalSpy unread(&center, &NotificationCenter::unreadCountChanged);

        center.add(entry(QStringLiteral("a")));
        center.add(entry(QStringLiteral("b"), RunState::Failed));
        center.add(entry(QStringLiteral("a"), RunState::Canceled)); // the same run again
        QCOMPARE(center.rowCount(), 3);
        QCOMPARE(center.unreadCount(), 3);
        QCOMPARE(notifier.shown.size(), 3);
        QCOMPARE(center.index(0).data(kfp::IdRole).toString(), QStringLiteral("a"));
        QCOMPARE(center.index(0).data(kfp::StateRole).toInt(), int(RunState::Canceled));
        QCOMPARE(center.index(0).data(Qt::DisplayRole).toString(),
                 QStringLiteral("Run canceled: name of a"));
        QCOMPARE(center.index(1).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Final state: Failed\nDuration: 1 s"));
        QCOMPARE(center.index(1).data(kfp::DurationRole).toLongLong(), 1000);
        QCOMPARE(center.index(1).data(NotificationCenter::UnreadRole).toBool(), true);

        center.markRead(1);
        QCOMPARE(center.unreadCount(), 2);
        QVERIFY(!center.isUnread(1));
        center.markRead(1); // already read: no change, no signal
        QCOMPARE(unread.count(), 4);

        notifier.click(QStringLiteral("a")); // the desktop notification's "Open run"
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.last().first().toString(), QStringLiteral("a"));
        QCOMPARE(center.unreadCount(), 0); // both entries of run a

        center.add(entry(QStringLiteral("c")));
        center.activate(0);
        QCOMPARE(activated.last().first().toString(), QStringLiteral("c"));
        QCOMPARE(center.unreadCount(), 0);

        center.add(entry(QStringLiteral("d")));
        center.markAllRead();
        QCOMPARE(center.unreadCount(), 0);

        for (int i = 0; i < NotificationCenter::MaxEntries + 5; ++i)
            center.add(entry(QStringLiteral("bulk %1").arg(i)));
        QCOMPARE(center.rowCount(), NotificationCenter::MaxEntries);
        QCOMPARE(center.unreadCount(), NotificationCenter::MaxEntries);
        QCOMPARE(center.entryAt(0).runId,
                 QStringLiteral("bulk %1").arg(NotificationCenter::MaxEntries + 4));

        center.clear();
        QCOMPARE(center.rowCount(), 0);
        QCOMPARE(center.unreadCount(), 0);
        QCOMPARE(unread.last().first().toInt(), 0);
    }

    void texts_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown") << qint64(-1) << "unknown";
        QTest::newRow("seconds") << qint64(45900) << "45 s";
        QTest::newRow("minutes") << qint64(187000) << "3 min 7 s";
        QTest::newRow("hours") << qint64(7500000) << "2 h 5 min";
        QTest::newRow("days") << qint64(273600000) << "3 d 4 h";
    }
    void texts()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(RunNotification::durationText(ms), text);
    }

    // Duration as the KFP UI shows it (finished_at − created_at); the error's first line only.
    void notificationFromRun()
    {
        Run run;
        run.id = QStringLiteral("r1");
        run.state = RunState::Failed;
        run.createdAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0), Qt::UTC);
        run.finishedAt = run.createdAt.addSecs(3 * 60 + 7);
        run.errorMessage = QStringLiteral("%1\nsecond line").arg(QString(300, QLatin1Char('x')));
        const RunNotification n = RunNotification::fromRun(run);
        QCOMPARE(n.runName, QStringLiteral("r1")); // no display name: the id
        QCOMPARE(n.durationMs, 187000);
        QCOMPARE(n.summary(), QStringLiteral("Run failed: r1"));
        const QStringList lines = n.body().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1), QStringLiteral("Duration: 3 min 7 s"));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("Error: xxx")));
        QVERIFY(lines.at(2).size() < 220);
        run.finishedAt = {};
        QCOMPARE(RunNotification::fromRun(run).durationMs, -1);
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        NotificationSettings defaults;
        {
            QSettings empty(file, QSettings::IniFormat);
            QVERIFY(NotificationSettings::load(empty) == defaults);
        }
        NotificationSettings changed;
        changed.desktop = false;
        changed.onSucceeded = false;
        changed.onSkipped = false;
        changed.onlyStartedHere = true;
        {
            QSettings out(file, QSettings::IniFormat);
            changed.save(out);
        }
        QSettings in(file, QSettings::IniFormat);
        const NotificationSettings loaded = NotificationSettings::load(in);
        QVERIFY(loaded == changed);
        QVERIFY(loaded != defaults);
        QVERIFY(!loaded.notifiesFor(RunState::Succeeded));
        QVERIFY(loaded.notifiesFor(RunState::Failed));
        QVERIFY(loaded.notifiesFor(RunState::Canceled));
        QVERIFY(!loaded.notifiesFor(RunState::Running));
    }
};

QTEST_GUILESS_MAIN(TestNotificationCenter)
#include "tst_notificationcenter.moc"
