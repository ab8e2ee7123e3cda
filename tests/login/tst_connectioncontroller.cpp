// ConnectionController against the in-process sandbox behind its oauth2-proxy gateway: stored
// sessions reused without a dialog, the dialog when nothing usable is stored, the SDK share with
// its question, logout.

#include "ConnectionController.h"
#include "LoginDialog.h"
#include "ScriptedPrompter.h"
#include "api/KfpClient.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileStore.h"
#include "auth/Session.h"
#include "connection/Connection.h"
#include "connection/LoginFlow.h"
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace kfp;
using kfp::sandbox::AuthMode;
using kfp::sandbox::SandboxOptions;
using kfp::sandbox::SandboxServer;

namespace {
const QString kUser = QStringLiteral("user@example.com");
const QString kPassword = QStringLiteral("12341234");
const QString kProfile = QStringLiteral("lab");
} // namespace

class TestConnectionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The SDK's context file lives under HOME (not XDG): point HOME at a temp dir.
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
    }

    void init()
    {
        SandboxOptions options;
        options.auth.mode = AuthMode::OAuth2Proxy;
        options.multiUser = true;
        options.timeScale = 0.02;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->listen(0) != 0);
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("kfp.ini")),
                                                 QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_credentials = std::make_unique<MemoryCredentialStore>();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_session = std::make_unique<Session>(m_nam.get());
        m_session->setDefaultTimeout(10000);
        m_client = std::make_unique<KfpClient>(m_session.get());
        m_prompter = std::make_unique<logintest::ScriptedPrompter>();
        m_connection =
            std::make_unique<Connection>(m_session.get(), m_client.get(), m_credentials.get());
        m_controller = std::make_unique<ConnectionController>(
            m_profiles.get(), m_credentials.get(), m_connection.get(), m_prompter.get(), nullptr);
        QFile::remove(sdkPath());
    }
    void cleanup()
    {
        m_controller.reset();
        m_connection.reset();
        m_client.reset();
        m_session.reset();
        m_server.reset();
    }

    void firstStartOpensTheDialog()
    {
        m_controller->start();
        QVERIFY(m_controller->loginDialog());
        QTRY_VERIFY(m_controller->loginDialog()->isVisible());
        QVERIFY(!m_controller->isConnected());
    }

    void storedCookieIsReusedWithoutTheDialog()
    {
        storeProfileWithCookie(false);
        m_server->resetAuthCounters();
        QSignalSpy connected(m_controller.get(), &ConnectionController::connected);
        m_controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
        QVERIFY(!m_controller->loginDialog());
        QCOMPARE(m_server->loginAttempts(), 0);
        QCOMPARE(m_controller->currentProfile(), kProfile);
        QCOMPARE(m_controller->namespaceName(), SandboxServer::namespaceForUser(kUser));
        QVERIFY(m_controller->isMultiUser());
        QCOMPARE(m_controller->apiVersion(), ApiVersion::V2Beta1);
        QVERIFY(m_controller->statusText().contains(kProfile));
    }

    void sessionGoneWithoutPasswordAsks()
    {
        storeProfileWithCookie(false);
        m_server->expireSessions();
        m_controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->loginDialog(), 15000);
        QVERIFY(!m_controller->isConnected());

        // The user logs in in the dialog: the controller switches the live session over.
        QSignalSpy connected(m_controller.get(), &ConnectionController::connected);
        LoginDialog *dialog = m_controller->loginDialog();
        QTRY_VERIFY(dialog->isVisible());
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        password->setFocus();
        QTest::keyClicks(password, kPassword);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
        QVERIFY(m_credentials->contains(
            CredentialStore::key(kProfile, CredentialStore::Kind::Cookies)));
        QVERIFY(!m_credentials->contains(
            CredentialStore::key(kProfile, CredentialStore::Kind::Password))); // not remembered
        auto *job = m_client->listPipelines();
        bool ok = false;
        bool done = false;
        connect(job, &ApiJob::finished, this, [&] { ok = job->ok(), done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(ok);
    }

    // A request that meets an expired session while connected waits for the login dialog and
    // is replayed with the new session once the user has logged in there (no lost work).
    void requestWaitingForTheDialogIsReplayed()
    {
        storeProfileWithCookie(false);
        m_controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->isConnected(), 15000);
        QVERIFY(!m_controller->loginDialog());

        m_server->expireSessions();
        auto *job = m_client->listPipelines();
        bool ok = false;
        bool done = false;
        connect(job, &ApiJob::finished, this, [&] { ok = job->ok(), done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->loginDialog(), 15000);
        QVERIFY(!done); // waiting for the user, not failed

        LoginDialog *dialog = m_controller->loginDialog();
        QTRY_VERIFY(dialog->isVisible());
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        password->setFocus();
        QTest::keyClicks(password, kPassword);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY(ok);
    }

    void rememberedPasswordRenewsTheSession()
    {
        storeProfileWithCookie(true);
        m_server->expireSessions();
        m_server->resetAuthCounters();
        QSignalSpy connected(m_controller.get(), &ConnectionController::connected);
        m_controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
        QVERIFY(!m_controller->loginDialog());
        QCOMPARE(m_server->successfulLogins(), 1);
    }

    void sharingWithTheSdkAsksFirst()
    {
        storeProfileWithCookie(false);
        QSignalSpy connected(m_controller.get(), &ConnectionController::connected);
        m_controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);

        m_prompter->answers = {QMessageBox::Cancel};
        m_controller->shareWithSdk();
        QTRY_COMPARE(m_prompter->asked.size(), 1);
        QVERIFY(m_prompter->asked.at(0).text.contains(sdkPath()));
        QVERIFY(m_prompter->asked.at(0).informativeText.contains(QStringLiteral("plain text")));
        QTest::qWait(50); // let the queued answer arrive; nothing may be written
        QVERIFY(!QFile::exists(sdkPath()));

        QSignalSpy shared(m_controller.get(), &ConnectionController::sdkContextShared);
        m_prompter->answers = {QMessageBox::Yes};
        m_controller->shareWithSdk();
        QTRY_COMPARE(shared.count(), 1);
        const QJsonObject written = readSdkContext();
        QCOMPARE(written.value(QStringLiteral("client_authentication_cookie")).toString(),
                 m_session->cookieHeader());
        QCOMPARE(written.value(QStringLiteral("namespace")).toString(),
                 SandboxServer::namespaceForUser(kUser));
        QVERIFY(m_profiles->profile(kProfile)->sdkContextShared);

        // Logout removes what was written, the stored secrets, and signs out at the gateway.
        QSignalSpy disconnected(m_controller.get(), &ConnectionController::disconnected);
        m_controller->logout();
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 10000);
        QVERIFY(!readSdkContext().contains(QStringLiteral("client_authentication_cookie")));
        QTRY_VERIFY(!m_credentials->contains(
            CredentialStore::key(kProfile, CredentialStore::Kind::Cookies)));
        QCOMPARE(m_server->signOuts(), 1);
        QVERIFY(m_controller->loginDialog()); // asks for the next login
    }

    void shareCheckboxInTheDialog()
    {
        m_prompter->answers = {QMessageBox::Yes};
        m_controller->start();
        LoginDialog *dialog = m_controller->loginDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QSignalSpy connected(m_controller.get(), &ConnectionController::connected);
        QSignalSpy shared(m_controller.get(), &ConnectionController::sdkContextShared);
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
        url->setText(m_server->kfpUrl().toString());
        dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(kUser);
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(kPassword);
        auto *share = dialog->findChild<QAbstractButton *>(QStringLiteral("shareSdkCheck"));
        QTest::mouseClick(share, Qt::LeftButton);
        QVERIFY(share->isChecked());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("loginButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
        QTRY_COMPARE(shared.count(), 1);
        QCOMPARE(m_prompter->asked.size(), 1);
        QVERIFY(!readSdkContext()
                     .value(QStringLiteral("client_authentication_cookie"))
                     .toString()
                     .isEmpty());
    }

    void switchProfile()
    {
        storeProfileWithCookie(false);
        ConnectionProfile open;
        open.name = QStringLiteral("in-cluster");
        open.url = m_server->baseUrl(); // direct /apis: no gateway, identity header needed
        open.authMode = ConnectionProfile::AuthMode::None;
        m_profiles->save(open);
        QSignalSpy connected(m_controller.get(), &ConnectionController::connected);
        QSignalSpy profileChanged(m_controller.get(), &ConnectionController::profileChanged);
        m_controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
        m_controller->switchProfile(open.name);
        QCOMPARE(m_profiles->currentName(), open.name);
        QCOMPARE(m_controller->currentProfile(), open.name);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, 15000);
        QCOMPARE(m_session->baseUrl(), m_server->baseUrl());
        QVERIFY(profileChanged.count() >= 2);
    }

