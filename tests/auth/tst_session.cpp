// Session against the sandbox gateways: one shared re-login and a single replay when the session
// expires (docs/login.md, Re-login and replay; tests table), its rate limits, and cookie scoping.

#include "GatewayFixture.h"
#include "api/ListQuery.h"

#include <QSet>

using namespace authtest;

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void case11_expiryMidPagingReloginsOnceAndCompletes();
    void wrongStoredPasswordFailsOnceAndStops();
    void withoutCredentialsAsksTheUi();
    void case13_expiredTokenIsAnErrorNotARelogin();
    void case14_permissionDeniedDoesNotRelogin();
    void cookiesNeverGoToAnotherHost();
    void createIsReplayedOnceAfterGatewayRefusal_data();
    void createIsReplayedOnceAfterGatewayRefusal();
};

namespace {
bool loginWith(GatewayFixture &fx, const QString &password = kPassword)
{
    (void)fx.session->login({kUser, password, {}});
    QSignalSpy done(fx.session.get(), &kfp::Session::reloginFinished);
    return QTest::qWaitFor([&] { return done.size() > 0; }, 15000) && done.first().at(0).toBool();
}
} // namespace

void TestSession::case11_expiryMidPagingReloginsOnceAndCompletes()
{
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::OAuth2Proxy));
    fx.server->seedRuns(45);
    QVERIFY(loginWith(fx));
    QCOMPARE(fx.counters().successfulLogins, 1);

    QSet<QString> ids;
    int total = 0;
    kfp::ListQuery query;
    query.withPageSize(10);
    for (int page = 0; page < 10; ++page) {
        if (page == 2)
            fx.gateway->state().expireSessions(); // the 24 h are over, mid-listing
        QString next;
        auto done = await(fx.client->listRuns(query), [&](auto *job) {
            for (const auto &run : job->result().items) {
                ids.insert(run.id);
                ++total;
            }
            next = job->result().nextPageToken;
        });
        QVERIFY2(done.ok, qPrintable(done.error.fullMessage()));
        if (next.isEmpty())
            break;
        query = query.nextPage(next);
        query.withPageSize(10);
    }
    QCOMPARE(total, 45);
    QCOMPARE(ids.size(), 45); // nothing repeated, nothing missing
    QCOMPARE(fx.session->automaticLoginCount(), 1);
    QCOMPARE(fx.counters().successfulLogins, 2);
    QCOMPARE(fx.counters().loginAttempts, 2);
}

void TestSession::wrongStoredPasswordFailsOnceAndStops()
{
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::AuthService));
    QVERIFY(loginWith(fx));
    fx.session->setLoginCredentials({kUser, QStringLiteral("changed-since"), {}});
    fx.gateway->state().expireSessions();

    auto first = await(fx.client->listPipelines(), [](auto *) {});
    QVERIFY(!first.ok);
    QVERIFY2(
        first.error.fullMessage().contains(QLatin1String("Invalid Email Address and password.")),
        qPrintable(first.error.fullMessage()));
    QCOMPARE(fx.counters().loginAttempts, 2); // the manual login and one automatic attempt
    QVERIFY(fx.session->isReloginBlocked());

    // Further calls do not try again until the user acts.
    auto second = await(fx.client->listPipelines(), [](auto *) {});
    QVERIFY(!second.ok);
    QCOMPARE(fx.counters().loginAttempts, 2);

    fx.session->setLoginCredentials({kUser, kPassword, {}});
    fx.session->resumeAfterUserAction();
    auto third = await(fx.client->listPipelines(), [](auto *) {});
    QVERIFY2(third.ok, qPrintable(third.error.fullMessage()));
    QCOMPARE(fx.counters().loginAttempts, 3);
}

void TestSession::withoutCredentialsAsksTheUi()
{
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::OAuth2Proxy));
    QVERIFY(loginWith(fx));
    fx.session->clearLoginCredentials();
    fx.gateway->state().expireSessions();
    QSignalSpy asked(fx.session.get(), &kfp::Session::credentialsRequired);
    bool finished = false;
    bool ok = false;
    QObject context;
    auto *job = fx.client->listPipelines();
    connect(job, &kfp::ApiJob::finished, &context, [&] {
        finished = true;
        ok = job->ok();
    });
    auto *job2 = fx.client->listRuns();
    bool finished2 = false;
    connect(job2, &kfp::ApiJob::finished, &context, [&] { finished2 = true; });
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
    QVERIFY(!finished);
    // The "dialog" logs in: both waiting requests are replayed and succeed.
    fx.session->login({kUser, kPassword, {}});
    QTRY_VERIFY_WITH_TIMEOUT(finished && finished2, 15000);
    QVERIFY(ok);
    QCOMPARE(asked.size(), 1);
}

void TestSession::case13_expiredTokenIsAnErrorNotARelogin()
{
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::OAuth2Proxy));
    const QString token = fx.gateway->jwt().mint(kUser, -60, fx.gateway->state().now());
    fx.session->setBearerToken(token);
    fx.session->setLoginCredentials({kUser, kPassword, {}});
    auto done = await(fx.client->listPipelines(), [](auto *) {});
    QVERIFY(!done.ok);
    QCOMPARE(int(done.error.kind()), int(kfp::ApiError::Kind::Unauthorized));
    QCOMPARE(fx.counters().loginAttempts, 0);
}

