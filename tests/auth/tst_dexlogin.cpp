// DexLogin against every login gateway of the sandbox (docs/login.md, Tests: the caseNN matrix;
// the cases about re-login, tokens and namespaces are in tst_session).

#include "GatewayFixture.h"
#include "auth/DexMessages.h"

#include <QNetworkCookieJar>

using namespace authtest;
using kfp::DexLogin;

class TestDexLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void case01_standaloneNeedsNoLogin();
    void case02_authserviceLegacyForm();
    void case02_legacyWrongPasswordIs200WithMarker();
    void case03_authserviceWrongPasswordIs401();
    void case04_oauth2Proxy190ApprovalPage();
    void case05_oauth2ProxySignInPageAndApi401();
    void case06_chooserLocalAndLdap();
    void case06_chooserAsksWhenNoConnectorGiven();
    void case07_offHostConnectorFailsClearly();
    void case08_selfSignedCertificateTrustAndPin();
    void case09_secureCookieOverHttp();
    void case10_splitSessionCookies();
    void case12_passwordWithSpecialCharacters();
    void mfaFailsClearly();
    void promptNoneWithDexSessionsFailsClearly();
    void refusedAtTheCallbackIsAGatewayError();
    void loginStepsAreReported();
    void everyGenerationLogsIn_data();
    void everyGenerationLogsIn();

private:
    DexLogin *login(GatewayFixture &fx, const QString &password = kPassword,
                    const QString &connector = {}, const QString &user = kUser)
    {
        auto *dex = new DexLogin(fx.baseUrl(), {user, password, connector}, this);
        dex->start();
        return dex;
    }
};

void TestDexLogin::case01_standaloneNeedsNoLogin()
{
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::None));
    auto *dex = login(fx);
    QVERIFY(finish(dex));
    QVERIFY2(dex->ok(), describe(*dex));
    QVERIFY(!dex->loginRequired());
    QVERIFY(dex->sessionCookies().isEmpty());
    QCOMPARE(fx.counters().loginAttempts, 0);
}

void TestDexLogin::case02_authserviceLegacyForm()
{
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::AuthServiceLegacy));
    auto *dex = login(fx);
    QVERIFY(finish(dex));
    QVERIFY2(dex->ok(), describe(*dex));
    QCOMPARE(dex->front(), DexLogin::Front::AuthService);
    QCOMPARE(dex->sessionCookies().size(), 1);
    QCOMPARE(dex->sessionCookies().first().name(), QByteArray("authservice_session"));
    QCOMPARE(fx.counters().loginAttempts, 1);
}

void TestDexLogin::case02_legacyWrongPasswordIs200WithMarker()
{
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::AuthServiceLegacy));
    auto *dex = login(fx, QStringLiteral("wrong"));
    QVERIFY(finish(dex));
    QCOMPARE(dex->error(), DexLogin::Error::InvalidCredentials);
    // The headline is translated; Dex's own words are in the details.
    QVERIFY2(dex->errorDetails().contains(QLatin1String("Invalid")), describe(*dex));
    QCOMPARE(dex->errorMessage(),
             kfp::DexMessages::tr("The email address or the password is not correct."));
    QCOMPARE(fx.counters().loginAttempts, 1); // no retry
}

void TestDexLogin::case03_authserviceWrongPasswordIs401()
{
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::AuthService));
    auto *dex = login(fx, QStringLiteral("wrong"));
    QVERIFY(finish(dex));
    QCOMPARE(dex->error(), DexLogin::Error::InvalidCredentials);
    QCOMPARE(dex->errorMessage(),
             kfp::DexMessages::tr("The email address or the password is not correct."));
    QVERIFY(dex->errorDetails().startsWith(QStringLiteral("Invalid Email Address and password.")));
    QVERIFY2(dex->errorDetails().contains(QStringLiteral("HTTP status: 401")),
             qPrintable(dex->errorDetails()));
    QCOMPARE(fx.counters().loginAttempts, 1);

    auto *good = login(fx);
    QVERIFY(finish(good));
    QVERIFY2(good->ok(), describe(*good));
    QCOMPARE(good->front(), DexLogin::Front::AuthService);
}

