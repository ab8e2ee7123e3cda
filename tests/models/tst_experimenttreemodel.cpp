// ExperimentTreeModel against the sandbox over loopback HTTP, on both dialects:
// QAbstractItemModelTester over more than 1,000 items (experiments and the runs of their "Runs"
// groups), groups that load only when expanded, an error row in a group with retry, a refresh
// that keeps rows and expanded groups in place, and the exact requests of search / date range /
// storage / sort.
//
// The tester walks the whole tree after every signal and fetches every branch it can, so the
// data is shaped to keep that bounded: about a hundred experiments, and 1,000 runs spread over
// five of them (fetched in pages of 50, so the groups page too).

#include "ModelFixture.h"

#include "models/ExperimentTreeModel.h"
#include "models/NameCache.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kfp;
using namespace testutil;

namespace {

// Experiments: the top level. Groups: rows 0 ("Runs") and 1 ("Recurring runs") of an experiment.
constexpr int kRunsGroup = 0;
constexpr int kRecurringGroup = 1;

QModelIndex experimentNamed(const ExperimentTreeModel &model, const QString &name)
{
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.index(i, 0).data(NameRole).toString() == name)
            return model.index(i, 0);
    }
    return {};
}

// Fetches every page of every group, as a user expanding each experiment and scrolling would.
bool loadAllGroups(ExperimentTreeModel *model, int timeoutMs = 20000)
{
    return QTest::qWaitFor(
        [model] {
            bool done = true;
            for (int i = 0; i < model->rowCount(); ++i) {
                const QModelIndex e = model->index(i, 0);
                if (model->nodeKind(e) != NodeKind::Experiment)
                    continue;
                for (int g : {kRunsGroup, kRecurringGroup}) {
                    const QModelIndex group = model->index(g, 0, e);
                    if (model->canFetchMore(group))
                        model->fetchMore(group);
                    done = done && model->loadState(group) != LoadState::NotFetched &&
                           model->loadState(group) != LoadState::Fetching &&
                           !model->canFetchMore(group);
                }
            }
            return done;
        },
        timeoutMs);
}

QString runsPath(bool)
{
    return QStringLiteral("/runs");
}
QString recurringPath(bool v2)
{
    return v2 ? QStringLiteral("/recurringruns") : QStringLiteral("/jobs");
}

// The experiment a logged list call was scoped to (v2: ?experiment_id=, v1: a resource reference).
QString experimentScopeOf(const sandbox::RequestLogEntry &e, bool v2)
{
    if (v2)
        return e.query.queryItemValue(QStringLiteral("experiment_id"));
    if (e.query.queryItemValue(QStringLiteral("resource_reference_key.type")) !=
        QLatin1String("EXPERIMENT"))
        return {};
    return e.query.queryItemValue(QStringLiteral("resource_reference_key.id"));
}

} // namespace

class TestExperimentTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thousandItemsUnderTester_data() { addDialectRows(); }
    void thousandItemsUnderTester();
    void groupsLoadOnExpand_data() { addDialectRows(); }
    void groupsLoadOnExpand();
    void groupErrorAndRetry_data() { addDialectRows(); }
    void groupErrorAndRetry();
    void refreshKeepsRowsAndExpandedGroups_data() { addDialectRows(); }
    void refreshKeepsRowsAndExpandedGroups();
    void searchDateStorageSortRequests_data() { addDialectRows(); }
    void searchDateStorageSortRequests();
};

