// kfpctl login / runs list / whoami / logout / sdk-context against the sandbox's gateways,
// in-process, with an in-memory credential store and a temporary profile file.

#include "KfpctlHarness.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileStore.h"
#include "auth/SdkContext.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/gateways/KubeflowGateway.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using kfp::sandbox::AuthMode;

class TestKfpctlLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void loginThenList_data();
    void loginThenList();
    void wrongPasswordExitsOne();
    void logoutForgetsAndSdkContext();
    void notSignedInNamesTheRedirect_data();
    void notSignedInNamesTheRedirect();

private:
    using Result = kfptest::KfpctlResult;
    Result run(const QStringList &args, const QByteArray &stdinData = {});
    bool startServer(AuthMode mode);
    QString host() const { return m_server->baseUrl().toString() + QLatin1String("/pipeline"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<kfp::ProfileStore> m_profiles;
    std::unique_ptr<kfp::MemoryCredentialStore> m_credentials;
    std::unique_ptr<kfp::sandbox::SandboxServer> m_server;
    std::unique_ptr<kfp::sandbox::KubeflowGateway> m_gateway;
};

void TestKfpctlLogin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<kfp::ProfileStore>(m_settings.get());
    m_credentials = std::make_unique<kfp::MemoryCredentialStore>();
}

bool TestKfpctlLogin::startServer(AuthMode mode)
{
    kfp::sandbox::AuthOptions options;
    options.mode = mode;
    m_server = std::make_unique<kfp::sandbox::SandboxServer>();
    m_gateway = std::make_unique<kfp::sandbox::KubeflowGateway>(options, false, false);
    m_server->setGateway(m_gateway.get());
    m_server->seedRuns(3);
    return m_server->listen(0) != 0;
}

TestKfpctlLogin::Result TestKfpctlLogin::run(const QStringList &args, const QByteArray &stdinData)
{
    kfptest::KfpctlSetup setup;
    setup.profiles = m_profiles.get();
    setup.credentials = m_credentials.get();
    setup.stdinData = stdinData;
    setup.sdkContextPath = m_dir->filePath(QStringLiteral("context.json"));
    return kfptest::runKfpctl(args, setup);
}

void TestKfpctlLogin::loginThenList_data()
{
    QTest::addColumn<int>("mode");
    // Every Kubeflow gateway generation the sandbox emulates.
    for (const QString &name : kfp::sandbox::authModeNames()) {
        AuthMode mode = AuthMode::None;
        kfp::sandbox::parseAuthMode(name, &mode);
        QTest::newRow(qPrintable(name)) << int(mode);
    }
}

void TestKfpctlLogin::loginThenList()
{
    QFETCH(int, mode);
    QVERIFY(startServer(AuthMode(mode)));
    // Without a login the gateway refuses.
    auto before =
        run({QStringLiteral("--host"), host(), QStringLiteral("runs"), QStringLiteral("list")});
    QCOMPARE(before.code, 1);

    auto login =
        run({QStringLiteral("--host"), host(), QStringLiteral("login"), QStringLiteral("--user"),
             QStringLiteral("user@example.com"), QStringLiteral("--password-stdin")},
            "12341234\n");
    QVERIFY2(login.code == 0, qPrintable(login.err));
    QVERIFY(login.out.contains(QLatin1String("user@example.com")));
    QCOMPARE(m_profiles->names().size(), 1);

    auto list = run({QStringLiteral("--host"), host(), QStringLiteral("runs"),
                     QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.code == 0, qPrintable(list.err));
    QVERIFY(list.out.contains(QLatin1String("run_id")) ||
            list.out.contains(QLatin1String("\"id\"")));

    auto who =
        run({QStringLiteral("--profile"), m_profiles->names().first(), QStringLiteral("whoami")});
    QVERIFY2(who.code == 0, qPrintable(who.err));
    QVERIFY(who.out.contains(QLatin1String("user: user@example.com")));
    QVERIFY(who.out.contains(QLatin1String("session_expires: 2")));
    QVERIFY(who.out.contains(QLatin1String("api_version: v2beta1")));
}

void TestKfpctlLogin::notSignedInNamesTheRedirect_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("redirects");
    // AuthService sends the API's requests to its login page (a relative Location); the
    // oauth2-proxy before 7.x answers them 401.
    QTest::newRow("authservice") << int(AuthMode::AuthService) << true;
    QTest::newRow("oauth2-proxy") << int(AuthMode::OAuth2Proxy) << false;
}