void TestDexLogin::case04_oauth2Proxy190ApprovalPage()
{
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::OAuth2Proxy190));
    auto *dex = login(fx);
    QSignalSpy steps(dex, &DexLogin::stepChanged);
    QVERIFY(finish(dex));
    QVERIFY2(dex->ok(), describe(*dex));
    QCOMPARE(dex->front(), DexLogin::Front::Oauth2Proxy);
    bool approved = false;
    for (const auto &args : steps)
        approved = approved || args.at(0).value<DexLogin::Step>() == DexLogin::Step::Approving;
    QVERIFY(approved);
    QCOMPARE(dex->sessionCookies().first().name(), QByteArray("oauth2_proxy_kubeflow"));
}

void TestDexLogin::case05_oauth2ProxySignInPageAndApi401()
{
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::OAuth2Proxy));
    auto *dex = login(fx);
    QSignalSpy steps(dex, &DexLogin::stepChanged);
    QVERIFY(finish(dex));
    QVERIFY2(dex->ok(), describe(*dex));
    QCOMPARE(dex->front(), DexLogin::Front::Oauth2Proxy);
    for (const auto &args : steps) // >= 1.9.1: no approval page
        QVERIFY(args.at(0).value<DexLogin::Step>() != DexLogin::Step::Approving);
    // The cookie works for the API.
    fx.session->setCookies(dex->sessionCookies());
    auto done = await(fx.client->listRuns(), [](auto *) {});
    QVERIFY2(done.ok, qPrintable(done.error.fullMessage()));
}

void TestDexLogin::case06_chooserLocalAndLdap()
{
    AuthOptions options;
    options.connectors = {QStringLiteral("local"), QStringLiteral("ldap")};
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::OAuth2Proxy, options));
    auto *dex = login(fx, kPassword, QStringLiteral("ldap"), QStringLiteral("user"));
    QVERIFY(finish(dex));
    QVERIFY2(dex->ok(), describe(*dex));
    QCOMPARE(dex->connectorId(), QStringLiteral("ldap"));
    QCOMPARE(dex->connectors().size(), 2);
}

void TestDexLogin::case06_chooserAsksWhenNoConnectorGiven()
{
    AuthOptions options;
    options.connectors = {QStringLiteral("local"), QStringLiteral("ldap")};
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::AuthService, options));
    auto *dex = login(fx);
    QSignalSpy input(dex, &DexLogin::needsUserInput);
    QTRY_COMPARE_WITH_TIMEOUT(input.size(), 1, 10000);
    QCOMPARE(input.first().at(0).value<DexLogin::Input>(), DexLogin::Input::Connector);
    QStringList ids;
    for (const auto &c : dex->connectors())
        ids << c.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("local"), QStringLiteral("ldap")}));
    dex->chooseConnector(QStringLiteral("local"));
    QVERIFY(finish(dex));
    QVERIFY2(dex->ok(), describe(*dex));
}

void TestDexLogin::case07_offHostConnectorFailsClearly()
{
    AuthOptions options;
    options.connectors = {QStringLiteral("github")};
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::OAuth2Proxy, options));
    auto *dex = login(fx);
    QVERIFY(finish(dex));
    QCOMPARE(dex->error(), DexLogin::Error::NonPasswordConnector);
    QVERIFY(!dex->errorMessage().isEmpty());
    QCOMPARE(fx.counters().loginAttempts, 0); // no password was sent anywhere
}

