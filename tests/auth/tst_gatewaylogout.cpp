// GatewayLogout against the sandbox's login gateways over loopback HTTP: oauth2-proxy's
// GET /oauth2/sign_out and oidc-authservice's POST /authservice/logout with the session as bearer
// end the session at the gateway (the old cookie is refused afterwards), and the session forgets
// its credentials. Best effort: a refusal, a 404, a dropped connection, no answer or nothing
// listening still end it, with gatewayConfirmed() false. finished() comes exactly once, only after
// every sign-out request, never from inside the constructor; then the object deletes itself.

#include "GatewayFixture.h"

#include "auth/GatewayLogout.h"

#include <QElapsedTimer>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpServer>

using namespace authtest;
using kfp::GatewayLogout;

namespace {

bool loginWith(GatewayFixture &fx)
{
    (void)fx.session->login({kUser, kPassword, {}});
    QSignalSpy done(fx.session.get(), &kfp::Session::reloginFinished);
    return QTest::qWaitFor([&] { return done.size() > 0; }, 15000) && done.first().at(0).toBool();
}

struct SignedOut
{
    int emissions = 0;
    bool confirmed = false;
    bool deleted = false;
    QList<kfp::sandbox::RequestLogEntry> logAtFinish; // the server's log when finished() came
};

SignedOut signOut(kfp::Session *session, kfp::sandbox::SandboxServer *server, int timeoutMs = 20000)
{
    SignedOut out;
    QObject context;
    auto *logout = new GatewayLogout(session);
    QPointer<GatewayLogout> guard(logout);
    QObject::connect(logout, &GatewayLogout::finished, &context, [&out, logout, server] {
        ++out.emissions;
        out.confirmed = logout->gatewayConfirmed();
        if (server)
            out.logAtFinish = server->requestLog();
    });
    (void)QTest::qWaitFor([&] { return out.emissions > 0; }, timeoutMs);
    out.deleted = QTest::qWaitFor([&] { return guard.isNull(); }, 5000);
    if (guard)
        delete guard.data();
    return out;
}

QByteArray header(const kfp::sandbox::RequestLogEntry &e, const QByteArray &name)
{
    for (const auto &h : e.headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

// GET <kfp>/apis/v2beta1/pipelines with exactly this Cookie header, on a fresh manager (no jar
// shared with the session): the HTTP status the gateway answers.
int statusWithCookie(GatewayFixture &fx, const QByteArray &cookieHeader)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(
        QUrl(fx.baseUrl().toString() + QStringLiteral("/apis/v2beta1/pipelines")));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Cookie", cookieHeader);
    QNetworkReply *reply = nam.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000))
        return -1;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

#define VERIFY_ONCE_AND_GONE(s)                                                                    \
    do {                                                                                           \
        QCOMPARE((s).emissions, 1);                                                                \
        QVERIFY((s).deleted);                                                                      \
    } while (false)

class TstGatewayLogout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signOutEndsTheGatewaySession_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::newRow("oauth2-proxy")
            << int(AuthMode::OAuth2Proxy) << QStringLiteral("/oauth2/sign_out") << QByteArray("GET")
            << 302;
        QTest::newRow("oauth2-proxy 1.9.0")
            << int(AuthMode::OAuth2Proxy190) << QStringLiteral("/oauth2/sign_out")
            << QByteArray("GET") << 302;
        QTest::newRow("oauth2-proxy 1.8 overlay (cookie _oauth2_proxy)")
            << int(AuthMode::OAuth2Proxy18) << QStringLiteral("/oauth2/sign_out")
            << QByteArray("GET") << 302;
        QTest::newRow("authservice")
            << int(AuthMode::AuthService) << QStringLiteral("/authservice/logout")
            << QByteArray("POST") << 201;
        QTest::newRow("authservice 1.7")
            << int(AuthMode::AuthService17) << QStringLiteral("/authservice/logout")
            << QByteArray("POST") << 201;
        QTest::newRow("authservice legacy")
            << int(AuthMode::AuthServiceLegacy) << QStringLiteral("/authservice/logout")
            << QByteArray("POST") << 201;
    }
    void signOutEndsTheGatewaySession()
    {
        QFETCH(int, mode);
        QFETCH(QString, path);
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        GatewayFixture fx;
        QVERIFY(fx.start(AuthMode(mode)));
        QVERIFY(loginWith(fx));
        QCOMPARE(int(fx.session->authMode()), int(kfp::Session::AuthMode::Cookie));
        QVERIFY(fx.session->hasLoginCredentials());
        const QList<QNetworkCookie> cookies = fx.session->cookies();
        QCOMPARE(cookies.size(), 1);
        const QByteArray cookieHeader = fx.session->cookieHeader().toUtf8();
        QCOMPARE(statusWithCookie(fx, cookieHeader), 200); // the session works
        fx.server->clearRequestLog();

        const SignedOut s = signOut(fx.session.get(), fx.server.get());
        VERIFY_ONCE_AND_GONE(s);
        QVERIFY(s.confirmed);
        QCOMPARE(fx.counters().signOuts, 1);
        QCOMPARE(s.logAtFinish.size(), 1);
        const auto &sent = s.logAtFinish.first();
        QCOMPARE(sent.path, path); // at the gateway's root, not below /pipeline
        QCOMPARE(sent.method, method);
        QCOMPARE(sent.status, status);
        if (method == "POST") // authservice refuses a cookie-only logout
            QCOMPARE(header(sent, "authorization"), "Bearer " + cookies.first().value());
        else
            QVERIFY(header(sent, "authorization").isEmpty());

        // Locally: nothing left to send or to log in again with.
        QCOMPARE(int(fx.session->authMode()), int(kfp::Session::AuthMode::None));
        QVERIFY(fx.session->cookies().isEmpty());
        QVERIFY(!fx.session->hasLoginCredentials());
        QVERIFY(fx.nam->cookieJar()->cookiesForUrl(fx.baseUrl()).isEmpty());
        // At the gateway: the old cookie no longer opens anything.
        const int after = statusWithCookie(fx, cookieHeader);
        QVERIFY2(after == 401 || after == 302 || after == 403, QByteArray::number(after));
    }

    // Both fronts' cookies (oauth2-proxy's split in two): one request each, finished() only
    // after the slower one answered; a 404 from both confirms nothing.
    void bothFrontsFinishOnceAfterBoth()
    {
        GatewayFixture fx;
        QVERIFY(fx.start(AuthMode::None));
        QVERIFY(fx.server->addFault(QStringLiteral("path=/oauth2/sign_out,latency=800")));
        fx.session->setCookies({QNetworkCookie("oauth2_proxy_kubeflow_0", "part0"),
                                QNetworkCookie("oauth2_proxy_kubeflow_1", "part1"),
                                QNetworkCookie("authservice_session", "s3cr3t")});
        const SignedOut s = signOut(fx.session.get(), fx.server.get());
        VERIFY_ONCE_AND_GONE(s);
        QVERIFY(!s.confirmed);
        QCOMPARE(s.logAtFinish.size(), 2);
        const auto &a = s.logAtFinish.at(0).path == QLatin1String("/oauth2/sign_out")
                            ? s.logAtFinish.at(0)
                            : s.logAtFinish.at(1);
        const auto &b = &a == &s.logAtFinish.at(0) ? s.logAtFinish.at(1) : s.logAtFinish.at(0);
        QCOMPARE(a.path, QStringLiteral("/oauth2/sign_out"));
        QCOMPARE(a.method, QByteArray("GET"));
        QCOMPARE(a.status, 404); // answered (after its latency) before finished()
        QCOMPARE(b.path, QStringLiteral("/authservice/logout"));
        QCOMPARE(b.method, QByteArray("POST"));
        QCOMPARE(b.status, 404);
        QCOMPARE(header(b, "authorization"), QByteArray("Bearer s3cr3t"));
        QCOMPARE(int(fx.session->authMode()), int(kfp::Session::AuthMode::None));
        QVERIFY(fx.session->cookies().isEmpty());
    }

    // No gateway cookie (a bearer token, or nothing): no request, and finished() still comes,
    // from the event loop rather than from inside the constructor.
    void nothingToSignOut_data()
    {
        QTest::addColumn<bool>("bearer");
        QTest::newRow("bearer token") << true;
        QTest::newRow("no gateway cookie") << false;
    }
    void nothingToSignOut()
    {
        QFETCH(bool, bearer);
        GatewayFixture fx;
        QVERIFY(fx.start(AuthMode::None));
        if (bearer)
            fx.session->setBearerToken(QStringLiteral("some-token"));
        else
            fx.session->setCookies({QNetworkCookie("unrelated", "x")});
        fx.session->setLoginCredentials({kUser, kPassword, {}});

        auto *logout = new GatewayLogout(fx.session.get());
        QSignalSpy finished(logout, &GatewayLogout::finished);
        QPointer<GatewayLogout> guard(logout);
        QCOMPARE(finished.size(), 0); // a caller connecting now does not miss it
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
        QCOMPARE(finished.size(), 1);
        QVERIFY(fx.server->requestLog().isEmpty());
        QCOMPARE(int(fx.session->authMode()), int(kfp::Session::AuthMode::None));
        QVERIFY(fx.session->cookies().isEmpty());
        QVERIFY(!fx.session->hasLoginCredentials());
    }

    // The gateway no longer knows the session: 401, not confirmed, signed out locally anyway.
    void sessionAlreadyGoneAtTheGateway()
    {
        GatewayFixture fx;
        QVERIFY(fx.start(AuthMode::AuthService));
        QVERIFY(loginWith(fx));
        fx.gateway->state().expireSessions();
        fx.server->clearRequestLog();
        const SignedOut s = signOut(fx.session.get(), fx.server.get());
        VERIFY_ONCE_AND_GONE(s);
        QVERIFY(!s.confirmed);
        QCOMPARE(fx.counters().signOuts, 0);
        QCOMPARE(s.logAtFinish.size(), 1);
        QCOMPARE(s.logAtFinish.first().status, 401);
        QCOMPARE(int(fx.session->authMode()), int(kfp::Session::AuthMode::None));
        QVERIFY(!fx.session->hasLoginCredentials());
    }

    void connectionDropped()
    {
        GatewayFixture fx;
        QVERIFY(fx.start(AuthMode::None));
        QVERIFY(fx.server->addFault(QStringLiteral("path=/authservice/logout,drop")));
        fx.session->setCookies({QNetworkCookie("authservice_session", "s")});
        const SignedOut s = signOut(fx.session.get(), fx.server.get());
        VERIFY_ONCE_AND_GONE(s);
        QVERIFY(!s.confirmed);
        QVERIFY(!s.logAtFinish.isEmpty());
        QCOMPARE(s.logAtFinish.first().path, QStringLiteral("/authservice/logout"));
        QCOMPARE(int(fx.session->authMode()), int(kfp::Session::AuthMode::None));
    }

    // No answer at all: the sign-out's own 10 s transfer timeout ends it.
    void noAnswerEndsAtTheTimeout()
    {
        GatewayFixture fx;
        QVERIFY(fx.start(AuthMode::None));
        QVERIFY(fx.server->addFault(QStringLiteral("path=/oauth2/sign_out,latency=60000")));
        fx.session->setCookies({QNetworkCookie("oauth2_proxy_kubeflow", "v")});
        QElapsedTimer clock;
        clock.start();
        const SignedOut s = signOut(fx.session.get(), nullptr, 40000);
        VERIFY_ONCE_AND_GONE(s);
        QVERIFY(!s.confirmed);
        QVERIFY2(clock.elapsed() >= 9000, QByteArray::number(clock.elapsed()));
        QVERIFY(fx.session->cookies().isEmpty());
    }

    void nothingListening()
    {
        const int port = freePort();
        QVERIFY(port != 0);
        QNetworkAccessManager nam;
        kfp::Session session(&nam);
        session.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/pipeline").arg(port)));
        session.setCookies({QNetworkCookie("oauth2_proxy_kubeflow", "v"),
                            QNetworkCookie("authservice_session", "s")});
        const SignedOut s = signOut(&session, nullptr);
        VERIFY_ONCE_AND_GONE(s);
        QVERIFY(!s.confirmed);
        QCOMPARE(int(session.authMode()), int(kfp::Session::AuthMode::None));
        QVERIFY(session.cookies().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstGatewayLogout)
#include "tst_gatewaylogout.moc"
