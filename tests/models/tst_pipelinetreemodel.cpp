// PipelineTreeModel against the sandbox on both dialects: QAbstractItemModelTester over 1,000
// pipelines, versions loaded lazily on expand, an error row on a failing branch with retry, and a
// refresh that keeps the expanded pipeline's versions and a persistent index. The top level on its
// own: one list call per page, the roles of a pipeline row, a refresh in place after a delete, a
// failed refresh that keeps the rows, and a failed first page with retry.

#include "ModelFixture.h"

#include "models/PipelineTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace kfp;
using namespace testutil;

class TestPipelineTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lazyVersionsUnderTester_data() { addDialectRows(); }
    void lazyVersionsUnderTester();
    void branchErrorAndRetry_data() { addDialectRows(); }
    void branchErrorAndRetry();
    void searchAndSortRequests_data() { addDialectRows(); }
    void searchAndSortRequests();
    void topLevelPagesRolesAndRefresh_data() { addDialectRows(); }
    void topLevelPagesRolesAndRefresh();
    void topLevelErrorAndRetry_data() { addDialectRows(); }
    void topLevelErrorAndRetry();
};

void TestPipelineTreeModel::lazyVersionsUnderTester()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    // 500 pipelines with a version each: 1,000 items. The tester fetches every branch it walks.
    f.server->seedPipelines(500);
    PipelineTreeModel model(f.client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The tester walks the whole tree on every change: CPU-bound, slow under ASan and load.
    QVERIFY(loadAll(&model, {}, 120000));
    QCOMPARE(model.loadedCount(), f.server->pipelineCount());
    const QModelIndex pipeline = model.index(0, 0);
    QCOMPARE(model.nodeKind(pipeline), NodeKind::Pipeline);
    // The tester itself calls fetchMore() on what it walks; the versions arrive lazily.
    QVERIFY(loadAll(&model, pipeline));
    QVERIFY(model.rowCount(pipeline) >= 1);
    const QModelIndex version = model.index(0, 0, pipeline);
    QCOMPARE(model.nodeKind(version), NodeKind::PipelineVersion);
    QCOMPARE(model.versionAt(version).pipelineId, model.idAt(pipeline));
    QCOMPARE(model.pipelineIndexOf(version), pipeline);
    bool askedVersions = false;
    for (const auto &e : f.server->requestLog())
        askedVersions |= e.apiPath.contains(QStringLiteral("version"));
    QVERIFY(askedVersions);

    // Refresh: no reset, the expanded branch keeps its rows, a persistent index survives.
    const QPersistentModelIndex keptVersion(version);
    const QString keptId = model.idAt(version);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy refreshed(&model, &PagedTreeModel::refreshed);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 120000); // refetches every branch
    QCOMPARE(resets.count(), 0);
    QVERIFY(keptVersion.isValid());
    QCOMPARE(model.idAt(keptVersion), keptId);
    QCOMPARE(model.loadState(pipeline), LoadState::Fetched);
}

void TestPipelineTreeModel::branchErrorAndRetry()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    f.server->seedDemo();
    PipelineTreeModel model(f.client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Fail the versions of whichever pipeline is expanded first.
    QVERIFY(f.server->addFault(QStringLiteral("path=*versions*,method=GET,status=500,count=1")));
    QVERIFY(loadAll(&model));
    QVERIFY(model.rowCount() > 0);
    QModelIndex failed;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int i = 0; i < model.rowCount(); ++i) {
                if (model.loadState(model.index(i, 0)) == LoadState::NotFetched)
                    model.fetchMore(model.index(i, 0));
                if (model.loadState(model.index(i, 0)) == LoadState::Failed)
                    failed = model.index(i, 0);
            }
            return failed.isValid();
        }(),
        10000);
    const QModelIndex errorRow = model.index(model.rowCount(failed) - 1, 0, failed);
    QVERIFY(errorRow.data(ErrorRole).toBool());
    QCOMPARE(errorRow.data(Qt::DisplayRole).toString(), model.errorAt(failed).userMessage());
    QVERIFY(!model.canFetchMore(failed));
    model.retry(errorRow);
    QTRY_COMPARE_WITH_TIMEOUT(model.loadState(failed), LoadState::Fetched, 10000);
    QVERIFY(model.rowCount(failed) >= 1);
    QCOMPARE(model.nodeKind(model.index(0, 0, failed)), NodeKind::PipelineVersion);
}

