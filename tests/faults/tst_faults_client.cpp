// The client under faults, over real loopback HTTP against the in-process sandbox, both dialects:
//
// - A request that creates something is sent once. When the connection is closed after the
//   server did the work, Qt's network stack would quietly send it again on a fresh connection (a
//   second run, a "pipeline already exists" for an upload that worked); the send-once body stops
//   it, and the error says the outcome is unknown. A refusal before KFP saw the request is not
//   "unknown".
// - An answer dripping in slower than the timeout ends as a timeout at the deadline (Qt's own
//   transfer timeout alone would wait for the whole drip).
// - CreateOnce, after an unclear failure, adopts the run the server made instead of making a
//   second one, also when the look itself fails first; and a refused attempt is simply retried.

#include "FaultCases.h"
#include "SandboxFixture.h"
#include "api/CreateOnce.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace testutil;
using faulttest::faultSpec;

namespace {

constexpr int T = 20000;

QString pipelineFile(const SandboxFixture &f)
{
    return f.defaultPipelineFile();
}

kfp::RunRequest runRequest(const QString &experimentId, const QString &pipelineId,
                           const QString &versionId, const QString &name)
{
    kfp::RunRequest r;
    r.displayName = name;
    r.experimentId = experimentId;
    r.pipelineId = pipelineId;
    r.pipelineVersionId = versionId;
    return r;
}

// Counts POSTs that reached the sandbox on `apiPath`.
int posts(const SandboxFixture &f, const QString &apiPath)
{
    return int(f.requests("POST", apiPath).size());
}

} // namespace

class TestFaultsClient final : public QObject
{
    Q_OBJECT

    struct Setup
    {
        SandboxFixture f;
        QString pipelineId;
        QString versionId;
        QString experimentId;
    };

