// RecurringRunModel against the sandbox over loopback HTTP, on both dialects:
// QAbstractItemModelTester over 1,000 recurring runs made through the API, names resolved through
// the NameCache, the exact requests of search / date range / experiment scope / sort (storage is
// ignored: recurring runs have none), the error row and retry, a refresh in place (rows gone and
// changed; only one changed: that row's dataChanged and nothing else), and the trigger in words
// for cron and periodic schedules.

#include "ModelFixture.h"

#include "models/NameCache.h"
#include "models/RecurringRunModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kfp;
using namespace testutil;

namespace {

QString recurringPath(bool v2)
{
    return v2 ? QStringLiteral("/recurringruns") : QStringLiteral("/jobs");
}

// Every other one cron (midnight), the others periodic every 1..3 hours; all disabled, so that
// the sandbox starts no runs from them.
Trigger triggerFor(int i)
{
    return i % 2 == 0 ? cronTrigger(QStringLiteral("0 0 0 * * *"))
                      : periodicTrigger(3600LL * (1 + i % 3));
}

struct Seeded
{
    QList<Experiment> experiments;
    PipelineVersion version;
    QList<RecurringRun> recurringRuns;
};

// `count` recurring runs "rr-0000", ... spread over three experiments.
Seeded seed(ModelFixture &f, int count)
{
    Seeded s;
    f.server->seedPipelines(1); // a version to run, and no recurring runs of the demo
    s.experiments = createExperiments(f.client.get(), 3, QStringLiteral("owner"));
    s.version = anyPipelineVersion(f.client.get());
    if (s.experiments.size() != 3 || s.version.id.isEmpty())
        return s;
    s.recurringRuns = createAll<RecurringRun>(count, [&](int i) {
        return f.client->createRecurringRun(
            recurringRunRequest(QStringLiteral("rr-%1").arg(i, 4, 10, QLatin1Char('0')), s.version,
                                s.experiments[i % 3].id, triggerFor(i)));
    });
    return s;
}

} // namespace

class TestRecurringRunModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thousandUnderTester_data() { addDialectRows(); }
    void thousandUnderTester();
    void filtersAndSortAreServerRequests_data() { addDialectRows(); }
    void filtersAndSortAreServerRequests();
    void errorRowAndRetry_data() { addDialectRows(); }
    void errorRowAndRetry();
    void refreshKeepsRowsInPlace_data() { addDialectRows(); }
    void refreshKeepsRowsInPlace();
    void refreshOfOneChangedRow_data() { addDialectRows(); }
    void refreshOfOneChangedRow();
    void triggerInWords();
};

void TestRecurringRunModel::thousandUnderTester()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    const Seeded s = seed(f, 1000);
    QCOMPARE(s.recurringRuns.size(), 1000);
    NameCache names(f.client.get());
    RecurringRunModel model(f.client.get(), &names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadAll(&model));
    QCOMPARE(model.loadedCount(), f.server->recurringRunCount());
    QVERIFY(model.loadedCount() >= 1000);
    QCOMPARE(model.rowCount(), model.loadedCount());
    const auto requests = f.gets(recurringPath(f.v2));
    QVERIFY(requests.size() >= 5); // pages of 200
    QCOMPARE(sortByOf(requests.first()), QStringLiteral("created_at desc"));
    QVERIFY(!filterOf(requests.first()).contains(QStringLiteral("predicates"))); // no storage
    for (int i = 1; i < model.rowCount(); ++i)
        QVERIFY(model.index(i - 1, 0).data(CreatedAtRole).toDateTime() >=
                model.index(i, 0).data(CreatedAtRole).toDateTime());

    // Each row: its struct, trigger in words, status; names through the cache, batched.
    QHash<QString, QString> experimentNames;
    for (const Experiment &e : s.experiments)
        experimentNames.insert(e.id, e.displayName);
    for (int i = 0; i < model.rowCount(); ++i) {
        const QModelIndex row = model.index(i, 0);
        const RecurringRun rr = model.recurringRunAt(row);
        QCOMPARE(rr.id, model.idAt(row));
        QCOMPARE(model.index(i, RecurringRunModel::TriggerColumn).data().toString(),
                 RecurringRunModel::triggerText(rr.trigger));
        QCOMPARE(model.index(i, RecurringRunModel::StatusColumn).data().toString(),
                 QStringLiteral("Disabled"));
        QCOMPARE(row.data(EnabledRole).toBool(), false);
        model.index(i, RecurringRunModel::ExperimentColumn).data(); // as a view painting it
        model.index(i, RecurringRunModel::PipelineVersionColumn).data();
    }
    const QModelIndex last = model.index(model.rowCount() - 1, 0);
    const QString lastExperiment = model.recurringRunAt(last).experimentId;
    QTRY_COMPARE_WITH_TIMEOUT(
        model.index(last.row(), RecurringRunModel::ExperimentColumn).data().toString(),
        experimentNames.value(lastExperiment), 10000);
    const QString versionName =
        s.version.displayName.isEmpty() ? s.version.name : s.version.displayName;
    QTRY_COMPARE_WITH_TIMEOUT(
        model.index(0, RecurringRunModel::PipelineVersionColumn).data().toString(), versionName,
        10000);
    QVERIFY(names.requestCount() <= 3); // one experiment lookup, one version lookup (+ pipeline)
}

