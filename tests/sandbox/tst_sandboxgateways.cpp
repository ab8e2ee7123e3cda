// The oauth2-proxy fronts of kfp-sandbox (Kubeflow 1.9.0 and >= 1.9.1), bearer tokens, session
// expiry, split cookies, sign-out, env-info and multi-user PermissionDenied, walked hop by hop
// with manual redirects and asserted against the real gateways' answers (docs/login.md).
#include "GatewayTestClient.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

using namespace kfp::sandbox;

namespace {

std::unique_ptr<SandboxServer> startServer(AuthMode mode, bool multiUser = false,
                                           const std::function<void(AuthOptions &)> &tweak = {})
{
    SandboxOptions o;
    o.multiUser = multiUser;
    o.auth.mode = mode;
    if (tweak)
        tweak(o.auth);
    auto s = std::make_unique<SandboxServer>(o);
    s->seedDemo();
    if (s->listen(0) == 0)
        return nullptr;
    return s;
}

QUrlQuery queryOf(const QUrl &url)
{
    return QUrlQuery(url.query(QUrl::FullyEncoded));
}

} // namespace

class TestSandboxGateways : public QObject
{
    Q_OBJECT

private:
    // oauth2-proxy >= 1.9.1 login: /oauth2/start → Dex → password → callback. Returns the
    // callback hop (session cookies set) after asserting every hop on the way.
    Hop loginOauth2Proxy(GatewayTestClient &c, const QString &user, const QString &password)
    {
        const Hop start = c.get(QStringLiteral("/oauth2/start?rd=%2Fpipeline%2F"));
        [&] {
            QCOMPARE(start.status, 302);
            QVERIFY(start.setsCookie("oauth2_proxy_kubeflow_csrf"));
        }();
        const Hop auth = c.follow(start);
        const Hop connector = c.follow(auth);
        const Hop form = c.follow(connector);
        [&] {
            QCOMPARE(auth.status, 302);
            QCOMPARE(auth.location.path(), QStringLiteral("/dex/auth/local"));
            QCOMPARE(connector.status, 302);
            QCOMPARE(connector.location.path(), QStringLiteral("/dex/auth/local/login"));
            QCOMPARE(form.status, 200);
        }();
        const Hop posted = c.postForm(form.url, {{"login", user}, {"password", password}});
        if (posted.status != 303)
            return posted;
        return c.follow(posted);
    }

private slots:
    void noneModeServesTheApiAndNoLoginPaths()
    {
        auto s = startServer(AuthMode::None);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop h = c.get(QStringLiteral("/pipeline/apis/v2beta1/healthz"));
        QCOMPARE(h.status, 200);
        QCOMPARE(c.get(QStringLiteral("/dex/auth")).status, 404);
        QCOMPARE(s->gatewayHits(), 0);
    }

    void unauthenticatedAnswersOfOauth2Proxy()
    {
        auto s = startServer(AuthMode::OAuth2Proxy);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        // API routes: 401, application/json, body {}.
        for (const QString &path :
             {QStringLiteral("/pipeline/apis/v2beta1/healthz"),
              QStringLiteral("/pipeline/apis/v1beta1/runs"),
              QStringLiteral("/api/workgroup/env-info"),
              QStringLiteral("/ml_metadata.MetadataStoreService/GetArtifacts")}) {
            const Hop h = c.get(path);
            QCOMPARE(h.status, 401);
            QVERIFY(h.contentType.startsWith("application/json"));
            QCOMPARE(h.body, QByteArray("{}"));
        }
        // Pages: 403 HTML sign-in page with a GET form to /oauth2/start and a hidden rd.
        const Hop page = c.get(QStringLiteral("/pipeline/?ns=a"));
        QCOMPARE(page.status, 403);
        QVERIFY(page.contentType.startsWith("text/html"));
        QVERIFY(page.text().contains(QLatin1String("<title>Sign In</title>")));
        QVERIFY(page.text().contains(QLatin1String("action=\"/oauth2/start\"")));
        QVERIFY(page.text().contains(QLatin1String("name=\"rd\" value=\"/pipeline/?ns=a\"")));
        QCOMPARE(s->deniedRequests(), 5);
        QCOMPARE(s->gatewayHits(), 5);
        // Direct /apis is the in-cluster ml-pipeline service: no gateway.
        QCOMPARE(c.get(QStringLiteral("/apis/v2beta1/healthz")).status, 200);
        QCOMPARE(s->gatewayHits(), 5);
    }