void TestExperimentTreeModel::thousandItemsUnderTester()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    f.server->seedDemo();
    f.server->seedRuns(1000); // five "bulk-experiment-N", 200 runs each
    const auto made = createExperiments(f.client.get(), 100, QStringLiteral("exp"));
    QCOMPARE(made.size(), 100);
    const PipelineVersion version = anyPipelineVersion(f.client.get());
    QVERIFY(!version.id.isEmpty());
    const auto recurring = createAll<RecurringRun>(2, [&](int i) {
        return f.client->createRecurringRun(recurringRunRequest(
            QStringLiteral("nightly-%1").arg(i), version, made[0].id,
            i == 0 ? cronTrigger(QStringLiteral("0 0 0 * * *")) : periodicTrigger(3600)));
    });
    QCOMPARE(recurring.size(), 2);

    NameCache names(f.client.get());
    ExperimentTreeModel model(f.client.get(), &names);
    model.setPageSize(50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.fetchMore({});
    QVERIFY(loadAll(&model));
    QCOMPARE(model.loadedCount(), f.server->experimentCount());
    QVERIFY(loadAllGroups(&model));

    int runs = 0;
    int recurringRuns = 0;
    for (int i = 0; i < model.rowCount(); ++i) {
        const QModelIndex e = model.index(i, 0);
        QCOMPARE(model.nodeKind(e), NodeKind::Experiment);
        QCOMPARE(model.rowCount(e), 2);
        const QModelIndex runGroup = model.index(kRunsGroup, 0, e);
        const QModelIndex recurringGroup = model.index(kRecurringGroup, 0, e);
        QCOMPARE(model.nodeKind(runGroup), NodeKind::RunGroup);
        QCOMPARE(model.nodeKind(recurringGroup), NodeKind::RecurringRunGroup);
        QCOMPARE(runGroup.data().toString(), QStringLiteral("Runs"));
        QCOMPARE(recurringGroup.data().toString(), QStringLiteral("Recurring runs"));
        QCOMPARE(runGroup.data(ExperimentIdRole).toString(), model.idAt(e));
        for (int r = 0; r < model.rowCount(runGroup); ++r) {
            const QModelIndex run = model.index(r, 0, runGroup);
            QCOMPARE(model.nodeKind(run), NodeKind::Run);
            QCOMPARE(model.runAt(run).experimentId, model.idAt(e));
            QCOMPARE(model.experimentIndexOf(run), e);
            ++runs;
        }
        for (int r = 0; r < model.rowCount(recurringGroup); ++r) {
            const QModelIndex rr = model.index(r, 0, recurringGroup);
            QCOMPARE(model.nodeKind(rr), NodeKind::RecurringRun);
            QCOMPARE(model.recurringRunAt(rr).experimentId, model.idAt(e));
            ++recurringRuns;
        }
    }
    QCOMPARE(runs, f.server->runCount());
    QCOMPARE(recurringRuns, f.server->recurringRunCount());
    QVERIFY(model.loadedCount() + runs + recurringRuns >= 1000);
    // A group of 200 runs came in pages of 50: later pages carry the token alone.
    const QModelIndex bulk = experimentNamed(model, QStringLiteral("bulk-experiment-0"));
    QVERIFY(bulk.isValid());
    QCOMPARE(model.rowCount(model.index(kRunsGroup, 0, bulk)), 200);
    int bulkPages = 0;
    for (const auto &e : f.gets(runsPath(f.v2))) {
        if (experimentScopeOf(e, f.v2) == model.idAt(bulk))
            ++bulkPages;
    }
    QCOMPARE(bulkPages, 4);
    // The newest experiment first, as the KFP UI.
    QCOMPARE(sortByOf(f.gets(QStringLiteral("/experiments")).first()),
             QStringLiteral("created_at desc"));
    // Experiment names were fed to the cache: no lookup needed for them.
    QVERIFY(names.isResolved(NameCache::Kind::Experiment, model.idAt(bulk)));
}

