// ReplyClassifier: every signal (docs/login.md) from the facts of a reply, and the Dex page
// readers. Pure: no network.

#include "net/ReplyClassifier.h"

#include <QTest>

using kfp::ReplyClassifier;
using kfp::ReplyFacts;
using S = ReplyClassifier::Signal;
Q_DECLARE_METATYPE(ReplyClassifier::Signal)

namespace {
ReplyFacts facts(int status, const char *contentType, const QByteArray &body,
                 const QString &url = QStringLiteral("http://h/pipeline/apis/v2beta1/runs"),
                 const QString &location = {})
{
    ReplyFacts f;
    f.status = status;
    f.contentType = contentType;
    f.body = body;
    f.url = QUrl(url);
    f.baseUrl = QUrl(QStringLiteral("http://h/pipeline"));
    if (!location.isEmpty())
        f.location = f.url.resolved(QUrl(location));
    return f;
}
} // namespace

class TestReplyClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
    void sessionGone();
    void dexPages();
};

void TestReplyClassifier::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("location");
    QTest::addColumn<ReplyClassifier::Signal>("expected");
    const QString api = QStringLiteral("http://h/pipeline/apis/v2beta1/runs");
    QTest::newRow("json ok") << 200 << QByteArray("application/json") << QByteArray("{\"runs\":[]}")
                             << api << QString() << S::JsonOk;
    QTest::newRow("401 {}") << 401 << QByteArray("application/json") << QByteArray("{}") << api
                            << QString() << S::GatewayUnauth401Json;
    QTest::newRow("jwt expired") << 401 << QByteArray("text/plain") << QByteArray("Jwt is expired")
                                 << api << QString() << S::JwtRejected401;
    QTest::newRow("no identity") << 401 << QByteArray("application/json")
                                 << QByteArray("{\"error\":\"Request header error: there is no "
                                               "user identity header.\",\"code\":16}")
                                 << api << QString() << S::KfpUnauthenticated;
    QTest::newRow("permission denied")
        << 403 << QByteArray("application/json")
        << QByteArray("{\"code\":7,\"message\":\"PermissionDenied: User 'x' is not authorized\"}")
        << api << QString() << S::KfpPermissionDenied;
    QTest::newRow("rbac") << 403 << QByteArray("text/plain") << QByteArray("RBAC: access denied")
                          << api << QString() << S::IstioRbacDenied;
    QTest::newRow("sign in page")
        << 403 << QByteArray("text/html")
        << QByteArray("<html><title>Sign In</title><form method=\"GET\" action=\"/oauth2/start\">")
        << QStringLiteral("http://h/pipeline/") << QString() << S::Oauth2SignInPage;
    QTest::newRow("302 dex") << 302 << QByteArray() << QByteArray() << api
                             << QStringLiteral("/dex/auth?client_id=x") << S::RedirectToDex;
    QTest::newRow("302 oauth2") << 302 << QByteArray() << QByteArray() << api
                                << QStringLiteral("/oauth2/start?rd=%2F") << S::RedirectToOauth2;
    QTest::newRow("303 approval") << 303 << QByteArray() << QByteArray() << api
                                  << QStringLiteral("/dex/approval?req=1&hmac=2")
                                  << S::RedirectToApproval;
    QTest::newRow("303 mfa") << 303 << QByteArray() << QByteArray() << api
                             << QStringLiteral("/dex/mfa/totp?req=1") << S::RedirectToMfa;
    QTest::newRow("303 callback") << 303 << QByteArray() << QByteArray() << api
                                  << QStringLiteral("/oauth2/callback?code=1&state=2")
                                  << S::RedirectToCallback;
    QTest::newRow("external") << 302 << QByteArray() << QByteArray() << api
                              << QStringLiteral("https://github.com/login/oauth/authorize")
                              << S::RedirectExternal;
    const QString dex = QStringLiteral("http://h/dex/auth/local/login?back=&state=abc");
    const QByteArray form(
        "<form method=\"post\" action=\"/dex/auth/local/login?back=&amp;state=abc\">"
        "<input name=\"login\"><input name=\"password\"></form>");
    QTest::newRow("password form")
        << 200 << QByteArray("text/html") << form << dex << QString() << S::DexPasswordForm;
    QTest::newRow("invalid 401") << 401 << QByteArray("text/html") << form << dex << QString()
                                 << S::DexInvalidCredentials;
    QTest::newRow("invalid 200 marker")
        << 200 << QByteArray("text/html")
        << form + "<div id=\"login-error\" class=\"dex-error-box\">Invalid Email Address and "
                  "password.</div>"
        << dex << QString() << S::DexInvalidCredentials;
    QTest::newRow("approval page")
        << 200 << QByteArray("text/html")
        << QByteArray("<h2>Grant Access</h2><form method=\"post\"><input type=\"hidden\" "
                      "name=\"req\" value=\"r\"/>"
                      "<input type=\"hidden\" name=\"approval\" value=\"approve\"></form>")
        << QStringLiteral("http://h/dex/approval?req=r&hmac=x") << QString() << S::DexApprovalPage;
    QTest::newRow("chooser")
        << 200 << QByteArray("text/html")
        << QByteArray("<a href=\"/dex/auth/local?client_id=a&amp;state=b\">Log in with Email</a>"
                      "<a href=\"/dex/auth/ldap?client_id=a&amp;state=b\">Log in with LDAP</a>")
        << QStringLiteral("http://h/dex/auth?client_id=a") << QString() << S::DexChooser;
    QTest::newRow("dex error")
        << 400 << QByteArray("text/html")
        << QByteArray("<h2 class=\"theme-heading\">Bad Request</h2><p>User session error.</p>")
        << dex << QString() << S::DexErrorPage;
    QTest::newRow("html on api") << 200 << QByteArray("text/html") << QByteArray("<html></html>")
                                 << api << QString() << S::HtmlWhereJsonExpected;
    QTest::newRow("431") << 431 << QByteArray("text/plain")
                         << QByteArray("Request Header Fields Too Large") << api << QString()
                         << S::HeaderTooLarge;
    QTest::newRow("404") << 404 << QByteArray("application/json") << QByteArray("{}") << api
                         << QString() << S::NotFound;
}

