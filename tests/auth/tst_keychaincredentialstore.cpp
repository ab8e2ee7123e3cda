// KeychainCredentialStore against the real Secret Service (run under tools/with-test-session.sh),
// and the "app restarted" reuse of a stored cookie: pipelines listed without a password.

#include "GatewayFixture.h"
#include "auth/CredentialStore.h"
#include "auth/KeychainCredentialStore.h"

#include <QUuid>

using namespace authtest;

namespace {
kfp::CredentialResult run(std::function<void(QObject *, kfp::CredentialStore::Callback)> call)
{
    kfp::CredentialResult out;
    bool done = false;
    QObject context;
    call(&context, [&](const kfp::CredentialResult &r) {
        out = r;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 15000);
    return out;
}
} // namespace

class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripThroughSecretService()
    {
        kfp::KeychainCredentialStore store(QStringLiteral("kfp-desktop-test"));
        const QString key = kfp::CredentialStore::key(QUuid::createUuid().toString(),
                                                      kfp::CredentialStore::Kind::Cookies);
        auto w = run(
            [&](QObject *c, auto done) { store.write(key, QStringLiteral("s3cret"), c, done); });
        QVERIFY2(w.ok, qPrintable(w.error));
        QVERIFY2(!w.inMemoryOnly, qPrintable(QStringLiteral("no Secret Service: ") + w.error));
        kfp::KeychainCredentialStore fresh(QStringLiteral("kfp-desktop-test")); // another run
        auto r = run([&](QObject *c, auto done) { fresh.read(key, c, done); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.value, QStringLiteral("s3cret"));
        auto d = run([&](QObject *c, auto done) { fresh.remove(key, c, done); });
        QVERIFY(d.ok);
        auto gone = run([&](QObject *c, auto done) { fresh.read(key, c, done); });
        QVERIFY(gone.notFound);
    }

    void restartReusesStoredCookieWithoutPassword()
    {
        const QString profile = QUuid::createUuid().toString();
        const QString key = kfp::CredentialStore::key(profile, kfp::CredentialStore::Kind::Cookies);
        GatewayFixture fx;
        QVERIFY(fx.start(AuthMode::OAuth2Proxy));
        {
            auto *dex = fx.session->login({kUser, kPassword, {}});
            QVERIFY(finish(dex));
            QVERIFY2(dex->ok(), describe(*dex));
            QTRY_VERIFY(!fx.session->cookies().isEmpty());
            kfp::KeychainCredentialStore store(QStringLiteral("kfp-desktop-test"));
            auto w = run([&](QObject *c, auto done) {
                store.write(key, kfp::CredentialStore::encodeCookies(fx.session->cookies()), c,
                            done);
            });
            QVERIFY(w.ok && !w.inMemoryOnly);
        }
        // "Restart": new network manager, session, client and store; no password anywhere.
        QNetworkAccessManager nam;
        kfp::Session session(&nam);
        session.setBaseUrl(fx.baseUrl());
        kfp::KfpClient client(&session);
        client.setApiVersion(kfp::ApiVersion::V2Beta1);
        kfp::KeychainCredentialStore store(QStringLiteral("kfp-desktop-test"));
        auto r = run([&](QObject *c, auto done) { store.read(key, c, done); });
        QVERIFY(r.ok);
        session.setCookies(kfp::CredentialStore::decodeCookies(r.value));
        QVERIFY(!session.hasLoginCredentials());
        auto listed = await(client.listPipelines(), [](auto *) {});
        QVERIFY2(listed.ok, qPrintable(listed.error.fullMessage()));
        QCOMPARE(fx.counters().loginAttempts, 1);
        (void)run([&](QObject *c, auto done) { store.removeProfile(profile, c, done); });
    }

    void expiredCookiesAreDropped()
    {
        QNetworkCookie old("a", "1");
        old.setExpirationDate(QDateTime::currentDateTimeUtc().addSecs(-5));
        QNetworkCookie live("b", "2");
        live.setExpirationDate(QDateTime::currentDateTimeUtc().addSecs(3600));
        const auto back =
            kfp::CredentialStore::decodeCookies(kfp::CredentialStore::encodeCookies({old, live}));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().name(), QByteArray("b"));
        QVERIFY(!back.first().isSessionCookie());
    }
};

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
