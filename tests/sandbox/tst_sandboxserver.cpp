// Wire-level tests of kfp-sandbox: shapes, paging, filters, errors, uploads, faults, persistence.
#include "SandboxTestClient.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace kfp::sandbox;

namespace {

QByteArray demoYaml()
{
    QFile f(QStringLiteral(":/sandbox/demo/v2_arguments_parameters.yaml"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QHttpMultiPart *uploadPart(const QByteArray &data, const QString &fileName)
{
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QStringLiteral("form-data; name=\"uploadfile\"; filename=\"%1\"").arg(fileName));
    part.setBody(data);
    multi->append(part);
    return multi;
}

} // namespace

class TestSandboxServer final : public QObject
{
    Q_OBJECT

private slots:
    void healthzShapes();
    void listShapesAndPaging();
    void v1ListShapes();
    void filtersRoundTripDoubleEncoded();
    void filterDialectRules();
    void sortingAndBadSort();
    void errorShapes();
    void unknownFieldRejectedInV2();
    void uploads();
    void faults();
    void persistenceRoundTrip();
    void multiUserRules();
    void bulkRunsAreFast();
    void requestLog();
};

void TestSandboxServer::healthzShapes()
{
    SandboxServer server;
    QVERIFY(server.listen() != 0);
    SandboxTestClient c(server.baseUrl());
    const QJsonObject v2 = c.get("/apis/v2beta1/healthz").json();
    QCOMPARE(v2.value("multi_user").toBool(true), false);
    QVERIFY(v2.contains("commit_sha") && v2.contains("tag_name") && v2.contains("pipeline_store"));
    const QJsonObject v1 = c.get("/apis/v1beta1/healthz").json();
    QVERIFY(v1.contains("commit_sha") && !v1.contains("pipeline_store"));
    const QJsonObject ui = c.get("/pipeline/apis/v2beta1/healthz").json();
    for (const char *k :
         {"apiServerCommitHash", "apiServerTagName", "apiServerMultiUser", "multi_user",
          "apiServerReady", "buildDate", "frontendCommitHash", "frontendTagName", "pipelineStore"})
        QVERIFY2(ui.contains(k), k);
    QCOMPARE(c.get("/apis/v2beta1/nothing").status, 404);
}

void TestSandboxServer::listShapesAndPaging()
{
    SandboxServer server;
    server.seedPipelines(1000);
    QVERIFY(server.listen() != 0);
    SandboxTestClient c(server.baseUrl());

    Reply r = c.get("/apis/v2beta1/pipelines", QUrlQuery("page_size=500"));
    QCOMPARE(r.status, 200);
    QJsonObject o = r.json();
    QCOMPARE(o["pipelines"].toArray().size(), 200);
    QCOMPARE(o["total_size"].toInt(), 1000);
    QVERIFY(!o["next_page_token"].toString().isEmpty());

    QCOMPARE(c.get("/apis/v2beta1/pipelines").json()["pipelines"].toArray().size(), 20);
    QCOMPARE(c.get("/apis/v2beta1/pipelines", QUrlQuery("page_size=-1")).status, 400);

    // Walk all 1000 with tokens only.
    QSet<QString> seen;
    QString token;
    int pages = 0;
    do {
        QUrlQuery q("page_size=150");
        if (!token.isEmpty())
            q.addQueryItem("page_token", token);
        o = c.get("/apis/v2beta1/pipelines", q).json();
        for (const auto &p : o["pipelines"].toArray())
            seen.insert(p.toObject()["pipeline_id"].toString());
        token = o.value("next_page_token").toString();
        ++pages;
    } while (!token.isEmpty() && pages < 20);
    QCOMPARE(seen.size(), 1000);
    QCOMPARE(pages, 7);
    QVERIFY(!o.contains("next_page_token"));

    // A token sent with a different sort_by is rejected.
    o = c.get("/apis/v2beta1/pipelines", QUrlQuery("page_size=10&sort_by=name")).json();
    QUrlQuery bad;
    bad.addQueryItem("page_token", o["next_page_token"].toString());
    bad.addQueryItem("sort_by", "created_at desc");
    r = c.get("/apis/v2beta1/pipelines", bad);
    QCOMPARE(r.status, 400);
    QVERIFY(r.json()["message"].toString().contains("page token does not match"));

    // Empty list: no keys at all (defaults omitted).
    SandboxServer empty;
    QVERIFY(empty.listen() != 0);
    SandboxTestClient ce(empty.baseUrl());
    QCOMPARE(ce.get("/apis/v2beta1/runs").json(), QJsonObject());
}

void TestSandboxServer::v1ListShapes()
{
    SandboxServer server;
    server.seedDemo();
    QVERIFY(server.listen() != 0);
    SandboxTestClient c(server.baseUrl());
    const QJsonArray pipelines = c.get("/apis/v1beta1/pipelines").json()["pipelines"].toArray();
    QVERIFY(pipelines.size() >= 3);
    QString xgb;
    for (const auto &p : pipelines)
        if (p.toObject()["name"].toString() == "xgboost-training")
            xgb = p.toObject()["id"].toString();
    QVERIFY(!xgb.isEmpty());
    const QJsonObject p = c.get("/apis/v1beta1/pipelines/" + xgb).json();
    QVERIFY(p["default_version"].isObject());
    QVERIFY(!p["parameters"].toArray().isEmpty()); // Argo spec.arguments.parameters
    const QJsonObject versions =
        c.get("/apis/v1beta1/pipeline_versions",
              QUrlQuery("resource_key.type=PIPELINE&resource_key.id=" + xgb))
            .json();
    QCOMPARE(versions["versions"].toArray().size(), 2);
    QVERIFY(c.get("/apis/v1beta1/pipelines/" + xgb + "/templates")
                .json()["template"]
                .toString()
                .contains("argoproj.io"));
    QCOMPARE(c.get("/apis/v2beta1/pipelines/" + xgb + "/versions")
                 .json()["pipeline_versions"]
                 .toArray()
                 .size(),
             2);
    QCOMPARE(c.get("/apis/v1beta1/jobs").json()["jobs"].toArray().size(), 1);
    QCOMPARE(c.get("/apis/v2beta1/recurringruns").json()["recurringRuns"].toArray().size(), 1);
    const QJsonObject byName = c.get("/apis/v2beta1/pipelines/names/xgboost-training").json();
    QCOMPARE(byName["pipeline_id"].toString(), xgb);
    QCOMPARE(c.get("/apis/v1beta1/namespaces/-/pipelines/xgboost-training").json()["id"].toString(),
             xgb);
    // Single-user v1 rejects a namespace filter on ListExperiments.
    QCOMPARE(c.get("/apis/v1beta1/experiments", QUrlQuery("resource_reference_key.type=NAMESPACE"
                                                          "&resource_reference_key.id=x"))
                 .status,
             400);
}

void TestSandboxServer::filtersRoundTripDoubleEncoded()
{
    SandboxServer server;
    QVERIFY(server.listen() != 0);
    SandboxTestClient c(server.baseUrl());
    const QStringList names = {"a+b c",       "50% off", "x&y=z", "say \"hi\" 'there'",
                               "한국어 실험", "plain"};
    for (const QString &n : names)
        QCOMPARE(c.post("/apis/v2beta1/experiments", {{"display_name", n}}).status, 200);
    QUrl url = server.baseUrl();
    url.setPath("/apis/v2beta1/experiments");
    for (const QString &n : names) {
        const QJsonObject filter{{"predicates", QJsonArray{QJsonObject{{"key", "display_name"},
                                                                       {"operation", "EQUALS"},
                                                                       {"string_value", n}}}}};
        const Reply r = c.sendUrl("GET", withDoubleEncodedFilter(url, filter));
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json()["experiments"].toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].toObject()["display_name"].toString(), n);
    }
    // Numbers as operation, camelCase value name, IS_SUBSTRING.
    const QJsonObject sub{
        {"predicates",
         QJsonArray{QJsonObject{{"key", "name"}, {"operation", 9}, {"stringValue", "실험"}}}}};
    QCOMPARE(
        c.sendUrl("GET", withDoubleEncodedFilter(url, sub)).json()["experiments"].toArray().size(),
        1);
    // IN with string_values.
    const QJsonObject in{
        {"predicates",
         QJsonArray{QJsonObject{
             {"key", "display_name"},
             {"operation", "IN"},
             {"string_values", QJsonObject{{"values", QJsonArray{"plain", "a+b c", "nope"}}}}}}}};
    QCOMPARE(
        c.sendUrl("GET", withDoubleEncodedFilter(url, in)).json()["experiments"].toArray().size(),
        2);
    // Timestamp predicate.
    const QJsonObject ts{
        {"predicates", QJsonArray{QJsonObject{{"key", "created_at"},
                                              {"operation", "GREATER_THAN"},
                                              {"timestamp_value", "2000-01-01T00:00:00Z"}}}}};
    QCOMPARE(c.sendUrl("GET", withDoubleEncodedFilter(url, ts)).json()["total_size"].toInt(),
             names.size());
}

