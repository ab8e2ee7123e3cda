// RunDetails' run monitor against the sandbox: while an active run is shown, its task list and
// progress bar follow the run as the sandbox advances it (one GetRun per interval, for that run
// only), and the polling stops when the run ends or the pane is hidden (the sandbox's request log).

#include "RunDetails.h"
#include "WatchTestSupport.h"
#include "models/RunStatePresentation.h"

#include <QLabel>
#include <QProgressBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace testutil;
using namespace watchtest;

namespace {

constexpr int MonitorMs = 100;

// GET …/runs/<id> requests the sandbox received.
int getRunCount(const SandboxFixture &f, const QString &runId)
{
    int n = 0;
    for (const auto &e : f.server->requestLog())
        if (e.method == "GET" && e.apiPath.endsWith(QStringLiteral("/runs/") + runId))
            ++n;
    return n;
}

QStringList taskStates(const QTreeWidget *tree)
{
    QStringList states;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it)
        states.append((*it)->data(0, Qt::UserRole).toString() + QLatin1Char('=') + (*it)->text(1));
    states.sort();
    return states;
}

} // namespace

class TestRunMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheRunUntilItEnds()
    {
        SandboxFixture f;
        FixtureOptions o;
        o.timeScale = 0.5; // long enough for several polls while tasks run
        QVERIFY(f.start(kfp::ApiVersion::V2Beta1, o));
        const RunSetup s = prepare(f);
        const kfp::Run run =
            f.runOf(s.experimentId, s.pipelineId, s.versionId, {}, QStringLiteral("monitored"));
        QVERIFY(!run.id.isEmpty());

        kfp::RunDetails pane(f.client.get());
        pane.setMonitorInterval(MonitorMs);
        pane.show();
        auto *progress = pane.findChild<QProgressBar *>(QStringLiteral("taskProgress"));
        auto *tree = pane.findChild<QTreeWidget *>(QStringLiteral("taskTree"));
        auto *state = pane.findChild<QLabel *>(QStringLiteral("stateValue"));
        QVERIFY(progress && tree && state);

        // Every applied update: the progress value and the task states at that moment.
        QList<int> values;
        QSet<QString> snapshots;
        connect(&pane, &kfp::RunDetails::monitorUpdated, this, [&] {
            values.append(progress->value());
            snapshots.insert(taskStates(tree).join(QLatin1Char(';')));
        });
        pane.showRun(run.id);
        QTRY_VERIFY_WITH_TIMEOUT(pane.isMonitoring(), 5000);

        QTRY_VERIFY_WITH_TIMEOUT(!pane.isMonitoring(), 30000);
        QCOMPARE(state->text(), kfp::RunStatePresentation::text(RunState::Succeeded));
        QVERIFY(progress->maximum() > 0);
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY2(values.size() >= 2, "the monitor applied fewer than two updates");
        QVERIFY2(values.first() < progress->maximum(), "progress never showed an unfinished run");
        QVERIFY2(snapshots.size() >= 2, "the task states never changed in the tree");
        QCOMPARE(tree->topLevelItemCount() > 0, true);

        // Final: no more requests for it. Absence can only be seen over time: several intervals.
        const int requests = getRunCount(f, run.id);
        QSignalSpy later(&pane, &kfp::RunDetails::monitorUpdated);
        QTest::qWait(5 * MonitorMs);
        QCOMPARE(getRunCount(f, run.id), requests);
        QCOMPARE(later.count(), 0);
    }

    void stopsWhenHiddenAndResumesWhenShown()
    {
        SandboxFixture f;
        FixtureOptions o;
        o.timeScale = 2.0; // stays active for the whole test
        QVERIFY(f.start(kfp::ApiVersion::V2Beta1, o));
        const RunSetup s = prepare(f);
        const kfp::Run run =
            f.runOf(s.experimentId, s.pipelineId, s.versionId, {}, QStringLiteral("slow"));

        kfp::RunDetails pane(f.client.get());
        pane.setMonitorInterval(MonitorMs);
        pane.show();
        QSignalSpy updates(&pane, &kfp::RunDetails::monitorUpdated);
        pane.showRun(run.id);
        QTRY_VERIFY_WITH_TIMEOUT(updates.count() >= 2, 5000);

        pane.hide(); // another item (or none) selected in the section
        QVERIFY(!pane.isMonitoring());
        const int requests = getRunCount(f, run.id);
        QTest::qWait(5 * MonitorMs);
        QCOMPARE(getRunCount(f, run.id), requests);

        pane.show();
        QVERIFY(pane.isMonitoring());
        QTRY_VERIFY_WITH_TIMEOUT(getRunCount(f, run.id) > requests, 5000);

        pane.clear(); // deselected: nothing shown, nothing polled
        QVERIFY(!pane.isMonitoring());
    }

    // A run already final when shown is loaded once and never polled.
    void finalRunIsNotPolled()
    {
        SandboxFixture f;
        QVERIFY(f.start(kfp::ApiVersion::V2Beta1)); // tiny timeScale: the run ends at once
        const RunSetup s = prepare(f);
        const kfp::Run run =
            f.runOf(s.experimentId, s.pipelineId, s.versionId, {}, QStringLiteral("quick"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto out = await(f.client->getRun(run.id));
                return out.ok() && kfp::isFinal(out.result.state);
            }(),
            10000);
        kfp::RunDetails pane(f.client.get());
        pane.setMonitorInterval(MonitorMs);
        pane.show();
        QSignalSpy loaded(&pane, &kfp::DetailsPane::loaded);
        const int before = getRunCount(f, run.id);
        pane.showRun(run.id);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);
        QVERIFY(!pane.isMonitoring());
        QTest::qWait(3 * MonitorMs);
        QCOMPARE(getRunCount(f, run.id), before + 1);
    }

    // A failed run's progress bar is in the failed state's color; the task list is the flat
    // list of Argo nodes a 2.x server sends (no parent_task_id), all of them counted; the run's
    // error is empty on the wire, so the pane names the failed task instead.
    void failedRunProgress()
    {
        SandboxFixture f;
        QVERIFY(f.start(kfp::ApiVersion::V2Beta1));
        const RunSetup s = prepare(f);
        const kfp::Run run = f.runOf(s.experimentId, s.pipelineId, s.versionId,
                                     {{QStringLiteral("sandbox_fail_task"), QStringLiteral("*")}},
                                     QStringLiteral("failing"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto out = await(f.client->getRun(run.id));
                return out.ok() && kfp::isFinal(out.result.state);
            }(),
            10000);
        auto out = await(f.client->getRun(run.id));
        QVERIFY(out.ok());
        QCOMPARE(int(out.result.state), int(RunState::Failed));
        kfp::RunDetails pane(f.client.get());
        pane.show();
        QSignalSpy loaded(&pane, &kfp::DetailsPane::loaded);
        pane.showRun(run.id);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);

        auto *progress = pane.findChild<QProgressBar *>(QStringLiteral("taskProgress"));
        auto *tree = pane.findChild<QTreeWidget *>(QStringLiteral("taskTree"));
        auto *tabs = pane.findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(progress && tree && tabs);
        QCOMPARE(progress->palette().color(QPalette::Highlight),
                 kfp::RunStatePresentation::color(RunState::Failed));
        QVERIFY(progress->palette().color(QPalette::Highlight) !=
                kfp::RunStatePresentation::color(RunState::Running));

        int items = 0;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            ++items;
        const int tasks = int(out.result.tasks.size());
        QVERIFY(tasks > 3); // the workflow, root-driver, root, and per task three nodes
        QCOMPARE(items, tasks);
        QCOMPARE(tree->topLevelItemCount(), tasks);
        QCOMPARE(pane.taskCount(), tasks);
        QCOMPARE(progress->maximum(), tasks);
        QCOMPARE(progress->value(), tasks); // every node of a failed workflow is final
        QVERIFY(out.result.errorMessage.isEmpty());
        auto *error = pane.findChild<QLabel *>(QStringLiteral("errorValue"));
        QVERIFY(error);
        QVERIFY2(error->text().startsWith(QStringLiteral("Failed task")),
                 qPrintable(error->text()));
        QVERIFY2(!error->text().contains(QStringLiteral("executor")), qPrintable(error->text()));
        const QString tabText =
            tabs->tabText(tabs->indexOf(tabs->findChild<QWidget *>(QStringLiteral("tasksTab"))));
        QCOMPARE(tabText, QStringLiteral("Tasks (%1)").arg(tasks));
    }
};

QTEST_MAIN(TestRunMonitor)
#include "tst_runmonitor.moc"
