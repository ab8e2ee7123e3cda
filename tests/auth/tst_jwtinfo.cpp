// JwtInfo: the claims of a pasted token, decoded without verification, and the expiry warning.

#include "auth/JwtInfo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
QString token(const QJsonObject &claims)
{
    const auto enc = [](const QByteArray &b) {
        return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(enc("{\"alg\":\"RS256\"}") + '.' +
                               enc(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + ".sig");
}
} // namespace

class TestJwtInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesDexToken()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        const auto info = kfp::JwtInfo::decode(
            QStringLiteral("Bearer ") +
            token({{QStringLiteral("iss"),
                    QStringLiteral("http://dex.auth.svc.cluster.local:5556/dex")},
                   {QStringLiteral("sub"), QStringLiteral("Cg1")},
                   {QStringLiteral("email"), QStringLiteral("user@example.com")},
                   {QStringLiteral("exp"), 1'700'000'600}}));
        QVERIFY(info.isValid());
        QCOMPARE(info.issuer(), QStringLiteral("http://dex.auth.svc.cluster.local:5556/dex"));
        QCOMPARE(info.identity(), QStringLiteral("user@example.com"));
        QCOMPARE(info.expiry().toSecsSinceEpoch(), 1'700'000'600);
        QVERIFY(!info.isExpired(now));
        QVERIFY(info.expiresWithin(600, now));
        QVERIFY(info.expiryWarning(now).contains(QLatin1String("10")));
        QVERIFY(info.isExpired(now.addSecs(601)));
        QVERIFY(info.expiryWarning(now.addSecs(7200)).contains(QLatin1String("expired")));
    }
    void serviceAccountUsesSub()
    {
        const auto info = kfp::JwtInfo::decode(token(
            {{QStringLiteral("sub"), QStringLiteral("system:serviceaccount:ns:default-editor")}}));
        QCOMPARE(info.identity(), QStringLiteral("system:serviceaccount:ns:default-editor"));
        QVERIFY(!info.expiry().isValid());
        QVERIFY(info.expiryWarning().isEmpty());
    }
    void rejectsGarbage()
    {
        QVERIFY(!kfp::JwtInfo::decode(QStringLiteral("not a token")).isValid());
        QVERIFY(!kfp::JwtInfo::decode(QStringLiteral("a.%%%.c")).isValid());
        QVERIFY(!kfp::JwtInfo::decode(QStringLiteral("a.b.c")).error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJwtInfo)
#include "tst_jwtinfo.moc"
