// PipelineTreeModel against the sandbox on both dialects: QAbstractItemModelTester over 1,000
// pipelines, versions loaded lazily on expand, an error row on a failing branch with retry, and a
// refresh that keeps the expanded pipeline's versions and a persistent index.

#include "ModelFixture.h"

#include "models/PipelineTreeModel.h"

#include <QAbstractItemModelTester>
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

QTEST_MAIN(TestPipelineTreeModel)
#include "tst_pipelinetreemodel.moc"
