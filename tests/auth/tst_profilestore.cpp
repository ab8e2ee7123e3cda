// ProfileStore and ConnectionProfile: round trip through QSettings, no secrets, URL helpers.

#include "auth/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            kfp::ProfileStore store(&settings);
            QSignalSpy changed(&store, &kfp::ProfileStore::profilesChanged);
            kfp::ConnectionProfile p;
            p.name = QStringLiteral("prod/eu");
            p.url = kfp::ConnectionProfile::normalizeUrl(
                QStringLiteral(" kubeflow.example.com/pipeline/ "));
            p.authMode = kfp::ConnectionProfile::AuthMode::Dex;
            p.username = QStringLiteral("user@example.com");
            p.connectorId = QStringLiteral("ldap");
            p.namespaceName = QStringLiteral("team-a");
            p.pinnedSha256 = QStringLiteral("AB:CD");
            store.save(p);
            store.setCurrentName(p.name);
            QCOMPARE(changed.size(), 1);
        }
        QSettings settings(path, QSettings::IniFormat);
        kfp::ProfileStore store(&settings);
        QCOMPARE(store.names(), QStringList{QStringLiteral("prod/eu")});
        QCOMPARE(store.currentName(), QStringLiteral("prod/eu"));
        const auto p = store.profile(QStringLiteral("prod/eu"));
        QVERIFY(p);
        QCOMPARE(p->url.toString(), QStringLiteral("https://kubeflow.example.com/pipeline"));
        QCOMPARE(p->authMode, kfp::ConnectionProfile::AuthMode::Dex);
        QCOMPARE(p->connectorId, QStringLiteral("ldap"));
        QCOMPARE(p->namespaceName, QStringLiteral("team-a"));
        QVERIFY(!p->rememberPassword);
        QVERIFY(store.rename(QStringLiteral("prod/eu"), QStringLiteral("prod")));
        QCOMPARE(store.currentName(), QStringLiteral("prod"));
        QVERIFY(store.remove(QStringLiteral("prod")));
        QVERIFY(store.names().isEmpty());
    }
    void urlHelpers()
    {
        using P = kfp::ConnectionProfile;
        QCOMPARE(P::gatewayRoot(QUrl(QStringLiteral("https://h/pipeline"))).toString(),
                 QStringLiteral("https://h"));
        QCOMPARE(P::gatewayRoot(QUrl(QStringLiteral("http://127.0.0.1:8888"))).toString(),
                 QStringLiteral("http://127.0.0.1:8888"));
        QVERIFY(P::passwordWouldBeExposed(
            QUrl(QStringLiteral("http://kubeflow.example.com/pipeline"))));
        QVERIFY(!P::passwordWouldBeExposed(QUrl(QStringLiteral("http://127.0.0.1:8080/pipeline"))));
        QVERIFY(!P::passwordWouldBeExposed(QUrl(QStringLiteral("http://localhost:8080"))));
        QVERIFY(!P::passwordWouldBeExposed(QUrl(QStringLiteral("https://kubeflow.example.com"))));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
