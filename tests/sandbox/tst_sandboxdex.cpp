// Dex generations and oidc-authservice in kfp-sandbox: legacy (<= 2.28.1) and current (>= 2.36)
// password pages, the connector chooser, an off-host GitHub connector, MFA, Dex error pages,
// authservice's 302-for-everything and its logout, and the TLS listener with a pinned certificate.
#include "GatewayTestClient.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace kfp::sandbox;

namespace {

std::unique_ptr<SandboxServer> startServer(AuthMode mode,
                                           const std::function<void(SandboxOptions &)> &tweak = {})
{
    SandboxOptions o;
    o.auth.mode = mode;
    if (tweak)
        tweak(o);
    auto s = std::make_unique<SandboxServer>(o);
    if (s->listen(0) == 0)
        return nullptr;
    return s;
}

QUrlQuery queryOf(const QUrl &url)
{
    return QUrlQuery(url.query(QUrl::FullyEncoded));
}

} // namespace

class TestSandboxDex : public QObject
{
    Q_OBJECT

private slots:
    void authserviceRedirectsEveryPathAndLogsIn()
    {
        auto s = startServer(AuthMode::AuthService);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop api = c.get(QStringLiteral("/pipeline/apis/v2beta1/pipelines?page_size=5"));
        QCOMPARE(api.status, 302); // no API distinction
        QVERIFY(api.rawLocation().startsWith(
            "/dex/auth?client_id=kubeflow-oidc-authservice&redirect_uri=%2Fauthservice%2Foidc%2F"
            "callback&response_type=code&scope=profile+email+groups+openid&state="));
        QVERIFY(api.setsCookie("oidc_state_csrf"));
        QCOMPARE(GatewayTestClient(s->baseUrl()).get(QStringLiteral("/pipeline/")).status, 302);

        const Hop connector = c.follow(api);
        QCOMPARE(connector.location.path(), QStringLiteral("/dex/auth/local"));
        const Hop login = c.follow(connector);
        QCOMPARE(login.status, 302);
        QCOMPARE(login.location.path(), QStringLiteral("/dex/auth/local/login"));
        const Hop form = c.follow(login);
        QCOMPARE(form.status, 200);

        const Hop wrong =
            c.postForm(form.url, {{"login", "user@example.com"}, {"password", "wrong"}});
        QCOMPARE(wrong.status, 401); // Dex >= 2.36
        QVERIFY(wrong.text().contains(QLatin1String("id=\"login-error\"")));
        QVERIFY(wrong.text().contains(QLatin1String("Invalid Email Address and password.")));

        const Hop posted =
            c.postForm(form.url, {{"login", "user@example.com"}, {"password", "12341234"}});
        QCOMPARE(posted.status, 303); // skipApprovalScreen, no force
        QCOMPARE(posted.location.path(), QStringLiteral("/authservice/oidc/callback"));
        QVERIFY(queryOf(posted.location).hasQueryItem("code"));
        const Hop callback = c.follow(posted);
        QCOMPARE(callback.status, 302);
        QCOMPARE(callback.rawLocation(),
                 QByteArray("/pipeline/apis/v2beta1/pipelines?page_size=5"));
        QVERIFY(callback.setsCookie("authservice_session"));
        QVERIFY(!c.hasCookie("oidc_state_csrf"));
        const Hop pipelines = c.follow(callback);
        QCOMPARE(pipelines.status, 200);
        QVERIFY(pipelines.contentType.startsWith("application/json"));
        QCOMPARE(s->loginAttempts(QStringLiteral("user@example.com")), 2);
        QCOMPARE(s->successfulLogins(), 1);

        // The session id works as a bearer header; expiry brings the 302 back.
        const QByteArray session = callback.cookie("authservice_session").value();
        GatewayTestClient headerOnly(s->baseUrl());
        QCOMPARE(headerOnly
                     .get(headerOnly.url(QStringLiteral("/pipeline/apis/v2beta1/healthz")),
                          {{"Authorization", "Bearer " + session}})
                     .status,
                 200);
        s->expireSessions();
        const Hop expired = c.get(QStringLiteral("/pipeline/apis/v2beta1/healthz"));
        QCOMPARE(expired.status, 302);
        QCOMPARE(expired.location.path(), QStringLiteral("/dex/auth"));
    }