void TestSandboxServer::filterDialectRules()
{
    SandboxServer server;
    server.seedDemo();
    QVERIFY(server.listen() != 0);
    SandboxTestClient c(server.baseUrl());
    QUrl v2 = server.baseUrl(), v1 = server.baseUrl();
    v2.setPath("/apis/v2beta1/runs");
    v1.setPath("/apis/v1beta1/runs");
    const QJsonObject withOp{
        {"predicates", QJsonArray{QJsonObject{
                           {"key", "name"}, {"op", "IS_SUBSTRING"}, {"string_value", "xgboost"}}}}};
    const QJsonObject withOperation{
        {"predicates",
         QJsonArray{QJsonObject{
             {"key", "name"}, {"operation", "IS_SUBSTRING"}, {"string_value", "xgboost"}}}}};
    QCOMPARE(c.sendUrl("GET", withDoubleEncodedFilter(v2, withOp)).status, 400);
    QCOMPARE(c.sendUrl("GET", withDoubleEncodedFilter(v1, withOperation)).status, 400);
    QCOMPARE(c.sendUrl("GET", withDoubleEncodedFilter(v1, withOp)).json()["runs"].toArray().size(),
             2);
    QCOMPARE(c.sendUrl("GET", withDoubleEncodedFilter(v2, withOperation))
                 .json()["runs"]
                 .toArray()
                 .size(),
             2);
    const QJsonObject state{{"predicates", QJsonArray{QJsonObject{{"key", "state"},
                                                                  {"operation", "EQUALS"},
                                                                  {"string_value", "FAILED"}}}}};
    // The failed demo run and the stopped one: a terminated run ends FAILED, as on Argo.
    QCOMPARE(c.sendUrl("GET", withDoubleEncodedFilter(v2, state)).json()["runs"].toArray().size(),
             2);
    const QJsonObject archived{
        {"predicates",
         QJsonArray{QJsonObject{
             {"key", "storage_state"}, {"op", 1}, {"string_value", "STORAGESTATE_ARCHIVED"}}}}};
    QCOMPARE(c.sendUrl("GET", withDoubleEncodedFilter(v1, archived)).json(), QJsonObject());
    const QJsonObject badKey{
        {"predicates",
         QJsonArray{QJsonObject{{"key", "bogus"}, {"operation", 1}, {"string_value", "x"}}}}};
    QCOMPARE(c.sendUrl("GET", withDoubleEncodedFilter(v2, badKey)).status, 400);
}