void TestRecurringRunModel::filtersAndSortAreServerRequests()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    const Seeded s = seed(f, 30);
    QCOMPARE(s.recurringRuns.size(), 30);
    NameCache names(f.client.get());
    RecurringRunModel model(f.client.get(), &names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString nameKey = f.v2 ? QStringLiteral("display_name") : QStringLiteral("name");
    QVERIFY(loadAll(&model));
    QCOMPARE(model.loadedCount(), f.server->recurringRunCount());

    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-1);
    const QDateTime to = QDateTime::currentDateTimeUtc().addDays(1);
    model.setSearchText(QStringLiteral("RR-001"));
    model.setCreatedRange(from, to);
    model.setExperimentId(s.experiments[1].id);
    model.sort(RecurringRunModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(loadAll(&model));
    f.server->clearRequestLog();
    model.setStorage(PagedTreeModel::Storage::Archived); // no storage state: no reload
    QTest::qWait(50);
    QCOMPARE(f.gets(recurringPath(f.v2)).size(), 0);
    // Each setter above reloaded; one more reload gives exactly one request with all of them.
    model.reload();
    QVERIFY(loadAll(&model));
    auto requests = f.gets(recurringPath(f.v2));
    QCOMPARE(requests.size(), 1);
    const auto &request = requests.last();
    const QJsonObject filter = filterOf(request);
    QCOMPARE(filter.value(QStringLiteral("predicates")).toArray().size(), 3);
    const QJsonObject search = predicate(filter, nameKey);
    QCOMPARE(opOf(search), QStringLiteral("IS_SUBSTRING"));
    QCOMPARE(search.value(QStringLiteral("string_value")).toString(), QStringLiteral("RR-001"));
    QCOMPARE(opOf(predicate(filter, QStringLiteral("created_at"), 0)),
             QStringLiteral("GREATER_THAN_EQUALS"));
    QCOMPARE(opOf(predicate(filter, QStringLiteral("created_at"), 1)),
             QStringLiteral("LESS_THAN_EQUALS"));
    QVERIFY(predicate(filter, QStringLiteral("storage_state")).isEmpty());
    QCOMPARE(sortByOf(request), nameKey + QStringLiteral(" desc"));
    if (f.v2) {
        QCOMPARE(request.query.queryItemValue(QStringLiteral("experiment_id")),
                 s.experiments[1].id);
    } else {
        QCOMPARE(request.query.queryItemValue(QStringLiteral("resource_reference_key.type")),
                 QStringLiteral("EXPERIMENT"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("resource_reference_key.id")),
                 s.experiments[1].id);
    }
    // rr-0010..rr-0019 match "RR-001" (case-insensitive); of those, i % 3 == 1 are in experiment
    // 1: rr-0010, rr-0013, rr-0016, rr-0019 — newest name first.
    QCOMPARE(model.loadedCount(), 4);
    const QStringList expected{QStringLiteral("rr-0019"), QStringLiteral("rr-0016"),
                               QStringLiteral("rr-0013"), QStringLiteral("rr-0010")};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(model.index(i, 0).data().toString(), expected[i]);
        QCOMPARE(model.index(i, 0).data(ExperimentIdRole).toString(), s.experiments[1].id);
    }

    // Unsortable columns are refused without a request; Created is sortable.
    QVERIFY(!model.isColumnSortable(RecurringRunModel::TriggerColumn));
    QVERIFY(!model.isColumnSortable(RecurringRunModel::ExperimentColumn));
    QVERIFY(model.isColumnSortable(RecurringRunModel::CreatedColumn));
    QSignalSpy sortSpy(&model, &PagedTreeModel::sortChanged);
    f.server->clearRequestLog();
    model.sort(RecurringRunModel::TriggerColumn, Qt::AscendingOrder);
    QCOMPARE(sortSpy.count(), 1);
    QCOMPARE(model.sortColumn(), int(RecurringRunModel::NameColumn));
    QTest::qWait(50);
    QCOMPARE(f.gets(recurringPath(f.v2)).size(), 0);
    model.sort(RecurringRunModel::CreatedColumn, Qt::AscendingOrder);
    QVERIFY(loadAll(&model));
    requests = f.gets(recurringPath(f.v2));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(sortByOf(requests.first()), QStringLiteral("created_at"));
}

