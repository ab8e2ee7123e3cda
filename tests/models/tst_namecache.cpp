// NameCache: 1,000 runs in a RunListModel resolve their experiment, pipeline version and
// recurring run names with a bounded number of list calls (counted in the sandbox request log),
// never one per row, and the affected cells get dataChanged.

#include "ModelFixture.h"

#include "models/NameCache.h"
#include "models/RunListModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace kfp;
using namespace testutil;

class TestNameCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void boundedRequestsFor1000Rows_data() { addDialectRows(); }
    void boundedRequestsFor1000Rows();
    void unknownIdsAreAskedOnce();
    void versionWithoutPipeline_data() { addDialectRows(); }
    void versionWithoutPipeline();
    void failedLookupShowsIdsThenNames_data();
    void failedLookupShowsIdsThenNames();
};

void TestNameCache::boundedRequestsFor1000Rows()
{
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    f.server->seedDemo();
    f.server->seedRuns(1000);
    NameCache names(f.client.get());
    RunListModel model(f.client.get(), &names);
    QVERIFY(loadAll(&model));
    QVERIFY(model.loadedCount() >= 1000);
    f.server->clearRequestLog();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Every row painted: ask every name column of every row.
    auto askAll = [&] {
        for (int i = 0; i < model.rowCount(); ++i) {
            model.index(i, RunListModel::ExperimentColumn).data();
            model.index(i, RunListModel::PipelineVersionColumn).data();
            model.index(i, RunListModel::RecurringRunColumn).data();
        }
    };
    askAll();
    QTRY_VERIFY_WITH_TIMEOUT(!names.isBusy() && names.requestCount() > 0, 10000);
    askAll(); // a second pass asks nothing new
    QTest::qWait(0);
    QTRY_VERIFY_WITH_TIMEOUT(!names.isBusy(), 10000);
    const int requests = int(f.server->requestLog().size());
    // 5 bulk + demo experiments, one pipeline's versions, a few recurring runs: a handful of
    // batched list calls (one per kind, per pipeline) — not 1,000.
    QVERIFY2(requests <= 10, QByteArray::number(requests));
    QCOMPARE(requests, names.requestCount());
    QVERIFY(changed.count() >= 1);
    int bulkRows = 0;
    for (int i = 0; i < model.rowCount(); ++i) {
        if (!model.index(i, 0).data().toString().startsWith(QStringLiteral("bulk-run-")))
            continue;
        ++bulkRows;
        QVERIFY(model.index(i, RunListModel::ExperimentColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("bulk-experiment-")));
    }
    QCOMPARE(bulkRows, 1000);
    QVERIFY(!model.index(0, RunListModel::PipelineVersionColumn).data().toString().isEmpty());
    for (const auto &e : f.server->requestLog())
        QCOMPARE(opOf(filterOf(e).value(QStringLiteral("predicates")).toArray().first().toObject()),
                 QStringLiteral("IN"));
}

void TestNameCache::unknownIdsAreAskedOnce()
{
    ModelFixture f;
    QVERIFY(f.start(QStringLiteral("v2beta1")));
    NameCache names(f.client.get());
    QSignalSpy resolved(&names, &NameCache::namesResolved);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(names.name(NameCache::Kind::Experiment, QStringLiteral("no-such-id")), QString());
    QTRY_COMPARE_WITH_TIMEOUT(resolved.count(), 1, 10000);
    QVERIFY(names.isUnresolved(NameCache::Kind::Experiment, QStringLiteral("no-such-id")));
    QCOMPARE(names.name(NameCache::Kind::Experiment, QStringLiteral("no-such-id")), QString());
    QTest::qWait(50); // give a wrongly scheduled second lookup the chance to go out
    QCOMPARE(names.requestCount(), 1);
    names.insert(NameCache::Kind::Experiment, QStringLiteral("e1"), QStringLiteral("first"));
    QCOMPARE(names.name(NameCache::Kind::Experiment, QStringLiteral("e1")),
             QStringLiteral("first"));
}

