// Every failure path of an API job, in both dialects, against the sandbox over loopback HTTP:
// the server's error bodies (docs/wire.md, Errors, uploads too), HTTP 500, HTML instead of JSON,
// truncated and dropped replies, transfer timeout, abort, connection refused.
// On EVERY path finished() fires exactly once and the job deletes itself (ApiJob.h contract).

#include "SandboxFixture.h"

#include <QtTest>

using namespace testutil;
using Kind = kfp::ApiError::Kind;
using kfp::ListQuery;

namespace {

// Sends a logged request again with a plain QNetworkAccessManager and returns the raw reply body,
// so a test can compare what the client reported with what the server really said.
QByteArray replay(const SandboxFixture &f, const kfp::sandbox::RequestLogEntry &e)
{
    QUrl url = f.server->baseUrl();
    url.setPath(e.path);
    url.setQuery(e.query);
    QNetworkRequest req(url);
    for (const auto &h : e.headers)
        if (h.first.compare("content-type", Qt::CaseInsensitive) == 0)
            req.setRawHeader("Content-Type", h.second);
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.sendCustomRequest(req, e.method, e.body);
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

// True if `message` is one of the places a client should read the server's text from:
// message, error, details[0].message, details[0].error_message, or top-level error_message.
bool messageFromBody(const QString &message, const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonObject d0 = o.value(QLatin1String("details")).toArray().first().toObject();
    const QStringList candidates{o.value(QLatin1String("message")).toString(),
                                 o.value(QLatin1String("error")).toString(),
                                 o.value(QLatin1String("error_message")).toString(),
                                 d0.value(QLatin1String("message")).toString(),
                                 d0.value(QLatin1String("error_message")).toString()};
    return !message.isEmpty() && candidates.contains(message);
}

} // namespace

class TestKfpClientErrors : public QObject
{
    Q_OBJECT

private slots:
    void errorPaths_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("scenario");
        const QStringList scenarios{QStringLiteral("notFound"),   QStringLiteral("invalidYaml"),
                                    QStringLiteral("duplicate"),  QStringLiteral("serverError"),
                                    QStringLiteral("html"),       QStringLiteral("truncated"),
                                    QStringLiteral("dropped"),    QStringLiteral("timeout"),
                                    QStringLiteral("abortEarly"), QStringLiteral("abortInFlight"),
                                    QStringLiteral("refused")};
        for (const char *api : {"v2beta1", "v1beta1"})
            for (const auto &s : scenarios)
                QTest::addRow("%s %s", api, qPrintable(s)) << QString::fromLatin1(api) << s;
    }