void TestPipelineTreeModel::searchAndSortRequests()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    f.server->seedPipelines(300);
    PipelineTreeModel model(f.client.get());
    model.setSearchText(QStringLiteral("pipeline-01"));
    model.sort(PipelineTreeModel::NameColumn, Qt::DescendingOrder);
    model.setStorage(PagedTreeModel::Storage::Archived); // pipelines have none: ignored
    QVERIFY(loadAll(&model));
    const auto requests = f.gets(QStringLiteral("/pipelines"));
    QCOMPARE(requests.size(), 1);
    const QJsonObject filter = filterOf(requests.first());
    const QString nameKey = f.v2 ? QStringLiteral("display_name") : QStringLiteral("name");
    QCOMPARE(filter.value(QStringLiteral("predicates")).toArray().size(), 1);
    QCOMPARE(opOf(predicate(filter, nameKey)), QStringLiteral("IS_SUBSTRING"));
    QCOMPARE(sortByOf(requests.first()), nameKey + QStringLiteral(" desc"));
    for (int i = 0; i < model.rowCount(); ++i)
        QVERIFY(model.index(i, 0).data().toString().contains(QStringLiteral("pipeline-01"),
                                                             Qt::CaseInsensitive));
}

void TestPipelineTreeModel::topLevelPagesRolesAndRefresh()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    f.server->seedPipelines(250);
    const int total = f.server->pipelineCount();
    QVERIFY(total >= 250);
    PipelineTreeModel model(f.client.get());
    model.setPageSize(100);
    QCOMPARE(model.columnCount(), int(PipelineTreeModel::ColumnCount));
    QVERIFY(loadAll(&model));
    QCOMPARE(model.loadedCount(), total);
    // One call per page, none read twice; every pipeline once.
    QCOMPARE(f.gets(QStringLiteral("/pipelines")).size(), (total + 99) / 100);
    QSet<QString> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.index(r, 0).data(IdRole).toString());
    QCOMPARE(ids.size(), total);

    // A pipeline row carries its data and roles.
    const QModelIndex first = model.index(0, PipelineTreeModel::NameColumn);
    QVERIFY(!first.data(IdRole).toString().isEmpty());
    QCOMPARE(first.data().toString(), first.data(NameRole).toString());
    QVERIFY(first.data(CreatedAtRole).toDateTime().isValid());
    QCOMPARE(model.indexForId(first.data(IdRole).toString()), first);
    QVERIFY(!model.index(0, PipelineTreeModel::CreatedColumn).data().toString().isEmpty());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));

    // Nothing changed on the server: a refresh is silent.
    const QPersistentModelIndex kept = model.index(50, 0);
    const QString keptId = model.idAt(kept);
    const QString goneId = model.idAt(model.index(10, 0));
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy refreshed(&model, &PagedTreeModel::refreshed);
    model.refresh();
    QVERIFY(model.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 10000);
    QCOMPARE(model.loadedCount(), total);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 0);

    // One pipeline deleted: exactly that row goes, the others keep their indexes.
    auto *del = f.client->deletePipeline(goneId, true);
    bool done = false;
    bool deleted = false;
    connect(del, &ApiJob::finished, this, [&, del] {
        done = true;
        deleted = del->ok();
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(deleted);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, 10000);
    QCOMPARE(model.lastError().kind(), ApiError::Kind::None);
    QCOMPARE(model.loadedCount(), total - 1);
    QCOMPARE(removed.count(), 1);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 49);
    QCOMPARE(model.idAt(kept), keptId);
    QVERIFY(!model.indexForId(goneId).isValid());

    // A failed refresh is reported and leaves the rows as they are; the next one succeeds.
    QVERIFY(f.server->addFault(
        QStringLiteral("path=%1/pipelines,method=GET,status=500").arg(f.prefix())));
    QSignalSpy errors(&model, &PagedTreeModel::errorOccurred);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 3, 10000);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(model.lastError().kind(), ApiError::Kind::ServerError);
    QVERIFY(!model.lastError().userMessage().isEmpty());
    QCOMPARE(model.loadedCount(), total - 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.loadState(), LoadState::Fetched);
    f.server->clearFaults();
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 4, 10000);
    QCOMPARE(model.lastError().kind(), ApiError::Kind::None);
    QCOMPARE(model.loadedCount(), total - 1);
    QCOMPARE(resets.count(), 0);
}

void TestPipelineTreeModel::topLevelErrorAndRetry()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    f.server->seedPipelines(150);
    QVERIFY(f.server->addFault(
        QStringLiteral("path=%1/pipelines,method=GET,status=500").arg(f.prefix())));
    PipelineTreeModel model(f.client.get());
    model.setPageSize(100);
    QVERIFY(loadAll(&model));
    QCOMPARE(model.loadState(), LoadState::Failed);
    QCOMPARE(model.errorAt({}).kind(), ApiError::Kind::ServerError);
    QCOMPARE(model.loadedCount(), 0);
    QVERIFY(!model.canFetchMore({})); // no hammering: retry is explicit
    f.server->clearFaults();
    model.retry();
    QVERIFY(loadAll(&model));
    QCOMPARE(model.loadState(), LoadState::Fetched);
    QCOMPARE(model.loadedCount(), f.server->pipelineCount());
}

QTEST_MAIN(TestPipelineTreeModel)
#include "tst_pipelinetreemodel.moc"
