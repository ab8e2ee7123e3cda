// Multi-user authorization of kfp-sandbox as the KFP API server does it (docs/sandbox-fidelity.md,
// "Multi-user authorization"): every call is authorized against the namespace of the resource it
// touches, also when it names the resource only by id (run, recurring run, experiment, namespaced
// pipeline, a list or a create by experiment), in both API versions; 401 without an identity,
// 403 code 7 when denied, 400 {error_message} for a denied upload; and a multi-user create of a run
// or a recurring run without an experiment is 400.
#include "GatewayTestClient.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace kfp::sandbox;

namespace {

const QString kOwnerNs = QStringLiteral("kubeflow-user-example-com");

std::unique_ptr<SandboxServer> startServer(bool multiUser, AuthMode mode)
{
    SandboxOptions o;
    o.multiUser = multiUser;
    o.auth.mode = mode;
    o.auth.users = {{QStringLiteral("user@example.com"), QStringLiteral("12341234")},
                    {QStringLiteral("other@example.com"), QStringLiteral("12341234")}};
    auto s = std::make_unique<SandboxServer>(o);
    s->seedDemo();
    if (s->listen(0) == 0)
        return nullptr;
    return s;
}

QJsonObject json(const Hop &h)
{
    return QJsonDocument::fromJson(h.body).object();
}

QByteArray multipart(const QByteArray &yaml)
{
    return "--XyZ\r\nContent-Disposition: form-data; name=\"uploadfile\"; filename=\"p.yaml\"\r\n"
           "Content-Type: application/octet-stream\r\n\r\n" +
           yaml + "\r\n--XyZ--\r\n";
}

} // namespace

class TestSandboxMultiUser : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QByteArray m_owner, m_other; // Authorization headers
    QString m_experiment, m_run, m_recurring, m_pipeline;

    Hop call(const QByteArray &who, const QByteArray &method, const QString &path,
             const QByteArray &body = {}, const QByteArray &type = "application/json")
    {
        GatewayTestClient c(m_server->baseUrl());
        QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", who}};
        if (!body.isEmpty())
            headers.append({"Content-Type", type});
        return c.send(method, c.url(QStringLiteral("/pipeline") + path), body, headers);
    }

    // 403 in the dialect's error shape, code 7, naming the owner's namespace.
    static bool isDenied(const Hop &h)
    {
        const QJsonObject o = json(h);
        return h.status == 403 && o.value("code").toInt() == 7 &&
               QString::fromUtf8(h.body).contains(
                   QLatin1String("PermissionDenied: User 'other@example.com' is not authorized")) &&
               QString::fromUtf8(h.body).contains(kOwnerNs);
    }

