// After a login with "Remember password", neither the password nor the session cookie is in any
// file under the app's config, data or cache directories, nor in the kfp.* debug log.

#include "GatewayFixture.h"
#include "auth/CredentialStore.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/ProfileStore.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace authtest;

namespace {
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void captureKfp(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "");
    if (category.startsWith(QLatin1String("kfp.")))
        g_log.append(category + QLatin1Char(' ') + message);
    else if (g_previous)
        g_previous(type, context, message);
}
QTemporaryDir *g_home = nullptr;
} // namespace

class TestCredentialSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // QTest installs its own handler in qExec(): ours goes on top of it here.
    void initTestCase() { g_previous = qInstallMessageHandler(captureKfp); }
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }
    void nothingSecretOnDiskOrInTheLog()
    {
        const QString password = QStringLiteral("Pa55-unique-7781");
        AuthOptions options;
        options.users = {{kUser, password}};
        GatewayFixture fx;
        QVERIFY(fx.start(AuthMode::OAuth2Proxy, options));
        kfp::KeychainCredentialStore store(QStringLiteral("kfp-desktop-test"));
        kfp::ProfileStore profiles; // the app's own QSettings under XDG_CONFIG_HOME

        auto *dex = fx.session->login({kUser, password, {}});
        QVERIFY(finish(dex));
        QVERIFY2(dex->ok(), describe(*dex));
        QTRY_VERIFY(!fx.session->cookies().isEmpty());
        kfp::ConnectionProfile p;
        p.name = QStringLiteral("sec");
        p.url = fx.baseUrl();
        p.authMode = kfp::ConnectionProfile::AuthMode::Dex;
        p.username = kUser;
        p.rememberPassword = true;
        profiles.save(p);
        int written = 0;
        store.write(kfp::CredentialStore::key(p.name, kfp::CredentialStore::Kind::Password),
                    password, this, [&](const kfp::CredentialResult &r) { written += r.ok; });
        store.write(kfp::CredentialStore::key(p.name, kfp::CredentialStore::Kind::Cookies),
                    kfp::CredentialStore::encodeCookies(fx.session->cookies()), this,
                    [&](const kfp::CredentialResult &r) { written += r.ok; });
        QTRY_COMPARE_WITH_TIMEOUT(written, 2, 15000);
        auto listed = await(fx.client->listPipelines(), [](auto *) {});
        QVERIFY(listed.ok);

        const QByteArray cookieValue = fx.session->cookies().first().value();
        QVERIFY(cookieValue.size() > 8);
        int files = 0;
        QDirIterator it(g_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray data = f.readAll();
            QVERIFY2(!data.contains(password.toUtf8()), qPrintable(f.fileName()));
            QVERIFY2(!data.contains(cookieValue), qPrintable(f.fileName()));
        }
        QVERIFY(files > 0); // the profile file at least
        QVERIFY(!g_log.isEmpty());
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(password), qPrintable(line));
            QVERIFY2(!line.contains(QString::fromUtf8(cookieValue)), qPrintable(line));
        }
        store.removeProfile(p.name, this, [](const kfp::CredentialResult &) {});
    }
};

int main(int argc, char *argv[])
{
    // Everything the app could write goes under a fresh home, set before QCoreApplication.
    QTemporaryDir home;
    g_home = &home;
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(var, QDir(home.path()).filePath(QString::fromLatin1(var)).toUtf8());
    qputenv("HOME", home.path().toUtf8());
    qunsetenv("QT_LOGGING_RULES"); // ctest turns debug output off; this test needs all of it
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationDomain(QStringLiteral("kubeflow.org"));
    QCoreApplication::setApplicationName(QStringLiteral("kfp-desktop"));
    QLoggingCategory::setFilterRules(QStringLiteral("kfp.*.debug=true"));
    TestCredentialSecurity test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialsecurity.moc"
