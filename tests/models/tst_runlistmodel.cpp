// RunListModel against the sandbox over loopback HTTP, on both dialects: QAbstractItemModelTester
// over 1,000 runs, the exact server requests of search / state filter / date range / sort, the
// error row and retry, and a refresh that keeps a persistent index (by id) without a reset.

#include "ModelFixture.h"

#include "models/NameCache.h"
#include "models/RunListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kfp;
using namespace testutil;

class TestRunListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsAllPagesUnderTester_data() { addDialectRows(); }
    void loadsAllPagesUnderTester();
    void filtersAndSortAreServerRequests_data() { addDialectRows(); }
    void filtersAndSortAreServerRequests();
    void errorRowAndRetry_data() { addDialectRows(); }
    void errorRowAndRetry();
    void refreshKeepsRowsInPlace_data() { addDialectRows(); }
    void refreshKeepsRowsInPlace();
    void unsortableColumnsAreIgnored();
    void failedFilterMatchesArgoError_data() { addDialectRows(); }
    void failedFilterMatchesArgoError();
    void durationTicksOnlyRunningRows();
};

void TestRunListModel::loadsAllPagesUnderTester()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    f.server->seedDemo();
    f.server->seedRuns(1000);
    NameCache names(f.client.get());
    RunListModel model(f.client.get(), &names);
    QSignalSpy loading(&model, &PagedTreeModel::loadingChanged);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadAll(&model));
    QCOMPARE(model.loadState(), LoadState::Fetched);
    QCOMPARE(model.loadedCount(), f.server->runCount());
    QCOMPARE(model.rowCount(), model.loadedCount()); // no status row left
    QVERIFY(loading.count() >= 2);
    // Default order: newest first (created_at desc), as the KFP UI.
    const auto first = f.gets(QStringLiteral("/runs")).first();
    QCOMPARE(sortByOf(first), QStringLiteral("created_at desc"));
    for (int i = 1; i < model.rowCount(); ++i)
        QVERIFY(model.index(i - 1, 0).data(CreatedAtRole).toDateTime() >=
                model.index(i, 0).data(CreatedAtRole).toDateTime());
    // Status: icon + translated text; the row's struct and roles.
    const QModelIndex status = model.index(0, RunListModel::StatusColumn);
    QVERIFY(!status.data(Qt::DisplayRole).toString().isEmpty());
    QVERIFY(status.data(Qt::DecorationRole).canConvert<QIcon>());
    const Run run = model.runAt(model.index(0, 0));
    QCOMPARE(run.id, model.index(0, 0).data(IdRole).toString());
    QCOMPARE(model.indexForId(run.id), model.index(0, 0));
    QCOMPARE(NodeKind(model.index(0, 0).data(NodeKindRole).toInt()), NodeKind::Run);
}

