// NotificationController in a real MainWindow against the sandbox: the bell's in-app list gets an
// entry with the unread count when a watched run finishes and clicking it selects the run; the
// desktop service (a fake org.freedesktop.Notifications on the private session bus) receives
// exactly one Notify per final transition and its "Open run" selects the run; "Pin Run" in the
// run context menu makes the watcher follow the run; the settings decide which ends notify.

#include "FakeNotificationService.h"
#include "MainWindow.h"
#include "NotificationController.h"
#include "NotificationListPopup.h"
#include "NotificationSettingsDialog.h"
#include "RunDetails.h"
#include "SectionView.h"
#include "UiTestSupport.h"
#include "WatchTestSupport.h"
#include "models/RunListModel.h"
#include "models/roles.h"
#include "watch/FreedesktopNotifier.h"
#include "watch/NotificationCenter.h"
#include "watch/RunWatcher.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace testutil;
using namespace watchtest;
using kfp::MainWindow;
using kfp::NotificationController;

namespace {

constexpr int IntervalMs = 50;

class RecordingNotifier final : public kfp::Notifier
{
public:
    void notify(const kfp::RunNotification &n) override { shown.append(n); }
    QList<kfp::RunNotification> shown;
};

// A window on the sandbox with the controller wired as main() does.
struct App
{
    App()
    {
        FixtureOptions o;
        o.timeScale = 0.1;
        started = f.start(kfp::ApiVersion::V2Beta1, o);
        if (!started)
            return;
        s = prepare(f);
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("app.ini")),
                                               QSettings::IniFormat);
        window = std::make_unique<MainWindow>(f.connection.get(), nullptr, &prompter);
        window->resize(1000, 700);
        window->show();
        f.connection->verify();
        controller = std::make_unique<NotificationController>(
            window.get(), f.client.get(), settings.get(), window->menuBar(), window->actionsMenu());
        controller->setDataDir(dir.path());
        controller->connectTo(QStringLiteral("test profile"), {});
        controller->watcher()->setInterval(IntervalMs);
    }
    kfp::RunDetails *runDetails() const
    {
        return window->sectionView(MainWindow::Section::Runs)
            ->findChild<kfp::RunDetails *>(QStringLiteral("runDetails"));
    }
    // The run the window shows: in the Runs section, its details pane on that run.
    bool shows(const QString &runId) const
    {
        const kfp::RunDetails *pane = runDetails();
        return window->currentSection() == MainWindow::Section::Runs && pane && pane->isVisible() &&
               pane->currentId() == runId;
    }
    kfp::Run run(const QString &name, const QList<kfp::RunParameter> &params = {})
    {
        return f.runOf(s.experimentId, s.pipelineId, s.versionId, params, name);
    }

    SandboxFixture f;
    bool started = false;
    RunSetup s;
    QTemporaryDir dir;
    kfptest::ScriptedPrompter prompter;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<NotificationController> controller;
};

} // namespace