void TestSession::case14_permissionDeniedDoesNotRelogin()
{
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::OAuth2Proxy, {}, true));
    QVERIFY(loginWith(fx));
    kfp::ListQuery query;
    query.inNamespace(QStringLiteral("someone-else"));
    auto done = await(fx.client->listRuns(query), [](auto *) {});
    QVERIFY(!done.ok);
    QCOMPARE(int(done.error.kind()), int(kfp::ApiError::Kind::Forbidden));
    QCOMPARE(fx.counters().loginAttempts, 1);
    QCOMPARE(fx.session->automaticLoginCount(), 0);
}

void TestSession::cookiesNeverGoToAnotherHost()
{
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::OAuth2Proxy));
    QVERIFY(loginWith(fx));
    fx.server->clearRequestLog();
    // Same server, other host name: the cookie must stay with 127.0.0.1.
    kfp::Session other(fx.nam.get());
    QUrl url = fx.baseUrl();
    url.setHost(QStringLiteral("localhost"));
    other.setBaseUrl(url);
    kfp::KfpClient client(&other);
    client.setApiVersion(kfp::ApiVersion::V2Beta1);
    (void)await(client.listPipelines(), [](auto *) {});
    const auto log = fx.server->requestLog();
    QVERIFY(!log.isEmpty());
    for (const auto &entry : log) {
        for (const auto &header : entry.headers)
            QVERIFY2(header.first.toLower() != "cookie" ||
                         !header.second.contains("oauth2_proxy_kubeflow"),
                     header.second.constData());
    }
}

void TestSession::createIsReplayedOnceAfterGatewayRefusal_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("upload");
    // Every gateway generation: 302 to Dex (authservice, 1.9.0), 403 sign-in page (1.8's
    // oauth2-proxy overlay), 401 {} (>= 1.9.1).
    for (const QString &name : kfp::sandbox::authModeNames()) {
        AuthMode mode = AuthMode::None;
        kfp::sandbox::parseAuthMode(name, &mode);
        QTest::newRow(qPrintable(QStringLiteral("%1 run").arg(name))) << int(mode) << false;
        QTest::newRow(qPrintable(QStringLiteral("%1 upload").arg(name))) << int(mode) << true;
    }
}

// The one case where a create is sent again: the gateway refused it (the session had expired),
// so KFP never saw it. After the re-login it goes out once more and is carried out exactly once.
void TestSession::createIsReplayedOnceAfterGatewayRefusal()
{
    QFETCH(int, mode);
    QFETCH(bool, upload);
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode(mode)));
    QVERIFY(loginWith(fx));
    const QString file = QStringLiteral(KFP_TEST_DATA_DIR "/client/hello_v2.yaml");
    kfp::PipelineUpload first;
    first.filePath = file;
    first.name = QStringLiteral("first");
    QString pipelineId;
    QVERIFY(await(fx.client->uploadPipeline(first), [&](auto *job) {
                pipelineId = job->result().id;
            }).ok);
    QString experimentId;
    QVERIFY(await(fx.client->createExperiment(QStringLiteral("replays")), [&](auto *job) {
                experimentId = job->result().id;
            }).ok);
    fx.server->clearRequestLog();
    fx.gateway->state().expireSessions();

    QString path;
    int before = 0;
    bool ok = false;
    kfp::ApiError error;
    auto take = [&](const auto &done) {
        ok = done.ok;
        error = done.error;
    };
    if (upload) {
        path = QStringLiteral("/apis/v2beta1/pipelines/upload");
        before = fx.server->pipelineCount();
        kfp::PipelineUpload second;
        second.filePath = file;
        second.name = QStringLiteral("second");
        take(await(fx.client->uploadPipeline(second), [](auto *) {}));
    } else {
        path = QStringLiteral("/apis/v2beta1/runs");
        before = fx.server->runCount();
        kfp::RunRequest run;
        run.displayName = QStringLiteral("after expiry");
        run.experimentId = experimentId;
        run.pipelineId = pipelineId;
        take(await(fx.client->createRun(run), [](auto *) {}));
    }
    QVERIFY2(ok, qPrintable(error.fullMessage()));
    QCOMPARE(fx.session->automaticLoginCount(), 1);
    QCOMPARE(upload ? fx.server->pipelineCount() : fx.server->runCount(), before + 1);
    // Two arrivals: the one the gateway refused, and the replay KFP carried out.
    QList<int> statuses;
    for (const auto &e : fx.server->requestLog())
        if (e.method == "POST" && e.apiPath == path)
            statuses.append(e.status);
    QCOMPARE(statuses.size(), 2);
    QVERIFY2(statuses.first() == 302 || statuses.first() == 401 || statuses.first() == 403,
             QByteArray::number(statuses.first()));
    QCOMPARE(statuses.last(), 200);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