void TestExperimentTreeModel::groupsLoadOnExpand()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    f.server->seedDemo();
    f.server->seedRuns(20);
    const PipelineVersion version = anyPipelineVersion(f.client.get());
    ExperimentTreeModel model(f.client.get());
    QVERIFY(loadAll(&model));
    const QModelIndex bulk = experimentNamed(model, QStringLiteral("bulk-experiment-2"));
    QVERIFY(bulk.isValid());
    const QString bulkId = model.idAt(bulk);
    const auto rr = createAll<RecurringRun>(1, [&](int) {
        return f.client->createRecurringRun(
            recurringRunRequest(QStringLiteral("weekly"), version, bulkId,
                                cronTrigger(QStringLiteral("0 0 0 * * 0")), true));
    });
    QCOMPARE(rr.size(), 1);

    // Nothing below the experiments is asked before a group is expanded.
    QCOMPARE(f.gets(runsPath(f.v2)).size(), 0);
    QCOMPARE(f.gets(recurringPath(f.v2)).size(), 0);
    const QModelIndex runGroup = model.index(kRunsGroup, 0, bulk);
    QCOMPARE(model.loadState(runGroup), LoadState::NotFetched);
    QVERIFY(model.hasChildren(runGroup)); // an expander before anything is known
    QCOMPARE(model.rowCount(runGroup), 0);
    QVERIFY(model.canFetchMore(runGroup));
    QVERIFY(!model.canFetchMore(bulk)); // the experiment's own children are the fixed groups

    // Expanding "Runs": one request scoped to the experiment, newest first, active runs only.
    QSignalSpy pages(&model, &PagedTreeModel::pageLoaded);
    model.fetchMore(runGroup);
    QCOMPARE(model.rowCount(runGroup), 1);
    QVERIFY(model.index(0, 0, runGroup).data(LoadingRole).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(model.loadState(runGroup), LoadState::Fetched, 10000);
    QCOMPARE(pages.count(), 1);
    QCOMPARE(pages.first().first().value<QModelIndex>(), runGroup);
    const auto runRequests = f.gets(runsPath(f.v2));
    QCOMPARE(runRequests.size(), 1);
    QCOMPARE(experimentScopeOf(runRequests.first(), f.v2), bulkId);
    QCOMPARE(sortByOf(runRequests.first()), QStringLiteral("created_at desc"));
    const QJsonObject filter = filterOf(runRequests.first());
    QCOMPARE(filter.value(QStringLiteral("predicates")).toArray().size(), 1);
    const QJsonObject storage = predicate(filter, QStringLiteral("storage_state"));
    QCOMPARE(opOf(storage), QStringLiteral("NOT_EQUALS"));
    QCOMPARE(model.rowCount(runGroup), 4); // 20 runs over 5 experiments
    for (int r = 0; r < model.rowCount(runGroup); ++r) {
        const QModelIndex run = model.index(r, 0, runGroup);
        QCOMPARE(run.data(ExperimentIdRole).toString(), bulkId);
        QVERIFY(!model.index(r, ExperimentTreeModel::StatusColumn, runGroup)
                     .data()
                     .toString()
                     .isEmpty());
    }
    QCOMPARE(f.gets(recurringPath(f.v2)).size(), 0);

    // Expanding "Recurring runs": one request, scoped the same way.
    const QModelIndex recurringGroup = model.index(kRecurringGroup, 0, bulk);
    model.fetchMore(recurringGroup);
    QTRY_COMPARE_WITH_TIMEOUT(model.loadState(recurringGroup), LoadState::Fetched, 10000);
    const auto rrRequests = f.gets(recurringPath(f.v2));
    QCOMPARE(rrRequests.size(), 1);
    QCOMPARE(experimentScopeOf(rrRequests.first(), f.v2), bulkId);
    QCOMPARE(model.rowCount(recurringGroup), 1);
    const QModelIndex weekly = model.index(0, 0, recurringGroup);
    QCOMPARE(model.idAt(weekly), rr.first().id);
    QCOMPARE(weekly.data().toString(), QStringLiteral("weekly"));
    QCOMPARE(model.index(0, ExperimentTreeModel::StatusColumn, recurringGroup).data().toString(),
             QStringLiteral("Enabled"));
    // The other experiments' groups are still untouched.
    const QModelIndex other = experimentNamed(model, QStringLiteral("bulk-experiment-3"));
    QCOMPARE(model.loadState(model.index(kRunsGroup, 0, other)), LoadState::NotFetched);
    QCOMPARE(f.gets(runsPath(f.v2)).size(), 1);
}