void TestNameCache::versionWithoutPipeline()
{
    // A KFP 1.8 run may reference only its pipeline version. v1 reads a version by id alone;
    // v2 cannot, and leaves it unresolved without a request.
    QFETCH(QString, api);
    ModelFixture f;
    QVERIFY(f.start(api));
    f.server->seedPipelines(1);
    const PipelineVersion version = anyPipelineVersion(f.client.get());
    QVERIFY(!version.id.isEmpty());
    f.server->clearRequestLog();
    NameCache names(f.client.get());
    QSignalSpy resolved(&names, &NameCache::namesResolved);
    QSignalSpy failed(&names, &NameCache::lookupFailed);
    const QString gone = QStringLiteral("00000000-0000-0000-0000-000000000000");
    QCOMPARE(names.name(NameCache::Kind::PipelineVersion, version.id), QString());
    QCOMPARE(names.name(NameCache::Kind::PipelineVersion, version.id), QString()); // asked once
    QCOMPARE(names.name(NameCache::Kind::PipelineVersion, gone), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!names.isBusy() && resolved.count() >= 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(names.isUnresolved(NameCache::Kind::PipelineVersion, gone) &&
                                 (names.isResolved(NameCache::Kind::PipelineVersion, version.id) ||
                                  names.isUnresolved(NameCache::Kind::PipelineVersion, version.id)),
                             10000);
    QCOMPARE(failed.count(), 0); // a deleted version is not a failure to report
    if (!f.v2) {
        const QString expected = version.displayName.isEmpty() ? version.name : version.displayName;
        QCOMPARE(names.name(NameCache::Kind::PipelineVersion, version.id), expected);
        QCOMPARE(names.requestCount(), 2);
        QCOMPARE(f.gets(QStringLiteral("/pipeline_versions/") + version.id).size(), 1);
        QCOMPARE(f.gets(QStringLiteral("/pipeline_versions/") + gone).size(), 1);
    } else {
        QVERIFY(names.isUnresolved(NameCache::Kind::PipelineVersion, version.id));
        QCOMPARE(names.requestCount(), 0);
        QCOMPARE(f.server->requestLog().size(), 0);
    }
}

void TestNameCache::failedLookupShowsIdsThenNames_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("IN filter refused (400)") << 400;
}

// A failed batched lookup leaves no blank cell: the id is shown, the lookup is asked again after
// the back-off, and then the names appear.
void TestNameCache::failedLookupShowsIdsThenNames()
{
    QFETCH(int, status);
    ModelFixture f;
    QVERIFY(f.start(QStringLiteral("v2beta1")));
    f.server->seedDemo();
    QHash<QString, QString> expected; // experiment id -> display name
    {
        auto *job = f.client->listExperiments(ListQuery().withPageSize(200));
        bool done = false;
        QObject context;
        connect(job, &ApiJob::finished, &context, [&, job] {
            if (job->ok()) {
                for (const Experiment &e : job->result().items)
                    expected.insert(e.id, e.displayName);
            }
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }
    QVERIFY(!expected.isEmpty());

    NameCache names(f.client.get());
    names.setRetryDelay(300);
    RunListModel model(f.client.get(), &names);
    QVERIFY(loadAll(&model));
    QVERIFY(model.rowCount() > 0);
    QVERIFY(f.server->addFault(
        QStringLiteral("path=/apis/v2beta1/experiments,status=%1,count=1").arg(status)));
    f.server->clearRequestLog();
    QSignalSpy failed(&names, &NameCache::lookupFailed);
    auto cell = [&](int row) {
        return model.index(row, RunListModel::ExperimentColumn).data().toString();
    };
    for (int i = 0; i < model.rowCount(); ++i)
        cell(i);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    int shown = 0;
    for (int i = 0; i < model.rowCount(); ++i) {
        const QString text = cell(i);
        if (text.isEmpty())
            continue;                                        // a run without an experiment
        QVERIFY2(expected.contains(text), qPrintable(text)); // the id, not a blank
        ++shown;
    }
    QVERIFY(shown > 0);
    QCOMPARE(names.requestCount(), 1);

    // Asked again after the back-off: the names replace the ids.
    QTRY_VERIFY_WITH_TIMEOUT(!names.isBusy() && names.requestCount() == 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int i = 0; i < model.rowCount(); ++i) {
                const QString text = cell(i);
                if (!text.isEmpty() && !expected.values().contains(text))
                    return false;
            }
            return true;
        }(),
        10000);
    QCOMPARE(failed.count(), 1);
    for (const auto &e : f.server->requestLog())
        QCOMPARE(opOf(filterOf(e).value(QStringLiteral("predicates")).toArray().first().toObject()),
                 QStringLiteral("IN"));
}

QTEST_MAIN(TestNameCache)
#include "tst_namecache.moc"
