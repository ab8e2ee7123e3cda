// Run execution simulation: state progressions in both dialects, failure injection, terminate,
// retry, recurring runs.
#include "SandboxTestClient.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QtTest>

using namespace kfp::sandbox;

namespace {

// A small v2 IR spec: a → b, a → c.
QJsonObject irSpec()
{
    auto task = [](const char *name, QJsonArray deps) {
        QJsonObject t{{"taskInfo", QJsonObject{{"name", name}}},
                      {"componentRef", QJsonObject{{"name", QString("comp-") + name}}}};
        if (!deps.isEmpty())
            t.insert("dependentTasks", deps);
        return t;
    };
    return {
        {"pipelineInfo", QJsonObject{{"name", "sim"}}},
        {"schemaVersion", "2.1.0"},
        {"root",
         QJsonObject{{"dag", QJsonObject{{"tasks", QJsonObject{{"a", task("a", {})},
                                                               {"b", task("b", {"a"})},
                                                               {"c", task("c", {"a"})}}}}},
                     {"inputDefinitions",
                      QJsonObject{{"parameters",
                                   QJsonObject{{"msg", QJsonObject{{"parameterType", "STRING"},
                                                                   {"defaultValue", "hi"}}}}}}}}}};
}

} // namespace

class TestSandboxSimulation final : public QObject
{
    Q_OBJECT

private slots:
    void init() { startServer(0.01); }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void v2RunSucceeds();
    void v2RunFailsWithFailTask();
    void terminateEndsFailed();
    void terminateOnlyActiveRuns();
    void retryAfterFailure();
    void v1RunDetail();
    void runFromPipelineVersion();
    void recurringRunCreatesRuns();
    void badRecurringRuns();
    void unarchiveRunNeedsExperiment();
    void defaultExperimentIsKept();

private:
    void startServer(double timeScale)
    {
        m_client.reset();
        m_server.reset();
        SandboxOptions o;
        o.timeScale = timeScale;
        m_server = std::make_unique<SandboxServer>(o);
        QVERIFY(m_server->listen() != 0);
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    }
    QString createV2Run(const QJsonObject &params = {})
    {
        QJsonObject body{{"display_name", "sim run"}, {"pipeline_spec", irSpec()}};
        if (!params.isEmpty())
            body.insert("runtime_config", QJsonObject{{"parameters", params}});
        const Reply r = m_client->post("/apis/v2beta1/runs", body);
        if (r.status != 200)
            qWarning() << r.body;
        return r.json()["run_id"].toString();
    }
    QString state(const QString &id)
    {
        return m_client->get("/apis/v2beta1/runs/" + id).json()["state"].toString();
    }
    QStringList history(const QString &id)
    {
        QStringList states;
        const QJsonObject run = m_client->get("/apis/v2beta1/runs/" + id).json();
        for (const auto &h : run["state_history"].toArray()) {
            // run_store.go keeps {UpdateTimeInSec, State} per change, never an error.
            if (h.toObject().keys() != QStringList({"state", "update_time"}))
                return {QStringLiteral("unexpected keys")};
            states << h.toObject()["state"].toString();
        }
        return states;
    }
    QJsonArray tasksOf(const QString &id)
    {
        return m_client->get("/apis/v2beta1/runs/" + id)
            .json()["run_details"]
            .toObject()["task_details"]
            .toArray();
    }
    QJsonObject v1Workflow(const QString &id)
    {
        return QJsonDocument::fromJson(m_client->get("/apis/v1beta1/runs/" + id)
                                           .json()["pipeline_runtime"]
                                           .toObject()["workflow_manifest"]
                                           .toString()
                                           .toUtf8())
            .object();
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxSimulation::v2RunSucceeds()
{
    const QString id = createV2Run();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("SUCCEEDED"), 10000);
    const QJsonObject run = m_client->get("/apis/v2beta1/runs/" + id).json();
    QVERIFY(run["finished_at"].toString() != QLatin1String("1970-01-01T00:00:00Z"));
    QVERIFY(!run.contains("error"));
    // One entry per Argo node of a v2 pipeline's workflow (toModelTasks): the workflow, the
    // root driver and root DAG, and per task a driver Pod, an executor DAG and its Pod.
    const QJsonArray tasks = run["run_details"].toObject()["task_details"].toArray();
    QCOMPARE(tasks.size(), 3 + 3 * 3);
    QMap<QString, int> names;
    QSet<QString> nodeIds, children;
    for (const auto &v : tasks) {
        const QJsonObject t = v.toObject();
        names[t["display_name"].toString()] += 1;
        QCOMPARE(t["state"].toString(), QStringLiteral("SUCCEEDED"));
        QVERIFY(!QUuid::fromString(t["task_id"].toString()).isNull());
        QCOMPARE(t["run_id"].toString(), id);
        QCOMPARE(t["create_time"].toString(), run["created_at"].toString());
        // toApiPipelineTaskDetail fills none of these for a node of the workflow.
        for (const char *absent :
             {"pod_name", "parent_task_id", "executor_detail", "state_history", "error"})
            QVERIFY2(!t.contains(absent), absent);
        for (const auto &c : t["child_tasks"].toArray()) {
            QCOMPARE(c.toObject().keys(), QStringList{"pod_name"}); // children by node id only
            children.insert(c.toObject()["pod_name"].toString());
        }
    }
    for (const char *n : {"root-driver", "root", "a-driver", "a", "b-driver", "b", "c"})
        QCOMPARE(names.value(n), 1);
    QCOMPARE(names.value("executor"), 3);
    QCOMPARE(children.size(), tasks.size() - 1); // every node but the workflow's is a child
    QCOMPARE(history(id), (QStringList{"PENDING", "RUNNING", "SUCCEEDED"}));
    // The task ids stay the same from one read to the next.
    QCOMPARE(tasksOf(id), tasks);
    // A task that depends on 'a' starts after 'a' ends.
    QJsonObject a, b;
    for (const auto &t : tasks) {
        if (t.toObject()["display_name"] == "a")
            a = t.toObject();
        if (t.toObject()["display_name"] == "b")
            b = t.toObject();
    }
    QVERIFY(b["start_time"].toString() >= a["end_time"].toString());
}

void TestSandboxSimulation::v2RunFailsWithFailTask()
{
    const QString id = createV2Run({{"sandbox_fail_task", "b"}});
    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("FAILED"), 10000);
    // The run's error is only set when the server cannot convert the run: a failed run has none;
    // the reason is the failed task (v2: its nodes' state, v1: the pod node's message).
    const QJsonObject run = m_client->get("/apis/v2beta1/runs/" + id).json();
    QVERIFY(!run.contains("error"));
    QCOMPARE(history(id), (QStringList{"PENDING", "RUNNING", "FAILED"}));
    QStringList failed;
    for (const auto &t : tasksOf(id))
        if (t.toObject()["state"] == QLatin1String("FAILED"))
            failed << t.toObject()["display_name"].toString();
    failed.sort();
    QStringList expected{"b", "executor", "root", id.left(8)}; // the last: the workflow's node
    expected.sort();
    QCOMPARE(failed, expected);
    const QJsonObject v1 = m_client->get("/apis/v1beta1/runs/" + id).json();
    QCOMPARE(v1["run"].toObject()["status"].toString(), QStringLiteral("Failed"));
    QVERIFY(!v1["run"].toObject().contains("error"));
    const QJsonObject wf = v1Workflow(id);
    QVERIFY(!wf["status"].toObject().contains("message"));
    QStringList messages;
    for (const auto &n : wf["status"].toObject()["nodes"].toObject())
        if (n.toObject()["phase"] == QLatin1String("Failed") &&
            n.toObject()["type"] == QLatin1String("Pod"))
            messages << n.toObject()["message"].toString();
    QCOMPARE(messages, QStringList{"Error (exit code 1)"});
}

