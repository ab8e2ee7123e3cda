// BulkAction against the sandbox: bounded concurrency, progress, and a summary that names exactly
// the items that failed (50 runs archived, 5 of them answered with 500 by injected faults).

#include "BulkAction.h"
#include "UiTestSupport.h"

#include <QSet>

#include <algorithm>

using kfp::BulkAction;
using kfp::BulkItem;

class TestBulkAction final : public QObject
{
    Q_OBJECT

private:
    static QList<BulkItem> allRuns(kfp::KfpClient *client)
    {
        QList<BulkItem> items;
        auto *job = client->listRuns(kfp::ListQuery().withPageSize(200));
        bool done = false;
        QObject::connect(job, &kfp::ApiJob::finished, job, [&] {
            for (const kfp::Run &r : job->result().items)
                items.append({r.id, r.displayName, {}, 0});
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("listRuns did not answer");
        return items;
    }

private Q_SLOTS:
    void archives45Of50AndNamesThe5Failures_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v2beta1") << int(kfp::ApiVersion::V2Beta1);
        QTest::newRow("v1beta1") << int(kfp::ApiVersion::V1Beta1);
    }
    void archives45Of50AndNamesThe5Failures()
    {
        QFETCH(int, version);
        kfptest::SandboxClient sb(false, kfp::ApiVersion(version));
        sb.server->seedRuns(50);
        const QList<BulkItem> items = allRuns(sb.client.get());
        QCOMPARE(items.size(), 50);

        const QString api = version == int(kfp::ApiVersion::V1Beta1) ? QStringLiteral("v1beta1")
                                                                     : QStringLiteral("v2beta1");
        QSet<QString> failing;
        for (int i : {3, 11, 20, 37, 49}) {
            failing.insert(items.at(i).id);
            QVERIFY(sb.server->addFault(QStringLiteral("path=/apis/%1/runs/%2:archive,status=500")
                                            .arg(api, items.at(i).id)));
        }

        BulkAction bulk(QStringLiteral("Archive"), items,
                        [&sb](const BulkItem &item) { return sb.client->archiveRun(item.id); });
        QSignalSpy progress(&bulk, &BulkAction::progress);
        QSignalSpy finished(&bulk, &BulkAction::finished);
        bulk.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);

        QCOMPARE(bulk.succeededIds().size(), 45);
        QCOMPARE(bulk.failures().size(), 5);
        QSet<QString> reported;
        for (const kfp::BulkFailure &f : bulk.failures()) {
            reported.insert(f.item.id);
            QCOMPARE(f.error.kind(), kfp::ApiError::Kind::ServerError);
        }
        QCOMPARE(reported, failing);
        // The details name each failed run (label and id) and no other.
        const QString details = bulk.failureDetails();
        for (const BulkItem &item : items)
            QCOMPARE(details.contains(item.id), failing.contains(item.id));
        // A 500 is a failure, not a refusal; the summary counts both kinds apart.
        QCOMPARE(bulk.refusedCount(), 0);
        QCOMPARE(bulk.summary(), QStringLiteral("Archive: 45 done, 5 failed."));
        // Bounded: never more than 4 calls at once, and it did run calls in parallel.
        QVERIFY(bulk.peakInFlight() <= BulkAction::DefaultConcurrency);
        QVERIFY(bulk.peakInFlight() > 1);
        QCOMPARE(progress.last().at(0).toInt(), 50);

        // The server agrees: 45 archived.
        QCOMPARE(sb.count("POST", QStringLiteral(":archive")), 50);
        int archived = 0;
        auto *job = sb.client->listRuns(kfp::ListQuery().withPageSize(200).where(
            kfp::Predicate::equals(QStringLiteral("storage_state"), QStringLiteral("ARCHIVED"))));
        QSignalSpy listed(job, &kfp::ApiJob::finished);
        QObject::connect(job, &kfp::ApiJob::finished, this,
                         [&] { archived = int(job->result().items.size()); });
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 10000);
        QCOMPARE(archived, 45);
    }

    // The real server's refusals (a terminate of a run that is not active: 400; a retry of a run
    // that did not fail: 409; deleting the default experiment: 409; restoring a run whose
    // experiment is archived: 400), injected as faults: each is a refusal of that item, with the
    // server's own text and status, never a failure and never "done".
    void serverRefusalsAreReportedPerItem_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("call");
        QTest::addColumn<int>("status");
        for (int v : {int(kfp::ApiVersion::V2Beta1), int(kfp::ApiVersion::V1Beta1)}) {
            const char *api = v == int(kfp::ApiVersion::V1Beta1) ? "v1beta1" : "v2beta1";
            QTest::addRow("%s terminate", api) << v << 0 << 400;
            QTest::addRow("%s retry", api) << v << 1 << 409;
            QTest::addRow("%s delete experiment", api) << v << 2 << 409;
            QTest::addRow("%s unarchive", api) << v << 3 << 400;
        }
    }
    void serverRefusalsAreReportedPerItem()
    {
        QFETCH(int, version);
        QFETCH(int, call);
        QFETCH(int, status);
        kfptest::SandboxClient sb(false, kfp::ApiVersion(version));
        sb.server->seedRuns(3);
        QList<BulkItem> items = allRuns(sb.client.get());
        QCOMPARE(items.size(), 3);
        if (call == 2) {
            items.clear();
            auto *job = sb.client->listExperiments(kfp::ListQuery().withPageSize(3));
            QSignalSpy listed(job, &kfp::ApiJob::finished);
            QObject::connect(job, &kfp::ApiJob::finished, this, [&] {
                for (const kfp::Experiment &e : job->result().items)
                    items.append({e.id, e.displayName, {}, 0});
            });
            QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 10000);
            QCOMPARE(items.size(), 3);
        }
        const QString refusedId = items.at(1).id;
        QVERIFY(sb.server->addFault(QStringLiteral("path=*%1*,method=%2,status=%3")
                                        .arg(refusedId, call == 2 ? "DELETE" : "POST")
                                        .arg(status)));
        kfp::KfpClient *client = sb.client.get();
        BulkAction bulk(QStringLiteral("Act"), items, [client, call](const BulkItem &item) {
            switch (call) {
            case 0:
                return client->terminateRun(item.id);
            case 1:
                return client->retryRun(item.id);
            case 2:
                return client->deleteExperiment(item.id);
            default:
                return client->unarchiveRun(item.id);
            }
        });
        QSignalSpy finished(&bulk, &BulkAction::finished);
        bulk.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

        QCOMPARE(bulk.failures().size() + bulk.succeededIds().size(), 3);
        const auto refused =
            std::find_if(bulk.failures().cbegin(), bulk.failures().cend(),
                         [&](const kfp::BulkFailure &f) { return f.item.id == refusedId; });
        QVERIFY(refused != bulk.failures().cend());
        QVERIFY(refused->refused());
        QCOMPARE(refused->error.httpStatus(), status);
        QVERIFY(!bulk.allDone());
        QVERIFY(!bulk.summary().contains(QLatin1String("all")));
        QVERIFY(bulk.summary().contains(QLatin1String("refused by the server")));
        const QString report = bulk.report();
        // Under "Refused by the server:", the item's line quotes the server and its status.
        const QStringList lines = report.split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("Refused by the server:"));
        QString line;
        for (int i = 1; i < lines.size() && lines.at(i).startsWith(QLatin1String("  ")); ++i)
            if (lines.at(i).contains(refusedId))
                line = lines.at(i);
        QVERIFY2(!line.isEmpty(), qPrintable(report));
        QVERIFY2(line.endsWith(QStringLiteral(": sandbox fault injection (HTTP %1)").arg(status)),
                 qPrintable(report));
    }

    void cancelStopsStartingNewCalls()
    {
        kfptest::SandboxClient sb(false);
        sb.server->seedRuns(20);
        const QList<BulkItem> items = allRuns(sb.client.get());
        QVERIFY(sb.server->addFault(QStringLiteral("path=*:archive,latency=200")));
        BulkAction bulk(QStringLiteral("Archive"), items,
                        [&sb](const BulkItem &item) { return sb.client->archiveRun(item.id); });
        bulk.setMaxConcurrent(2);
        QSignalSpy finished(&bulk, &BulkAction::finished);
        bulk.start();
        QCOMPARE(bulk.inFlight(), 2);
        bulk.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(bulk.doneCount(), 2);
        QCOMPARE(bulk.skippedCount(), 18);
        QCOMPARE(sb.count("POST", QStringLiteral(":archive")), 2);
    }

    void emptyListFinishesFromTheEventLoop()
    {
        BulkAction bulk(QStringLiteral("Delete"), {}, [](const BulkItem &) { return nullptr; });
        QSignalSpy finished(&bulk, &BulkAction::finished);
        bulk.start();
        QCOMPARE(finished.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 1000);
    }
};

QTEST_GUILESS_MAIN(TestBulkAction)
#include "tst_bulkaction.moc"