// Without credentials kfpctl says why: where the gateway redirected (the Location header,
// resolved against the request URL), and how to sign in.
void TestKfpctlLogin::notSignedInNamesTheRedirect()
{
    QFETCH(int, mode);
    QFETCH(bool, redirects);
    QVERIFY(startServer(AuthMode(mode)));
    auto out =
        run({QStringLiteral("--host"), host(), QStringLiteral("runs"), QStringLiteral("list")});
    QCOMPARE(out.code, 1);
    QVERIFY2(!out.err.contains(QLatin1String("redirected to )")), qPrintable(out.err));
    if (redirects) {
        const QString target =
            QStringLiteral("(redirected to ") + m_server->baseUrl().toString() + QLatin1Char('/');
        QVERIFY2(out.err.contains(target), qPrintable(out.err));
    }
    QVERIFY2(out.err.contains(QLatin1String("`kfpctl login`")), qPrintable(out.err));
}

void TestKfpctlLogin::wrongPasswordExitsOne()
{
    QVERIFY(startServer(AuthMode::AuthService));
    auto login =
        run({QStringLiteral("--host"), host(), QStringLiteral("login"), QStringLiteral("--user"),
             QStringLiteral("user@example.com"), QStringLiteral("--password-stdin")},
            "nope\n");
    QCOMPARE(login.code, 1);
    QVERIFY2(login.err.contains(QLatin1String("Invalid Email Address and password.")),
             qPrintable(login.err));
    QCOMPARE(m_gateway->state().counters.loginAttempts, 1);
}

void TestKfpctlLogin::logoutForgetsAndSdkContext()
{
    QVERIFY(startServer(AuthMode::OAuth2Proxy));
    QCOMPARE(
        run({QStringLiteral("--host"), host(), QStringLiteral("login"), QStringLiteral("--user"),
             QStringLiteral("user@example.com"), QStringLiteral("--password-stdin")},
            "12341234\n")
            .code,
        0);
    auto share =
        run({QStringLiteral("--host"), host(), QStringLiteral("-n"), QStringLiteral("team-a"),
             QStringLiteral("sdk-context"), QStringLiteral("write")});
    QVERIFY2(share.code == 0, qPrintable(share.err));
    kfp::SdkContext context(m_dir->filePath(QStringLiteral("context.json")));
    QVERIFY(context.readCookie().startsWith(QLatin1String("oauth2_proxy_kubeflow=")));
    QCOMPARE(context.readNamespace(), QStringLiteral("team-a"));

    const int signOuts = m_gateway->state().counters.signOuts;
    auto out = run({QStringLiteral("--host"), host(), QStringLiteral("logout")});
    QVERIFY2(out.code == 0, qPrintable(out.err));
    QCOMPARE(m_gateway->state().counters.signOuts, signOuts + 1);
    QVERIFY(context.readCookie().isEmpty());
    const QString name = m_profiles->names().first();
    QVERIFY(!m_credentials->contains(
        kfp::CredentialStore::key(name, kfp::CredentialStore::Kind::Cookies)));
    auto list =
        run({QStringLiteral("--host"), host(), QStringLiteral("runs"), QStringLiteral("list")});
    QCOMPARE(list.code, 1);
}

QTEST_GUILESS_MAIN(TestKfpctlLogin)
#include "tst_kfpctl_login.moc"