    void authserviceCallbackChecksItsStateCookie()
    {
        auto s = startServer(AuthMode::AuthService);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop form = c.follow(c.follow(c.follow(c.get(QStringLiteral("/pipeline/")))));
        const Hop posted =
            c.postForm(form.url, {{"login", "user@example.com"}, {"password", "12341234"}});
        c.dropCookie("oidc_state_csrf");
        const Hop callback = c.follow(posted);
        QCOMPARE(callback.status, 400);
        QVERIFY(callback.text().startsWith(QLatin1String("CSRF check failed.")));
    }

    void authserviceLogoutNeedsTheBearerHeader()
    {
        auto s = startServer(AuthMode::AuthService);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop form = c.follow(c.follow(c.follow(c.get(QStringLiteral("/pipeline/")))));
        const Hop callback = c.follow(
            c.postForm(form.url, {{"login", "user@example.com"}, {"password", "12341234"}}));
        const QByteArray session = callback.cookie("authservice_session").value();
        QVERIFY(!session.isEmpty());
        const QUrl logout = c.url(QStringLiteral("/authservice/logout"));
        QCOMPARE(c.send("POST", logout, {}, {}).status, 401); // cookie alone: refused
        QCOMPARE(s->signOuts(), 0);
        const Hop out = c.send("POST", logout, {}, {{"Authorization", "Bearer " + session}});
        QCOMPARE(out.status, 201);
        QCOMPARE(s->signOuts(), 1);
        QCOMPARE(c.get(QStringLiteral("/pipeline/apis/v2beta1/healthz")).status, 302);
        QCOMPARE(c.get(QStringLiteral("/api/workgroup/env-info")).status, 302);
    }

    void legacyDexFormAndWrongPasswordIs200()
    {
        auto s = startServer(AuthMode::AuthServiceLegacy);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop api = c.get(QStringLiteral("/pipeline/apis/v1beta1/healthz"));
        QCOMPARE(api.status, 302);
        QCOMPARE(queryOf(api.location).queryItemValue("redirect_uri", QUrl::FullyDecoded),
                 QStringLiteral("/login/oidc")); // Kubeflow <= 1.5
        QVERIFY(api.setsCookie("oidc_state_csrf"));
        const Hop toForm = c.follow(api);
        QCOMPARE(toForm.status, 302);
        QCOMPARE(toForm.location.path(), QStringLiteral("/dex/auth/local"));
        QVERIFY(queryOf(toForm.location).hasQueryItem("req"));
        const Hop form = c.follow(toForm);
        QCOMPARE(form.status, 200);
        QVERIFY(form.text().contains(QLatin1String("name=\"login\"")));
        QVERIFY(form.text().contains(QLatin1String("name=\"password\"")));

        const Hop wrong = c.postForm(form.url, {{"login", "user@example.com"}, {"password", "x"}});
        QCOMPARE(wrong.status, 200); // Dex < 2.36
        QVERIFY(wrong.location.isEmpty());
        QVERIFY(wrong.text().contains(QLatin1String("id=\"login-error\"")));

        const Hop posted =
            c.postForm(form.url, {{"login", "user@example.com"}, {"password", "12341234"}});
        QCOMPARE(posted.status, 303);
        QCOMPARE(posted.location.path(), QStringLiteral("/dex/approval"));
        QVERIFY(!queryOf(posted.location).hasQueryItem("hmac"));
        const Hop skip = c.follow(posted); // skipApprovalScreen
        QCOMPARE(skip.status, 303);
        QCOMPARE(skip.location.path(), QStringLiteral("/login/oidc"));
        const Hop callback = c.follow(skip);
        QCOMPARE(callback.status, 302);
        QVERIFY(callback.setsCookie("authservice_session"));
        QCOMPARE(c.follow(callback).status, 200);
        QCOMPARE(s->loginAttempts(), 2);
    }

