// Connection against the in-process sandbox over loopback HTTP: one healthz probe per opening,
// the capabilities read from who answered it (API server or the UI server behind /pipeline),
// stored credentials restored behind the oauth2-proxy gateway, a login it cannot do by itself
// (NeedsLogin), automatic retries with back-off, and the state following every answer once
// Online (Retrying, then Offline, then Online again).

#include "api/KfpClient.h"
#include "auth/CredentialStore.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/Session.h"
#include "connection/Connection.h"
#include "connection/LoginFlow.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace kfp;
using kfp::sandbox::AuthMode;
using kfp::sandbox::SandboxOptions;
using kfp::sandbox::SandboxServer;
using State = Connection::State;

namespace {

const QString kUser = QStringLiteral("user@example.com");
const QString kPassword = QStringLiteral("12341234");

ConnectionProfile plain(const QUrl &url, const QString &api = QStringLiteral("auto"))
{
    ConnectionProfile p;
    p.url = url;
    p.apiVersion = api;
    return p;
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private:
    void startServer(SandboxOptions options = {})
    {
        options.timeScale = 0.02;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->listen(0) != 0);
        m_credentials = std::make_unique<MemoryCredentialStore>();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_session = std::make_unique<Session>(m_nam.get());
        m_session->setDefaultTimeout(10000);
        m_client = std::make_unique<KfpClient>(m_session.get());
        m_connection =
            std::make_unique<Connection>(m_session.get(), m_client.get(), m_credentials.get());
    }

    int healthzRequests() const
    {
        int n = 0;
        for (const auto &e : m_server->requestLog())
            if (e.apiPath.endsWith(QLatin1String("/healthz")))
                ++n;
        return n;
    }

    // A saved Dex profile behind the oauth2-proxy gateway, with nothing in the store.
    ConnectionProfile behindGatewayWithNothingStored()
    {
        SandboxOptions options;
        options.auth.mode = AuthMode::OAuth2Proxy;
        startServer(options);
        ConnectionProfile p = plain(m_server->kfpUrl());
        p.name = QStringLiteral("lab");
        p.authMode = ConnectionProfile::AuthMode::Dex;
        p.username = kUser;
        return p;
    }

    // A listPipelines call whose outcome reaches the connection like any view's.
    void callOnce()
    {
        auto *job = m_client->listPipelines();
        QSignalSpy done(job, &ApiJob::finished);
        QVERIFY(done.wait(10000));
    }

private Q_SLOTS:
    void cleanup()
    {
        m_connection.reset();
        m_client.reset();
        m_session.reset();
        m_nam.reset();
        m_server.reset();
    }

    void plainUrlAsksHealthzOnceAndGoesOnline()
    {
        startServer();
        QSignalSpy states(m_connection.get(), &Connection::stateChanged);
        m_connection->open(plain(m_server->baseUrl()));
        QCOMPARE(m_connection->state(), State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Online, 10000);
        QCOMPARE(states.first().first().value<State>(), State::Connecting);
        QCOMPARE(healthzRequests(), 1);
        const auto &caps = m_connection->capabilities();
        QVERIFY(caps.apiKnown);
        QCOMPARE(caps.apiVersion, ApiVersion::V2Beta1);
        QVERIFY(!caps.multiUser);
        // Straight to the API server: no UI server, so neither logs nor ML Metadata over HTTP.
        QVERIFY(!caps.uiServer);
        QVERIFY(caps.uiServerRoot.isEmpty());
        QVERIFY(caps.mlmdRoot.isEmpty());
        QVERIFY(!m_connection->lastError().isError());
    }