void TestSandboxSimulation::terminateEndsFailed()
{
    // At 0.01 a run ends within ~0.1 s, before a slow client's terminate, and CANCELING lasts
    // 0.5 s. At 2.0 a run takes over 10 s and CANCELING 4 s: room for the reads below, even
    // under a sanitizer on a loaded machine.
    startServer(2.0);
    const QString id = createV2Run();
    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("RUNNING"), 30000);
    QCOMPARE(m_client->post("/apis/v2beta1/runs/" + id + ":terminate").status, 200);
    QCOMPARE(state(id), QStringLiteral("CANCELING"));
    QCOMPARE(
        m_client->get("/apis/v1beta1/runs/" + id).json()["run"].toObject()["status"].toString(),
        QStringLiteral("Terminating"));
    // run_store.go TerminateRun sets the state without a history entry (a TODO there).
    QCOMPARE(history(id), (QStringList{"PENDING", "RUNNING"}));
    // Argo fails the terminated workflow; nothing yields CANCELED for it.
    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("FAILED"), 30000);
    QCOMPARE(history(id), (QStringList{"PENDING", "RUNNING", "FAILED"}));
    QCOMPARE(
        m_client->get("/apis/v1beta1/runs/" + id).json()["run"].toObject()["status"].toString(),
        QStringLiteral("Failed"));
    QVERIFY(!m_client->get("/apis/v2beta1/runs/" + id).json().contains("error"));
    // A terminated run is a failed workflow, so it can be retried.
    QCOMPARE(m_client->post("/apis/v2beta1/runs/" + id + ":retry").status, 200);
    QCOMPARE(state(id), QStringLiteral("RUNNING"));
    // v1 slash form on another run.
    const QString id2 = createV2Run();
    QCOMPARE(m_client->post("/apis/v1beta1/runs/" + id2 + "/terminate").status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(state(id2), QStringLiteral("FAILED"), 30000);
    QCOMPARE(m_client->post("/apis/v2beta1/runs/nope:terminate").status, 404);
}