void TestReplyClassifier::classify()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, url);
    QFETCH(QString, location);
    QFETCH(ReplyClassifier::Signal, expected);
    const auto got = ReplyClassifier::classify(facts(status, contentType, body, url, location));
    QCOMPARE(QString::fromLatin1(ReplyClassifier::name(got)),
             QString::fromLatin1(ReplyClassifier::name(expected)));
}

void TestReplyClassifier::sessionGone()
{
    QVERIFY(ReplyClassifier::isSessionGone(S::GatewayUnauth401Json, false));
    QVERIFY(ReplyClassifier::isSessionGone(S::RedirectToDex, false));
    QVERIFY(ReplyClassifier::isSessionGone(S::Oauth2SignInPage, false));
    QVERIFY(ReplyClassifier::isSessionGone(S::HtmlWhereJsonExpected, false));
    QVERIFY(ReplyClassifier::isSessionGone(S::JwtRejected401, false));
    QVERIFY(!ReplyClassifier::isSessionGone(S::JwtRejected401, true)); // a token is not renewed
    QVERIFY(!ReplyClassifier::isSessionGone(S::KfpPermissionDenied, false));
    QVERIFY(!ReplyClassifier::isSessionGone(S::KfpUnauthenticated, false));
}

void TestReplyClassifier::dexPages()
{
    const QUrl page(QStringLiteral("http://h/dex/auth?client_id=a"));
    const auto list = kfp::DexHtml::connectors(
        "<a class=\"dex-btn\" href=\"/dex/auth/local?client_id=a&amp;state=b\"><span>Log in with "
        "Email</span></a> <a href=\"/dex/auth/ldap?client_id=a&amp;state=b\">Log in with LDAP</a>",
        page);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).id, QStringLiteral("local"));
    QCOMPARE(list.at(0).name, QStringLiteral("Email"));
    QCOMPARE(list.at(1).url.query(QUrl::FullyDecoded), QStringLiteral("client_id=a&state=b"));
    QCOMPARE(kfp::DexHtml::loginError("<div id=\"login-error\" class=\"x\">\n  Invalid Email "
                                      "Address and password.\n</div>"),
             QStringLiteral("Invalid Email Address and password."));
    QCOMPARE(kfp::DexHtml::formAction("<form method=\"post\" action=\"/dex/auth/local/login?back="
                                      "&amp;state=s\">",
                                      QUrl(QStringLiteral("http://h/dex/auth/local/login?x")))
                 .toString(),
             QStringLiteral("http://h/dex/auth/local/login?back=&state=s"));
    QCOMPARE(kfp::DexHtml::errorMessage("<h2>Bad Request</h2><p>User session error.</p>"),
             QStringLiteral("User session error."));
}

QTEST_GUILESS_MAIN(TestReplyClassifier)
#include "tst_replyclassifier.moc"