    void chooserListsConnectorsAndLdapLogsInByUsername()
    {
        auto s = startServer(AuthMode::OAuth2Proxy, [](SandboxOptions &o) {
            o.auth.connectors = {QStringLiteral("local"), QStringLiteral("ldap")};
        });
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop chooser = c.follow(c.get(QStringLiteral("/oauth2/start?rd=%2Fpipeline%2F")));
        QCOMPARE(chooser.status, 200);
        QCOMPARE(chooser.url.path(), QStringLiteral("/dex/auth"));
        QVERIFY(chooser.text().contains(QLatin1String("href=\"/dex/auth/local?client_id=")));
        QVERIFY(chooser.text().contains(QLatin1String("href=\"/dex/auth/ldap?client_id=")));
        QVERIFY(chooser.text().contains(QLatin1String("Log in with Email")));
        QVERIFY(chooser.text().contains(QLatin1String("Log in with LDAP")));
        QVERIFY(chooser.text().contains(QLatin1String("&amp;")));
        QVERIFY(!chooser.text().contains(QLatin1String("name=\"password\"")));

        // KFPClientManager's rewrite: /auth → /auth/<type>, query kept.
        QUrl ldapUrl = chooser.url;
        ldapUrl.setPath(QStringLiteral("/dex/auth/ldap"));
        const Hop toForm = c.get(ldapUrl);
        QCOMPARE(toForm.status, 302);
        QVERIFY(!queryOf(toForm.location).queryItemValue("back").isEmpty());
        const Hop form = c.follow(toForm);
        QVERIFY(form.text().contains(QLatin1String("Username")));
        QVERIFY(form.text().contains(QLatin1String("Select another login method.")));
        const Hop wrong = c.postForm(form.url, {{"login", "user"}, {"password", "nope"}});
        QCOMPARE(wrong.status, 401);
        QVERIFY(wrong.text().contains(QLatin1String("Invalid Username and password.")));
        const Hop posted = c.postForm(form.url, {{"login", "user"}, {"password", "12341234"}});
        QCOMPARE(posted.status, 303);
        QVERIFY(c.follow(posted).setsCookie("oauth2_proxy_kubeflow"));
        QCOMPARE(s->loginAttempts(QStringLiteral("user")), 2);

        // connector_id picks one directly; an unknown one is a Dex error.
        QUrl unknown = chooser.url;
        QUrlQuery q = queryOf(unknown);
        q.addQueryItem("connector_id", "saml");
        unknown.setQuery(q);
        const Hop bad = c.get(unknown);
        QCOMPARE(bad.status, 400);
        QVERIFY(
            bad.text().contains(QLatin1String("Connector ID does not match a valid Connector")));
    }

    void githubConnectorLeavesTheHost()
    {
        auto s = startServer(AuthMode::OAuth2Proxy, [](SandboxOptions &o) {
            o.auth.connectors = {QStringLiteral("github")};
        });
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop toConnector = c.follow(c.get(QStringLiteral("/oauth2/start?rd=%2F")));
        QCOMPARE(toConnector.location.path(), QStringLiteral("/dex/auth/github"));
        const Hop off = c.follow(toConnector);
        QCOMPARE(off.status, 302);
        QCOMPARE(off.location.scheme(), QStringLiteral("https"));
        QCOMPARE(off.location.host(), QStringLiteral("github.com"));
        QCOMPARE(off.location.path(), QStringLiteral("/login/oauth/authorize"));
        QCOMPARE(queryOf(off.location).queryItemValue("redirect_uri", QUrl::FullyDecoded),
                 s->baseUrl().toString() + QStringLiteral("/dex/callback"));
    }