void TestSandboxSimulation::terminateOnlyActiveRuns()
{
    // run_store.go TerminateRun updates PENDING/RUNNING/PAUSED/UNSPECIFIED rows only; otherwise
    // InvalidInputError "… Row not found" (400), CANCELING included.
    startServer(2.0);
    const QString id = createV2Run();
    QCOMPARE(m_client->post("/apis/v2beta1/runs/" + id + ":terminate").status, 200);
    const Reply again = m_client->post("/apis/v2beta1/runs/" + id + ":terminate");
    QCOMPARE(again.status, 400);
    QVERIFY(again.body.contains("Row not found"));
    QCOMPARE(m_client->post("/apis/v1beta1/runs/" + id + "/terminate").status, 400);
    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("FAILED"), 30000);
    QCOMPARE(m_client->post("/apis/v2beta1/runs/" + id + ":terminate").status, 400);
}

void TestSandboxSimulation::retryAfterFailure()
{
    const QString id = createV2Run({{"sandbox_fail_task", "*"}});
    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("FAILED"), 10000);
    QCOMPARE(m_client->post("/apis/v2beta1/runs/" + id + ":retry").status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("SUCCEEDED"), 10000);
    // Only a Failed/Error workflow is retried: else a BadRequestError, codes.Aborted → 409.
    const Reply r = m_client->post("/apis/v2beta1/runs/" + id + ":retry");
    QCOMPARE(r.status, 409);
    QVERIFY(r.body.contains("Workflow must be Failed/Error to retry"));
    QCOMPARE(m_client->post("/apis/v1beta1/runs/" + id + "/retry").status, 409);
}

void TestSandboxSimulation::v1RunDetail()
{
    QFile f(":/sandbox/demo/v1_argo_workflow_template_xgboost.yaml");
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject body{
        {"name", "v1 run"},
        {"pipeline_spec",
         QJsonObject{{"workflow_manifest", QString::fromUtf8(f.readAll())},
                     {"parameters", QJsonArray{QJsonObject{{"name", "rounds"}, {"value", "5"}}}}}}};
    const Reply created = m_client->post("/apis/v1beta1/runs", body);
    QCOMPARE(created.status, 200);
    const QString id = created.json()["run"].toObject()["id"].toString();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        m_client->get("/apis/v1beta1/runs/" + id).json()["run"].toObject()["status"].toString(),
        QStringLiteral("Succeeded"), 15000);
    const QJsonObject detail = m_client->get("/apis/v1beta1/runs/" + id).json();
    const QJsonObject wf =
        QJsonDocument::fromJson(
            detail["pipeline_runtime"].toObject()["workflow_manifest"].toString().toUtf8())
            .object();
    QCOMPARE(wf["status"].toObject()["phase"].toString(), QStringLiteral("Succeeded"));
    const QJsonObject nodes = wf["status"].toObject()["nodes"].toObject();
    QVERIFY(nodes.size() > 2);
    for (const auto &n : nodes) {
        QVERIFY(n.toObject().contains("displayName"));
        QCOMPARE(n.toObject()["phase"].toString(), QStringLiteral("Succeeded"));
    }
    const QJsonArray params =
        detail["run"].toObject()["pipeline_spec"].toObject()["parameters"].toArray();
    QCOMPARE(params[0].toObject()["value"].toString(), QStringLiteral("5"));
}