    void uiServerBehindThePipelinePrefix()
    {
        startServer();
        m_connection->open(plain(m_server->kfpUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Online, 10000);
        const auto &caps = m_connection->capabilities();
        QVERIFY(caps.uiServer);
        QCOMPARE(caps.uiServerRoot, m_server->kfpUrl());
        // ML Metadata is routed at the host root, never under /pipeline.
        QCOMPARE(caps.mlmdRoot, m_server->baseUrl());
    }

    void forcedApiWithoutProbe()
    {
        startServer();
        m_connection->setProbeForcedApi(false);
        ConnectionProfile p = plain(m_server->baseUrl(), QStringLiteral("v1beta1"));
        p.namespaceName = QStringLiteral("team-a");
        m_connection->open(p);
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Online, 5000); // nothing to ask
        QCOMPARE(healthzRequests(), 0);
        QCOMPARE(m_client->apiVersion(), ApiVersion::V1Beta1);
        QVERIFY(m_client->isMultiUser()); // a namespace was given
    }

    void forcedApiIsStillProbedByDefault()
    {
        SandboxOptions options;
        options.multiUser = true;
        startServer(options);
        m_connection->open(plain(m_server->baseUrl(), QStringLiteral("v1beta1")));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Online, 10000);
        QCOMPARE(healthzRequests(), 1);
        QCOMPARE(m_client->apiVersion(), ApiVersion::V1Beta1);
        QVERIFY(m_connection->capabilities().multiUser); // from healthz, not from a guess
    }

    void wrongUrlFailsWithoutRetrying()
    {
        startServer();
        m_connection->setAutoRetry(true);
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/not-kfp"));
        m_connection->open(plain(url));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Failed, 10000);
        QCOMPARE(m_connection->lastError().kind(), ApiError::Kind::NotFound);
        QVERIFY(!m_connection->nextAttempt().isValid());
        const int asked = healthzRequests();
        QTest::qWait(Connection::FirstRetryMs + 500);
        QCOMPARE(healthzRequests(), asked); // nothing more was asked
    }

    void unreachableAtStartRetriesWithBackoff()
    {
        startServer();
        m_connection->setAutoRetry(true);
        // Each attempt asks v2beta1, then v1beta1 (a 5xx might be an old server): two attempts
        // fail, the third gets through.
        QVERIFY(m_server->addFault(QStringLiteral("path=*healthz,status=503,count=4")));
        QSignalSpy states(m_connection.get(), &Connection::stateChanged);
        m_connection->open(plain(m_server->baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Retrying, 10000);
        QCOMPARE(m_connection->lastError().httpStatus(), 503);
        const QDateTime first = m_connection->nextAttempt();
        QVERIFY(first.isValid());
        QVERIFY(first > QDateTime::currentDateTime());
        // The second attempt fails too and waits longer; the third gets through.
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Online, 20000);
        QCOMPARE(healthzRequests(), 5);
        int retrying = 0;
        for (const auto &s : states)
            retrying += s.first().value<State>() == State::Retrying;
        QCOMPARE(retrying, 2); // each Retrying announced with its own next attempt
    }

    void withoutAutoRetryAnUnreachableServerIsOffline()
    {
        startServer();
        QVERIFY(m_server->addFault(QStringLiteral("path=*healthz,status=503")));
        m_connection->open(plain(m_server->baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Offline, 10000);
        QVERIFY(!m_connection->nextAttempt().isValid());
        m_server->clearFaults();
        m_connection->retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Online, 10000);
    }

    void answersDriveTheStateOnceOnline()
    {
        startServer();
        m_connection->setAutoRetry(true);
        QSignalSpy retryDue(m_connection.get(), &Connection::retryDue);
        m_connection->open(plain(m_server->baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Online, 10000);

        QVERIFY(m_server->addFault(QStringLiteral("path=*,status=503")));
        callOnce();
        QCOMPARE(m_connection->state(), State::Retrying);
        callOnce(); // another answer of the same round: still waiting for the retry
        QCOMPARE(m_connection->state(), State::Retrying);
        // The retry is the views' to make: the connection says when.
        QTRY_COMPARE_WITH_TIMEOUT(retryDue.count(), 1, 10000);
        callOnce(); // the retry fails too
        QCOMPARE(m_connection->state(), State::Offline);

        m_server->clearFaults();
        callOnce();
        QCOMPARE(m_connection->state(), State::Online);
        QVERIFY(!m_connection->lastError().isError());
    }

    void anAnswerAboutTheRequestIsNotUnreachable()
    {
        startServer();
        m_connection->open(plain(m_server->baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Online, 10000);
        auto *job = m_client->getPipeline(QStringLiteral("no-such-pipeline"));
        QSignalSpy done(job, &ApiJob::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(m_connection->state(), State::Online);
    }

    void storedCookieBehindTheGatewayIsUsed()
    {
        SandboxOptions options;
        options.auth.mode = AuthMode::OAuth2Proxy;
        options.multiUser = true;
        startServer(options);
        ConnectionProfile p = plain(m_server->kfpUrl());
        p.name = QStringLiteral("lab");
        p.authMode = ConnectionProfile::AuthMode::Dex;
        p.username = kUser;
        p.connectorId = QStringLiteral("local");
        LoginFlow flow;
        QSignalSpy finished(&flow, &LoginFlow::finished);
        flow.start({p, kPassword, {}, {}});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QVERIFY2(flow.result().ok, qPrintable(flow.result().errorMessage));
        QVERIFY(flow.result().capabilities.uiServer);
        QVERIFY(flow.result().namespacesKnown);
        bool written = false;
        m_credentials->write(CredentialStore::key(p.name, CredentialStore::Kind::Cookies),
                             CredentialStore::encodeCookies(flow.result().cookies), this,
                             [&written](const CredentialResult &) { written = true; });
        QTRY_VERIFY(written);
        const int loginsBefore = m_server->loginAttempts();

        m_connection->open(p);
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Online, 15000);
        QCOMPARE(m_server->loginAttempts(), loginsBefore); // the stored cookie was enough
        QVERIFY(m_connection->capabilities().multiUser);
        QVERIFY(m_connection->namespacesKnown());
        QVERIFY(m_connection->namespaces().contains(SandboxServer::namespaceForUser(kUser)));
        QCOMPARE(m_connection->userName(), kUser);
    }

    void nothingStoredNeedsALoginWhenSomeoneCanAsk()
    {
        const ConnectionProfile p = behindGatewayWithNothingStored();

        m_connection->setCanAskForLogin(true);
        QSignalSpy loginNeeded(m_connection.get(), &Connection::loginNeeded);
        m_connection->open(p);
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::NeedsLogin, 10000);
        QCOMPARE(loginNeeded.count(), 1);
        QCOMPARE(healthzRequests(), 0); // nothing to try with: the user is asked at once
    }

    void nothingStoredAndNobodyToAskLetsTheGatewaySay()
    {
        const ConnectionProfile p = behindGatewayWithNothingStored();

        m_connection->open(p);
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::NeedsLogin, 10000);
        QCOMPARE(m_connection->lastError().kind(), ApiError::Kind::Unauthorized);
        QVERIFY(healthzRequests() >= 1); // the gateway answered the probe
    }

    void closeForgetsTheCredentials()
    {
        startServer();
        m_connection->open(plain(m_server->baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Online, 10000);
        m_session->setBearerToken(QStringLiteral("abc"));
        m_connection->close();
        QCOMPARE(m_connection->state(), State::Disconnected);
        QCOMPARE(m_session->authMode(), HttpSession::AuthMode::None);
        QVERIFY(!m_connection->capabilities().apiKnown);
    }

    void aNewerOpenWins()
    {
        startServer();
        QVERIFY(m_server->addFault(QStringLiteral("path=*healthz,latency=1500,count=1")));
        m_connection->open(plain(m_server->baseUrl(), QStringLiteral("v2beta1")));
        m_connection->open(plain(m_server->baseUrl(), QStringLiteral("v1beta1")));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Online, 10000);
        QTest::qWait(2000); // the first probe's late answer changes nothing
        QCOMPARE(m_connection->state(), State::Online);
        QCOMPARE(m_client->apiVersion(), ApiVersion::V1Beta1);
        QCOMPARE(m_connection->capabilities().apiVersion, ApiVersion::V1Beta1);
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<KfpClient> m_client;
    std::unique_ptr<Connection> m_connection;
};

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
