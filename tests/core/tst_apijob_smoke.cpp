// A few ApiJob/KfpClient cases over real loopback HTTP against the in-process sandbox.
// (The thorough client tests live in tests/client.)

#include "api/KfpClient.h"
#include "auth/Session.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace kfp;

class TstApiJobSmoke final : public QObject
{
    Q_OBJECT

    kfp::sandbox::SandboxServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    Session *m_session = nullptr;

    // Waits until `job` finished and a little longer, returning how often finished() fired.
    static int finishedCount(ApiJob *job, int graceMs = 200)
    {
        int count = 0;
        QObject::connect(job, &ApiJob::finished, job, [&count] { ++count; });
        job->setAutoDelete(false);
        QElapsedTimer clock;
        clock.start();
        while (!job->isFinished() && clock.elapsed() < 10000)
            QTest::qWait(10);
        QTest::qWait(graceMs);
        return count;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new kfp::sandbox::SandboxServer;
        const quint16 port = m_server->listen();
        QVERIFY(port != 0);
        m_server->seedDemo();
        m_nam = new QNetworkAccessManager;
        m_session = new Session(m_nam);
        m_session->setBaseUrl(m_server->baseUrl());
    }

    void cleanup()
    {
        delete m_session;
        delete m_nam;
        delete m_server;
    }

    void detectAndListBothDialects()
    {
        KfpClient client(m_session);
        auto *detect = client.detectApi();
        QCOMPARE(finishedCount(detect), 1);
        QVERIFY2(detect->ok(), qPrintable(detect->error().fullMessage()));
        QCOMPARE(client.apiVersion(), ApiVersion::V2Beta1);
        delete detect;

        for (ApiVersion version : {ApiVersion::V2Beta1, ApiVersion::V1Beta1}) {
            client.setApiVersion(version);
            auto *list = client.listPipelines(
                ListQuery().withPageSize(2).sortedBy(QStringLiteral("created_at"), true));
            QCOMPARE(finishedCount(list), 1);
            QVERIFY2(list->ok(), qPrintable(list->error().fullMessage()));
            QVERIFY(!list->result().items.isEmpty());
            QVERIFY(!list->result().items.first().id.isEmpty());
            QVERIFY(!list->result().items.first().title().isEmpty());
            const QString name = list->result().items.first().title();
            delete list;

            auto *byName = client.getPipelineByName(name);
            QCOMPARE(finishedCount(byName), 1);
            QVERIFY2(byName->ok(), qPrintable(byName->error().fullMessage()));
            QCOMPARE(byName->result().title(), name);
            delete byName;

            auto *missing = client.getRun(QStringLiteral("no-such-run"));
            QCOMPARE(finishedCount(missing), 1);
            QCOMPARE(missing->error().kind(), ApiError::Kind::NotFound);
            delete missing;
        }
    }

    void uploadBothDialects()
    {
        KfpClient client(m_session);
        int n = 0;
        for (ApiVersion version : {ApiVersion::V2Beta1, ApiVersion::V1Beta1}) {
            client.setApiVersion(version);
            PipelineUpload upload;
            upload.filePath = QStringLiteral(
                KFP_TEST_DATA_DIR "/../../src/sandbox/demo/v2_arguments_parameters.yaml");
            upload.name = QStringLiteral("uploaded %1 a+b").arg(++n);
            upload.description = QStringLiteral("from the smoke test");
            auto *job = client.uploadPipeline(upload);
            qint64 sent = 0;
            connect(job, &ApiJob::uploadProgress, this,
                    [&sent](qint64 bytes, qint64) { sent = qMax(sent, bytes); });
            QCOMPARE(finishedCount(job), 1);
            QVERIFY2(job->ok(), qPrintable(job->error().fullMessage()));
            QCOMPARE(job->result().title(), upload.name); // `+` survived the query encoding
            QVERIFY(sent > 0);
            delete job;
        }
        PipelineUpload missing;
        missing.filePath = QStringLiteral("/nonexistent/p.yaml");
        auto *job = client.uploadPipeline(missing);
        QVERIFY(!job->isFinished()); // reported from the event loop, after the caller connected
        QCOMPARE(finishedCount(job), 1);
        QVERIFY(job->error().isError());
        delete job;
    }

    void bigPageParsedOffThread()
    {
        m_server->seedRuns(400);
        KfpClient client(m_session);
        client.setApiVersion(ApiVersion::V2Beta1);
        auto *job = client.listRuns(ListQuery().withPageSize(200));
        QCOMPARE(finishedCount(job), 1);
        QVERIFY2(job->ok(), qPrintable(job->error().fullMessage()));
        QCOMPARE(job->result().items.size(), 200);
        delete job;
    }

    void htmlAndTruncatedReplies()
    {
        KfpClient client(m_session);
        client.setApiVersion(ApiVersion::V2Beta1);
        QVERIFY(m_server->addFault(QStringLiteral("path=/apis/v2beta1/experiments,html=1")));
        auto *html = client.listExperiments();
        QCOMPARE(finishedCount(html), 1);
        QCOMPARE(html->error().kind(), ApiError::Kind::InvalidResponse);
        QVERIFY(html->error().isHtml());
        delete html;
        m_server->clearFaults();
        QVERIFY(m_server->addFault(QStringLiteral("path=/apis/v2beta1/pipelines,truncate=20")));
        auto *cut = client.listPipelines();
        QCOMPARE(finishedCount(cut), 1);
        QVERIFY(cut->error().kind() == ApiError::Kind::InvalidResponse ||
                cut->error().kind() == ApiError::Kind::Network);
        delete cut;
    }

    void abortFinishesOnce()
    {
        QVERIFY(m_server->addFault(QStringLiteral("path=/apis/v2beta1/runs,latency=2000")));
        KfpClient client(m_session);
        client.setApiVersion(ApiVersion::V2Beta1);
        auto *job = client.listRuns();
        int count = 0;
        connect(job, &ApiJob::finished, this, [&count] { ++count; });
        job->setAutoDelete(false);
        QTest::qWait(50);
        job->abort();
        job->abort(); // a second abort is a no-op
        QCOMPARE(count, 1);
        QCOMPARE(job->error().kind(), ApiError::Kind::Canceled);
        QTest::qWait(300);
        QCOMPARE(count, 1);
        delete job;

        // A composite aborted mid-way finishes once too, and its step is aborted with it.
        auto *wait = client.waitForRunCompletion(QStringLiteral("whatever"), 60000, 100);
        int waitCount = 0;
        connect(wait, &ApiJob::finished, this, [&waitCount] { ++waitCount; });
        wait->abort();
        QCOMPARE(waitCount, 1);
        QTest::qWait(300);
        QCOMPARE(waitCount, 1);
    }

    void transferTimeoutIsTimeout()
    {
        QVERIFY(m_server->addFault(QStringLiteral("path=/apis/v2beta1/runs,latency=3000")));
        m_session->setDefaultTimeout(300);
        KfpClient client(m_session);
        client.setApiVersion(ApiVersion::V2Beta1);
        auto *job = client.listRuns();
        QCOMPARE(finishedCount(job), 1);
        QCOMPARE(job->error().kind(), ApiError::Kind::Timeout);
        delete job;
    }
};

QTEST_GUILESS_MAIN(TstApiJobSmoke)
#include "tst_apijob_smoke.moc"