private:
    QString sdkPath() const { return m_home.filePath(QStringLiteral(".config/kfp/context.json")); }
    QJsonObject readSdkContext() const
    {
        QFile f(sdkPath());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    // Logs in once (as a previous run of the app would have) and stores the outcome.
    void storeProfileWithCookie(bool rememberPassword)
    {
        ConnectionProfile p;
        p.name = kProfile;
        p.url = m_server->kfpUrl();
        p.authMode = ConnectionProfile::AuthMode::Dex;
        p.username = kUser;
        p.connectorId = QStringLiteral("local");
        p.namespaceName = SandboxServer::namespaceForUser(kUser);
        p.rememberPassword = rememberPassword;
        LoginFlow flow;
        QSignalSpy finished(&flow, &LoginFlow::finished);
        flow.start({p, kPassword, {}, {}});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QVERIFY2(flow.result().ok, qPrintable(flow.result().errorMessage));
        m_profiles->save(p);
        m_profiles->setCurrentName(p.name);
        bool written = false;
        m_credentials->write(CredentialStore::key(p.name, CredentialStore::Kind::Cookies),
                             CredentialStore::encodeCookies(flow.result().cookies), this,
                             [&written](const CredentialResult &) { written = true; });
        if (rememberPassword)
            m_credentials->write(CredentialStore::key(p.name, CredentialStore::Kind::Password),
                                 kPassword, this, [](const CredentialResult &) {});
        QTRY_VERIFY(written);
    }

    QTemporaryDir m_home;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<KfpClient> m_client;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<logintest::ScriptedPrompter> m_prompter;
    std::unique_ptr<ConnectionController> m_controller;
};

QTEST_MAIN(TestConnectionController)
#include "tst_connectioncontroller.moc"