void TestSandboxSimulation::runFromPipelineVersion()
{
    m_server->seedPipelines(1);
    const QJsonObject p =
        m_client->get("/apis/v2beta1/pipelines").json()["pipelines"].toArray()[0].toObject();
    const QString pid = p["pipeline_id"].toString();
    const QString vid = m_client->get("/apis/v2beta1/pipelines/" + pid + "/versions")
                            .json()["pipeline_versions"]
                            .toArray()[0]
                            .toObject()["pipeline_version_id"]
                            .toString();
    const QJsonObject exp =
        m_client->post("/apis/v2beta1/experiments", {{"display_name", "e"}}).json();
    const Reply r = m_client->post(
        "/apis/v2beta1/runs", {{"display_name", "from version"},
                               {"experiment_id", exp["experiment_id"]},
                               {"pipeline_version_reference",
                                QJsonObject{{"pipeline_id", pid}, {"pipeline_version_id", vid}}}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().contains("pipeline_spec"));
    const QString id = r.json()["run_id"].toString();
    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("SUCCEEDED"), 10000);
    // List by experiment, and v1 by EXPERIMENT reference.
    QCOMPARE(m_client
                 ->get("/apis/v2beta1/runs",
                       QUrlQuery("experiment_id=" + exp["experiment_id"].toString()))
                 .json()["runs"]
                 .toArray()
                 .size(),
             1);
    QCOMPARE(m_client
                 ->get("/apis/v1beta1/runs", QUrlQuery("resource_reference_key.type=EXPERIMENT&"
                                                       "resource_reference_key.id=" +
                                                       exp["experiment_id"].toString()))
                 .json()["runs"]
                 .toArray()
                 .size(),
             1);
    // Archive the experiment: its runs are archived too.
    QCOMPARE(
        m_client->post("/apis/v2beta1/experiments/" + exp["experiment_id"].toString() + ":archive")
            .status,
        200);
    QCOMPARE(m_client->get("/apis/v2beta1/runs/" + id).json()["storage_state"].toString(),
             QStringLiteral("ARCHIVED"));
    QCOMPARE(m_client->get("/apis/v1beta1/runs/" + id)
                 .json()["run"]
                 .toObject()["storage_state"]
                 .toString(),
             QStringLiteral("STORAGESTATE_ARCHIVED"));
    QCOMPARE(m_client
                 ->post("/apis/v2beta1/runs",
                        {{"display_name", "x"},
                         {"pipeline_version_reference",
                          QJsonObject{{"pipeline_id", pid}, {"pipeline_version_id", "missing"}}}})
                 .status,
             500); // resource_manager.go wraps the lookup failure as an internal error
    // A version of another pipeline: 500 too.
    m_server->seedPipelines(1);
    QString otherPid;
    for (const auto &v : m_client->get("/apis/v2beta1/pipelines").json()["pipelines"].toArray())
        if (v.toObject()["pipeline_id"].toString() != pid)
            otherPid = v.toObject()["pipeline_id"].toString();
    QVERIFY(!otherPid.isEmpty());
    QCOMPARE(m_client
                 ->post("/apis/v2beta1/runs",
                        {{"display_name", "x"},
                         {"pipeline_version_reference",
                          QJsonObject{{"pipeline_id", otherPid}, {"pipeline_version_id", vid}}}})
                 .status,
             500);
    // Only a pipeline id: the run refers to the pipeline's latest version, both ids filled.
    const Reply latest = m_client->post(
        "/apis/v2beta1/runs", {{"display_name", "latest"},
                               {"pipeline_version_reference", QJsonObject{{"pipeline_id", pid}}}});
    QCOMPARE(latest.status, 200);
    const QJsonObject ref = latest.json()["pipeline_version_reference"].toObject();
    QCOMPARE(ref["pipeline_id"].toString(), pid);
    QCOMPARE(ref["pipeline_version_id"].toString(), vid);
    // v1: a PIPELINE_VERSION reference that does not exist is a 500 as well.
    QCOMPARE(m_client
                 ->post("/apis/v1beta1/runs",
                        {{"name", "v1 x"},
                         {"resource_references",
                          QJsonArray{QJsonObject{
                              {"key", QJsonObject{{"type", "PIPELINE_VERSION"}, {"id", "missing"}}},
                              {"relationship", "CREATOR"}}}}})
                 .status,
             500);
}

