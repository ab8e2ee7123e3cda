// ResourceActions' rules, without a window: which selected items each action applies to (as the
// API allows), and the KFP web UI address of each kind of item.

#include "ResourceActions.h"

#include <QtTest>

class TestResourceActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webUrlsFollowTheKfpUiRoutes()
    {
        const QUrl base(QStringLiteral("https://kf.example.com/pipeline"));
        kfp::SelectedItem run;
        run.kind = kfp::NodeKind::Run;
        run.id = QStringLiteral("r1");
        QCOMPARE(kfp::ResourceActions::webUrl(base, run).toString(),
                 QStringLiteral("https://kf.example.com/pipeline/#/runs/details/r1"));
        kfp::SelectedItem version;
        version.kind = kfp::NodeKind::PipelineVersion;
        version.id = QStringLiteral("v1");
        version.parentId = QStringLiteral("p1");
        QCOMPARE(
            kfp::ResourceActions::webUrl(QUrl(QStringLiteral("http://127.0.0.1:8080")), version)
                .toString(),
            QStringLiteral("http://127.0.0.1:8080/#/pipelines/details/p1/version/v1"));
        kfp::SelectedItem rr;
        rr.kind = kfp::NodeKind::RecurringRun;
        rr.id = QStringLiteral("j1");
        QVERIFY(kfp::ResourceActions::webUrl(base, rr).toString().endsWith(
            QLatin1String("/#/recurringrun/details/j1")));
    }

    void actionsApplyOnlyWhereTheApiAllows()
    {
        using V = kfp::ResourceActions::Verb;
        kfp::SelectedItem running, failed, archived;
        running.kind = failed.kind = archived.kind = kfp::NodeKind::Run;
        running.id = QStringLiteral("a");
        running.state = kfp::RunState::Running;
        failed.id = QStringLiteral("b");
        failed.state = kfp::RunState::Failed;
        archived.id = QStringLiteral("c");
        archived.state = kfp::RunState::Succeeded;
        archived.storage = kfp::StorageState::Archived;
        const QList<kfp::SelectedItem> all = {running, failed, archived};
        auto ids = [&](V verb) {
            QStringList out;
            for (const auto &i : kfp::ResourceActions::applicable(verb, all))
                out << i.id;
            return out.join(QLatin1Char(','));
        };
        QCOMPARE(ids(V::Terminate), QStringLiteral("a"));
        QCOMPARE(ids(V::Retry), QStringLiteral("b"));
        QCOMPARE(ids(V::Archive), QStringLiteral("a,b"));
        QCOMPARE(ids(V::Unarchive), QStringLiteral("c"));
        QCOMPARE(ids(V::Delete), QStringLiteral("a,b,c"));
        QCOMPARE(ids(V::Enable), QString());
    }

    // What the KFP server accepts: TerminateRun only from PENDING, RUNNING, PAUSED or no state
    // (storage/run_store.go), RetryRun only a Failed/Error workflow that is not archived
    // (resource/resource_manager.go). A terminated run on a real server ends FAILED.
    void runActionsFollowTheServersRules()
    {
        using V = kfp::ResourceActions::Verb;
        QList<kfp::SelectedItem> all;
        const QList<QPair<QString, kfp::RunState>> states = {
            {QStringLiteral("pending"), kfp::RunState::Pending},
            {QStringLiteral("running"), kfp::RunState::Running},
            {QStringLiteral("paused"), kfp::RunState::Paused},
            {QStringLiteral("unspecified"), kfp::RunState::Unspecified},
            {QStringLiteral("canceling"), kfp::RunState::Canceling},
            {QStringLiteral("canceled"), kfp::RunState::Canceled},
            {QStringLiteral("failed"), kfp::RunState::Failed},
            {QStringLiteral("succeeded"), kfp::RunState::Succeeded},
            {QStringLiteral("skipped"), kfp::RunState::Skipped}};
        for (const auto &[id, state] : states) {
            kfp::SelectedItem item;
            item.kind = kfp::NodeKind::Run;
            item.id = id;
            item.state = state;
            item.storage = kfp::StorageState::Available;
            all.append(item);
        }
        kfp::SelectedItem archivedFailed = all.at(6);
        archivedFailed.id = QStringLiteral("archived-failed");
        archivedFailed.storage = kfp::StorageState::Archived;
        all.append(archivedFailed);
        auto ids = [&](V verb) {
            QStringList out;
            for (const auto &i : kfp::ResourceActions::applicable(verb, all))
                out << i.id;
            return out.join(QLatin1Char(','));
        };
        QCOMPARE(ids(V::Terminate), QStringLiteral("pending,running,paused,unspecified"));
        QCOMPARE(ids(V::Retry), QStringLiteral("failed"));
        QCOMPARE(ids(V::Unarchive), QStringLiteral("archived-failed"));
        for (V verb : {V::Terminate, V::Retry, V::Unarchive, V::Delete})
            QVERIFY(!kfp::ResourceActions::notApplicableReason(verb).isEmpty());
    }
};

QTEST_MAIN(TestResourceActions)
#include "tst_resourceactions.moc"
