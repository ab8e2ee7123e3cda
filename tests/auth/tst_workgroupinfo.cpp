// WorkgroupInfo: parsing the Central Dashboard's /api/workgroup/env-info answer (owner and
// contributor namespaces, the user, cluster admin; missing fields, wrong types, malformed JSON,
// HTML instead of JSON) and the order namespaceNames() offers them in. WorkgroupInfoRequest
// against the sandbox's login gateways over loopback HTTP: signed in with a cookie or a bearer
// token, not signed in (each gateway's own refusal), no dashboard at all, an HTML page, a dropped
// connection, no answer in time, nothing listening. finished() comes once, then the request
// deletes itself.

#include "GatewayFixture.h"

#include "auth/WorkgroupInfo.h"

#include <QPointer>
#include <QTcpServer>

using namespace authtest;
using kfp::WorkgroupInfo;
using kfp::WorkgroupInfoRequest;

namespace {

const QString kNamespace = QStringLiteral("kubeflow-user-example-com");

bool loginWith(GatewayFixture &fx)
{
    (void)fx.session->login({kUser, kPassword, {}});
    QSignalSpy done(fx.session.get(), &kfp::Session::reloginFinished);
    return QTest::qWaitFor([&] { return done.size() > 0; }, 15000) && done.first().at(0).toBool();
}

struct Fetched
{
    int emissions = 0;
    bool ok = false;
    WorkgroupInfo info;
    QString error;
    bool deleted = false;
};

// Runs one WorkgroupInfoRequest to its end and copies out what it said.
Fetched fetch(kfp::Session *session)
{
    Fetched out;
    auto *request = new WorkgroupInfoRequest(session);
    QPointer<WorkgroupInfoRequest> guard(request);
    QObject context;
    QObject::connect(request, &WorkgroupInfoRequest::finished, &context, [&out, request] {
        ++out.emissions;
        out.ok = request->ok();
        out.info = request->info();
        out.error = request->errorMessage();
    });
    (void)QTest::qWaitFor([&] { return out.emissions > 0; }, 20000);
    out.deleted = QTest::qWaitFor([&] { return guard.isNull(); }, 5000);
    if (guard) // never left running past the test
        delete guard.data();
    return out;
}

QString bindings(const WorkgroupInfo &info)
{
    QStringList parts;
    for (const auto &b : info.namespaces)
        parts.append(b.namespaceName + QLatin1Char(':') + b.role);
    return parts.join(QLatin1Char(' '));
}

// JSON written with single quotes, for reading.
QByteArray q(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

} // namespace

#define VERIFY_ONCE_AND_GONE(f)                                                                    \
    do {                                                                                           \
        QCOMPARE((f).emissions, 1);                                                                \
        QVERIFY((f).deleted);                                                                      \
    } while (false)

class TstWorkgroupInfo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- parsing ----------------------------------------------------------------------------

    void dashboardAnswer()
    {
        const QByteArray json =
            q("{ "
              "'user': 'alice@example.com', "
              "'platform': {'provider': 'other://', 'providerName': 'other', "
              "'kubeflowVersion': '1.9.1', 'logoutUrl': '/oauth2/sign_out'}, "
              "'namespaces': [ "
              "{'user': 'alice@example.com', 'namespace': 'team-b', 'role': 'contributor'}, "
              "{'user': 'alice@example.com', 'namespace': 'kubeflow-alice', 'role': 'owner'}, "
              "{'user': 'alice@example.com', 'namespace': 'team-a', 'role': 'contributor'}, "
              "{'user': 'alice@example.com', 'namespace': 'z-own', 'role': 'owner'}, "
              "{'user': 'alice@example.com', 'namespace': 'audit', 'role': 'viewer'} "
              "], "
              "'isClusterAdmin': true "
              "}");
        bool ok = false;
        const WorkgroupInfo info = WorkgroupInfo::fromJson(json, &ok);
        QVERIFY(ok);
        QCOMPARE(info.user, QStringLiteral("alice@example.com"));
        QCOMPARE(info.isClusterAdmin, true);
        QCOMPARE(bindings(info), QStringLiteral("team-b:contributor kubeflow-alice:owner "
                                                "team-a:contributor z-own:owner audit:viewer"));
        // Owned first, then the others, each sorted.
        QCOMPARE(info.namespaceNames(),
                 QStringList({QStringLiteral("kubeflow-alice"), QStringLiteral("z-own"),
                              QStringLiteral("audit"), QStringLiteral("team-a"),
                              QStringLiteral("team-b")}));
    }