void TestSandboxServer::sortingAndBadSort()
{
    SandboxServer server;
    server.seedPipelines(30);
    QVERIFY(server.listen() != 0);
    SandboxTestClient c(server.baseUrl());
    const QJsonArray desc =
        c.get("/apis/v2beta1/pipelines", QUrlQuery("sort_by=NAME%20DESC&page_size=3"))
            .json()["pipelines"]
            .toArray();
    QCOMPARE(desc[0].toObject()["name"].toString(), QStringLiteral("bulk-pipeline-000029"));
    QCOMPARE(c.get("/apis/v2beta1/pipelines", QUrlQuery("sort_by=bogus")).status, 400);
    QCOMPARE(c.get("/apis/v2beta1/pipelines", QUrlQuery("sort_by=name%20sideways")).status, 400);
    QCOMPARE(c.get("/apis/v1beta1/pipelines", QUrlQuery("sort_by=id%20asc")).status, 200);
}

void TestSandboxServer::errorShapes()
{
    SandboxServer server;
    QVERIFY(server.listen() != 0);
    SandboxTestClient c(server.baseUrl());
    Reply r = c.get("/apis/v2beta1/experiments/missing-id");
    QCOMPARE(r.status, 404);
    QJsonObject o = r.json();
    QCOMPARE(o["code"].toInt(), 5);
    QVERIFY(o["message"].toString().contains("missing-id"));
    QCOMPARE(o["details"].toArray()[0].toObject()["@type"].toString(),
             QStringLiteral("type.googleapis.com/google.rpc.Status"));
    QVERIFY(!o.contains("error"));
    r = c.get("/pipeline/apis/v1beta1/experiments/missing-id");
    QCOMPARE(r.status, 404);
    o = r.json();
    QVERIFY(o["error"].toString().contains("missing-id"));
    QCOMPARE(o["details"].toArray()[0].toObject()["@type"].toString(),
             QStringLiteral("type.googleapis.com/api.Error"));
    QVERIFY(o["details"].toArray()[0].toObject().contains("error_message"));
    // Duplicate experiment → 409 AlreadyExists.
    QCOMPARE(c.post("/apis/v2beta1/experiments", {{"display_name", "dup"}}).status, 200);
    r = c.post("/apis/v2beta1/experiments", {{"display_name", "dup"}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json()["code"].toInt(), 6);
    // Pipeline with versions: delete without cascade fails, with cascade succeeds.
    server.seedPipelines(1);
    const QString pid = c.get("/apis/v2beta1/pipelines")
                            .json()["pipelines"]
                            .toArray()[0]
                            .toObject()["pipeline_id"]
                            .toString();
    QCOMPARE(c.send("DELETE", "/apis/v2beta1/pipelines/" + pid).status, 400);
    QCOMPARE(c.send("DELETE", "/apis/v2beta1/pipelines/" + pid, QUrlQuery("cascade=true")).status,
             200);
    QCOMPARE(server.pipelineCount(), 0);
    QCOMPARE(server.pipelineVersionCount(), 0);
}

void TestSandboxServer::unknownFieldRejectedInV2()
{
    SandboxServer server;
    QVERIFY(server.listen() != 0);
    SandboxTestClient c(server.baseUrl());
    QCOMPARE(c.post("/apis/v2beta1/experiments", {{"display_name", "x"}, {"bogus", 1}}).status,
             400);
    QCOMPARE(c.post("/apis/v2beta1/experiments", {{"displayName", "camel"}}).status, 200);
    QCOMPARE(c.send("POST", "/apis/v2beta1/experiments", {}, "{not json").status, 400);
}

void TestSandboxServer::uploads()
{
    SandboxServer server;
    QVERIFY(server.listen() != 0);
    SandboxTestClient c(server.baseUrl());
    Reply r = c.send("POST", "/apis/v2beta1/pipelines/upload", QUrlQuery("name=my%20pipe"), {},
                     uploadPart(demoYaml(), "p.yaml"));
    QCOMPARE(r.status, 200);
    const QString pid = r.json()["pipeline_id"].toString();
    QCOMPARE(r.json()["display_name"].toString(), QStringLiteral("my pipe"));
    QCOMPARE(server.pipelineVersionCount(), 1);
    // Duplicate name → 409 in the upload error shape.
    r = c.send("POST", "/apis/v2beta1/pipelines/upload", QUrlQuery("name=my%20pipe"), {},
               uploadPart(demoYaml(), "p.yaml"));
    QCOMPARE(r.status, 409);
    QVERIFY(r.json().contains("error_message") && r.json().contains("error_details"));
    // Invalid YAML → 400.
    r = c.send("POST", "/apis/v1beta1/pipelines/upload", QUrlQuery("name=bad"), {},
               uploadPart("key: [unclosed", "bad.yaml"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.json().contains("error_message"));
    // Unknown format (not yaml, not an archive) → 400.
    r = c.send("POST", "/apis/v1beta1/pipelines/upload", QUrlQuery("name=odd"), {},
               uploadPart("hello", "file.txt"));
    QCOMPARE(r.status, 400);
    // Too big (> 32 MiB) → 400.
    QByteArray big = demoYaml();
    big.append("\n#" + QByteArray(33 * 1024 * 1024, 'x') + "\n");
    r = c.send("POST", "/apis/v2beta1/pipelines/upload", QUrlQuery("name=big"), {},
               uploadPart(big, "big.yaml"), 30000);
    QCOMPARE(r.status, 400);
    // upload_version with pipelineid; version GET carries pipeline_spec.
    r = c.send("POST", "/apis/v2beta1/pipelines/upload_version",
               QUrlQuery("name=v2&pipelineid=" + pid), {}, uploadPart(demoYaml(), "p.yml"));
    QCOMPARE(r.status, 200);
    const QString vid = r.json()["pipeline_version_id"].toString();
    const QJsonObject v = c.get("/apis/v2beta1/pipelines/" + pid + "/versions/" + vid).json();
    QVERIFY(v["pipeline_spec"].toObject().contains("root"));
    // Platform spec documents wrap the Struct.
    QFile pf(":/sandbox/demo/v2_missing_kubernetes_optional_inputs_with_platform_spec.yaml");
    QVERIFY(pf.open(QIODevice::ReadOnly));
    r = c.send("POST", "/apis/v2beta1/pipelines/upload", QUrlQuery("name=k8s"), {},
               uploadPart(pf.readAll(), "k.yaml"));
    QCOMPARE(r.status, 200);
    const QString kpid = r.json()["pipeline_id"].toString();
    const QJsonObject kv = c.get("/apis/v2beta1/pipelines/" + kpid + "/versions")
                               .json()["pipeline_versions"]
                               .toArray()[0]
                               .toObject();
    QVERIFY(kv["pipeline_spec"].toObject().contains("platform_spec"));
    QVERIFY(kv["pipeline_spec"].toObject().contains("pipeline_spec"));
}

void TestSandboxServer::faults()
{
    SandboxServer server;
    QVERIFY(server.listen() != 0);
    SandboxTestClient c(server.baseUrl());
    QString error;
    QVERIFY(!server.addFault("bogus=1", &error));
    QVERIFY(!error.isEmpty());

    QVERIFY(server.addFault("path=/apis/v2beta1/runs*,method=GET,status=503,count=1"));
    Reply r = c.get("/apis/v2beta1/runs");
    QCOMPARE(r.status, 503);
    QCOMPARE(r.json()["code"].toInt(), 14);
    QCOMPARE(c.get("/apis/v2beta1/runs").status, 200); // count exhausted
    server.clearFaults();

    QVERIFY(server.addFault("path=/pipeline/apis/v1beta1/*,html,count=1"));
    r = c.get("/pipeline/apis/v1beta1/runs");
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.startsWith("text/html"));
    server.clearFaults();

    // No count: QNAM retries once when a reused connection closes early.
    QVERIFY(server.addFault("path=*/healthz,truncate=10"));
    r = c.get("/apis/v2beta1/healthz");
    QVERIFY(r.error != QNetworkReply::NoError);
    QVERIFY(r.body.size() <= 10);
    server.clearFaults();

    QVERIFY(server.addFault("path=*/healthz,drop"));
    r = c.get("/apis/v2beta1/healthz");
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(r.status, 0);
    server.clearFaults();

    QVERIFY(server.addFault("path=*/healthz,latency=300,count=1"));
    QElapsedTimer t;
    t.start();
    QCOMPARE(c.get("/apis/v2beta1/healthz").status, 200);
    QVERIFY(t.elapsed() >= 250);
    server.clearFaults();

    QVERIFY(server.addFault("path=*/healthz,drip=300,count=1"));
    t.restart();
    r = c.get("/apis/v2beta1/healthz");
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().contains("commit_sha"));
    QVERIFY(t.elapsed() >= 250);
    server.clearFaults();

    // error-rate is deterministic for a given seed.
    server.setFaultSeed(7);
    QVERIFY(server.addFault("path=*/healthz,error-rate=0.5"));
    int errors = 0;
    for (int i = 0; i < 20; ++i)
        errors += c.get("/apis/v2beta1/healthz").status == 500 ? 1 : 0;
    QVERIFY(errors > 2 && errors < 18);
}

