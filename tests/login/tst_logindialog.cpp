// LoginDialog against the in-process sandbox behind its Kubeflow login gateways, driven with
// real keyboard and mouse input.

#include "CertificateDialog.h"
#include "LoginDialog.h"
#include "MessageBanner.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileStore.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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

std::unique_ptr<SandboxServer> startSandbox(AuthMode mode, bool multiUser = false, bool tls = false)
{
    SandboxOptions options;
    options.auth.mode = mode;
    options.multiUser = multiUser;
    options.tls = tls;
    options.timeScale = 0.02;
    auto server = std::make_unique<SandboxServer>(options);
    if (server->listen(0) == 0)
        return nullptr;
    return server;
}

// Types into whatever has the keyboard focus, as a person would.
void type(const QString &text)
{
    QWidget *w = QApplication::focusWidget();
    QVERIFY(w);
    QTest::keyClicks(w, text);
}

void tab()
{
    QWidget *w = QApplication::focusWidget();
    QVERIFY(w);
    QTest::keyClick(w, Qt::Key_Tab);
}

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("kfp.ini")),
                                                 QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_credentials = std::make_unique<MemoryCredentialStore>();
    }
    void cleanup()
    {
        m_dialog.reset();
        m_profiles.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void reachChoicesFillTheUrl_data()
    {
        QTest::addColumn<int>("downs");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mode");
        QTest::newRow("dashboard") << 1 << "https://kubeflow.example.com/pipeline"
                                   << "dex";
        QTest::newRow("port-forward") << 2 << "http://localhost:8080"
                                      << "none";
        QTest::newRow("kubectl proxy")
            << 3
            << "http://127.0.0.1:8001/api/v1/namespaces/kubeflow/services/ml-pipeline:http/proxy"
            << "none";
        QTest::newRow("in-cluster") << 4 << "http://ml-pipeline.kubeflow.svc.cluster.local:8888"
                                    << "token";
    }
    void reachChoicesFillTheUrl()
    {
        QFETCH(int, downs);
        QFETCH(QString, url);
        QFETCH(QString, mode);
        openDialog();
        auto *reach = child<QComboBox>("reachCombo");
        reach->setFocus();
        for (int i = 0; i < downs; ++i)
            QTest::keyClick(reach, Qt::Key_Down);
        QCOMPARE(child<QLineEdit>("urlEdit")->text(), url);
        QCOMPARE(child<QComboBox>("authModeCombo")->currentData().toString(),
                 ConnectionProfile::authModeKey(ConnectionProfile::authModeFromKey(mode)));
        QVERIFY(!child<QLineEdit>("profileNameEdit")->text().isEmpty());
        if (downs == 1) { // the placeholder host is selected: typing replaces it
            QCOMPARE(child<QLineEdit>("urlEdit")->selectedText(),
                     QStringLiteral("kubeflow.example.com"));
            QTest::keyClicks(child<QLineEdit>("urlEdit"), QStringLiteral("kf.corp.io"));
            QCOMPARE(child<QLineEdit>("urlEdit")->text(),
                     QStringLiteral("https://kf.corp.io/pipeline"));
        }
    }

    void logInFromTheKeyboard_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("multiUser");
        QTest::newRow("oauth2-proxy") << int(AuthMode::OAuth2Proxy) << false;
        QTest::newRow("authservice") << int(AuthMode::AuthService) << false;
        QTest::newRow("oauth2-proxy multi-user") << int(AuthMode::OAuth2Proxy) << true;
    }
    void logInFromTheKeyboard()
    {
        QFETCH(int, mode);
        QFETCH(bool, multiUser);
        auto server = startSandbox(AuthMode(mode), multiUser);
        QVERIFY(server);
        openDialog();
        QSignalSpy loggedIn(m_dialog.get(), &LoginDialog::loggedIn);

        // URL field, then Tab through: auth mode (Dex is the default), user, password.
        child<QLineEdit>("urlEdit")->setFocus();
        type(server->kfpUrl().toString());
        tab();
        QCOMPARE(QApplication::focusWidget(), child<QComboBox>("authModeCombo"));
        tab();
        type(kUser);
        tab();
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("passwordEdit"));
        type(kPassword);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the default button

        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 15000);
        const auto profile = loggedIn.at(0).at(0).value<ConnectionProfile>();
        const auto result = loggedIn.at(0).at(1).value<LoginResult>();
        QCOMPARE(profile.url, server->kfpUrl());
        QCOMPARE(profile.authMode, ConnectionProfile::AuthMode::Dex);
        QCOMPARE(profile.username, kUser);
        QVERIFY(!profile.rememberPassword); // off by default
        QVERIFY(!result.cookies.isEmpty());
        QCOMPARE(result.multiUser, multiUser);
        QCOMPARE(loggedIn.at(0).at(2).toString(), kPassword);
        QCOMPARE(server->successfulLogins(), 1);
        if (multiUser) { // env-info answered: its namespace was offered and chosen
            QCOMPARE(profile.namespaceName, SandboxServer::namespaceForUser(kUser));
            QVERIFY(result.namespacesKnown);
        }
        QVERIFY(!m_dialog->isVisible()); // accepted
    }

    void stepIsShownWhileLoggingIn()
    {
        auto server = startSandbox(AuthMode::OAuth2Proxy190);
        QVERIFY(server);
        server->addFault(QStringLiteral("path=/dex/*,latency=400"));
        openDialog();
        fillDex(server->kfpUrl().toString(), kUser, kPassword);
        QTest::mouseClick(child<QPushButton>("loginButton"), Qt::LeftButton);
        auto *step = child<QLabel>("stepLabel");
        QTRY_VERIFY_WITH_TIMEOUT(step->isVisible() && !step->text().isEmpty(), 5000);
        QVERIFY(!child<QLineEdit>("urlEdit")->isEnabled());
        QSignalSpy loggedIn(m_dialog.get(), &LoginDialog::loggedIn);
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 15000);
    }

    // Dex's "Invalid Email Address and password." is translated in the headline; Details adds
    // what the headline does not say: Dex's own text, the step, the URL without its query (it
    // carries the login's state) and the HTTP status.
    void wrongPasswordDetailsAddToTheHeadline()
    {
        auto server = startSandbox(AuthMode::OAuth2Proxy);
        QVERIFY(server);
        openDialog();
        fillDex(server->kfpUrl().toString(), kUser, QStringLiteral("wrong"));
        QTest::mouseClick(child<QPushButton>("loginButton"), Qt::LeftButton);
        auto *banner = m_dialog->findChild<MessageBanner *>(QStringLiteral("banner"));
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        const QString headline = banner->message();
        const QString details = banner->details();
        const QString both = headline + QLatin1Char('|') + details;
        QCOMPARE(headline, QStringLiteral("The email address or the password is not correct."));
        QVERIFY2(details != headline && !details.contains(headline), qPrintable(both));
        QVERIFY2(details.contains(QStringLiteral("Invalid Email Address and password.")),
                 qPrintable(both));
        QVERIFY2(details.contains(QStringLiteral("Step: Checking the user name and password")),
                 qPrintable(both));
        QVERIFY2(details.contains(QStringLiteral("URL: ") + server->kfpUrl().scheme()),
                 qPrintable(both));
        QVERIFY2(details.contains(QStringLiteral("/dex/auth/")), qPrintable(both));
        QVERIFY2(!details.contains(QLatin1Char('?')), qPrintable(both)); // no query string
        QVERIFY2(details.contains(QStringLiteral("HTTP status: 401")), qPrintable(both));
    }

    void wrongPasswordKeepsWhatWasTyped()
    {
        auto server = startSandbox(AuthMode::OAuth2Proxy);
        QVERIFY(server);
        openDialog();
        const QString url = server->kfpUrl().toString();
        fillDex(url, kUser, QStringLiteral("wrong+&=%#"));
        QSignalSpy loggedIn(m_dialog.get(), &LoginDialog::loggedIn);
        QTest::mouseClick(child<QPushButton>("loginButton"), Qt::LeftButton);

        auto *banner = m_dialog->findChild<MessageBanner *>(QStringLiteral("banner"));
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QVERIFY2(banner->message().contains(QStringLiteral("nvalid")) ||
                     banner->details().contains(QStringLiteral("nvalid")),
                 qPrintable(banner->message() + QLatin1Char('|') + banner->details()));
        QCOMPARE(loggedIn.count(), 0);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(child<QLineEdit>("urlEdit")->text(), url);
        QCOMPARE(child<QLineEdit>("usernameEdit")->text(), kUser);
        QCOMPARE(child<QLineEdit>("passwordEdit")->text(), QStringLiteral("wrong+&=%#"));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("passwordEdit"));
        QCOMPARE(server->loginAttempts(), 1); // no retry behind the user's back

        // Typing replaces the selected wrong password; the next try succeeds.
        type(kPassword);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 15000);
    }

    void tokenShowsItsClaimsAndExpiry()
    {
        auto server = startSandbox(AuthMode::OAuth2Proxy);
        QVERIFY(server);
        openDialog();
        selectAuthMode("token");
        auto *edit = child<QPlainTextEdit>("tokenEdit");
        auto *info = child<QLabel>("tokenInfoLabel");
        auto *warning = child<QLabel>("tokenWarningLabel");

        edit->setFocus();
        type(server->mintToken(kUser, 3 * 3600));
        QVERIFY2(info->text().contains(kUser), qPrintable(info->text()));
        QVERIFY(info->text().contains(QStringLiteral("dex.auth.svc.cluster.local")));
        QVERIFY(warning->isHidden());

        edit->selectAll();
        type(server->mintToken(kUser, -60));
        QVERIFY(info->text().contains(kUser));
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains(QStringLiteral("expired")), qPrintable(warning->text()));

        // An expired token is refused by the gateway: the error shows, the token stays.
        const QString expired = edit->toPlainText();
        child<QLineEdit>("urlEdit")->setText(server->kfpUrl().toString());
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        auto *banner = m_dialog->findChild<MessageBanner *>(QStringLiteral("banner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QCOMPARE(edit->toPlainText(), expired);

        // A good token connects.
        edit->setFocus();
        edit->selectAll();
        type(server->mintToken(kUser, 3600));
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            banner->isVisible() && banner->message().contains(QStringLiteral("Connected")), 15000);
    }

    void plainHttpToAnotherHostWarns()
    {
        openDialog();
        auto *url = child<QLineEdit>("urlEdit");
        auto *warning = child<QLabel>("urlWarningLabel");
        url->setFocus();
        type(QStringLiteral("http://kubeflow.example.com/pipeline"));
        QVERIFY(!warning->isHidden());
        QVERIFY(warning->text().contains(QStringLiteral("kubeflow.example.com")));
        url->selectAll();
        type(QStringLiteral("http://127.0.0.1:8080/pipeline"));
        QVERIFY(warning->isHidden());
        url->selectAll();
        type(QStringLiteral("http://10.0.0.7/pipeline"));
        QVERIFY(!warning->isHidden());
        url->selectAll();
        type(QStringLiteral("https://kubeflow.example.com/pipeline"));
        QVERIFY(warning->isHidden());
        // Without a login nothing secret goes over the wire.
        url->selectAll();
        type(QStringLiteral("http://kubeflow.example.com/pipeline"));
        selectAuthMode("none");
        QVERIFY(warning->isHidden());
    }

    void cookieModeAndMemoryNote()
    {
        auto server = startSandbox(AuthMode::None);
        QVERIFY(server);
        openDialog();
        // MemoryCredentialStore keeps secrets for this run only: the dialog says so.
        QVERIFY(!child<QLabel>("memoryOnlyLabel")->isHidden());
        child<QLineEdit>("urlEdit")->setText(server->baseUrl().toString());
        selectAuthMode("cookie");
        child<QLineEdit>("cookieEdit")->setFocus();
        type(QStringLiteral("no-equals-sign"));
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        auto *banner = m_dialog->findChild<MessageBanner *>(QStringLiteral("banner"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->message().contains(QStringLiteral("name=value")));
        QCOMPARE(child<QLineEdit>("cookieEdit")->text(), QStringLiteral("no-equals-sign"));
    }

    void trustingACertificatePinsIt()
    {
        auto server = startSandbox(AuthMode::None, false, true);
        QVERIFY(server);
        QVERIFY(!server->certificate().isNull());
        ConnectionProfile saved;
        saved.name = QStringLiteral("tls");
        saved.url = server->baseUrl();
        saved.authMode = ConnectionProfile::AuthMode::None;
        m_profiles->save(saved);
        m_profiles->setCurrentName(saved.name);
        openDialog();
        QSignalSpy loggedIn(m_dialog.get(), &LoginDialog::loggedIn);
        QTest::mouseClick(child<QPushButton>("loginButton"), Qt::LeftButton);

        CertificateDialog *cert = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (cert = m_dialog->findChild<CertificateDialog *>()) && cert->isVisible(), 15000);
        const QString expected = TlsTrust::sha256(server->certificate());
        QCOMPARE(cert->findChild<QLabel *>(QStringLiteral("fingerprintValue"))->text(), expected);
        auto *trust = cert->findChild<QPushButton *>(QStringLiteral("trustButton"));
        QVERIFY(trust && trust->isVisible());
        QVERIFY(!trust->isDefault()); // trusting is never the Enter-key default
        QTest::mouseClick(trust, Qt::LeftButton);

        QCOMPARE(m_profiles->profile(saved.name)->pinnedSha256, expected);
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 15000);
        QCOMPARE(loggedIn.at(0).at(0).value<ConnectionProfile>().pinnedSha256, expected);
    }

    void changedPinnedCertificateIsAHardError()
    {
        auto server = startSandbox(AuthMode::None, false, true);
        QVERIFY(server);
        ConnectionProfile saved;
        saved.name = QStringLiteral("tls");
        saved.url = server->baseUrl();
        saved.pinnedSha256 = QStringLiteral("AA:") + QString(QStringLiteral("BB:")).repeated(30) +
                             QStringLiteral("CC");
        m_profiles->save(saved);
        m_profiles->setCurrentName(saved.name);
        openDialog();
        QTest::mouseClick(child<QPushButton>("loginButton"), Qt::LeftButton);
        CertificateDialog *cert = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (cert = m_dialog->findChild<CertificateDialog *>()) && cert->isVisible(), 15000);
        QVERIFY(cert->certificate().pinMismatch);
        QCOMPARE(cert->findChild<QLabel *>(QStringLiteral("fingerprintValue"))->text(),
                 TlsTrust::sha256(server->certificate()));
        QCOMPARE(cert->findChild<QLabel *>(QStringLiteral("pinnedValue"))->text(),
                 TlsTrust::normalize(saved.pinnedSha256));
        QVERIFY(cert->findChild<QPushButton *>(QStringLiteral("trustButton"))->isHidden());
    }

    void chooserOffersTheConnectors()
    {
        SandboxOptions options;
        options.auth.mode = AuthMode::OAuth2Proxy;
        options.auth.connectors = {QStringLiteral("local"), QStringLiteral("ldap")};
        SandboxServer server(options);
        QVERIFY(server.listen(0) != 0);
        openDialog();
        fillDex(server.kfpUrl().toString(), QStringLiteral("user"), kPassword);
        auto *connector = child<QComboBox>("connectorCombo");
        connector->setCurrentIndex(connector->findData(QString())); // "ask"
        QSignalSpy loggedIn(m_dialog.get(), &LoginDialog::loggedIn);
        QTest::mouseClick(child<QPushButton>("loginButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(connector->findData(QStringLiteral("ldap")) >= 0 &&
                                     connector->count() == 2 && connector->isEnabled(),
                                 15000);
        connector->setFocus();
        connector->setCurrentIndex(connector->findData(QStringLiteral("ldap")));
        QTest::keyClick(connector, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 15000);
        QCOMPARE(loggedIn.at(0).at(0).value<ConnectionProfile>().connectorId,
                 QStringLiteral("ldap"));
    }

    void screenshot()
    {
        openDialog();
        child<QLineEdit>("urlEdit")->setText(
            QStringLiteral("http://kubeflow.example.com/pipeline"));
        child<QLineEdit>("usernameEdit")->setText(kUser);
        m_dialog->showError(QStringLiteral("Invalid Email Address and password."),
                            QStringLiteral("401 from /dex/auth/local/login"));
        QApplication::processEvents();
        const QString out = qEnvironmentVariable("KFP_SCREENSHOT_DIR");
        if (!out.isEmpty())
            QVERIFY(m_dialog->grab().save(out + QStringLiteral("/logindialog.png")));
    }

private:
    void openDialog()
    {
        m_dialog = std::make_unique<LoginDialog>(m_profiles.get(), m_credentials.get());
        m_dialog->setSdkContextPath(m_dir->filePath(QStringLiteral("context.json")));
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }
    template<class T> T *child(const char *name) const
    {
        T *w = m_dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    void selectAuthMode(const char *key)
    {
        auto *combo = child<QComboBox>("authModeCombo");
        combo->setCurrentIndex(combo->findData(QLatin1String(key)));
    }
    void fillDex(const QString &url, const QString &user, const QString &password)
    {
        child<QLineEdit>("urlEdit")->setFocus();
        type(url);
        selectAuthMode("dex");
        child<QLineEdit>("usernameEdit")->setFocus();
        type(user);
        child<QLineEdit>("passwordEdit")->setFocus();
        type(password);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<LoginDialog> m_dialog;
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