    // One failure path per row; the checks common to all of them follow the switch.
    //  notFound     unknown id → 404 NotFound with the server's message (v2 google.rpc.Status
    //               with details; v1 {error, code, message, details}).
    //  invalidYaml  upload of a broken file → 400 InvalidArgument from {error_message,...}.
    //  duplicate    same pipeline name twice → 409 Conflict.
    //  serverError  fault status=500 → ServerError.
    //  html         fault html (an HTML page where JSON was expected) → InvalidResponse, isHtml.
    //  truncated    fault truncate= → InvalidResponse or Network, never success.
    //  dropped      fault drop (connection closed, no reply) → Network.
    //  timeout      latency above the session timeout → Timeout.
    //  abortEarly   abort() right after the call → Canceled.
    //  abortInFlight abort() while the server is still answering → Canceled.
    //  refused      server gone → Network.
    void errorPaths()
    {
        QFETCH(QString, api);
        QFETCH(QString, scenario);
        SandboxFixture f;
        FixtureOptions o;
        o.sessionTimeoutMs = scenario == QLatin1String("timeout") ? 500 : 15000;
        QVERIFY(f.start(api, false, o));
        const QString listPath = f.apiPrefix() + QStringLiteral("/pipelines");
        // Enough pipelines that a list reply is well over the truncation point.
        for (int i = 0; i < 3; ++i)
            QVERIFY(!f.upload(QStringLiteral("present-%1").arg(i)).id.isEmpty());
        f.server->clearRequestLog();

        kfp::ApiJob *job = nullptr;
        QList<Kind> expected;
        if (scenario == QLatin1String("notFound")) {
            job = f.client->getPipeline(QStringLiteral("0b4bd6b8-0000-4000-8000-000000000000"));
            expected = {Kind::NotFound};
        } else if (scenario == QLatin1String("invalidYaml")) {
            kfp::PipelineUpload up;
            up.filePath = dataFile(QStringLiteral("client/invalid.yaml"));
            up.name = QStringLiteral("broken");
            job = f.client->uploadPipeline(up);
            expected = {Kind::InvalidArgument};
        } else if (scenario == QLatin1String("duplicate")) {
            kfp::PipelineUpload up;
            up.filePath = f.defaultPipelineFile();
            up.name = QStringLiteral("present-0");
            job = f.client->uploadPipeline(up);
            expected = {Kind::Conflict};
        } else if (scenario == QLatin1String("serverError")) {
            QVERIFY(
                f.server->addFault(QStringLiteral("path=%1,method=GET,status=500").arg(listPath)));
            job = f.client->listPipelines();
            expected = {Kind::ServerError};
        } else if (scenario == QLatin1String("html")) {
            QVERIFY(f.server->addFault(QStringLiteral("path=%1,method=GET,html").arg(listPath)));
            job = f.client->listPipelines();
            expected = {Kind::InvalidResponse};
        } else if (scenario == QLatin1String("truncated")) {
            QVERIFY(f.server->addFault(
                QStringLiteral("path=%1,method=GET,truncate=100").arg(listPath)));
            job = f.client->listPipelines();
            expected = {Kind::InvalidResponse, Kind::Network};
        } else if (scenario == QLatin1String("dropped")) {
            QVERIFY(f.server->addFault(QStringLiteral("path=%1,method=GET,drop").arg(listPath)));
            job = f.client->listPipelines();
            expected = {Kind::Network};
        } else if (scenario == QLatin1String("timeout")) {
            QVERIFY(f.server->addFault(
                QStringLiteral("path=%1,method=GET,latency=3000").arg(listPath)));
            job = f.client->listPipelines();
            expected = {Kind::Timeout};
        } else if (scenario == QLatin1String("abortEarly") ||
                   scenario == QLatin1String("abortInFlight")) {
            QVERIFY(f.server->addFault(
                QStringLiteral("path=%1,method=GET,latency=3000").arg(listPath)));
            job = f.client->listPipelines();
            expected = {Kind::Canceled};
        } else if (scenario == QLatin1String("refused")) {
            f.server.reset(); // closes the listening socket
            job = f.client->listPipelines();
            expected = {Kind::Network};
        }
        QVERIFY(job);

        QPointer<kfp::ApiJob> guard(job);
        QSignalSpy spy(job, &kfp::ApiJob::finished);
        ApiError error;
        int httpStatus = -1;
        connect(job, &kfp::ApiJob::finished, this, [&error, &httpStatus, job] {
            error = job->error();
            httpStatus = job->httpStatus();
        });
        if (scenario == QLatin1String("abortEarly")) {
            job->abort();
        } else if (scenario == QLatin1String("abortInFlight")) {
            // a full round trip of another call lets the held-back request reach the server
            KFP_VERIFY_OK(await(f.client->healthz()));
            QCOMPARE(spy.count(), 0);
            job->abort();
        }

        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(),
                                 5000); // deleted itself: no second emission possible
        QCOMPARE(spy.count(), 1);
        QVERIFY2(expected.contains(error.kind()),
                 qPrintable(QStringLiteral("kind %1 (http %2, message \"%3\")")
                                .arg(kindName(error.kind()))
                                .arg(httpStatus)
                                .arg(error.serverMessage())));