void TestSandboxServer::persistenceRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString runId;
    {
        SandboxOptions o;
        o.dataDir = dir.path();
        SandboxServer server(o);
        server.seedDemo();
        QVERIFY(server.listen() != 0);
        SandboxTestClient c(server.baseUrl());
        QCOMPARE(c.post("/apis/v2beta1/experiments", {{"display_name", "persisted 실험"}}).status,
                 200);
        runId =
            c.get("/apis/v2beta1/runs").json()["runs"].toArray()[0].toObject()["run_id"].toString();
    }
    SandboxOptions o;
    o.dataDir = dir.path();
    SandboxServer again(o);
    QVERIFY(again.listen() != 0);
    QVERIFY(again.pipelineCount() >= 5);
    QCOMPARE(again.recurringRunCount(), 1);
    SandboxTestClient c(again.baseUrl());
    QCOMPARE(c.get("/apis/v2beta1/runs/" + runId).status, 200);
    QUrl url = again.baseUrl();
    url.setPath("/apis/v2beta1/experiments");
    const QJsonObject f{
        {"predicates", QJsonArray{QJsonObject{{"key", "display_name"},
                                              {"operation", "EQUALS"},
                                              {"string_value", "persisted 실험"}}}}};
    QCOMPARE(
        c.sendUrl("GET", withDoubleEncodedFilter(url, f)).json()["experiments"].toArray().size(),
        1);
}

