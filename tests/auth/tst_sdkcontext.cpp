// SdkContext: the kfp SDK's ~/.config/kfp/context.json, read, written on request, cleaned up.

#include "auth/SdkContext.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestSdkContext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeReadRemove()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kfp/context.json"));
        kfp::SdkContext context(path);
        QVERIFY(context.readNamespace().isEmpty());
        QVERIFY(
            context.write(QStringLiteral("team-a"), QStringLiteral("oauth2_proxy_kubeflow=abc")));
        QCOMPARE(context.readNamespace(), QStringLiteral("team-a"));
        QCOMPARE(context.readCookie(), QStringLiteral("oauth2_proxy_kubeflow=abc"));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // A key the SDK keeps survives our removal.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            f.close();
            o.insert(QStringLiteral("client_authentication_header_name"), QStringLiteral("X"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(o).toJson());
        }
        QVERIFY(
            context.remove(QStringLiteral("oauth2_proxy_kubeflow=abc"), QStringLiteral("team-a")));
        QVERIFY(context.readCookie().isEmpty());
        QVERIFY(context.readNamespace().isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("client_authentication_header_name"));
    }
    void leavesANewerSdkLoginAlone()
    {
        QTemporaryDir dir;
        kfp::SdkContext context(dir.filePath(QStringLiteral("context.json")));
        QVERIFY(context.write({}, QStringLiteral("c=newer")));
        QVERIFY(context.remove(QStringLiteral("c=ours"), {}));
        QCOMPARE(context.readCookie(), QStringLiteral("c=newer"));
    }
};

QTEST_GUILESS_MAIN(TestSdkContext)
#include "tst_sdkcontext.moc"