void TestExperimentTreeModel::groupErrorAndRetry()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    f.server->seedDemo();
    f.server->seedRuns(10);
    ExperimentTreeModel model(f.client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadAll(&model));
    const QModelIndex bulk = experimentNamed(model, QStringLiteral("bulk-experiment-1"));
    QVERIFY(bulk.isValid());
    const QModelIndex runGroup = model.index(kRunsGroup, 0, bulk);
    // The tester expands every group it walks; wait for that, then fail this group's next call.
    QVERIFY(loadAllGroups(&model));
    QCOMPARE(model.rowCount(runGroup), 2);
    QVERIFY(f.server->addFault(QStringLiteral("path=*/runs,method=GET,status=500,count=1")));
    QSignalSpy errors(&model, &PagedTreeModel::errorOccurred);
    // A fresh model: the first group expanded is the one that fails.
    ExperimentTreeModel fresh(f.client.get());
    QAbstractItemModelTester freshTester(&fresh,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy freshErrors(&fresh, &PagedTreeModel::errorOccurred);
    QVERIFY(loadAll(&fresh));
    QModelIndex failed;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int i = 0; i < fresh.rowCount(); ++i) {
                const QModelIndex g = fresh.index(kRunsGroup, 0, fresh.index(i, 0));
                if (fresh.loadState(g) == LoadState::Failed)
                    failed = g;
            }
            return failed.isValid();
        }(),
        10000);
    QCOMPARE(freshErrors.count(), 1);
    QCOMPARE(errors.count(), 0); // the first model is not involved
    // The error row ends the failed group; the top level and the other groups are fine.
    const QModelIndex errorRow = fresh.index(fresh.rowCount(failed) - 1, 0, failed);
    QVERIFY(errorRow.data(ErrorRole).toBool());
    QCOMPARE(errorRow.data(Qt::DisplayRole).toString(), fresh.errorAt(failed).userMessage());
    QCOMPARE(fresh.errorAt(errorRow).kind(), ApiError::Kind::ServerError);
    QVERIFY(!errorRow.data(Qt::DisplayRole).toString().isEmpty());
    QCOMPARE(fresh.loadState(), LoadState::Fetched);
    QCOMPARE(fresh.rowCount(), fresh.loadedCount());
    QVERIFY(!fresh.canFetchMore(failed)); // retry is explicit
    fresh.retry(errorRow);
    QTRY_COMPARE_WITH_TIMEOUT(fresh.loadState(failed), LoadState::Fetched, 10000);
    for (int r = 0; r < fresh.rowCount(failed); ++r)
        QCOMPARE(fresh.nodeKind(fresh.index(r, 0, failed)), NodeKind::Run);
    QCOMPARE(fresh.rowCount(failed),
             fresh.rowCount(fresh.index(kRunsGroup, 0, fresh.parent(failed))));
    // Same experiment in both models: same runs once recovered.
    const QModelIndex sameInFirst = model.indexForId(fresh.idAt(fresh.parent(failed)));
    QCOMPARE(fresh.rowCount(failed), model.rowCount(model.index(kRunsGroup, 0, sameInFirst)));
}

void TestExperimentTreeModel::refreshKeepsRowsAndExpandedGroups()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    f.server->seedDemo();
    f.server->seedRuns(100);
    ExperimentTreeModel model(f.client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadAll(&model));
    QVERIFY(loadAllGroups(&model));
    const QModelIndex bulk = experimentNamed(model, QStringLiteral("bulk-experiment-4"));
    const QString bulkId = model.idAt(bulk);
    const QPersistentModelIndex keptExperiment(bulk);
    const QPersistentModelIndex keptGroup(model.index(kRunsGroup, 0, bulk));
    QCOMPARE(model.rowCount(keptGroup), 20);
    const QPersistentModelIndex keptRun(model.index(10, 0, keptGroup));
    const QString keptRunId = model.idAt(keptRun);
    const QString goneRunId = model.idAt(model.index(2, 0, keptGroup));
    const int experimentRow = bulk.row();

    // On the server: a new experiment (newest: the top row) and one run of the group archived.
    QCOMPARE(createExperiments(f.client.get(), 1, QStringLiteral("fresh")).size(), 1);
    ApiJob *archive = f.client->archiveRun(goneRunId);
    QSignalSpy archived(archive, &ApiJob::finished);
    QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 1, 10000);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy refreshed(&model, &PagedTreeModel::refreshed);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 10000);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0);
    // The new experiment came in at the top: everything below moved one row down, in place.
    QCOMPARE(model.index(0, 0).data(NameRole).toString(), QStringLiteral("fresh-0000"));
    QVERIFY(keptExperiment.isValid());
    QCOMPARE(model.idAt(keptExperiment), bulkId);
    QCOMPARE(keptExperiment.row(), experimentRow + 1);
    QCOMPARE(model.indexForId(bulkId), QModelIndex(keptExperiment));
    // The expanded group stayed expanded (same node, still fetched) and lost the archived run.
    QVERIFY(keptGroup.isValid());
    QCOMPARE(keptGroup.parent(), QModelIndex(keptExperiment));
    QCOMPARE(model.loadState(keptGroup), LoadState::Fetched);
    QCOMPARE(model.rowCount(keptGroup), 19);
    QVERIFY(keptRun.isValid());
    QCOMPARE(model.idAt(keptRun), keptRunId);
    QCOMPARE(keptRun.row(), 9);
    QVERIFY(!model.indexForId(goneRunId).isValid());
    bool removedFromGroup = false;
    for (const auto &args : removed)
        removedFromGroup |= args.at(0).value<QModelIndex>() == QModelIndex(keptGroup);
    QVERIFY(removedFromGroup);
    bool insertedAtTop = false;
    for (const auto &args : inserted)
        insertedAtTop |= !args.at(0).value<QModelIndex>().isValid() && args.at(1).toInt() == 0;
    QVERIFY(insertedAtTop);
}