class TestNotificationController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inAppListShowsFinishedRunAndOpensIt()
    {
        App app;
        QVERIFY(app.started);
        QToolButton *bell =
            app.window->findChild<QToolButton *>(QStringLiteral("notificationButton"));
        QVERIFY(bell);
        QVERIFY(bell->isVisible());
        const QString quietText = bell->text();

        const kfp::Run run = app.run(QStringLiteral("watched run"));
        app.controller->watcher()->watch(run);
        kfp::NotificationCenter *center = app.controller->center();
        QTRY_COMPARE_WITH_TIMEOUT(center->rowCount(), 1, 20000);
        QCOMPARE(center->unreadCount(), 1);
        QVERIFY(bell->text() != quietText);
        QVERIFY2(bell->text().contains(QLatin1Char('1')), qPrintable(bell->text()));

        QTest::mouseClick(bell, Qt::LeftButton);
        kfp::NotificationListPopup *popup = app.controller->popup();
        QTRY_VERIFY(popup->isVisible());
        auto *list = popup->findChild<QListView *>(QStringLiteral("notificationList"));
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(
            list->model()->index(0, 0).data().toString().contains(QLatin1String("watched run")));
        const QRect rect = list->visualRect(list->model()->index(0, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());

        QTRY_VERIFY_WITH_TIMEOUT(app.shows(run.id), 10000);
        QCOMPARE(center->unreadCount(), 0);
        QCOMPARE(bell->text(), quietText);
        QVERIFY(!popup->isVisible());
        // Once the Runs list has the row, it is the selected one.
        kfp::SectionView *runs = app.window->sectionView(MainWindow::Section::Runs);
        QTRY_COMPARE_WITH_TIMEOUT(runs->currentItem().id, run.id, 10000);
    }

    void markAllRead()
    {
        App app;
        QVERIFY(app.started);
        app.controller->watcher()->watch(app.run(QStringLiteral("one")));
        app.controller->watcher()->watch(app.run(QStringLiteral("two")));
        QTRY_COMPARE_WITH_TIMEOUT(app.controller->center()->unreadCount(), 2, 20000);
        app.controller->showList();
        auto *button =
            app.controller->popup()->findChild<QPushButton *>(QStringLiteral("markAllReadButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(app.controller->center()->unreadCount(), 0);
        QCOMPARE(app.controller->center()->rowCount(), 2);
        QVERIFY(!button->isEnabled());
    }

    void desktopNotificationOncePerEndAndOpenRun()
    {
        watchtest::FakeNotificationService service;
        QString error;
        if (!service.registerOn(QDBusConnection::sessionBus(), &error))
            QSKIP(qPrintable(error));
        App app;
        QVERIFY(app.started);
        kfp::FreedesktopNotifier notifier(QDBusConnection::sessionBus());
        app.controller->setNotifier(&notifier);
        QSignalSpy polls(app.controller->watcher(), &kfp::RunWatcher::pollFinished);

        const kfp::Run ok = app.run(QStringLiteral("good run"));
        const kfp::Run bad = app.run(QStringLiteral("bad run"), failing());
        app.controller->watcher()->watch(ok);
        app.controller->watcher()->watch(bad);
        QTRY_COMPARE_WITH_TIMEOUT(service.calls.size(), 2, 20000);
        // A third run keeps the watcher polling: the first two ends are not announced again.
        const int after = int(polls.count());
        app.controller->watcher()->watch(app.run(QStringLiteral("third run")));
        QTRY_COMPARE_WITH_TIMEOUT(service.calls.size(), 3, 20000);
        QVERIFY(polls.count() >= after + 2);
        QTRY_COMPARE_WITH_TIMEOUT(app.controller->watcher()->status(),
                                  kfp::RunWatcher::Status::Idle, 5000);
        QCOMPARE(service.calls.size(), 3);
        service.calls.removeLast(); // the two runs below

        QHash<QString, watchtest::NotifyCall> bySummary;
        for (const auto &call : service.calls)
            bySummary.insert(call.summary, call);
        const kfp::NotificationCenter *center = app.controller->center();
        QCOMPARE(center->rowCount(), 3);
        for (int row = 1; row < center->rowCount(); ++row) { // row 0: the third run, newest
            const kfp::RunNotification n = center->entryAt(row);
            QVERIFY2(bySummary.contains(n.summary()), qPrintable(n.summary()));
            QCOMPARE(bySummary.value(n.summary()).body, n.body());
            QVERIFY(n.summary().contains(n.runName));
        }
        const kfp::RunNotification badEntry =
            center->entryAt(1).runId == bad.id ? center->entryAt(1) : center->entryAt(2);
        QCOMPARE(badEntry.state, RunState::Failed);

        // The user clicks "Open run" on the failed run's notification.
        app.window->setCurrentSection(MainWindow::Section::Pipelines);
        const uint id = bySummary.value(badEntry.summary()).id;
        Q_EMIT service.ActionInvoked(id, QStringLiteral("open"));
        QTRY_VERIFY_WITH_TIMEOUT(app.shows(bad.id), 10000);
    }

    void pinFromContextMenu()
    {
        App app;
        QVERIFY(app.started);
        const kfp::Run run = app.run(QStringLiteral("to pin"));
        app.window->setCurrentSection(MainWindow::Section::Runs);
        kfp::SectionView *runs = app.window->sectionView(MainWindow::Section::Runs);
        app.window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(app.window->runModel()->indexForId(run.id).isValid(), 10000);
        runs->view()->setCurrentIndex(app.window->runModel()->indexForId(run.id));
        QCOMPARE(runs->currentItem().id, run.id);
        kfp::RunWatcher *watcher = app.controller->watcher();
        QVERIFY(!watcher->isWatched(run.id));

        Q_EMIT runs->contextMenuRequested(QPoint(10, 10));
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = app.window->findChild<QMenu *>(QStringLiteral("contextMenu"))) &&
                    menu->isVisible());
        QAction *pin = nullptr;
        for (QAction *a : menu->actions())
            if (a->objectName() == QLatin1String("actionPinRun"))
                pin = a;
        QVERIFY(pin && pin->isEnabled());
        QVERIFY(!pin->isChecked());
        pin->trigger();
        menu->close();
        QVERIFY(watcher->isPinned(run.id));
        QVERIFY(watcher->origins(run.id).testFlag(kfp::WatchOrigin::Pinned));
        QVERIFY(pin->isChecked()); // the pinned state shows
        // The watcher follows it: its end is seen (and listed, as pinned runs notify).
        QTRY_VERIFY_WITH_TIMEOUT(kfp::isFinal(watcher->knownState(run.id)), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(app.controller->center()->rowCount(), 1, 5000);

        // Unpin from the Actions menu action (the same action).
        pin->trigger();
        QVERIFY(!watcher->isPinned(run.id));
        QVERIFY(!pin->isChecked());
    }

    void settingsFilterWhatNotifies()
    {
        App app;
        QVERIFY(app.started);
        RecordingNotifier notifier;
        app.controller->setNotifier(&notifier);
        app.controller->showSettings();
        kfp::NotificationSettingsDialog *dialog = app.controller->settingsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *succeeded = dialog->findChild<QCheckBox *>(QStringLiteral("succeededCheck"));
        QVERIFY(succeeded && succeeded->isChecked());
        succeeded->setChecked(false);
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
        QVERIFY(!app.controller->notificationSettings().onSucceeded);
        QVERIFY(app.controller->notificationSettings().onFailed);
        // Saved, so the next start keeps it.
        QVERIFY(!kfp::NotificationSettings::load(*app.settings).onSucceeded);

        QSignalSpy finished(app.controller->watcher(), &kfp::RunWatcher::runFinished);
        const kfp::Run ok = app.run(QStringLiteral("fine"));
        const kfp::Run bad = app.run(QStringLiteral("broken"), failing());
        app.controller->watcher()->watch(ok);
        app.controller->watcher()->watch(bad);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QCOMPARE(app.controller->center()->rowCount(), 1);
        QCOMPARE(app.controller->center()->entryAt(0).runId, bad.id);
        QCOMPARE(notifier.shown.size(), 1);
        QCOMPARE(notifier.shown.first().runId, bad.id);

        // A new controller (the next start) reads the saved settings.
        NotificationController next(app.window.get(), app.f.client.get(), app.settings.get(),
                                    app.window->menuBar(), app.window->actionsMenu());
        QVERIFY(!next.notificationSettings().onSucceeded);
    }

    void stateFilePerConnection()
    {
        QCOMPARE(NotificationController::stateFileName(QStringLiteral("https://kfp.example/x y")),
                 QStringLiteral("run-watcher-https_kfp.example_x_y.json"));
        QVERIFY(NotificationController::stateFileName(QStringLiteral("a")) !=
                NotificationController::stateFileName(QStringLiteral("b")));
    }
};

QTEST_MAIN(TestNotificationController)
#include "tst_notificationcontroller.moc"
