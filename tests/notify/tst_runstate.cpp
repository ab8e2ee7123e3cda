// One run state across the main window, against the sandbox on both APIs: when a run ends, its
// row in the Runs list (state, duration), the toolbar's Terminate/Retry and the details pane agree
// within one monitor interval, whichever of them saw the end first (the details monitor, or the
// run watcher); the list is never refreshed meanwhile (auto refresh off), so only the shared
// RunStateCache can bring the row up to date. A retry asks first (a real click on the message
// box) and the retried run is watched until its end is announced.

#include "MainWindow.h"
#include "NotificationController.h"
#include "ResourceActions.h"
#include "RunDetails.h"
#include "SectionView.h"
#include "UiTestSupport.h"
#include "WatchTestSupport.h"
#include "models/DurationText.h"
#include "models/RunListModel.h"
#include "models/RunStatePresentation.h"
#include "models/roles.h"
#include "watch/RunWatcher.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>

using namespace testutil;
using namespace watchtest;
using kfp::MainWindow;
using kfp::RunState;

namespace {

constexpr int MonitorMs = 400;
constexpr int T = 60000;

// A window on the sandbox with notifications wired as main() does, and no auto refresh.
struct App
{
    App(kfp::ApiVersion api, double timeScale, kfp::Prompter *prompter)
    {
        FixtureOptions o;
        o.timeScale = timeScale;
        started = f.start(api, o);
        if (!started)
            return;
        s = prepare(f);
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("app.ini")),
                                               QSettings::IniFormat);
        window = std::make_unique<MainWindow>(f.connection.get(), nullptr, prompter);
        window->setAutoRefreshInterval(3600 * 1000);
        window->resize(1200, 800);
        window->show();
        f.connection->verify();
        controller = std::make_unique<kfp::NotificationController>(
            window.get(), f.client.get(), settings.get(), window->menuBar(), window->actionsMenu());
        controller->setDataDir(dir.path());
        controller->connectTo(QStringLiteral("run state"), {});
        runs()->detailsFor(kfp::NodeKind::Run); // made now, to set its interval
        details()->setMonitorInterval(MonitorMs);
    }
    kfp::SectionView *runs() const { return window->sectionView(MainWindow::Section::Runs); }
    kfp::RunDetails *details() const
    {
        return runs()->findChild<kfp::RunDetails *>(QStringLiteral("runDetails"));
    }
    kfp::RunWatcher *watcher() const { return controller->watcher(); }
    kfp::ResourceActions *actions() const { return window->resourceActions(); }
    QModelIndex row(const QString &runId, int column = 0) const
    {
        return window->runModel()->indexForId(runId, kfp::NodeKind::Run, column);
    }
    QString detailsState() const
    {
        return details()->findChild<QLabel *>(QStringLiteral("stateValue"))->text();
    }
    // Shows the Runs section with `runId` loaded and clicked; its details shown.
    bool select(const QString &runId)
    {
        window->setCurrentSection(MainWindow::Section::Runs);
        window->refresh();
        if (!QTest::qWaitFor([&] { return row(runId).isValid(); }, T))
            return false;
        QTreeView *tree = runs()->view();
        tree->scrollTo(row(runId));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualRect(row(runId)).center());
        return QTest::qWaitFor(
            [&] {
                return details()->isVisible() && details()->currentId() == runId &&
                       !details()->isLoading() && !detailsState().isEmpty();
            },
            T);
    }

    SandboxFixture f;
    bool started = false;
    RunSetup s;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<kfp::NotificationController> controller;
};

void addApis()
{
    QTest::addColumn<int>("api");
    QTest::newRow("v2beta1") << int(kfp::ApiVersion::V2Beta1);
    QTest::newRow("v1beta1") << int(kfp::ApiVersion::V1Beta1);
}

} // namespace

