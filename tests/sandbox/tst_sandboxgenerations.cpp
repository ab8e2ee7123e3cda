// One login gateway per Kubeflow generation, asserted hop by hop against what the real Dex,
// oauth2-proxy and oidc-authservice of that generation answer (docs/sandbox-fidelity.md,
// "Login gateways"): Dex 2.31.2 of Kubeflow 1.6 - 1.7 (new form URL, old approval hop), the
// oauth2-proxy v7.4.0 overlay of Kubeflow 1.8, Dex's /dex/approval errors, oauth2-proxy's error
// and sign-in pages, and what Dex's DEX_SESSIONS_ENABLED flag (--mfa) adds.
#include "GatewayTestClient.h"
#include "sandbox/SandboxServer.h"

#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace kfp::sandbox;

namespace {

std::unique_ptr<SandboxServer> startServer(AuthMode mode,
                                           const std::function<void(AuthOptions &)> &tweak = {})
{
    SandboxOptions o;
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

class TestSandboxGenerations : public QObject
{
    Q_OBJECT

private:
    // From the first request to Dex's password form (three redirects for every front).
    Hop passwordForm(GatewayTestClient &c, const QString &firstPath)
    {
        return c.follow(c.follow(c.follow(c.get(firstPath))));
    }

private slots:
    // Kubeflow 1.6 - 1.7 ship Dex 2.31.2: the form is at /dex/auth/<id>/login?back=&state=
    // (2.29.0 on), but a good password still 303s to /dex/approval?req= without hmac (that came
    // with 2.35), whose GET 303s on to the callback (skipApprovalScreen); a wrong password is 200.
    void dex231FormWithTheOldApprovalHop_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("callback");
        QTest::newRow("1.6") << int(AuthMode::AuthService16) << QStringLiteral("/login/oidc");
        QTest::newRow("1.7") << int(AuthMode::AuthService17)
                             << QStringLiteral("/authservice/oidc/callback");
    }
    void dex231FormWithTheOldApprovalHop()
    {
        QFETCH(int, mode);
        QFETCH(QString, callback);
        auto s = startServer(AuthMode(mode));
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop api = c.get(QStringLiteral("/pipeline/apis/v2beta1/healthz"));
        QCOMPARE(api.status, 302); // authservice: no API distinction
        QCOMPARE(queryOf(api.location).queryItemValue("redirect_uri", QUrl::FullyDecoded),
                 callback);
        const Hop connector = c.follow(api);
        QCOMPARE(connector.location.path(), QStringLiteral("/dex/auth/local"));
        const Hop toForm = c.follow(connector);
        QCOMPARE(toForm.status, 302);
        QCOMPARE(toForm.location.path(), QStringLiteral("/dex/auth/local/login"));
        QVERIFY(queryOf(toForm.location).hasQueryItem("state"));
        QVERIFY(!queryOf(toForm.location).hasQueryItem("req"));
        const Hop form = c.follow(toForm);
        QCOMPARE(form.status, 200);

        const Hop wrong = c.postForm(form.url, {{"login", "user@example.com"}, {"password", "x"}});
        QCOMPARE(wrong.status, 200); // the 401 came with 2.36
        QVERIFY(wrong.text().contains(QLatin1String("id=\"login-error\"")));

        const Hop posted =
            c.postForm(form.url, {{"login", "user@example.com"}, {"password", "12341234"}});
        QCOMPARE(posted.status, 303);
        QCOMPARE(posted.location.path(), QStringLiteral("/dex/approval"));
        QVERIFY(queryOf(posted.location).hasQueryItem("req"));
        QVERIFY(!queryOf(posted.location).hasQueryItem("hmac"));
        const Hop skip = c.follow(posted);
        QCOMPARE(skip.status, 303);
        QCOMPARE(skip.location.path(), callback);
        const Hop done = c.follow(skip);
        QCOMPARE(done.status, 302);
        QVERIFY(done.setsCookie("authservice_session"));
        QCOMPARE(c.follow(done).status, 200);
        QCOMPARE(s->successfulLogins(), 1);
    }

    // Kubeflow 1.8's oauth2-proxy overlay (v7.4.0): default cookie `_oauth2_proxy` for 168 h,
    // no skip_provider_button, so every unauthenticated request, API included, gets the 403
    // sign-in page; approval_prompt=force goes to Dex 2.36, which ignores it.
    void oauth2Proxy18Overlay()
    {
        auto s = startServer(AuthMode::OAuth2Proxy18);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        for (const QString &path : {QStringLiteral("/pipeline/apis/v2beta1/healthz"),
                                    QStringLiteral("/pipeline/apis/v1beta1/runs"),
                                    QStringLiteral("/pipeline/"), QStringLiteral("/")}) {
            const Hop h = c.get(path);
            QCOMPARE(h.status, 403);
            QVERIFY(h.contentType.startsWith("text/html"));
            QVERIFY(h.text().contains(QLatin1String("<title>Sign In</title>")));
            QVERIFY(h.text().contains(QLatin1String("action=\"/oauth2/start\"")));
            QVERIFY(h.location.isEmpty());
        }
        const Hop start = c.get(QStringLiteral("/oauth2/start?rd=%2Fpipeline%2F"));
        QCOMPARE(start.status, 302);
        QCOMPARE(queryOf(start.location).queryItemValue("approval_prompt"),
                 QStringLiteral("force"));
        QVERIFY(!queryOf(start.location).hasQueryItem("prompt"));
        QVERIFY(start.setsCookie("_oauth2_proxy_csrf"));
        const Hop form = c.follow(c.follow(c.follow(start)));
        QCOMPARE(form.status, 200);
        const Hop posted =
            c.postForm(form.url, {{"login", "user@example.com"}, {"password", "12341234"}});
        QCOMPARE(posted.status, 303);
        QCOMPARE(posted.location.path(), QStringLiteral("/oauth2/callback")); // no approval page
        const Hop callback = c.follow(posted);
        QCOMPARE(callback.status, 302);
        QCOMPARE(callback.rawLocation(), QByteArray("/pipeline/"));
        QVERIFY(callback.setsCookie("_oauth2_proxy"));
        QVERIFY(!callback.setsCookie("oauth2_proxy_kubeflow"));
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(
            callback.cookie("_oauth2_proxy").expirationDate());
        QVERIFY2(left > 168 * 3600 - 400 && left <= 168 * 3600, qPrintable(QString::number(left)));
        const Hop api = c.get(QStringLiteral("/pipeline/apis/v2beta1/healthz"));
        QCOMPARE(api.status, 200);
        QVERIFY(api.contentType.startsWith("application/json"));

        // Expired: the sign-in page again, and its stale cookie is not cleared.
        s->expireSessions();
        const Hop again = c.get(QStringLiteral("/pipeline/apis/v2beta1/healthz"));
        QCOMPARE(again.status, 403);
        QVERIFY(again.setCookies.isEmpty());
        QVERIFY(c.hasCookie("_oauth2_proxy"));
    }

    // handleApproval looks the request up first: unknown or already consumed (the callback got
    // its code) → 500 "Database error."; only a request that has expired but is still stored is
    // 400 "User session has expired." (checked when the code would be sent).
    void approvalErrors_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("authservice-1.7 (Dex 2.31.2)") << int(AuthMode::AuthService17);
        QTest::newRow("authservice-legacy (Dex 2.22)") << int(AuthMode::AuthServiceLegacy);
        QTest::newRow("oauth2-proxy-1.9.0 (Dex 2.39)") << int(AuthMode::OAuth2Proxy190);
    }
    void approvalErrors()
    {
        QFETCH(int, mode);
        auto s = startServer(AuthMode(mode));
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop unknown = c.get(QStringLiteral("/dex/approval?req=nosuchrequest&hmac=x"));
        QCOMPARE(unknown.status, 500);
        QVERIFY(unknown.text().contains(QLatin1String("Database error.")));

        const bool proxy = AuthMode(mode) == AuthMode::OAuth2Proxy190;
        const QString first = proxy ? QStringLiteral("/oauth2/start?rd=%2F") : QStringLiteral("/");
        const Hop form = mode == int(AuthMode::AuthServiceLegacy) ? c.follow(c.follow(c.get(first)))
                                                                  : passwordForm(c, first);
        QCOMPARE(form.status, 200);
        const Hop posted =
            c.postForm(form.url, {{"login", "user@example.com"}, {"password", "12341234"}});
        QCOMPARE(posted.status, 303);
        QCOMPARE(posted.location.path(), QStringLiteral("/dex/approval"));
        const QUrl approvalUrl = posted.location;

        s->advanceAuthClock(25 * 3600); // past expiry.authRequests (24 h), not yet collected
        const Hop expired = proxy ? c.postForm(approvalUrl, {{"approval", "approve"}, {"req", "x"}})
                                  : c.get(approvalUrl);
        QCOMPARE(expired.status, 400);
        QVERIFY(expired.text().contains(QLatin1String("User session has expired.")));

        // A fresh login; once the callback has its code, the request is gone.
        GatewayTestClient d(s->baseUrl());
        const Hop form2 = mode == int(AuthMode::AuthServiceLegacy)
                              ? d.follow(d.follow(d.get(first)))
                              : passwordForm(d, first);
        const Hop posted2 =
            d.postForm(form2.url, {{"login", "user@example.com"}, {"password", "12341234"}});
        const Hop toCallback =
            proxy ? d.postForm(posted2.location, {{"approval", "approve"}}) : d.follow(posted2);
        QCOMPARE(toCallback.status, 303);
        QVERIFY(d.follow(toCallback).status == 302);
        const Hop collected = d.get(posted2.location);
        QCOMPARE(collected.status, 500);
        QVERIFY(collected.text().contains(QLatin1String("Database error.")));
    }