    void oauth2ProxyLoginFlowStepByStep()
    {
        auto s = startServer(AuthMode::OAuth2Proxy);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop start = c.get(QStringLiteral("/oauth2/start?rd=%2Fpipeline%2F"));
        QCOMPARE(start.status, 302);
        QCOMPARE(start.location.path(), QStringLiteral("/dex/auth"));
        QVERIFY(start.rawLocation().startsWith("/dex/auth?client_id=kubeflow-oidc-authservice&"));
        const QUrlQuery q = queryOf(start.location);
        QCOMPARE(q.queryItemValue("prompt"), QStringLiteral("none"));
        QVERIFY(!q.hasQueryItem("approval_prompt"));
        QCOMPARE(q.queryItemValue("redirect_uri", QUrl::FullyDecoded),
                 QStringLiteral("/oauth2/callback"));
        QCOMPARE(q.queryItemValue("code_challenge_method"), QStringLiteral("S256"));
        QVERIFY(
            q.queryItemValue("state", QUrl::FullyDecoded).endsWith(QLatin1String(":/pipeline/")));
        QVERIFY(start.setsCookie("oauth2_proxy_kubeflow_csrf"));

        const Hop auth = c.follow(start); // one connector: straight to it
        QCOMPARE(auth.status, 302);
        QCOMPARE(auth.location.path(), QStringLiteral("/dex/auth/local"));
        const Hop connector = c.follow(auth);
        QCOMPARE(connector.status, 302);
        QCOMPARE(connector.location.path(), QStringLiteral("/dex/auth/local/login"));
        QVERIFY(connector.rawLocation().startsWith("/dex/auth/local/login?back=&state="));
        const Hop form = c.follow(connector);
        QCOMPARE(form.status, 200);
        QVERIFY(form.text().contains(QLatin1String("method=\"post\"")));
        QVERIFY(form.text().contains(QLatin1String("name=\"login\"")));
        QVERIFY(form.text().contains(QLatin1String("name=\"password\"")));
        QVERIFY(form.text().contains(QLatin1String("Email Address")));
        QVERIFY(!form.text().contains(QLatin1String("login-error")));

        const Hop posted =
            c.postForm(form.url, {{"login", "user@example.com"}, {"password", "12341234"}});
        QCOMPARE(posted.status, 303); // prompt=none: no approval page
        QCOMPARE(posted.location.path(), QStringLiteral("/oauth2/callback"));
        QVERIFY(queryOf(posted.location).hasQueryItem("code"));
        const Hop callback = c.follow(posted);
        QCOMPARE(callback.status, 302);
        QCOMPARE(callback.rawLocation(), QByteArray("/pipeline/"));
        QVERIFY(callback.setsCookie("oauth2_proxy_kubeflow"));
        QVERIFY(callback.clearsCookie("oauth2_proxy_kubeflow_csrf"));
        QVERIFY(!c.hasCookie("oauth2_proxy_kubeflow_csrf"));
        // Max-Age 86400 → expiry about 24 h from now.
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(
            callback.cookie("oauth2_proxy_kubeflow").expirationDate());
        QVERIFY2(left > 86000 && left <= 86400, qPrintable(QString::number(left)));

        const Hop landing = c.follow(callback);
        QCOMPARE(landing.status, 200);
        const Hop api = c.get(QStringLiteral("/pipeline/apis/v2beta1/pipelines"));
        QCOMPARE(api.status, 200);
        QVERIFY(QJsonDocument::fromJson(api.body).object().contains("pipelines"));
        QCOMPARE(s->loginAttempts(), 1);
        QCOMPARE(s->loginAttempts(QStringLiteral("user@example.com")), 1);
        QCOMPARE(s->successfulLogins(), 1);
    }