    void mfaPageCannotBeCompleted()
    {
        // 1.9.0 sends no prompt=none, so DEX_SESSIONS_ENABLED gets as far as the MFA page.
        auto s =
            startServer(AuthMode::OAuth2Proxy190, [](SandboxOptions &o) { o.auth.mfa = true; });
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop form =
            c.follow(c.follow(c.follow(c.get(QStringLiteral("/oauth2/start?rd=%2F")))));
        const Hop posted =
            c.postForm(form.url, {{"login", "user@example.com"}, {"password", "12341234"}});
        QCOMPARE(posted.status, 303);
        QVERIFY(posted.location.path().startsWith(QLatin1String("/dex/mfa/")));
        const Hop page = c.follow(posted);
        QCOMPARE(page.status, 200);
        QVERIFY(page.text().contains(QLatin1String("name=\"totp\"")));
        const Hop code = c.postForm(posted.location, {{"totp", "123456"}});
        QCOMPARE(code.status, 401);
        QVERIFY(!code.setsCookie("oauth2_proxy_kubeflow"));
        QCOMPARE(s->successfulLogins(), 0);
    }

    void dexErrorPages()
    {
        auto s = startServer(AuthMode::OAuth2Proxy);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop noState = c.get(QStringLiteral("/dex/auth/local/login?back="));
        QCOMPARE(noState.status, 400);
        QVERIFY(
            noState.text().contains(QLatin1String("<h2 class=\"theme-heading\">Bad Request</h2>")));
        QVERIFY(noState.text().contains(QLatin1String("User session error.")));
        const Hop unknown = c.get(QStringLiteral("/dex/auth/local/login?back=&state=nosuchreq"));
        QCOMPARE(unknown.status, 400);
        QVERIFY(unknown.text().contains(QLatin1String("Requested resource does not exist.")));
        const Hop badClient = c.get(QStringLiteral("/dex/auth?client_id=evil&redirect_uri=%2F"));
        QCOMPARE(badClient.status, 400);
        const Hop approval = c.get(QStringLiteral("/dex/approval?req=gone&hmac=x"));
        QCOMPARE(approval.status, 500); // handleApproval: storage lookup failed
        QVERIFY(approval.text().contains(QLatin1String("Database error.")));
        QCOMPARE(c.get(QStringLiteral("/dex/healthz")).status, 200);
        QCOMPARE(s->loginAttempts(), 0);
    }

    void tlsServesHttpsWithAPinnableCertificate()
    {
        auto s = startServer(AuthMode::OAuth2Proxy, [](SandboxOptions &o) { o.tls = true; });
        QVERIFY(s);
        QCOMPARE(s->baseUrl().scheme(), QStringLiteral("https"));
        const QSslCertificate cert = s->certificate();
        QVERIFY(!cert.isNull());
        QVERIFY(cert.isSelfSigned());
        QCOMPARE(cert.digest(QCryptographicHash::Sha256).size(), 32);

        // Without trusting it: the handshake fails.
        GatewayTestClient untrusted(s->baseUrl());
        const Hop refused = untrusted.get(QStringLiteral("/pipeline/apis/v2beta1/healthz"));
        QCOMPARE(refused.status, 0);
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);

        // Trusting exactly this certificate: the gateway answers over TLS.
        GatewayTestClient pinned(s->baseUrl());
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates({cert});
        pinned.setSslConfiguration(ssl);
        const Hop api = pinned.get(QStringLiteral("/pipeline/apis/v2beta1/healthz"));
        QCOMPARE(api.error, QNetworkReply::AuthenticationRequiredError); // QNAM's word for 401
        QCOMPARE(api.status, 401);
        QCOMPARE(api.body, QByteArray("{}"));
        const Hop start = pinned.get(QStringLiteral("/oauth2/start?rd=%2F"));
        QCOMPARE(start.status, 302);
        QVERIFY(start.setsCookie("oauth2_proxy_kubeflow_csrf"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxDex)
#include "tst_sandboxdex.moc"