void TestRecurringRunModel::errorRowAndRetry()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    const Seeded s = seed(f, 250);
    QCOMPARE(s.recurringRuns.size(), 250);
    NameCache names(f.client.get());
    RecurringRunModel model(f.client.get(), &names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(f.server->addFault(
        QStringLiteral("path=*%1,method=GET,status=500,count=1").arg(recurringPath(f.v2))));
    QSignalSpy errors(&model, &PagedTreeModel::errorOccurred);
    model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model.loadState(), LoadState::Failed, 10000);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex errorRow = model.index(0, 0);
    QVERIFY(errorRow.data(ErrorRole).toBool());
    QCOMPARE(errorRow.data().toString(), model.errorAt(errorRow).userMessage());
    QCOMPARE(errorRow.data(ErrorMessageRole).toString(), model.errorAt(errorRow).userMessage());
    QCOMPARE(model.errorAt(errorRow).kind(), ApiError::Kind::ServerError);
    QVERIFY(!model.canFetchMore({}));
    model.retry(errorRow);
    QTRY_COMPARE_WITH_TIMEOUT(model.loadedCount(), 250, 10000); // the tester pages on
    QVERIFY(!model.index(model.rowCount() - 1, 0).data(ErrorRole).toBool());

    // A later page failing keeps the loaded rows and puts the error row after them.
    RecurringRunModel paged(f.client.get(), &names);
    paged.setPageSize(100);
    paged.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(paged.loadedCount(), 100, 10000);
    QVERIFY(f.server->addFault(
        QStringLiteral("path=*%1,method=GET,status=503,count=1").arg(recurringPath(f.v2))));
    paged.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(paged.loadState(), LoadState::Failed, 10000);
    QCOMPARE(paged.rowCount(), 101);
    QVERIFY(paged.index(100, 0).data(ErrorRole).toBool());
    paged.retry(paged.index(100, 0));
    QTRY_COMPARE_WITH_TIMEOUT(paged.loadState(), LoadState::Fetched, 10000);
    QCOMPARE(paged.rowCount(), 200);
}

void TestRecurringRunModel::refreshKeepsRowsInPlace()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    const Seeded s = seed(f, 50);
    QCOMPARE(s.recurringRuns.size(), 50);
    NameCache names(f.client.get());
    RecurringRunModel model(f.client.get(), &names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadAll(&model));
    QCOMPARE(model.loadedCount(), 50);
    const QPersistentModelIndex kept(model.index(10, 0));
    const QString keptId = model.idAt(kept);
    const QString enabledId = model.idAt(model.index(5, 0));
    const QString goneId = model.idAt(model.index(2, 0));

    ApiJob *enable = f.client->enableRecurringRun(enabledId);
    ApiJob *remove = f.client->deleteRecurringRun(goneId);
    QSignalSpy enabled(enable, &ApiJob::finished);
    QSignalSpy deleted(remove, &ApiJob::finished);
    QTRY_VERIFY_WITH_TIMEOUT(enabled.count() == 1 && deleted.count() == 1, 10000);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy refreshed(&model, &PagedTreeModel::refreshed);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 10000);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QVERIFY(kept.isValid());
    QCOMPARE(model.idAt(kept), keptId);
    QCOMPARE(kept.row(), 9);
    QVERIFY(!model.indexForId(goneId).isValid());
    const QModelIndex nowEnabled = model.indexForId(enabledId);
    QCOMPARE(nowEnabled.row(), 4);
    QCOMPARE(model.index(4, RecurringRunModel::StatusColumn).data().toString(),
             QStringLiteral("Enabled"));
    bool rowChanged = false;
    for (const auto &args : changed)
        rowChanged |= args.at(0).value<QModelIndex>().row() <= 4 &&
                      args.at(1).value<QModelIndex>().row() >= 4;
    QVERIFY(rowChanged);
    QCOMPARE(model.loadedCount(), 49);
}