    void wrongPasswordIs401WithTheDexMessage()
    {
        auto s = startServer(AuthMode::OAuth2Proxy);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop h =
            loginOauth2Proxy(c, QStringLiteral("user@example.com"), QStringLiteral("nope"));
        QCOMPARE(h.status, 401);
        QVERIFY(h.contentType.startsWith("text/html"));
        QVERIFY(h.text().contains(QLatin1String("id=\"login-error\"")));
        QVERIFY(h.text().contains(QLatin1String("Invalid Email Address and password.")));
        QVERIFY(h.text().contains(QLatin1String("value=\"user@example.com\"")));
        QVERIFY(h.location.isEmpty());
        QCOMPARE(s->loginAttempts(QStringLiteral("user@example.com")), 1);
        QCOMPARE(s->successfulLogins(), 0);
        // start, /dex/auth, /dex/auth/local, form, POST: five hits and no more.
        QCOMPARE(s->gatewayHits(), 5);
        QVERIFY(!c.hasCookie("oauth2_proxy_kubeflow"));
    }

    void passwordWithFormSpecialCharacters()
    {
        auto s = startServer(AuthMode::OAuth2Proxy, false, [](AuthOptions &a) {
            a.users = {{QStringLiteral("dev@corp.example"), QStringLiteral("p+&=%#w rd")}};
        });
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop callback =
            loginOauth2Proxy(c, QStringLiteral("dev@corp.example"), QStringLiteral("p+&=%#w rd"));
        QCOMPARE(callback.status, 302);
        QVERIFY(callback.setsCookie("oauth2_proxy_kubeflow"));
    }

    void oauth2Proxy190RedirectsApisAndShowsApproval()
    {
        auto s = startServer(AuthMode::OAuth2Proxy190);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop api = c.get(QStringLiteral("/pipeline/apis/v2beta1/healthz"));
        QCOMPARE(api.status, 302); // no api_routes in 1.9.0
        QVERIFY(api.rawLocation().startsWith("/dex/auth?approval_prompt=force&client_id="
                                             "kubeflow-oidc-authservice&"));
        QVERIFY(api.setsCookie("oauth2_proxy_kubeflow_csrf"));
        // Pages too (in another jar: a second start would replace this flow's CSRF cookie).
        GatewayTestClient other(s->baseUrl());
        QCOMPARE(other.get(QStringLiteral("/pipeline/")).status, 302);

        const Hop form = c.follow(c.follow(c.follow(api)));
        QCOMPARE(form.status, 200);
        const Hop posted =
            c.postForm(form.url, {{"login", "user@example.com"}, {"password", "12341234"}});
        QCOMPARE(posted.status, 303);
        QCOMPARE(posted.location.path(), QStringLiteral("/dex/approval"));
        const QUrlQuery aq = queryOf(posted.location);
        QVERIFY(aq.hasQueryItem("req"));
        QVERIFY(aq.hasQueryItem("hmac"));

        // A wrong hmac is refused; the real page offers approve and cancel.
        QUrl forged = posted.location;
        QUrlQuery fq = aq;
        fq.removeQueryItem("hmac");
        fq.addQueryItem("hmac", "AAAA");
        forged.setQuery(fq);
        QCOMPARE(c.get(forged).status, 401);
        const Hop page = c.follow(posted);
        QCOMPARE(page.status, 200);
        QVERIFY(page.text().contains(QLatin1String("Grant Access")));
        QVERIFY(page.text().contains(QLatin1String("name=\"approval\" value=\"approve\"")));
        QVERIFY(page.text().contains(
            QStringLiteral("name=\"req\" value=\"%1\"").arg(aq.queryItemValue("req"))));

        const Hop approved = c.postForm(
            posted.location, {{"req", aq.queryItemValue("req")}, {"approval", "approve"}});
        QCOMPARE(approved.status, 303);
        QCOMPARE(approved.location.path(), QStringLiteral("/oauth2/callback"));
        const Hop callback = c.follow(approved);
        QCOMPARE(callback.status, 302);
        QCOMPARE(callback.rawLocation(), QByteArray("/pipeline/apis/v2beta1/healthz"));
        QVERIFY(callback.setsCookie("oauth2_proxy_kubeflow"));
        const Hop healthz = c.follow(callback);
        QCOMPARE(healthz.status, 200);
        QVERIFY(healthz.contentType.startsWith("application/json"));
    }