void TestRunListModel::filtersAndSortAreServerRequests()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    f.server->seedRuns(450);
    NameCache names(f.client.get());
    RunListModel model(f.client.get(), &names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSearchText(QStringLiteral("bulk-run-0001"));
    model.setStateFilter({RunState::Succeeded, RunState::Failed});
    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-30);
    const QDateTime to = QDateTime::currentDateTimeUtc().addDays(1);
    model.setCreatedRange(from, to);
    model.sort(RunListModel::NameColumn, Qt::AscendingOrder);
    f.server->clearRequestLog();
    QVERIFY(loadAll(&model));

    const auto requests = f.gets(QStringLiteral("/runs"));
    // Each setter reloads (aborting the call before, which may still reach the server): the
    // first-page request that counts is the last one, and it carries every filter.
    QVERIFY(!requests.isEmpty());
    const auto &request = requests.last();
    QVERIFY(request.query.queryItemValue(QStringLiteral("page_token")).isEmpty());
    const QJsonObject filter = filterOf(request);
    QCOMPARE(filter.value(QStringLiteral("predicates")).toArray().size(), 5);
    const QString nameKey = f.v2 ? QStringLiteral("display_name") : QStringLiteral("name");
    const QJsonObject search = predicate(filter, nameKey);
    QCOMPARE(opOf(search), QStringLiteral("IS_SUBSTRING"));
    QCOMPARE(search.value(QStringLiteral("string_value")).toString(),
             QStringLiteral("bulk-run-0001"));
    const QJsonObject states =
        predicate(filter, f.v2 ? QStringLiteral("state") : QStringLiteral("status"));
    QCOMPARE(opOf(states), QStringLiteral("IN"));
    const QJsonArray values = states.value(QStringLiteral("string_values"))
                                  .toObject()
                                  .value(QStringLiteral("values"))
                                  .toArray();
    const QStringList expected =
        f.v2 ? QStringList{QStringLiteral("SUCCEEDED"), QStringLiteral("FAILED")}
             : QStringList{QStringLiteral("Succeeded"), QStringLiteral("Failed"),
                           QStringLiteral("Error")};
    QCOMPARE(values.toVariantList(), QVariant(expected).toList());
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
    const QJsonObject storage = predicate(filter, QStringLiteral("storage_state"));
    QCOMPARE(opOf(storage), QStringLiteral("NOT_EQUALS"));
    QCOMPARE(storage.value(QStringLiteral("string_value")).toString(),
             f.v2 ? QStringLiteral("ARCHIVED") : QStringLiteral("STORAGESTATE_ARCHIVED"));
    QCOMPARE(sortByOf(request), nameKey);
    // bulk-run-000100..000199 contain "bulk-run-0001"; 4 of 5 are Succeeded or Failed. Over v1
    // a 2.x server reports CANCELED runs as "Failed", so the v1 filter also matches those.
    QCOMPARE(model.loadedCount(), f.v2 ? 80 : 100);
    for (int i = 0; i < model.rowCount(); ++i) {
        const auto s = RunState(model.index(i, 0).data(StateRole).toInt());
        QVERIFY(s == RunState::Succeeded || s == RunState::Failed);
    }

    // Archived section, descending by finish time; later pages send only the token and size.
    model.setSearchText({});
    model.setStateFilter({});
    model.setCreatedRange({}, {});
    model.setStorage(PagedTreeModel::Storage::Archived);
    model.sort(RunListModel::FinishedColumn, Qt::DescendingOrder);
    f.server->clearRequestLog();
    QVERIFY(loadAll(&model));
    const auto archived = f.gets(QStringLiteral("/runs"));
    QVERIFY(!archived.isEmpty());
    const QJsonObject af = filterOf(archived.last());
    QCOMPARE(af.value(QStringLiteral("predicates")).toArray().size(), 1);
    QCOMPARE(opOf(predicate(af, QStringLiteral("storage_state"))), QStringLiteral("EQUALS"));
    QCOMPARE(sortByOf(archived.last()), QStringLiteral("finished_at desc"));
    QCOMPARE(model.loadedCount(), 0);

    model.setPageSize(100);
    model.setStorage(PagedTreeModel::Storage::Active);
    f.server->clearRequestLog();
    QVERIFY(loadAll(&model));
    const auto pages = f.gets(QStringLiteral("/runs"));
    QCOMPARE(pages.size(), 5); // 450 runs, 100 a page
    QCOMPARE(model.loadedCount(), 450);
    for (int i = 1; i < pages.size(); ++i) {
        QVERIFY(!pages[i].query.queryItemValue(QStringLiteral("page_token")).isEmpty());
        QVERIFY(!pages[i].query.hasQueryItem(QStringLiteral("filter")));
        QVERIFY(!pages[i].query.hasQueryItem(QStringLiteral("sort_by")));
        QCOMPARE(pages[i].query.queryItemValue(QStringLiteral("page_size")), QStringLiteral("100"));
    }
}