void TestRecurringRunModel::refreshOfOneChangedRow()
{
    // The same rows in the same order, one of them changed (on the second page): the refresh
    // updates that row and inserts, removes or moves none.
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    const Seeded s = seed(f, 300);
    QCOMPARE(s.recurringRuns.size(), 300);
    NameCache names(f.client.get());
    RecurringRunModel model(f.client.get(), &names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadAll(&model));
    QCOMPARE(model.loadedCount(), 300);
    const QString enabledId = model.idAt(model.index(250, 0));
    ApiJob *enable = f.client->enableRecurringRun(enabledId);
    QSignalSpy enabled(enable, &ApiJob::finished);
    QTRY_COMPARE_WITH_TIMEOUT(enabled.count(), 1, 10000);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy refreshed(&model, &PagedTreeModel::refreshed);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 10000);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(model.loadedCount(), 300);
    QCOMPARE(model.idAt(model.index(250, 0)), enabledId);
    QCOMPARE(model.index(250, RecurringRunModel::StatusColumn).data().toString(),
             QStringLiteral("Enabled"));
    // Whole rows changed (names arriving from the cache change single columns): that one only.
    const int lastColumn = model.columnCount() - 1;
    QList<int> changedRows;
    for (const auto &args : changed) {
        const auto first = args.at(0).value<QModelIndex>();
        const auto last = args.at(1).value<QModelIndex>();
        if (first.column() == 0 && last.column() == lastColumn)
            changedRows << first.row() << last.row();
    }
    QCOMPARE(changedRows, QList<int>({250, 250}));
}

void TestRecurringRunModel::triggerInWords()
{
    QCOMPARE(RecurringRunModel::triggerText(cronTrigger(QStringLiteral("0 30 2 * * 1"))),
             QStringLiteral("Cron: 0 30 2 * * 1"));
    QCOMPARE(RecurringRunModel::triggerText(periodicTrigger(86400 * 2)),
             QStringLiteral("Every 2 day(s)"));
    QCOMPARE(RecurringRunModel::triggerText(periodicTrigger(3600)),
             QStringLiteral("Every 1 hour(s)"));
    QCOMPARE(RecurringRunModel::triggerText(periodicTrigger(90 * 60)),
             QStringLiteral("Every 90 minute(s)"));
    // Not "Every 439652 second(s)".
    QCOMPARE(RecurringRunModel::triggerText(periodicTrigger(439652)),
             QStringLiteral("Every 5 d 2 h"));
    QCOMPARE(RecurringRunModel::triggerText(periodicTrigger(45)),
             QStringLiteral("Every 45 second(s)"));
    QCOMPARE(RecurringRunModel::triggerText(Trigger()), QStringLiteral("No trigger"));

    // Through the server and back, on both dialects: the column shows the same words.
    for (const QString &api : {QStringLiteral("v2beta1"), QStringLiteral("v1beta1")}) {
        ModelFixture f;
        QVERIFY(f.start(api));
        f.server->seedPipelines(1);
        const PipelineVersion version = anyPipelineVersion(f.client.get());
        const auto made = createAll<RecurringRun>(2, [&](int i) {
            return f.client->createRecurringRun(recurringRunRequest(
                QStringLiteral("t%1").arg(i), version, {},
                i == 0 ? cronTrigger(QStringLiteral("0 0 6 * * *")) : periodicTrigger(7200)));
        });
        QCOMPARE(made.size(), 2);
        NameCache names(f.client.get());
        RecurringRunModel model(f.client.get(), &names);
        QVERIFY(loadAll(&model));
        const QModelIndex cron = model.indexForId(made[0].id, RecurringRunModel::TriggerColumn);
        const QModelIndex periodic = model.indexForId(made[1].id, RecurringRunModel::TriggerColumn);
        QCOMPARE(cron.data().toString(), QStringLiteral("Cron: 0 0 6 * * *"));
        QCOMPARE(periodic.data().toString(), QStringLiteral("Every 2 hour(s)"));
    }
}

QTEST_MAIN(TestRecurringRunModel)
#include "tst_recurringrunmodel.moc"