    // A sandbox with a pipeline and an experiment, and a kept-alive connection already in use
    // (the case where Qt would resend).
    static bool prepare(Setup &s, const QString &api)
    {
        FixtureOptions options;
        options.sessionTimeoutMs = faulttest::TransferTimeoutMs;
        if (!s.f.start(api, false, options))
            return false;
        s.pipelineId = s.f.upload(QStringLiteral("faulty")).id;
        s.versionId = s.f.firstVersionId(s.pipelineId);
        s.experimentId = s.f.experiment(QStringLiteral("faults")).id;
        return !s.pipelineId.isEmpty() && !s.versionId.isEmpty() && !s.experimentId.isEmpty() &&
               await(s.f.client->healthz()).ok();
    }

private Q_SLOTS:
    void createIsSentOnce_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("what");
        for (const char *api : {"v2beta1", "v1beta1"})
            for (const char *what : {"run", "recurring run", "experiment", "pipeline", "version"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(api, what)))
                    << QString::fromLatin1(api) << QString::fromLatin1(what);
    }
    void createIsSentOnce()
    {
        QFETCH(QString, api);
        QFETCH(QString, what);
        Setup s;
        QVERIFY(prepare(s, api));
        auto &f = s.f;
        auto *server = f.server.get();
        const bool v2 = f.isV2();

        QString path;
        std::function<int()> count;
        std::function<ApiError()> create;
        if (what == QLatin1String("run")) {
            path = f.apiPrefix() + QStringLiteral("/runs");
            count = [server] {
                return server->runCount();
            };
            create = [&] {
                return await(f.client->createRun(
                                 runRequest(s.experimentId, s.pipelineId, s.versionId, "once")),
                             T)
                    .error;
            };
        } else if (what == QLatin1String("recurring run")) {
            path =
                f.apiPrefix() + (v2 ? QStringLiteral("/recurringruns") : QStringLiteral("/jobs"));
            count = [server] {
                return server->recurringRunCount();
            };
            create = [&] {
                kfp::RecurringRunRequest r;
                r.run = runRequest(s.experimentId, s.pipelineId, s.versionId, "nightly");
                r.trigger.kind = kfp::Trigger::Kind::Periodic;
                r.trigger.intervalSeconds = 3600;
                return await(f.client->createRecurringRun(r), T).error;
            };
        } else if (what == QLatin1String("experiment")) {
            path = f.apiPrefix() + QStringLiteral("/experiments");
            count = [server] {
                return server->experimentCount();
            };
            create = [&] {
                return await(f.client->createExperiment(QStringLiteral("once")), T).error;
            };
        } else if (what == QLatin1String("pipeline")) {
            path = f.apiPrefix() + QStringLiteral("/pipelines/upload");
            count = [server] {
                return server->pipelineCount();
            };
            create = [&] {
                kfp::PipelineUpload up;
                up.filePath = pipelineFile(f);
                up.name = QStringLiteral("once");
                return await(f.client->uploadPipeline(up), T).error;
            };
        } else {
            path = f.apiPrefix() + QStringLiteral("/pipelines/upload_version");
            count = [server] {
                return server->pipelineVersionCount();
            };
            create = [&] {
                kfp::PipelineVersionUpload up;
                up.filePath = pipelineFile(f);
                up.pipelineId = s.pipelineId;
                up.name = QStringLiteral("once");
                return await(f.client->uploadPipelineVersion(up), T).error;
            };
        }

        // The server does the work, then the connection closes without an answer.
        QVERIFY(server->addFault(faultSpec(path, "POST", QStringLiteral("drop"))));
        const int before = count();
        const int postsBefore = posts(f, path);
        const ApiError error = create();
        QVERIFY2(error.isError(), qPrintable(error.fullMessage()));
        QVERIFY2(error.outcomeUnknown(), qPrintable(kindName(error.kind())));
        QVERIFY(!error.userMessage().isEmpty());
        QCOMPARE(posts(f, path), postsBefore + 1);
        QCOMPARE(count(), before + 1);

        // A gateway's refusal: KFP never saw it, so the outcome is known (nothing was created).
        server->clearFaults();
        QVERIFY(server->addFault(faultSpec(path, "POST", QStringLiteral("status=503"))));
        const ApiError refused = create();
        QCOMPARE(kindName(refused.kind()), kindName(ApiError::Kind::ServerError));
        QVERIFY(!refused.outcomeUnknown());
        QCOMPARE(count(), before + 1);
    }

    void dripEndsAtTheDeadline_data() { addDialectRows(); }
    void dripEndsAtTheDeadline()
    {
        QFETCH(QString, api);
        SandboxFixture f;
        FixtureOptions options;
        options.sessionTimeoutMs = faulttest::TransferTimeoutMs;
        QVERIFY(f.start(api, false, options));
        f.server->seedRuns(50); // a body of some kilobytes, dripped in 10 pieces
        QVERIFY(f.server->addFault(faultSpec(f.apiPrefix() + QStringLiteral("/runs"), "GET",
                                             QStringLiteral("drip=%1").arg(faulttest::DripMs))));
        faulttest::Heartbeat hb;
        hb.start();
        QElapsedTimer clock;
        clock.start();
        const auto out = await(f.client->listRuns(kfp::ListQuery().withPageSize(50)), T);
        const qint64 elapsed = clock.elapsed();
        KFP_VERIFY_KIND(out, ApiError::Kind::Timeout);
        QVERIFY(!out.error.userMessage().isEmpty());
        // Ended by the deadline, well before the drip would have finished.
        QVERIFY2(elapsed < faulttest::DripMs - 1000, QByteArray::number(elapsed));
        FAULT_VERIFY_ALIVE(hb);

        f.server->clearFaults(); // recovers
        KFP_VERIFY_OK(await(f.client->listRuns(kfp::ListQuery().withPageSize(50)), T));
    }

    void createOnceAdoptsTheLostRun_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("fault");
        for (const char *api : {"v2beta1", "v1beta1"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 dropped").arg(api)))
                << QString::fromLatin1(api) << QStringLiteral("drop");
            QTest::newRow(qPrintable(QStringLiteral("%1 reset mid-body").arg(api)))
                << QString::fromLatin1(api) << QStringLiteral("reset=10");
            QTest::newRow(qPrintable(QStringLiteral("%1 answer too late").arg(api)))
                << QString::fromLatin1(api)
                << QStringLiteral("latency=%1").arg(faulttest::TransferTimeoutMs + 2000);
            QTest::newRow(qPrintable(QStringLiteral("%1 truncated answer").arg(api)))
                << QString::fromLatin1(api) << QStringLiteral("truncate=10");
        }
    }
    void createOnceAdoptsTheLostRun()
    {
        QFETCH(QString, api);
        QFETCH(QString, fault);
        Setup s;
        QVERIFY(prepare(s, api));
        auto &f = s.f;
        const QString runsPath = f.apiPrefix() + QStringLiteral("/runs");
        // An earlier run of the same name must not be mistaken for the new one.
        QVERIFY(!f.runOf(s.experimentId, s.pipelineId, s.versionId, {}, QStringLiteral("daily"))
                     .id.isEmpty());
        const int before = f.server->runCount();

        QVERIFY(f.server->addFault(faultSpec(runsPath, "POST", fault)));
        kfp::CreateOnce creator(f.client.get());
        QSignalSpy created(&creator, &kfp::CreateOnce::runCreated);
        QSignalSpy failed(&creator, &kfp::CreateOnce::failed);
        creator.createRun(runRequest(s.experimentId, s.pipelineId, s.versionId, "daily"));
        QTRY_COMPARE_WITH_TIMEOUT(created.size() + failed.size(), 1, T);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(created.first().at(1).toBool(), true); // adopted: found after the lost answer
        const auto run = created.first().at(0).value<kfp::Run>();
        QCOMPARE(run.displayName, QStringLiteral("daily"));
        QCOMPARE(f.server->runCount(), before + 1);
        QCOMPARE(posts(f, runsPath), 2); // the earlier run's and this one's: nothing resent
    }

    void createOnceLooksBeforeSendingAgain_data() { addDialectRows(); }
    void createOnceLooksBeforeSendingAgain()
    {
        QFETCH(QString, api);
        Setup s;
        QVERIFY(prepare(s, api));
        auto &f = s.f;
        const QString runsPath = f.apiPrefix() + QStringLiteral("/runs");
        const int before = f.server->runCount();

        // The create's answer is lost and the look that follows fails as well. The first rule
        // lets the look before sending through (first matching rule wins; count=1 spends it).
        kfp::CreateOnce creator(f.client.get());
        QSignalSpy created(&creator, &kfp::CreateOnce::runCreated);
        QSignalSpy failed(&creator, &kfp::CreateOnce::failed);
        const QString anyList = runsPath + QLatin1Char('*');
        QVERIFY(f.server->addFault(faultSpec(anyList, "GET", QStringLiteral("latency=0,count=1"))));
        QVERIFY(f.server->addFault(faultSpec(anyList, "GET", QStringLiteral("status=503"))));
        QVERIFY(f.server->addFault(faultSpec(runsPath, "POST", QStringLiteral("drop,count=1"))));
        const auto request = runRequest(s.experimentId, s.pipelineId, s.versionId, "weekly");
        creator.createRun(request);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, T);
        QCOMPARE(created.size(), 0);
        QCOMPARE(failed.first().at(1).toBool(), true); // outcome unknown
        QVERIFY(creator.outcomeUnknown());
        QCOMPARE(f.server->runCount(), before + 1);

        // The user presses Create again once the server is well: found, not sent again.
        f.server->clearFaults();
        creator.createRun(request);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, T);
        QCOMPARE(created.first().at(1).toBool(), true);
        QCOMPARE(posts(f, runsPath), 1);
        QCOMPARE(f.server->runCount(), before + 1);

        // Created: pressing Create for a further run of the same name makes a new one.
        f.server->clearFaults();
        creator.createRun(request);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 2, T);
        QCOMPARE(created.last().at(1).toBool(), false);
        QCOMPARE(f.server->runCount(), before + 2);
    }

    void createOnceRetriesARefusal_data() { addDialectRows(); }
    void createOnceRetriesARefusal()
    {
        QFETCH(QString, api);
        Setup s;
        QVERIFY(prepare(s, api));
        auto &f = s.f;
        const QString runsPath = f.apiPrefix() + QStringLiteral("/runs");
        const int before = f.server->runCount();
        QVERIFY(f.server->addFault(faultSpec(runsPath, "POST", QStringLiteral("status=500"))));
        kfp::CreateOnce creator(f.client.get());
        QSignalSpy created(&creator, &kfp::CreateOnce::runCreated);
        QSignalSpy failed(&creator, &kfp::CreateOnce::failed);
        const auto request = runRequest(s.experimentId, s.pipelineId, s.versionId, "hourly");
        creator.createRun(request);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, T);
        QCOMPARE(failed.first().at(1).toBool(), false); // refused: certainly not created
        QCOMPARE(f.server->runCount(), before);

        f.server->clearFaults();
        creator.createRun(request);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, T);
        QCOMPARE(created.first().at(1).toBool(), false);
        QCOMPARE(f.server->runCount(), before + 1);
    }
};

QTEST_MAIN(TestFaultsClient)
#include "tst_faults_client.moc"