void TestDexLogin::case08_selfSignedCertificateTrustAndPin()
{
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::OAuth2Proxy, {}, false, true));
    QCOMPARE(fx.baseUrl().scheme(), QStringLiteral("https"));
    const QString expected = kfp::TlsTrust::sha256(fx.server->certificate());

    // Unknown certificate: refused, with what the user needs to decide.
    auto *dex = login(fx);
    QSignalSpy certs(dex, &DexLogin::certificateError);
    QVERIFY(finish(dex));
    QCOMPARE(dex->error(), DexLogin::Error::Certificate);
    QCOMPARE(certs.size(), 1);
    const auto info = dex->certificate();
    QCOMPARE(info.sha256, expected);
    QVERIFY(info.notAfter > info.notBefore);
    QVERIFY(!info.subject.isEmpty());
    QVERIFY(!info.issuer.isEmpty());
    QCOMPARE(fx.counters().loginAttempts, 0); // no password before the certificate is trusted

    // "Trust this certificate": pinned for this login, which now succeeds.
    dex->trustCertificate();
    QVERIFY(finish(dex));
    QVERIFY2(dex->ok(), describe(*dex));

    // A pinned certificate that changed is a hard error with both fingerprints.
    kfp::TlsTrust other;
    other.setPinnedSha256(QStringLiteral("00:11:22"));
    auto *pinned = new DexLogin(fx.baseUrl(), {kUser, kPassword, {}}, this);
    pinned->setTlsTrust(other);
    pinned->start();
    QVERIFY(finish(pinned));
    QCOMPARE(pinned->error(), DexLogin::Error::Certificate);
    QVERIFY(pinned->certificate().pinMismatch);
    QCOMPARE(pinned->certificate().pinnedSha256, QStringLiteral("00:11:22"));
    QVERIFY(pinned->errorMessage().contains(expected));
    pinned->trustCertificate(); // never overrides a changed pin
    QVERIFY(pinned->isFinished());
}

void TestDexLogin::case09_secureCookieOverHttp()
{
    AuthOptions options;
    options.secureCookies = true;
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::OAuth2Proxy, options));
    auto *dex = login(fx);
    QVERIFY(finish(dex));
    QCOMPARE(dex->error(), DexLogin::Error::SecureCookieOverHttp);
}

void TestDexLogin::case10_splitSessionCookies()
{
    AuthOptions options;
    options.bigSession = true;
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::OAuth2Proxy, options));
    auto *dex = login(fx);
    QVERIFY(finish(dex));
    QVERIFY2(dex->ok(), describe(*dex));
    QStringList names;
    for (const auto &c : dex->sessionCookies())
        names << QString::fromLatin1(c.name());
    names.sort();
    QVERIFY2(names.size() >= 2, qPrintable(names.join(u',')));
    QCOMPARE(names.first(), QStringLiteral("oauth2_proxy_kubeflow_0"));
    fx.session->setCookies(dex->sessionCookies());
    auto done = await(fx.client->listPipelines(), [](auto *) {});
    QVERIFY2(done.ok, qPrintable(done.error.fullMessage()));
}

void TestDexLogin::case12_passwordWithSpecialCharacters()
{
    const QString password = QStringLiteral("p+a&s=s%w#o rd");
    AuthOptions options;
    options.users = {{kUser, password}};
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::AuthService, options));
    auto *dex = login(fx, password);
    QVERIFY(finish(dex));
    QVERIFY2(dex->ok(), describe(*dex));
}

void TestDexLogin::mfaFailsClearly()
{
    // Kubeflow 1.9.0 sends no prompt=none, so a Dex with DEX_SESSIONS_ENABLED gets to its MFA page.
    AuthOptions options;
    options.mfa = true;
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::OAuth2Proxy190, options));
    auto *dex = login(fx);
    QVERIFY(finish(dex));
    QCOMPARE(dex->error(), DexLogin::Error::MfaRequired);
}

void TestDexLogin::promptNoneWithDexSessionsFailsClearly()
{
    // Kubeflow >= 1.9.1 sends prompt=none; a Dex with DEX_SESSIONS_ENABLED and no browser session
    // answers login_required, which oauth2-proxy shows as "Login Failed" at its callback.
    AuthOptions options;
    options.mfa = true;
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::OAuth2Proxy, options));
    auto *dex = login(fx);
    QVERIFY(finish(dex));
    QCOMPARE(dex->error(), DexLogin::Error::GatewayError);
    QVERIFY2(dex->errorMessage().contains(QLatin1String("login_required")), describe(*dex));
    QCOMPARE(fx.counters().loginAttempts, 0); // no password was sent
}

