// Session against the sandbox gateways: one shared re-login and a single replay when the session
// expires (auth-flow.md §6.5, matrix cases 11, 13, 14), its rate limits, and cookie scoping.

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
};

namespace {
bool loginWith(GatewayFixture &fx, const QString &password = kPassword)
{
    auto *dex = fx.session->login({kUser, password, {}});
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

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