private slots:
    void initTestCase()
    {
        m_server = startServer(true, AuthMode::OAuth2Proxy);
        QVERIFY(m_server);
        m_owner = "Bearer " + m_server->mintToken(QStringLiteral("user@example.com")).toLatin1();
        m_other = "Bearer " + m_server->mintToken(QStringLiteral("other@example.com")).toLatin1();
        const QJsonArray exps =
            json(call(m_owner, "GET", "/apis/v2beta1/experiments?namespace=" + kOwnerNs))
                .value("experiments")
                .toArray();
        QVERIFY(!exps.isEmpty());
        m_experiment = exps.first().toObject().value("experiment_id").toString();
        const QJsonArray runs =
            json(call(m_owner, "GET", "/apis/v2beta1/runs?namespace=" + kOwnerNs))
                .value("runs")
                .toArray();
        QVERIFY(!runs.isEmpty());
        m_run = runs.first().toObject().value("run_id").toString();
        const QJsonArray recurring =
            json(call(m_owner, "GET", "/apis/v2beta1/recurringruns?namespace=" + kOwnerNs))
                .value("recurringRuns")
                .toArray();
        const QJsonArray recurring2 =
            recurring.isEmpty()
                ? json(call(m_owner, "GET", "/apis/v2beta1/recurringruns?namespace=" + kOwnerNs))
                      .value("recurring_runs")
                      .toArray()
                : recurring;
        QVERIFY(!recurring2.isEmpty());
        m_recurring = recurring2.first().toObject().value("recurring_run_id").toString();
        const Hop made =
            call(m_owner, "POST", "/apis/v2beta1/pipelines",
                 "{\"display_name\":\"private\",\"namespace\":\"" + kOwnerNs.toUtf8() + "\"}");
        QCOMPARE(made.status, 200);
        m_pipeline = json(made).value("pipeline_id").toString();
        QVERIFY(!m_pipeline.isEmpty());
    }

    // run_server.go canAccessRun(runId): the run's namespace, whichever verb.
    void byIdIsAuthorizedAgainstTheResourcesNamespace_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path"); // {run} run, {recurring} recurring run, {experiment}
                                           // experiment, {pipeline} pipeline
        QTest::newRow("v2 get run") << QByteArray("GET") << "/apis/v2beta1/runs/{run}";
        QTest::newRow("v2 delete run") << QByteArray("DELETE") << "/apis/v2beta1/runs/{run}";
        QTest::newRow("v2 archive run") << QByteArray("POST") << "/apis/v2beta1/runs/{run}:archive";
        QTest::newRow("v2 terminate run")
            << QByteArray("POST") << "/apis/v2beta1/runs/{run}:terminate";
        QTest::newRow("v2 retry run") << QByteArray("POST") << "/apis/v2beta1/runs/{run}:retry";
        QTest::newRow("v1 get run") << QByteArray("GET") << "/apis/v1beta1/runs/{run}";
        QTest::newRow("v1 terminate run")
            << QByteArray("POST") << "/apis/v1beta1/runs/{run}/terminate";
        QTest::newRow("v1 archive run") << QByteArray("POST") << "/apis/v1beta1/runs/{run}:archive";
        QTest::newRow("v2 get recurring run")
            << QByteArray("GET") << "/apis/v2beta1/recurringruns/{recurring}";
        QTest::newRow("v2 disable recurring run")
            << QByteArray("POST") << "/apis/v2beta1/recurringruns/{recurring}:disable";
        QTest::newRow("v1 get job") << QByteArray("GET") << "/apis/v1beta1/jobs/{recurring}";
        QTest::newRow("v1 delete job") << QByteArray("DELETE") << "/apis/v1beta1/jobs/{recurring}";
        QTest::newRow("v2 get experiment")
            << QByteArray("GET") << "/apis/v2beta1/experiments/{experiment}";
        QTest::newRow("v2 delete experiment")
            << QByteArray("DELETE") << "/apis/v2beta1/experiments/{experiment}";
        QTest::newRow("v1 archive experiment")
            << QByteArray("POST") << "/apis/v1beta1/experiments/{experiment}:archive";
        QTest::newRow("v2 list runs of an experiment")
            << QByteArray("GET") << "/apis/v2beta1/runs?experiment_id={experiment}";
        QTest::newRow("v1 list runs of an experiment")
            << QByteArray("GET")
            << "/apis/v1beta1/runs?resource_reference_key.type=EXPERIMENT&"
               "resource_reference_key.id={experiment}";
        QTest::newRow("v2 get namespaced pipeline")
            << QByteArray("GET") << "/apis/v2beta1/pipelines/{pipeline}";
        QTest::newRow("v2 versions of a namespaced pipeline")
            << QByteArray("GET") << "/apis/v2beta1/pipelines/{pipeline}/versions";
        QTest::newRow("v1 delete namespaced pipeline")
            << QByteArray("DELETE") << "/apis/v1beta1/pipelines/{pipeline}";
    }
    void byIdIsAuthorizedAgainstTheResourcesNamespace()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        path.replace(QLatin1String("{run}"), m_run)
            .replace(QLatin1String("{recurring}"), m_recurring)
            .replace(QLatin1String("{experiment}"), m_experiment)
            .replace(QLatin1String("{pipeline}"), m_pipeline);
        const int runs = m_server->runCount();
        const Hop denied = call(m_other, method, path, method == "POST" ? "{}" : QByteArray());
        QVERIFY2(isDenied(denied), denied.body);
        QCOMPARE(m_server->runCount(), runs); // nothing happened
        if (method == "GET") {                // the owner is let through
            const Hop owner = call(m_owner, method, path);
            QVERIFY2(owner.status == 200, owner.body);
        }
    }

    // createRun / createJob: the namespace of the experiment the body names.
    void createInAForeignExperimentIsDenied()
    {
        const int runs = m_server->runCount();
        const QByteArray v2 =
            "{\"display_name\":\"x\",\"experiment_id\":\"" + m_experiment.toUtf8() +
            "\",\"pipeline_version_reference\":{\"pipeline_id\":\"" + m_pipeline.toUtf8() + "\"}}";
        QVERIFY(isDenied(call(m_other, "POST", "/apis/v2beta1/runs", v2)));
        QVERIFY(isDenied(call(m_other, "POST", "/apis/v2beta1/recurringruns", v2)));
        const QByteArray v1 =
            "{\"name\":\"x\",\"resource_references\":[{\"key\":{\"type\":\"EXPERIMENT\",\"id\":\"" +
            m_experiment.toUtf8() + "\"},\"relationship\":\"OWNER\"}]}";
        QVERIFY(isDenied(call(m_other, "POST", "/apis/v1beta1/runs", v1)));
        QVERIFY(isDenied(call(m_other, "POST", "/apis/v1beta1/jobs", v1)));
        QCOMPARE(m_server->runCount(), runs);
    }

    // pipeline_upload_server.go: an authorization failure is written as 400 {error_message}.
    void deniedUploadIs400WithErrorMessage()
    {
        const int pipelines = m_server->pipelineCount();
        const Hop upload =
            call(m_other, "POST", "/apis/v2beta1/pipelines/upload?name=p&namespace=" + kOwnerNs,
                 multipart("a: b\n"), "multipart/form-data; boundary=XyZ");
        QCOMPARE(upload.status, 400);
        QVERIFY(json(upload).contains("error_message"));
        QVERIFY(
            json(upload)
                .value("error_details")
                .toString()
                .contains(QLatin1String("Failed to create a pipeline due to authorization error")));
        QVERIFY(!json(upload).contains("code"));
        const Hop version =
            call(m_other, "POST",
                 "/apis/v1beta1/pipelines/upload_version?name=v&pipelineid=" + m_pipeline,
                 multipart("a: b\n"), "multipart/form-data; boundary=XyZ");
        QCOMPARE(version.status, 400);
        QVERIFY(json(version)
                    .value("error_details")
                    .toString()
                    .contains(QLatin1String(
                        "Failed to create a pipeline version due to authorization error")));
        QCOMPARE(m_server->pipelineCount(), pipelines);
    }

    // Shared pipelines (no namespace) are everyone's; so is healthz.
    void sharedPipelinesAreNotChecked()
    {
        const QJsonArray shared =
            json(call(m_other, "GET", "/apis/v2beta1/pipelines")).value("pipelines").toArray();
        QVERIFY(!shared.isEmpty());
        const QString id = shared.first().toObject().value("pipeline_id").toString();
        QCOMPARE(call(m_other, "GET", "/apis/v2beta1/pipelines/" + id).status, 200);
        QCOMPARE(call(m_other, "GET", "/apis/v1beta1/healthz").status, 200);
    }

    // The in-cluster ml-pipeline service: no identity header → 401 code 16, by id too.
    void noIdentityIs401()
    {
        GatewayTestClient c(m_server->baseUrl());
        const Hop h = c.get(QStringLiteral("/apis/v2beta1/runs/") + m_run);
        QCOMPARE(h.status, 401);
        QCOMPARE(json(h).value("code").toInt(), 16);
        const Hop other = c.get(c.url(QStringLiteral("/apis/v1beta1/runs/") + m_run),
                                {{"kubeflow-userid", "other@example.com"}});
        QCOMPARE(other.status, 403);
        const Hop owner = c.get(c.url(QStringLiteral("/apis/v1beta1/runs/") + m_run),
                                {{"kubeflow-userid", "user@example.com"}});
        QCOMPARE(owner.status, 200);
    }

    // GetValidExperimentNamespacePair: "Experiment id can not be empty in multi-user mode", 400,
    // for runs and recurring runs in both API versions, before any authorization; with or without
    // a gateway in front.
    void emptyExperimentInMultiUserIs400_data()
    {
        QTest::addColumn<bool>("gateway");
        QTest::newRow("direct") << false;
        QTest::newRow("through the gateway") << true;
    }
    void emptyExperimentInMultiUserIs400()
    {
        QFETCH(bool, gateway);
        auto s = startServer(true, gateway ? AuthMode::OAuth2Proxy : AuthMode::None);
        QVERIFY(s);
        const QByteArray auth =
            "Bearer " + s->mintToken(QStringLiteral("user@example.com")).toLatin1();
        const int runs = s->runCount();
        const QByteArray nsRef =
            "{\"name\":\"x\",\"resource_references\":[{\"key\":{\"type\":\"NAMESPACE\","
            "\"id\":\"kubeflow-user-example-com\"},\"relationship\":\"OWNER\"}]}";
        const QList<QPair<QString, QByteArray>> creates{
            {QStringLiteral("/apis/v2beta1/runs"), "{\"display_name\":\"x\"}"},
            {QStringLiteral("/apis/v2beta1/recurringruns"),
             "{\"display_name\":\"x\",\"trigger\":{\"periodic_schedule\":{\"interval_second\":"
             "\"60\"}}}"},
            {QStringLiteral("/apis/v1beta1/runs"), nsRef},
            {QStringLiteral("/apis/v1beta1/jobs"), nsRef}};
        for (const auto &[path, body] : creates) {
            GatewayTestClient c(s->baseUrl());
            const Hop h =
                c.send("POST", c.url((gateway ? QStringLiteral("/pipeline") : QString()) + path),
                       body, {{"Content-Type", "application/json"}, {"Authorization", auth}});
            QVERIFY2(h.status == 400,
                     qPrintable(path + QLatin1Char(' ') + QString::fromUtf8(h.body)));
            QVERIFY2(h.body.contains("Experiment id can not be empty in multi-user mode"), h.body);
            QCOMPARE(json(h).value("code").toInt(), 3);
        }
        QCOMPARE(s->runCount(), runs);
    }

    void emptyExperimentInSingleUserUsesTheDefault()
    {
        auto s = startServer(false, AuthMode::None);
        QVERIFY(s);
        GatewayTestClient c(s->baseUrl());
        const Hop h = c.send("POST", c.url(QStringLiteral("/apis/v1beta1/runs")),
                             "{\"name\":\"x\"}", {{"Content-Type", "application/json"}});
        QVERIFY2(!h.body.contains("can not be empty"), h.body);
    }
};

QTEST_GUILESS_MAIN(TestSandboxMultiUser)
#include "tst_sandboxmultiuser.moc"