class TestRunState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowToolbarAndDetailsAgreeWhenTheRunEnds_data() { addApis(); }
    void rowToolbarAndDetailsAgreeWhenTheRunEnds()
    {
        QFETCH(int, api);
        kfptest::ScriptedPrompter prompter;
        App app(kfp::ApiVersion(api), 2.0, &prompter); // a few seconds of PENDING/RUNNING
        QVERIFY(app.started);
        const kfp::Run run = app.f.runOf(app.s.experimentId, app.s.pipelineId, app.s.versionId,
                                         failing(), QStringLiteral("ending"));
        QVERIFY(!run.id.isEmpty());
        QVERIFY(app.select(run.id));
        QCOMPARE(app.f.client->apiVersion(), kfp::ApiVersion(api));
        QVERIFY(app.details()->isMonitoring());

        // Active: Terminate applies, Retry does not and says why.
        QTRY_VERIFY_WITH_TIMEOUT(app.actions()->terminateAction()->isEnabled(), 5000);
        QVERIFY(!app.actions()->retryAction()->isEnabled());
        QVERIFY(!app.actions()->retryAction()->toolTip().isEmpty());
        QVERIFY(app.actions()->retryAction()->toolTip() !=
                app.actions()->retryAction()->text().remove(QLatin1Char('&')));
        QCOMPARE(app.actions()->retryAction()->statusTip(),
                 app.actions()->retryAction()->toolTip());

        // When each of the three first shows the end.
        QElapsedTimer clock;
        clock.start();
        qint64 listAt = -1, toolbarAt = -1, detailsAt = -1;
        const QString failedText = kfp::RunStatePresentation::text(RunState::Failed);
        auto look = [&] {
            const auto now = clock.elapsed();
            if (listAt < 0 && app.row(run.id).data(kfp::StateRole).toInt() == int(RunState::Failed))
                listAt = now;
            if (toolbarAt < 0 && app.actions()->retryAction()->isEnabled() &&
                !app.actions()->terminateAction()->isEnabled())
                toolbarAt = now;
            if (detailsAt < 0 && app.detailsState().startsWith(failedText))
                detailsAt = now;
        };
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, look);
        ticker.start(10);
        connect(app.window->runModel(), &QAbstractItemModel::dataChanged, this, look);
        connect(app.actions()->retryAction(), &QAction::changed, this, look);
        connect(app.details(), &kfp::RunDetails::monitorUpdated, this, look);
        QTRY_VERIFY_WITH_TIMEOUT(listAt >= 0 && toolbarAt >= 0 && detailsAt >= 0, T);
        const qint64 first = std::min({listAt, toolbarAt, detailsAt});
        const qint64 last = std::max({listAt, toolbarAt, detailsAt});
        qInfo("list %lld ms, toolbar %lld ms, details %lld ms after the first", listAt - first,
              toolbarAt - first, detailsAt - first);
        QVERIFY2(last - first <= MonitorMs,
                 qPrintable(QStringLiteral("%1 ms apart").arg(last - first)));
        ticker.stop();

        // The row's duration is the run's, from start to finish, and no longer counts.
        const QModelIndex duration = app.row(run.id, kfp::RunListModel::DurationColumn);
        const QDateTime finished = duration.data(kfp::FinishedAtRole).toDateTime();
        QVERIFY(finished.isValid());
        const kfp::Run listed = app.row(run.id).data(kfp::ObjectRole).value<kfp::Run>();
        const QDateTime start =
            listed.scheduledAt.isValid() ? listed.scheduledAt : listed.createdAt;
        QCOMPARE(duration.data(kfp::DurationRole).toLongLong(), start.msecsTo(finished));
        const QString shown = duration.data().toString();
        QCOMPARE(shown, kfp::DurationText::milliseconds(start.msecsTo(finished)));
        QTest::qWait(1500); // past a tick of the running rows' clock
        QCOMPARE(app.row(run.id, kfp::RunListModel::DurationColumn).data().toString(), shown);
        QVERIFY(!app.actions()->terminateAction()->toolTip().isEmpty());
    }

    // The watcher sees the end first (the details monitor is slow here): the row and the pane
    // show it in the same turn of the event loop as the watcher announces it.
    void watcherUpdateReachesListAndDetailsAtOnce_data() { addApis(); }
    void watcherUpdateReachesListAndDetailsAtOnce()
    {
        QFETCH(int, api);
        kfptest::ScriptedPrompter prompter;
        App app(kfp::ApiVersion(api), 1.0, &prompter);
        QVERIFY(app.started);
        app.details()->setMonitorInterval(10 * 60 * 1000);
        app.watcher()->setInterval(100);
        const kfp::Run run = app.f.runOf(app.s.experimentId, app.s.pipelineId, app.s.versionId,
                                         failing(), QStringLiteral("watched"));
        QVERIFY(!run.id.isEmpty());
        QVERIFY(app.select(run.id));
        QVERIFY(!app.detailsState().startsWith(kfp::RunStatePresentation::text(RunState::Failed)));
        int seen = 0;
        bool rowFailed = false, paneFailed = false;
        connect(app.watcher(), &kfp::RunWatcher::runFinished, this, [&](const kfp::Run &r) {
            if (r.id != run.id)
                return;
            ++seen;
            rowFailed = app.row(run.id).data(kfp::StateRole).toInt() == int(RunState::Failed);
            paneFailed =
                app.detailsState().startsWith(kfp::RunStatePresentation::text(RunState::Failed));
        });
        app.watcher()->watch(run);
        QTRY_COMPARE_WITH_TIMEOUT(seen, 1, T);
        QVERIFY(rowFailed);
        QVERIFY(paneFailed);
        // Whatever the pane shows now, its tasks included, follows at once (no wait for the
        // ten-minute interval).
        QTRY_VERIFY_WITH_TIMEOUT(!app.details()->isMonitoring(), 10000);
    }

    void retryAsksFirstAndTheRetriedRunIsWatched_data() { addApis(); }
    void retryAsksFirstAndTheRetriedRunIsWatched()
    {
        QFETCH(int, api);
        App app(kfp::ApiVersion(api), 0.1, nullptr); // the product's message boxes
        QVERIFY(app.started);
        app.watcher()->setInterval(100);
        const kfp::Run run = app.f.runOf(app.s.experimentId, app.s.pipelineId, app.s.versionId,
                                         failing(), QStringLiteral("to retry"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto out = await(app.f.client->getRun(run.id));
                return out.ok() && out.result.state == RunState::Failed;
            }(),
            T);
        QVERIFY(app.select(run.id));
        QVERIFY(!app.watcher()->isWatched(run.id));
        QAction *retry = app.actions()->retryAction();
        QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), 5000);
        QVERIFY(!app.actions()->terminateAction()->isEnabled());

        QSignalSpy finished(app.watcher(), &kfp::RunWatcher::runFinished);
        QWidget *button = app.window->toolBar()->widgetForAction(retry);
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QMessageBox *b : app.window->findChildren<QMessageBox *>())
                    if (b->isVisible())
                        box = b;
                return box != nullptr;
            }(),
            5000);
        QVERIFY(box->text().contains(QLatin1Char('1')));
        QAbstractButton *yes = box->button(QMessageBox::Yes);
        QVERIFY(yes);
        QTest::mouseClick(yes, Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(app.watcher()->isWatched(run.id), T);
        // Only the first attempt fails: the retry ends SUCCEEDED, and the watcher says so.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto &args : finished)
                    if (args.at(0).value<kfp::Run>().id == run.id &&
                        args.at(0).value<kfp::Run>().state == RunState::Succeeded)
                        return true;
                return false;
            }(),
            T);
        // And the row shows it.
        QTRY_COMPARE_WITH_TIMEOUT(app.row(run.id).data(kfp::StateRole).toInt(),
                                  int(RunState::Succeeded), 5000);
    }
};

QTEST_MAIN(TestRunState)
#include "tst_runstate.moc"