void TestSandboxServer::multiUserRules()
{
    SandboxOptions o;
    o.multiUser = true;
    SandboxServer server(o);
    server.seedDemo();
    QVERIFY(server.listen() != 0);
    SandboxTestClient c(server.baseUrl());
    QCOMPARE(c.get("/apis/v2beta1/healthz").json()["multi_user"].toBool(), true);
    QCOMPARE(c.get("/apis/v2beta1/experiments").status, 400);
    QCOMPARE(c.get("/apis/v2beta1/runs").status, 400);
    QCOMPARE(c.get("/apis/v2beta1/recurringruns").status, 400);
    const QJsonArray exps =
        c.get("/apis/v2beta1/experiments", QUrlQuery("namespace=kubeflow-user-example-com"))
            .json()["experiments"]
            .toArray();
    QVERIFY(exps.size() >= 3);
    QCOMPARE(exps[0].toObject()["namespace"].toString(),
             QStringLiteral("kubeflow-user-example-com"));
    QCOMPARE(c.get("/apis/v2beta1/experiments", QUrlQuery("namespace=other")).json(),
             QJsonObject());
    QCOMPARE(c.get("/apis/v1beta1/experiments").status, 400);
    QVERIFY(c.get("/apis/v1beta1/experiments",
                  QUrlQuery("resource_reference_key.type=NAMESPACE&resource_reference_key.id="
                            "kubeflow-user-example-com"))
                .json()["experiments"]
                .toArray()
                .size() >= 3);
    QCOMPARE(c.post("/apis/v1beta1/experiments", {{"name", "no-ns"}}).status, 400);
    const QJsonObject withNs{
        {"name", "with-ns"},
        {"resource_references",
         QJsonArray{QJsonObject{{"key", QJsonObject{{"type", "NAMESPACE"}, {"id", "team-a"}}},
                                {"relationship", "OWNER"}}}}};
    QCOMPARE(c.post("/apis/v1beta1/experiments", withNs).status, 200);
    QCOMPARE(c.get("/apis/v2beta1/experiments", QUrlQuery("namespace=team-a"))
                 .json()["total_size"]
                 .toInt(),
             1);
}