void TestRunListModel::errorRowAndRetry()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    f.server->seedRuns(300);
    NameCache names(f.client.get());
    RunListModel model(f.client.get(), &names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(f.server->addFault(QStringLiteral("path=*/runs,method=GET,status=500,count=1")));
    QSignalSpy errors(&model, &PagedTreeModel::errorOccurred);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1); // the "Loading…" row
    QVERIFY(model.index(0, 0).data(LoadingRole).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(model.loadState(), LoadState::Failed, 10000);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex errorRow = model.index(0, 0);
    QVERIFY(errorRow.data(ErrorRole).toBool());
    QCOMPARE(errorRow.data(Qt::DisplayRole).toString(), model.errorAt(errorRow).userMessage());
    QCOMPARE(model.errorAt(errorRow).kind(), ApiError::Kind::ServerError);
    QVERIFY(!model.canFetchMore({})); // no hammering: retry is explicit
    model.retry(errorRow);
    // (the tester keeps fetching while canFetchMore(): all 300 arrive)
    QTRY_COMPARE_WITH_TIMEOUT(model.loadedCount(), 300, 10000);
    QVERIFY(!model.index(model.rowCount() - 1, 0).data(ErrorRole).toBool());

    // A failing later page keeps the loaded rows and appends the error row after them.
    RunListModel paged(f.client.get(), &names);
    paged.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(paged.loadedCount(), 200, 10000);
    QVERIFY(f.server->addFault(QStringLiteral("path=*/runs,method=GET,status=503,count=1")));
    paged.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(paged.loadState(), LoadState::Failed, 10000);
    QCOMPARE(paged.rowCount(), 201);
    QVERIFY(paged.index(200, 0).data(ErrorRole).toBool());
    QCOMPARE(paged.index(199, 0).data(ErrorRole).toBool(), false);
    paged.retry(paged.index(200, 0));
    QTRY_COMPARE_WITH_TIMEOUT(paged.loadState(), LoadState::Fetched, 10000);
    QCOMPARE(paged.rowCount(), 300);
}

void TestRunListModel::refreshKeepsRowsInPlace()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    f.server->seedRuns(400);
    NameCache names(f.client.get());
    RunListModel model(f.client.get(), &names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadAll(&model));
    QCOMPARE(model.loadedCount(), 400);
    const QString keptId = model.index(10, 0).data(IdRole).toString();
    const QPersistentModelIndex kept(model.index(10, 0));
    const QString goneId = model.index(3, 0).data(IdRole).toString();
    QCOMPARE(f.client->archiveRun(goneId) != nullptr, true);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const auto &e : f.server->requestLog())
                if (e.method == "POST" && e.path.contains(goneId) && e.status == 200)
                    return true;
            return false;
        }(),
        10000);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy refreshed(&model, &PagedTreeModel::refreshed);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 10000);
    QCOMPARE(resets.count(), 0);
    QVERIFY(removed.count() >= 1);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(IdRole).toString(), keptId);
    QCOMPARE(kept.row(), 9); // one row above it was archived
    QVERIFY(!model.indexForId(goneId).isValid());
    QCOMPARE(model.loadedCount(), 399);
}

void TestRunListModel::unsortableColumnsAreIgnored()
{
    ModelFixture f;
    QVERIFY(f.start(QStringLiteral("v2beta1")));
    NameCache names(f.client.get());
    RunListModel model(f.client.get(), &names);
    QVERIFY(model.isColumnSortable(RunListModel::NameColumn));
    QVERIFY(model.isColumnSortable(RunListModel::StartedColumn));
    QVERIFY(!model.isColumnSortable(RunListModel::StatusColumn));
    QVERIFY(!model.isColumnSortable(RunListModel::DurationColumn));
    QVERIFY(!model.isColumnSortable(RunListModel::ExperimentColumn));
    QSignalSpy sortSpy(&model, &PagedTreeModel::sortChanged);
    model.sort(RunListModel::DurationColumn, Qt::AscendingOrder);
    QCOMPARE(model.sortColumn(), int(RunListModel::StartedColumn));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(sortSpy.count(), 1); // tells the view the sort in effect
}