        if (scenario == QLatin1String("notFound")) {
            QCOMPARE(httpStatus, 404);
            const auto logged = f.requestLogLast();
            QVERIFY(logged);
            const QByteArray raw = replay(f, *logged);
            QVERIFY2(messageFromBody(error.serverMessage(), raw),
                     qPrintable(QStringLiteral("client: \"%1\"; server body: %2")
                                    .arg(error.serverMessage(), QString::fromUtf8(raw))));
        } else if (scenario == QLatin1String("invalidYaml") ||
                   scenario == QLatin1String("duplicate")) {
            QCOMPARE(httpStatus, scenario == QLatin1String("duplicate") ? 409 : 400);
            QVERIFY(!error.serverMessage().isEmpty());
            const auto logged = f.requestLogLast();
            QVERIFY(logged);
            QCOMPARE(logged->status, httpStatus);
            const QByteArray raw = replay(f, *logged);
            QVERIFY2(QJsonDocument::fromJson(raw).object().contains(QLatin1String("error_message")),
                     raw.constData());
            QVERIFY2(messageFromBody(error.serverMessage(), raw),
                     qPrintable(QStringLiteral("client: \"%1\"; server body: %2")
                                    .arg(error.serverMessage(), QString::fromUtf8(raw))));
        } else if (scenario == QLatin1String("serverError")) {
            QCOMPARE(httpStatus, 500);
        } else if (scenario == QLatin1String("html")) {
            QVERIFY(error.isHtml());
        }
        QVERIFY(!error.userMessage().isEmpty());
    }

    // With setAutoDelete(false) the job stays alive after finished(); aborting a finished job
    // emits nothing more and keeps the first outcome.
    void noAutoDeleteAndLateAbort_data() { addDialectRows(); }
    void noAutoDeleteAndLateAbort()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        auto *job = f.client->listPipelines();
        job->setAutoDelete(false);
        QPointer<kfp::ApiJob> guard(job);
        QSignalSpy spy(job, &kfp::ApiJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        QVERIFY(job->ok());
        // more event-loop turns (another full round trip): still alive, still one emission
        KFP_VERIFY_OK(await(f.client->healthz()));
        QVERIFY(!guard.isNull());
        QCOMPARE(spy.count(), 1);
        job->abort();
        KFP_VERIFY_OK(await(f.client->healthz()));
        QCOMPARE(spy.count(), 1);
        QVERIFY(job->ok());
        QCOMPARE(int(job->error().kind()), int(Kind::None));
        delete job;

        // The same for a failed job: abort after the failure changes nothing.
        auto *failed = f.client->getRun(QStringLiteral("no-such-run"));
        failed->setAutoDelete(false);
        QSignalSpy failedSpy(failed, &kfp::ApiJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(failedSpy.count(), 1, 10000);
        QCOMPARE(kindName(failed->error().kind()), kindName(Kind::NotFound));
        failed->abort();
        failed->abort();
        KFP_VERIFY_OK(await(f.client->healthz()));
        QCOMPARE(failedSpy.count(), 1);
        QCOMPARE(kindName(failed->error().kind()), kindName(Kind::NotFound));
        delete failed;
    }

    // Aborting a composite job (waitForRunCompletion) finishes it once with Canceled and stops
    // the polling.
    void abortWait_data() { addDialectRows(); }
    void abortWait()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        FixtureOptions o;
        o.timeScale = 1.0;
        QVERIFY(f.start(api, prefix, o));
        const QString exp = f.experiment(QStringLiteral("abort-wait")).id;
        const QString pid = f.upload(QStringLiteral("abort-wait")).id;
        const QString id = f.runOf(exp, pid, f.firstVersionId(pid)).id;
        QVERIFY(!id.isEmpty());
        auto *job = f.client->waitForRunCompletion(id, 60000, 50);
        QPointer<kfp::ApiJob> guard(job);
        QSignalSpy spy(job, &kfp::ApiJob::finished);
        const QString runPath = f.apiPrefix() + QStringLiteral("/runs/") + id;
        QTRY_VERIFY_WITH_TIMEOUT(f.requests("GET", runPath).size() >= 2,
                                 5000); // polling is running
        Kind kind = Kind::None;
        connect(job, &kfp::ApiJob::finished, this, [&kind, job] { kind = job->error().kind(); });
        job->abort();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
        QCOMPARE(kindName(kind), kindName(Kind::Canceled));
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
        const int polls = f.requests("GET", runPath).size();
        // spin the loop (another wait on the same run that times out) — no stray polls from the
        // first
        auto second = await(f.client->waitForRunCompletion(id, 200, 1000), 5000);
        KFP_VERIFY_KIND(second, Kind::Timeout);
        QVERIFY(f.requests("GET", runPath).size() <= polls + 1); // only the second job's first poll
    }
};

QTEST_GUILESS_MAIN(TestKfpClientErrors)
#include "tst_kfpclient_errors.moc"