void TestSandboxSimulation::unarchiveRunNeedsExperiment()
{
    // resource_manager.go UnarchiveRun: FailedPrecondition (400) while the experiment is archived.
    const QString exp = m_client->post("/apis/v2beta1/experiments", {{"display_name", "arch"}})
                            .json()["experiment_id"]
                            .toString();
    QJsonObject body{{"display_name", "r"}, {"experiment_id", exp}, {"pipeline_spec", irSpec()}};
    const QString id = m_client->post("/apis/v2beta1/runs", body).json()["run_id"].toString();
    QCOMPARE(m_client->post("/apis/v2beta1/experiments/" + exp + ":archive").status, 200);
    const Reply r = m_client->post("/apis/v2beta1/runs/" + id + ":unarchive");
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("must be un-archived first"));
    QCOMPARE(m_client->post("/apis/v1beta1/runs/" + id + ":unarchive").status, 400);
    QCOMPARE(m_client->post("/apis/v2beta1/experiments/" + exp + ":unarchive").status, 200);
    QCOMPARE(m_client->post("/apis/v2beta1/runs/" + id + ":unarchive").status, 200);
}

void TestSandboxSimulation::defaultExperimentIsKept()
{
    // resource_manager.go DeleteExperiment: a BadRequestError (Aborted, 409) for the default.
    const QJsonObject body{{"display_name", "no experiment"}, {"pipeline_spec", irSpec()}};
    const QString exp =
        m_client->post("/apis/v2beta1/runs", body).json()["experiment_id"].toString();
    QVERIFY(!exp.isEmpty());
    const Reply r = m_client->del("/apis/v2beta1/experiments/" + exp);
    QCOMPARE(r.status, 409);
    QVERIFY(r.body.contains("The default experiment cannot be deleted"));
    QCOMPARE(m_client->del("/apis/v1beta1/experiments/" + exp).status, 409);
    QCOMPARE(m_client->get("/apis/v2beta1/experiments/" + exp).status, 200);
    const QString other = m_client->post("/apis/v2beta1/experiments", {{"display_name", "o"}})
                              .json()["experiment_id"]
                              .toString();
    QCOMPARE(m_client->del("/apis/v2beta1/experiments/" + other).status, 200);
}

void TestSandboxSimulation::recurringRunCreatesRuns()
{
    const QJsonObject body{
        {"display_name", "every 100s (scaled to 1s)"},
        {"pipeline_spec", irSpec()},
        {"max_concurrency", "2"},
        {"mode", "ENABLE"},
        {"trigger", QJsonObject{{"periodic_schedule", QJsonObject{{"interval_second", "100"}}}}}};
    const Reply r = m_client->post("/apis/v2beta1/recurringruns", body);
    QCOMPARE(r.status, 200);
    const QJsonObject rr = r.json();
    QCOMPARE(rr["status"].toString(), QStringLiteral("ENABLED"));
    QCOMPARE(rr["max_concurrency"].toString(), QStringLiteral("2"));
    const QString id = rr["recurring_run_id"].toString();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->runCount() >= 2, 10000);
    const QJsonArray runs = m_client->get("/apis/v2beta1/runs").json()["runs"].toArray();
    QCOMPARE(runs[0].toObject()["recurring_run_id"].toString(), id);
    QCOMPARE(m_client->post("/apis/v2beta1/recurringruns/" + id + ":disable").status, 200);
    QCOMPARE(m_client->get("/apis/v1beta1/jobs/" + id).json().value("enabled").toBool(false),
             false);
    QCOMPARE(m_client->post("/apis/v1beta1/jobs/" + id + "/enable").status, 200);
    QCOMPARE(m_client->get("/apis/v2beta1/recurringruns/" + id).json()["status"].toString(),
             QStringLiteral("ENABLED"));
}

void TestSandboxSimulation::badRecurringRuns()
{
    QJsonObject body{
        {"display_name", "cron"},
        {"pipeline_spec", irSpec()},
        {"max_concurrency", "1"},
        {"trigger", QJsonObject{{"cron_schedule", QJsonObject{{"cron", "0 0 9 ? * 2-6"}}}}}};
    QCOMPARE(m_client->post("/apis/v2beta1/recurringruns", body).status, 200);
    body["trigger"] = QJsonObject{{"cron_schedule", QJsonObject{{"cron", "61 * * * * *"}}}};
    QCOMPARE(m_client->post("/apis/v2beta1/recurringruns", body).status, 400);
    body["trigger"] = QJsonObject{{"cron_schedule", QJsonObject{{"cron", "0 0 9 ? * 2-6"}}}};
    body["max_concurrency"] = "11";
    QCOMPARE(m_client->post("/apis/v2beta1/recurringruns", body).status, 400);
}

QTEST_GUILESS_MAIN(TestSandboxSimulation)
#include "tst_sandboxsimulation.moc"