    void approvalRejectedIs500()
    {
        auto s = startServer(AuthMode::OAuth2Proxy190);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop form = c.follow(c.follow(c.follow(c.get(QStringLiteral("/pipeline/")))));
        const Hop posted =
            c.postForm(form.url, {{"login", "user@example.com"}, {"password", "12341234"}});
        const Hop rejected = c.postForm(posted.location, {{"approval", "rejected"}});
        QCOMPARE(rejected.status, 500);
        QVERIFY(rejected.text().contains(QLatin1String("Approval rejected.")));
    }

    void secondStartReplacesTheCsrfCookie()
    {
        // One CSRF cookie per browser: a flow started later (e.g. by a background call) makes
        // the earlier flow's callback fail, as it does against the real oauth2-proxy.
        auto s = startServer(AuthMode::OAuth2Proxy190);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop first = c.get(QStringLiteral("/pipeline/apis/v2beta1/runs"));
        const Hop form = c.follow(c.follow(c.follow(first)));
        c.get(QStringLiteral("/pipeline/apis/v2beta1/experiments"));
        const Hop posted =
            c.postForm(form.url, {{"login", "user@example.com"}, {"password", "12341234"}});
        const Hop approved = c.postForm(posted.location, {{"approval", "approve"}});
        const Hop callback = c.follow(approved);
        QCOMPARE(callback.status, 403);
        QVERIFY(callback.text().contains(QLatin1String("Unable to find a valid CSRF token")));
    }

    void callbackFailures()
    {
        auto s = startServer(AuthMode::OAuth2Proxy);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop start = c.get(QStringLiteral("/oauth2/start?rd=%2Fpipeline%2F"));
        const Hop form = c.follow(c.follow(c.follow(start)));
        const Hop posted =
            c.postForm(form.url, {{"login", "user@example.com"}, {"password", "12341234"}});
        QCOMPARE(posted.status, 303);
        c.dropCookie("oauth2_proxy_kubeflow_csrf"); // the jar lost it
        const Hop lost = c.follow(posted);
        QCOMPARE(lost.status, 403);
        QVERIFY(lost.text().contains(
            QLatin1String("Login Failed: Unable to find a valid CSRF token. Please try again.")));
        QVERIFY(!lost.setsCookie("oauth2_proxy_kubeflow"));

        const Hop idpError = c.get(QStringLiteral("/oauth2/callback?error=login_required&state=x"));
        QCOMPARE(idpError.status, 403);
        QVERIFY(idpError.text().contains(QLatin1String(
            "Login Failed: The upstream identity provider returned an error: login_required")));
        QCOMPARE(s->successfulLogins(), 0);
    }

    void expiredSessionGetsTheNotLoggedInAnswer()
    {
        auto s = startServer(AuthMode::OAuth2Proxy, false,
                             [](AuthOptions &a) { a.sessionTtlSecs = 600; });
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop callback =
            loginOauth2Proxy(c, QStringLiteral("user@example.com"), QStringLiteral("12341234"));
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(
            callback.cookie("oauth2_proxy_kubeflow").expirationDate());
        QVERIFY(left > 550 && left <= 600);
        QCOMPARE(c.get(QStringLiteral("/pipeline/apis/v2beta1/runs")).status, 200);

        s->advanceAuthClock(601); // the server-side timestamp is past the TTL
        const Hop api = c.get(QStringLiteral("/pipeline/apis/v2beta1/runs"));
        QCOMPARE(api.status, 401);
        QCOMPARE(api.body, QByteArray("{}"));
        const Hop page = c.get(QStringLiteral("/pipeline/"));
        QCOMPARE(page.status, 403);
        // SignInPage writes its status before ClearSessionCookie: the stale cookie is not cleared.
        QVERIFY(!page.clearsCookie("oauth2_proxy_kubeflow"));
        QVERIFY(page.setCookies.isEmpty());

        // A fresh login works again, and expireSessions() ends it at once.
        QCOMPARE(loginOauth2Proxy(c, QStringLiteral("user@example.com"), QStringLiteral("12341234"))
                     .status,
                 302);
        QCOMPARE(c.get(QStringLiteral("/pipeline/apis/v2beta1/runs")).status, 200);
        s->expireSessions();
        QCOMPARE(c.get(QStringLiteral("/pipeline/apis/v2beta1/runs")).status, 401);
        QCOMPARE(s->successfulLogins(), 2);
    }