void TestRunListModel::failedFilterMatchesArgoError()
{
    // KFP 1.8 stores the Argo phase as a run's status, and Argo ends a broken workflow in "Error",
    // not "Failed": the v1 filter for FAILED must ask for both. Other states map one to one
    // (CANCELED is "Failed" on v1 too, reported so by a 2.x server).
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    f.server->seedRuns(50);
    NameCache names(f.client.get());
    RunListModel model(f.client.get(), &names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString stateKey = f.v2 ? QStringLiteral("state") : QStringLiteral("status");
    const auto lastFilterValues = [&] {
        const auto requests = f.gets(QStringLiteral("/runs"));
        return requests.isEmpty() ? QStringList()
                                  : inValues(predicate(filterOf(requests.last()), stateKey));
    };

    // Each case: the states asked, then the values expected on the wire for v2 and for v1.
    struct Case
    {
        QList<RunState> states;
        QStringList v2;
        QStringList v1;
    };
    const QList<Case> cases{
        {{RunState::Failed},
         {QStringLiteral("FAILED")},
         {QStringLiteral("Failed"), QStringLiteral("Error")}},
        {{RunState::Failed, RunState::Canceled, RunState::Running},
         {QStringLiteral("FAILED"), QStringLiteral("CANCELED"), QStringLiteral("RUNNING")},
         {QStringLiteral("Failed"), QStringLiteral("Error"), QStringLiteral("Running")}},
        {{RunState::Succeeded, RunState::Canceling},
         {QStringLiteral("SUCCEEDED"), QStringLiteral("CANCELING")},
         {QStringLiteral("Succeeded"), QStringLiteral("Terminating")}},
    };
    for (const Case &c : cases) {
        model.setStateFilter(c.states);
        QVERIFY(loadAll(&model));
        const QStringList expected = f.v2 ? c.v2 : c.v1;
        QCOMPARE(lastFilterValues(), expected);
    }
    // FAILED alone: only failed runs come back (v1 through a 2.x server: canceled ones too).
    model.setStateFilter({RunState::Failed});
    QVERIFY(loadAll(&model));
    QVERIFY(model.loadedCount() > 0);
    for (int i = 0; i < model.rowCount(); ++i) {
        const auto s = RunState(model.index(i, 0).data(StateRole).toInt());
        QVERIFY(s == RunState::Failed || (!f.v2 && s == RunState::Canceled));
    }
}

void TestRunListModel::durationTicksOnlyRunningRows()
{
    // Runs that last (time scale 10: minutes), sorted by name between finished ones: the
    // once-a-second tick must signal those two Duration cells, not the finished rows between.
    ModelFixture f;
    QVERIFY(f.start(QStringLiteral("v2beta1"), 10.0));
    f.server->seedPipelines(1);
    f.server->seedRuns(30); // bulk-run-000000 .. 000029, all finished
    const PipelineVersion version = anyPipelineVersion(f.client.get());
    const auto running = createAll<Run>(2, [&](int i) {
        RunRequest r;
        r.displayName =
            i == 0 ? QStringLiteral("bulk-run-000005x") : QStringLiteral("bulk-run-000020x");
        r.pipelineId = version.pipelineId;
        r.pipelineVersionId = version.id;
        return f.client->createRun(r);
    });
    QCOMPARE(running.size(), 2);
    NameCache names(f.client.get());
    RunListModel model(f.client.get(), &names);
    model.sort(RunListModel::NameColumn, Qt::AscendingOrder);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadAll(&model));
    QCOMPARE(model.loadedCount(), 32);
    const int rowA = model.indexForId(running[0].id).row();
    const int rowB = model.indexForId(running[1].id).row();
    QCOMPARE(rowA, 6);
    QCOMPARE(rowB, 22);
    QVERIFY(!isFinal(RunState(model.index(rowA, 0).data(StateRole).toInt())));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 2, 5000);
    QSet<int> ticked;
    for (const auto &args : changed) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.column(), int(RunListModel::DurationColumn));
        QCOMPARE(bottomRight.column(), int(RunListModel::DurationColumn));
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            QVERIFY2(row == rowA || row == rowB, QByteArray::number(row));
            ticked.insert(row);
        }
    }
    QCOMPARE(ticked, (QSet<int>{rowA, rowB}));
    QVERIFY(model.index(rowA, RunListModel::DurationColumn).data(DurationRole).toLongLong() >= 0);
    // In words, as every duration of the application ("5 s", "3 d 4 h"), not a clock ("0:05").
    const QString shown = model.index(rowA, RunListModel::DurationColumn).data().toString();
    QVERIFY2(shown.endsWith(QLatin1String(" s")) && !shown.contains(QLatin1Char(':')),
             qPrintable(shown));

    // A list without running rows has no tick at all.
    RunListModel finished(f.client.get(), &names);
    finished.setStateFilter({RunState::Succeeded});
    QVERIFY(loadAll(&finished));
    QVERIFY(finished.loadedCount() > 0);
    QSignalSpy finishedChanged(&finished, &QAbstractItemModel::dataChanged);
    QTest::qWait(1300);
    for (const auto &args : finishedChanged)
        QVERIFY(args.at(0).value<QModelIndex>().column() != int(RunListModel::DurationColumn));
}

QTEST_MAIN(TestRunListModel)
#include "tst_runlistmodel.moc"