void TestExperimentTreeModel::searchDateStorageSortRequests()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    f.server->seedDemo();
    f.server->seedRuns(10); // bulk-experiment-0..4, created 30 days ago
    ExperimentTreeModel model(f.client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString nameKey = f.v2 ? QStringLiteral("display_name") : QStringLiteral("name");
    const QString archivedValue =
        f.v2 ? QStringLiteral("ARCHIVED") : QStringLiteral("STORAGESTATE_ARCHIVED");

    // Default: active experiments, newest first.
    QVERIFY(loadAll(&model));
    auto requests = f.gets(QStringLiteral("/experiments"));
    QCOMPARE(requests.size(), 1);
    QJsonObject filter = filterOf(requests.first());
    QCOMPARE(filter.value(QStringLiteral("predicates")).toArray().size(), 1);
    QJsonObject storage = predicate(filter, QStringLiteral("storage_state"));
    QCOMPARE(opOf(storage), QStringLiteral("NOT_EQUALS"));
    QCOMPARE(storage.value(QStringLiteral("string_value")).toString(), archivedValue);
    QCOMPARE(sortByOf(requests.first()), QStringLiteral("created_at desc"));
    QCOMPARE(model.loadedCount(), f.server->experimentCount());

    // Search + created range + sort by name: one first-page request carrying all of them.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = now.addDays(-31);
    const QDateTime to = now.addDays(-29);
    model.setSearchText(QStringLiteral("  bulk-EXPERIMENT "));
    model.setCreatedRange(from, to);
    model.sort(ExperimentTreeModel::NameColumn, Qt::AscendingOrder);
    // Each setter reloads (aborting the call before, which may still reach the server): once
    // settled, one more reload shows the single request they add up to.
    QVERIFY(loadAll(&model));
    QVERIFY(loadAllGroups(&model));
    f.server->clearRequestLog();
    model.reload();
    QVERIFY(loadAll(&model));
    requests = f.gets(QStringLiteral("/experiments"));
    QCOMPARE(requests.size(), 1);
    filter = filterOf(requests.first());
    QCOMPARE(filter.value(QStringLiteral("predicates")).toArray().size(), 4);
    const QJsonObject search = predicate(filter, nameKey);
    QCOMPARE(opOf(search), QStringLiteral("IS_SUBSTRING"));
    QCOMPARE(search.value(QStringLiteral("string_value")).toString(),
             QStringLiteral("bulk-EXPERIMENT")); // trimmed; the server compares case-insensitively
    const QJsonObject gte = predicate(filter, QStringLiteral("created_at"), 0);
    const QJsonObject lte = predicate(filter, QStringLiteral("created_at"), 1);
    QCOMPARE(opOf(gte), QStringLiteral("GREATER_THAN_EQUALS"));
    QCOMPARE(opOf(lte), QStringLiteral("LESS_THAN_EQUALS"));
    QCOMPARE(
        QDateTime::fromString(gte.value(QStringLiteral("timestamp_value")).toString(), Qt::ISODate)
            .toSecsSinceEpoch(),
        from.toSecsSinceEpoch());
    QCOMPARE(
        QDateTime::fromString(lte.value(QStringLiteral("timestamp_value")).toString(), Qt::ISODate)
            .toSecsSinceEpoch(),
        to.toSecsSinceEpoch());
    QCOMPARE(opOf(predicate(filter, QStringLiteral("storage_state"))),
             QStringLiteral("NOT_EQUALS"));
    QCOMPARE(sortByOf(requests.first()), nameKey);
    QCOMPARE(model.loadedCount(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(model.index(i, 0).data().toString(), QStringLiteral("bulk-experiment-%1").arg(i));

    // Description, descending; an unsortable column changes nothing and sends nothing.
    f.server->clearRequestLog();
    model.sort(ExperimentTreeModel::DescriptionColumn, Qt::DescendingOrder);
    QVERIFY(loadAll(&model));
    requests = f.gets(QStringLiteral("/experiments"));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(sortByOf(requests.first()), QStringLiteral("description desc"));
    QSignalSpy sortSpy(&model, &PagedTreeModel::sortChanged);
    f.server->clearRequestLog();
    model.sort(ExperimentTreeModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(sortSpy.count(), 1);
    QCOMPARE(model.sortColumn(), int(ExperimentTreeModel::DescriptionColumn));
    QTest::qWait(50);
    QCOMPARE(f.gets(QStringLiteral("/experiments")).size(), 0);

    // The Archive section: storage EQUALS ARCHIVED, and its groups list archived runs.
    const QString archivedId =
        model.idAt(experimentNamed(model, QStringLiteral("bulk-experiment-1")));
    ApiJob *archive = f.client->archiveExperiment(archivedId);
    QSignalSpy archivedSpy(archive, &ApiJob::finished);
    QTRY_COMPARE_WITH_TIMEOUT(archivedSpy.count(), 1, 10000);
    model.setSearchText({});
    model.setCreatedRange({}, {});
    model.setStorage(PagedTreeModel::Storage::Archived);
    QVERIFY(loadAll(&model));
    QVERIFY(loadAllGroups(&model));
    f.server->clearRequestLog(); // as above
    model.reload();
    QVERIFY(loadAll(&model));
    requests = f.gets(QStringLiteral("/experiments"));
    QCOMPARE(requests.size(), 1);
    filter = filterOf(requests.first());
    QCOMPARE(filter.value(QStringLiteral("predicates")).toArray().size(), 1);
    storage = predicate(filter, QStringLiteral("storage_state"));
    QCOMPARE(opOf(storage), QStringLiteral("EQUALS"));
    QCOMPARE(storage.value(QStringLiteral("string_value")).toString(), archivedValue);
    QCOMPARE(model.loadedCount(), 1);
    QCOMPARE(model.idAt(model.index(0, 0)), archivedId);
    QVERIFY(loadAllGroups(&model));
    // (The setters above each reloaded, and the tester expanded the groups of every reload;
    // calls aborted by the next reload may still have reached the server: take the last one.)
    QList<sandbox::RequestLogEntry> runRequests;
    for (const auto &e : f.gets(QStringLiteral("/runs"))) {
        if (experimentScopeOf(e, f.v2) == archivedId)
            runRequests.append(e);
    }
    QVERIFY(!runRequests.isEmpty());
    const QJsonObject groupStorage =
        predicate(filterOf(runRequests.last()), QStringLiteral("storage_state"));
    QCOMPARE(opOf(groupStorage), QStringLiteral("EQUALS"));
    QCOMPARE(groupStorage.value(QStringLiteral("string_value")).toString(), archivedValue);
    // Archiving an experiment archives its runs (KFP does): they are listed under it.
    const QModelIndex runGroup = model.index(kRunsGroup, 0, model.index(0, 0));
    QCOMPARE(model.rowCount(runGroup), 2);
    for (int r = 0; r < model.rowCount(runGroup); ++r)
        QCOMPARE(StorageState(model.index(r, 0, runGroup).data(StorageStateRole).toInt()),
                 StorageState::Archived);
}

QTEST_MAIN(TestExperimentTreeModel)
#include "tst_experimenttreemodel.moc"