    void bigSessionIsSplitAndNeedsAllParts()
    {
        auto s =
            startServer(AuthMode::OAuth2Proxy, false, [](AuthOptions &a) { a.bigSession = true; });
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop callback =
            loginOauth2Proxy(c, QStringLiteral("user@example.com"), QStringLiteral("12341234"));
        QCOMPARE(callback.status, 302);
        QVERIFY(callback.setsCookie("oauth2_proxy_kubeflow_0"));
        QVERIFY(callback.setsCookie("oauth2_proxy_kubeflow_1"));
        QVERIFY(!callback.setsCookie("oauth2_proxy_kubeflow"));
        QVERIFY(callback.cookie("oauth2_proxy_kubeflow_0").value().size() <= 4000);
        QCOMPARE(c.get(QStringLiteral("/pipeline/apis/v2beta1/healthz")).status, 200);
        c.dropCookie("oauth2_proxy_kubeflow_1");
        QCOMPARE(c.get(QStringLiteral("/pipeline/apis/v2beta1/healthz")).status, 401);
    }

    void signOutClearsAndEndsTheSession()
    {
        auto s = startServer(AuthMode::OAuth2Proxy);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop callback =
            loginOauth2Proxy(c, QStringLiteral("user@example.com"), QStringLiteral("12341234"));
        const QByteArray value = callback.cookie("oauth2_proxy_kubeflow").value();
        const Hop out = c.get(QStringLiteral("/oauth2/sign_out"));
        QCOMPARE(out.status, 302);
        QCOMPARE(out.rawLocation(), QByteArray("/"));
        QVERIFY(out.clearsCookie("oauth2_proxy_kubeflow"));
        QVERIFY(!c.hasCookie("oauth2_proxy_kubeflow"));
        QCOMPARE(s->signOuts(), 1);
        // The old value is refused even if a client kept it.
        const Hop replay = c.get(c.url(QStringLiteral("/pipeline/apis/v2beta1/healthz")),
                                 {{"Cookie", "oauth2_proxy_kubeflow=" + value}});
        QCOMPARE(replay.status, 401);
    }

    void bearerTokensAreJudgedByJwtValidation()
    {
        auto s = startServer(AuthMode::OAuth2Proxy, false, [](AuthOptions &a) {
            a.tokens = {QStringLiteral("opaque-ci-token")};
        });
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const QUrl healthz = c.url(QStringLiteral("/pipeline/apis/v2beta1/healthz"));
        const QString good = s->mintToken(QStringLiteral("user@example.com"), 3600);
        // The payload is readable JWT claims.
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(good.section('.', 1, 1).toLatin1(),
                                                           QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(claims.value("email").toString(), QStringLiteral("user@example.com"));
        QCOMPARE(claims.value("iss").toString(),
                 QStringLiteral("http://dex.auth.svc.cluster.local:5556/dex"));
        QVERIFY(claims.value("exp").toInteger() > QDateTime::currentSecsSinceEpoch());
        QVERIFY(!claims.value("sub").toString().isEmpty());

        QCOMPARE(c.get(healthz, {{"Authorization", "Bearer " + good.toLatin1()}}).status, 200);
        QCOMPARE(c.get(healthz, {{"Authorization", "Bearer opaque-ci-token"}}).status, 200);

        const Hop expired =
            c.get(healthz,
                  {{"Authorization",
                    "Bearer " + s->mintToken(QStringLiteral("user@example.com"), -10).toLatin1()}});
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.body, QByteArray("Jwt is expired"));
        QVERIFY(!expired.contentType.contains("json"));
        QString tampered = good;
        tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == 'A' ? 'B' : 'A';
        const Hop bad = c.get(healthz, {{"Authorization", "Bearer " + tampered.toLatin1()}});
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.body, QByteArray("Jwt verification fails"));
        const Hop issuer = c.get(
            healthz, {{"Authorization",
                       "Bearer " + s->mintToken(QStringLiteral("user@example.com"), 3600,
                                                QStringLiteral("https://kubernetes.default.svc"))
                                       .toLatin1()}});
        QCOMPARE(issuer.status, 401);
        QCOMPARE(issuer.body, QByteArray("Jwt issuer is not configured"));
        const Hop basic = c.get(healthz, {{"Authorization", "Basic dXNlcjpwdw=="}});
        QCOMPARE(basic.status, 403);
        QCOMPARE(basic.body, QByteArray("RBAC: access denied"));