    void namespaceListedTwiceAppearsOnce()
    {
        const WorkgroupInfo info =
            WorkgroupInfo::fromJson(q("{'namespaces': [{'namespace': 'b', 'role': 'contributor'}, "
                                      "{'namespace': 'a', 'role': 'owner'}, "
                                      "{'namespace': 'b', 'role': 'contributor'}, "
                                      "{'namespace': 'a', 'role': 'owner'}]}"));
        QCOMPARE(info.namespaces.size(), 4); // as the dashboard sent them
        QCOMPARE(info.namespaceNames(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    }

    void missingFields()
    {
        bool ok = false;
        const WorkgroupInfo info = WorkgroupInfo::fromJson("{}", &ok);
        QVERIFY(ok); // an object: a dashboard that knows nothing about the user
        QVERIFY(info.user.isEmpty());
        QVERIFY(info.namespaces.isEmpty());
        QCOMPARE(info.isClusterAdmin, false);
        QVERIFY(info.namespaceNames().isEmpty());

        // No role: kept, among the non-owned.
        const WorkgroupInfo noRole = WorkgroupInfo::fromJson(
            q("{'user': 'u', 'namespaces': [{'namespace': 'x'}, {'namespace': 'o', "
              "'role': 'owner'}]}"),
            &ok);
        QVERIFY(ok);
        QCOMPARE(bindings(noRole), QStringLiteral("x: o:owner"));
        QCOMPARE(noRole.namespaceNames(), QStringList({QStringLiteral("o"), QStringLiteral("x")}));
    }

    void unusableEntriesAreSkipped()
    {
        bool ok = false;
        const WorkgroupInfo info =
            WorkgroupInfo::fromJson(q("{'namespaces': ['team-a', 5, null, {}, {'role': 'owner'}, "
                                      "{'namespace': '', 'role': 'owner'}, "
                                      "{'namespace': 7, 'role': 'owner'}, "
                                      "{'namespace': 'kept', 'role': 'owner'}]}"),
                                    &ok);
        QVERIFY(ok);
        QCOMPARE(bindings(info), QStringLiteral("kept:owner"));
    }

    void wrongTypes()
    {
        bool ok = false;
        const WorkgroupInfo info = WorkgroupInfo::fromJson(
            q("{'user': 42, 'namespaces': {'namespace': 'x', 'role': 'owner'}, "
              "'isClusterAdmin': 'true'}"),
            &ok);
        QVERIFY(ok);
        QVERIFY(info.user.isEmpty());
        QVERIFY(info.namespaces.isEmpty()); // an object is not the list
        QCOMPARE(info.isClusterAdmin, false);
    }

    void notAnObject_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("malformed") << QByteArray(q("{'user': 'a', 'namespaces': ["));
        QTest::newRow("trailing garbage") << QByteArray(q("{'user': 'a'} x"));
        QTest::newRow("html") << QByteArray("<!DOCTYPE html>\n<html><head><title>Sign In</title>"
                                            "</head><body>Sign in with Dex</body></html>\n");
        QTest::newRow("array") << QByteArray(q("[{'namespace': 'x', 'role': 'owner'}]"));
        QTest::newRow("string") << QByteArray(q("'kubeflow-user'"));
        QTest::newRow("null") << QByteArray("null");
    }
    void notAnObject()
    {
        QFETCH(QByteArray, body);
        bool ok = true;
        const WorkgroupInfo info = WorkgroupInfo::fromJson(body, &ok);
        QVERIFY(!ok);
        QVERIFY(info.user.isEmpty());
        QVERIFY(info.namespaces.isEmpty());
        QCOMPARE(info.isClusterAdmin, false);
        // Without the out-parameter: the same, and no crash.
        QVERIFY(WorkgroupInfo::fromJson(body).namespaces.isEmpty());
    }

    // --- the request against the gateways -----------------------------------------------------

    void signedInWithCookie_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("oauth2-proxy") << int(AuthMode::OAuth2Proxy);
        QTest::newRow("oauth2-proxy 1.9.0") << int(AuthMode::OAuth2Proxy190);
        QTest::newRow("authservice") << int(AuthMode::AuthService);
        QTest::newRow("authservice legacy") << int(AuthMode::AuthServiceLegacy);
    }
    void signedInWithCookie()
    {
        QFETCH(int, mode);
        GatewayFixture fx;
        QVERIFY(fx.start(AuthMode(mode), {}, true));
        QVERIFY(loginWith(fx));
        fx.server->clearRequestLog();
        const Fetched f = fetch(fx.session.get());
        VERIFY_ONCE_AND_GONE(f);
        QVERIFY2(f.ok, qPrintable(f.error));
        QVERIFY(f.error.isEmpty());
        QCOMPARE(f.info.user, kUser);
        QCOMPARE(bindings(f.info), kNamespace + QStringLiteral(":owner"));
        QCOMPARE(f.info.namespaceNames(), QStringList{kNamespace});
        QCOMPARE(f.info.isClusterAdmin, false);
        // At the gateway's root, not below /pipeline.
        const auto log = fx.server->requestLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().method, QByteArray("GET"));
        QCOMPARE(log.first().path, QStringLiteral("/api/workgroup/env-info"));
        QCOMPARE(log.first().status, 200);
    }

    void signedInWithBearerToken()
    {
        GatewayFixture fx;
        QVERIFY(fx.start(AuthMode::OAuth2Proxy));
        const QString other = QStringLiteral("Bob.Smith@Example.com");
        fx.session->setBearerToken(fx.gateway->jwt().mint(other, 3600, fx.gateway->state().now()));
        const Fetched f = fetch(fx.session.get());
        VERIFY_ONCE_AND_GONE(f);
        QVERIFY2(f.ok, qPrintable(f.error));
        QCOMPARE(f.info.user, other);
        QCOMPARE(f.info.namespaceNames(),
                 QStringList{QStringLiteral("kubeflow-bob-smith-example-com")});
    }

    void notSignedIn_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("status");
        // oauth2-proxy >= 1.9.1: 401 {} on /api/; the others redirect to Dex (not followed).
        QTest::newRow("oauth2-proxy") << int(AuthMode::OAuth2Proxy) << 401;
        QTest::newRow("oauth2-proxy 1.9.0") << int(AuthMode::OAuth2Proxy190) << 302;
        QTest::newRow("authservice") << int(AuthMode::AuthService) << 302;
    }
    void notSignedIn()
    {
        QFETCH(int, mode);
        QFETCH(int, status);
        GatewayFixture fx;
        QVERIFY(fx.start(AuthMode(mode)));
        const Fetched f = fetch(fx.session.get());
        VERIFY_ONCE_AND_GONE(f);
        QVERIFY(!f.ok);
        QCOMPARE(f.error, QStringLiteral("This server offers no namespace list (HTTP %1): enter "
                                         "the namespace.")
                              .arg(status));
        QVERIFY(f.info.namespaces.isEmpty());
        QCOMPARE(fx.counters().deniedRequests, 1);
    }

    void expiredSession()
    {
        GatewayFixture fx;
        QVERIFY(fx.start(AuthMode::OAuth2Proxy));
        QVERIFY(loginWith(fx));
        QVERIFY(fetch(fx.session.get()).ok);
        fx.gateway->state().expireSessions();
        const Fetched f = fetch(fx.session.get());
        VERIFY_ONCE_AND_GONE(f);
        QVERIFY(!f.ok);
        QVERIFY2(f.error.contains(QLatin1String("(HTTP 401)")), qPrintable(f.error));
    }

    // Standalone KFP (no dashboard): the KFP server knows no such path.
    void noDashboard()
    {
        GatewayFixture fx;
        QVERIFY(fx.start(AuthMode::None));
        const Fetched f = fetch(fx.session.get());
        VERIFY_ONCE_AND_GONE(f);
        QVERIFY(!f.ok);
        QCOMPARE(f.error, QStringLiteral("This server offers no namespace list (HTTP 404): enter "
                                         "the namespace."));
    }

    // A 200 that is a web page (e.g. a proxy's login page).
    void htmlWithStatus200()
    {
        GatewayFixture fx;
        QVERIFY(fx.start(AuthMode::None));
        QVERIFY(fx.server->addFault(QStringLiteral("path=/api/workgroup/env-info,html=1")));
        const Fetched f = fetch(fx.session.get());
        VERIFY_ONCE_AND_GONE(f);
        QVERIFY(!f.ok);
        QCOMPARE(f.error, QStringLiteral("This server offers no namespace list (HTTP 200): enter "
                                         "the namespace."));
        QVERIFY(f.info.user.isEmpty());
    }

    void connectionDropped()
    {
        GatewayFixture fx;
        QVERIFY(fx.start(AuthMode::None));
        QVERIFY(fx.server->addFault(QStringLiteral("path=/api/workgroup/env-info,drop")));
        const Fetched f = fetch(fx.session.get());
        VERIFY_ONCE_AND_GONE(f);
        QVERIFY(!f.ok);
        QVERIFY2(f.error.startsWith(QLatin1String("The namespace list could not be fetched: ")),
                 qPrintable(f.error));
    }

    // No answer within the session's timeout (the transfer timeout of requestFor()).
    void noAnswerInTime()
    {
        GatewayFixture fx;
        QVERIFY(fx.start(AuthMode::None));
        fx.session->setDefaultTimeout(500);
        QVERIFY(fx.server->addFault(QStringLiteral("path=/api/workgroup/env-info,latency=15000")));
        const Fetched f = fetch(fx.session.get());
        VERIFY_ONCE_AND_GONE(f);
        QVERIFY(!f.ok);
        QVERIFY2(f.error.startsWith(QLatin1String("The namespace list could not be fetched: ")),
                 qPrintable(f.error));
    }

    void nothingListening()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QNetworkAccessManager nam;
        kfp::Session session(&nam);
        session.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/pipeline").arg(port)));
        const Fetched f = fetch(&session);
        VERIFY_ONCE_AND_GONE(f);
        QVERIFY(!f.ok);
        QVERIFY2(f.error.startsWith(QLatin1String("The namespace list could not be fetched: ")),
                 qPrintable(f.error));
        QVERIFY(f.error.size() > int(qstrlen("The namespace list could not be fetched: ")));
    }
};

QTEST_GUILESS_MAIN(TstWorkgroupInfo)
#include "tst_workgroupinfo.moc"