    // oauth2-proxy's error page without show_debug_on_error: the handler's user-facing message
    // when it gives one ("Login Failed: ..."), else the status's default text — a user outside
    // email_domains ("Invalid session: unauthorized" in the log) reads "You do not have
    // permission to access this resource.", a failed redeem "Oops! Something went wrong.".
    void oauth2ProxyErrorPageTexts()
    {
        auto s = startServer(AuthMode::OAuth2Proxy, [](AuthOptions &a) {
            a.users = {{QStringLiteral("user@example.com"), QStringLiteral("12341234")},
                       {QStringLiteral("guest@elsewhere.org"), QStringLiteral("12341234")}};
            a.emailDomains = {QStringLiteral("example.com")};
        });
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop form = passwordForm(c, QStringLiteral("/oauth2/start?rd=%2Fpipeline%2F"));
        const Hop callback = c.follow(
            c.postForm(form.url, {{"login", "guest@elsewhere.org"}, {"password", "12341234"}}));
        QCOMPARE(callback.status, 403);
        QVERIFY(callback.text().contains(
            QLatin1String("You do not have permission to access this resource.")));
        QVERIFY(!callback.text().contains(QLatin1String("Invalid session")));
        QVERIFY(!callback.setsCookie("oauth2_proxy_kubeflow"));

        // A code Dex never issued: the redeem fails, 500 with the default text.
        const Hop start = c.get(QStringLiteral("/oauth2/start?rd=%2F"));
        const QString state = queryOf(start.location).queryItemValue("state", QUrl::FullyDecoded);
        QUrl bad = c.url(QStringLiteral("/oauth2/callback"));
        bad.setQuery(QStringLiteral("code=forged&state=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(state)));
        const Hop redeem = c.get(bad);
        QCOMPARE(redeem.status, 500);
        QVERIFY(redeem.text().contains(QLatin1String("Oops! Something went wrong.")));

        // The allowed user gets in.
        GatewayTestClient d(s->baseUrl());
        const Hop form2 = passwordForm(d, QStringLiteral("/oauth2/start?rd=%2Fpipeline%2F"));
        const Hop ok = d.follow(
            d.postForm(form2.url, {{"login", "user@example.com"}, {"password", "12341234"}}));
        QCOMPARE(ok.status, 302);
        QVERIFY(ok.setsCookie("oauth2_proxy_kubeflow"));
    }

    // DEX_SESSIONS_ENABLED (--mfa): prompt=none without a Dex session sends the client back
    // with error=login_required, so oauth2-proxy >= 1.9.1 (prompt = "none") fails every fresh
    // login with its "Login Failed" page; without the flag Dex ignores prompt.
    void promptNoneNeedsDexSessions()
    {
        auto s = startServer(AuthMode::OAuth2Proxy, [](AuthOptions &a) { a.mfa = true; });
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop start = c.get(QStringLiteral("/oauth2/start?rd=%2Fpipeline%2F"));
        QCOMPARE(queryOf(start.location).queryItemValue("prompt"), QStringLiteral("none"));
        const Hop dex = c.follow(start);
        QCOMPARE(dex.status, 303);
        QCOMPARE(dex.location.path(), QStringLiteral("/oauth2/callback"));
        QCOMPARE(queryOf(dex.location).queryItemValue("error"), QStringLiteral("login_required"));
        const Hop callback = c.follow(dex);
        QCOMPARE(callback.status, 403);
        QVERIFY(callback.text().contains(QLatin1String(
            "Login Failed: The upstream identity provider returned an error: login_required")));
        QCOMPARE(s->loginAttempts(), 0);

        auto plain = startServer(AuthMode::OAuth2Proxy);
        QVERIFY(plain);
        GatewayTestClient d(plain->baseUrl());
        const Hop toConnector = d.follow(d.get(QStringLiteral("/oauth2/start?rd=%2F")));
        QCOMPARE(toConnector.status, 302);
        QCOMPARE(toConnector.location.path(), QStringLiteral("/dex/auth/local"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxGenerations)
#include "tst_sandboxgenerations.moc"