void TestSandboxServer::bulkRunsAreFast()
{
    SandboxServer server;
    server.setRequestLogEnabled(false);
    QElapsedTimer t;
    t.start();
    server.seedRuns(100000);
    const qint64 seedMs = t.elapsed();
    QCOMPARE(server.runCount(), 100000);
    QVERIFY2(seedMs < 5000, qPrintable(QString::number(seedMs)));
    QVERIFY(server.listen() != 0);
    SandboxTestClient c(server.baseUrl());
    QUrl url = server.baseUrl();
    url.setPath("/apis/v2beta1/runs");
    const QJsonObject f{{"predicates", QJsonArray{QJsonObject{{"key", "state"},
                                                              {"operation", "EQUALS"},
                                                              {"string_value", "FAILED"}}}}};
    t.restart();
    const Reply r =
        c.sendUrl("GET", withDoubleEncodedFilter(url, f, "sort_by=created_at%20desc&page_size=50"));
    const qint64 listMs = t.elapsed();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["total_size"].toInt(), 20000);
    QCOMPARE(r.json()["runs"].toArray().size(), 50);
    qInfo() << "seed 100k runs:" << seedMs << "ms; filtered+sorted list:" << listMs << "ms";
    QVERIFY2(listMs < 3000,
             qPrintable(QString::number(listMs))); // Debug build; Release is far lower
}

void TestSandboxServer::requestLog()
{
    SandboxServer server;
    QVERIFY(server.listen() != 0);
    SandboxTestClient c(server.baseUrl());
    c.post("/pipeline/apis/v2beta1/experiments", {{"display_name", "logged"}});
    c.get("/apis/v2beta1/runs", QUrlQuery("page_size=5"));
    const auto log = server.requestLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0].method, QByteArray("POST"));
    QCOMPARE(log[0].path, QStringLiteral("/pipeline/apis/v2beta1/experiments"));
    QCOMPARE(log[0].apiPath, QStringLiteral("/apis/v2beta1/experiments"));
    QVERIFY(log[0].body.contains("logged"));
    QCOMPARE(log[0].status, 200);
    QCOMPARE(log[1].query.queryItemValue("page_size"), QStringLiteral("5"));
    server.clearRequestLog();
    QCOMPARE(server.requestLog().size(), 0);
    c.get("/apis/v2beta1/runs/zzz");
    QCOMPARE(server.requestLog().value(0).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
