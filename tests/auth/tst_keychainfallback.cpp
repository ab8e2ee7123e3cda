// KeychainCredentialStore when no keychain answers: the test runs with a D-Bus session address
// that leads nowhere (set by CMake), the situation of a desktop without a Secret Service.
// QtKeychain 0.13.2 reports every such failure as OtherError and has no plaintext fallback of its
// own on this path, so the store must keep the secret in memory for this run, say so once, and
// never write it anywhere else (docs/login.md, Where secrets live).

#include "auth/CredentialStore.h"
#include "auth/KeychainCredentialStore.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace kfp;

class TestKeychainFallback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nowhere")),
            "the test must run with an unreachable session bus (see tests/auth/CMakeLists)");
    }

    void writeFallsBackToMemoryAndReadsBack()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toUtf8());

        KeychainCredentialStore store(QStringLiteral("kfp-desktop-fallback-test"));
        QSignalSpy fellBack(&store, &CredentialStore::fellBackToMemory);
        const QString key =
            CredentialStore::key(QStringLiteral("p"), CredentialStore::Kind::Cookies);
        const QString secret = QStringLiteral("oauth2_proxy_kubeflow=s3cr3t-cookie-value");

        CredentialResult written;
        bool writeDone = false;
        store.write(key, secret, this, [&](const CredentialResult &r) {
            written = r;
            writeDone = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(writeDone, 20000);
        QVERIFY(written.ok);
        QVERIFY(written.inMemoryOnly); // the dialog says "kept in memory for this session"
        QVERIFY(!written.error.isEmpty());
        QCOMPARE(fellBack.count(), 1);
        QVERIFY(store.isMemoryOnly());

        CredentialResult read;
        bool readDone = false;
        store.read(key, this, [&](const CredentialResult &r) {
            read = r;
            readDone = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(readDone, 20000);
        QVERIFY(read.ok);
        QCOMPARE(read.value, secret);

        // A second write stays in memory without another warning.
        bool secondDone = false;
        store.write(key, secret + QLatin1Char('2'), this,
                    [&](const CredentialResult &r) { secondDone = r.ok && r.inMemoryOnly; });
        QTRY_VERIFY_WITH_TIMEOUT(secondDone, 20000);
        QCOMPARE(fellBack.count(), 1);

        // No plaintext fallback: nothing under the temporary config/data dirs holds the secret.
        QDirIterator it(home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("s3cr3t-cookie-value"), qPrintable(f.fileName()));
        }

        bool removed = false;
        store.remove(key, this, [&](const CredentialResult &r) { removed = r.ok; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
        bool gone = false;
        store.read(key, this, [&](const CredentialResult &r) { gone = !r.ok; });
        QTRY_VERIFY_WITH_TIMEOUT(gone, 20000);
    }
};

QTEST_GUILESS_MAIN(TestKeychainFallback)
#include "tst_keychainfallback.moc"