void TestDexLogin::refusedAtTheCallbackIsAGatewayError()
{
    // oauth2-proxy's 403 page with only its default text (a user outside email_domains).
    AuthOptions options;
    options.emailDomains = {QStringLiteral("elsewhere.org")};
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::OAuth2Proxy, options));
    auto *dex = login(fx);
    QVERIFY(finish(dex));
    QCOMPARE(dex->error(), DexLogin::Error::GatewayError);
    QVERIFY2(dex->errorMessage().contains(
                 QLatin1String("You do not have permission to access this resource.")),
             describe(*dex));
    QCOMPARE(fx.counters().successfulLogins, 0);
}

void TestDexLogin::loginStepsAreReported()
{
    GatewayFixture fx;
    QVERIFY(fx.start(AuthMode::AuthService));
    auto *dex = new DexLogin(fx.baseUrl(), {kUser, {}, {}}, this);
    QSignalSpy steps(dex, &DexLogin::stepChanged);
    QSignalSpy input(dex, &DexLogin::needsUserInput);
    dex->start();
    QTRY_COMPARE_WITH_TIMEOUT(input.size(), 1, 10000);
    QCOMPARE(input.first().at(0).value<DexLogin::Input>(), DexLogin::Input::Password);
    dex->provideCredentials(kUser, kPassword);
    QVERIFY(finish(dex));
    QVERIFY2(dex->ok(), describe(*dex));
    QVERIFY(steps.size() >= 4);
    QVERIFY(!steps.first().at(1).toString().isEmpty());
    QCOMPARE(steps.last().at(0).value<DexLogin::Step>(), DexLogin::Step::Verifying);
}

void TestDexLogin::everyGenerationLogsIn_data()
{
    QTest::addColumn<QString>("mode");
    for (const QString &name : kfp::sandbox::authModeNames())
        QTest::newRow(qPrintable(name)) << name;
}

// The real DexLogin through the gateway of every Kubeflow generation: a wrong password is
// InvalidCredentials (200 + marker up to Dex 2.35, 401 from 2.36), the right one gives the
// generation's session cookie, which the API then accepts.
void TestDexLogin::everyGenerationLogsIn()
{
    QFETCH(QString, mode);
    AuthMode m = AuthMode::None;
    QVERIFY(kfp::sandbox::parseAuthMode(mode, &m));
    GatewayFixture fx;
    QVERIFY(fx.start(m));

    auto *wrong = login(fx, QStringLiteral("wrong"));
    QVERIFY(finish(wrong));
    QCOMPARE(wrong->error(), DexLogin::Error::InvalidCredentials);

    auto *dex = login(fx);
    QVERIFY(finish(dex));
    QVERIFY2(dex->ok(), describe(*dex));
    const bool authservice = kfp::sandbox::isAuthService(m);
    QCOMPARE(dex->front(),
             authservice ? DexLogin::Front::AuthService : DexLogin::Front::Oauth2Proxy);
    const QByteArray cookie = authservice                    ? QByteArray("authservice_session")
                              : m == AuthMode::OAuth2Proxy18 ? QByteArray("_oauth2_proxy")
                                                             : QByteArray("oauth2_proxy_kubeflow");
    QCOMPARE(dex->sessionCookies().size(), 1);
    QCOMPARE(dex->sessionCookies().first().name(), cookie);
    QCOMPARE(fx.counters().loginAttempts, 2);
    QCOMPARE(fx.counters().successfulLogins, 1);

    fx.session->setCookies(dex->sessionCookies());
    auto done = await(fx.client->listRuns(), [](auto *) {});
    QVERIFY2(done.ok, qPrintable(done.error.fullMessage()));
}

QTEST_GUILESS_MAIN(TestDexLogin)
#include "tst_dexlogin.moc"