        // >= 1.9.1: a stale Bearer header is fatal even next to a good cookie.
        loginOauth2Proxy(c, QStringLiteral("user@example.com"), QStringLiteral("12341234"));
        QCOMPARE(c.get(healthz).status, 200);
        QCOMPARE(c.get(healthz, {{"Authorization", "Bearer " + tampered.toLatin1()}}).status, 401);
    }

    void envInfoDescribesTheUser()
    {
        auto s = startServer(AuthMode::OAuth2Proxy);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        loginOauth2Proxy(c, QStringLiteral("user@example.com"), QStringLiteral("12341234"));
        const Hop h = c.get(QStringLiteral("/api/workgroup/env-info"));
        QCOMPARE(h.status, 200);
        const QJsonObject o = QJsonDocument::fromJson(h.body).object();
        QCOMPARE(o.value("user").toString(), QStringLiteral("user@example.com"));
        QCOMPARE(o.value("isClusterAdmin").toBool(true), false);
        const QJsonArray ns = o.value("namespaces").toArray();
        QCOMPARE(ns.size(), 1);
        QCOMPARE(ns.at(0).toObject().value("namespace").toString(),
                 QStringLiteral("kubeflow-user-example-com"));
        QCOMPARE(ns.at(0).toObject().value("role").toString(), QStringLiteral("owner"));
        QCOMPARE(ns.at(0).toObject().value("user").toString(), QStringLiteral("user@example.com"));
        QCOMPARE(o.value("platform").toObject().value("logoutUrl").toString(),
                 QStringLiteral("/oauth2/sign_out"));
        QCOMPARE(SandboxServer::namespaceForUser(QStringLiteral("Jane.Doe+ml@Corp.io")),
                 QStringLiteral("kubeflow-jane-doe-ml-corp-io"));
    }

    void multiUserForeignNamespaceIsPermissionDenied()
    {
        auto s = startServer(AuthMode::OAuth2Proxy, true);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        loginOauth2Proxy(c, QStringLiteral("user@example.com"), QStringLiteral("12341234"));
        const Hop own = c.get(QStringLiteral(
            "/pipeline/apis/v2beta1/experiments?namespace=kubeflow-user-example-com"));
        QCOMPARE(own.status, 200);
        const Hop other =
            c.get(QStringLiteral("/pipeline/apis/v2beta1/runs?namespace=kubeflow-someone-else"));
        QCOMPARE(other.status, 403);
        const QJsonObject e = QJsonDocument::fromJson(other.body).object();
        QCOMPARE(e.value("code").toInt(), 7);
        QVERIFY(e.value("message").toString().contains(
            QLatin1String("PermissionDenied: User 'user@example.com' is not authorized")));
        const Hop v1 = c.get(
            QStringLiteral("/pipeline/apis/v1beta1/runs?resource_reference_key.type=NAMESPACE&"
                           "resource_reference_key.id=kubeflow-someone-else"));
        QCOMPARE(v1.status, 403);
        QCOMPARE(QJsonDocument::fromJson(v1.body).object().value("code").toInt(), 7);
        const Hop create =
            c.send("POST", c.url(QStringLiteral("/pipeline/apis/v2beta1/experiments")),
                   R"({"display_name":"x","namespace":"kubeflow-someone-else"})",
                   {{"Content-Type", "application/json"}});
        QCOMPARE(create.status, 403);
        QCOMPARE(s->successfulLogins(), 1); // no login was triggered by the denial

        // The in-cluster service without the gateway's identity header.
        const Hop direct =
            c.get(QStringLiteral("/apis/v2beta1/runs?namespace=kubeflow-user-example-com"));
        QCOMPARE(direct.status, 401);
        QVERIFY(direct.text().contains(QLatin1String("there is no user identity header")));
        const Hop withHeader =
            c.get(c.url(QStringLiteral("/apis/v2beta1/runs?namespace=kubeflow-user-example-com")),
                  {{"kubeflow-userid", "user@example.com"}});
        QCOMPARE(withHeader.status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxGateways)
#include "tst_sandboxgateways.moc"
