// Both dialects' parsers and request bodies, against fixtures shaped like the swagger examples.

#include "api/ApiDialect.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace kfp;

class TstApiTypes final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject fixture(const QString &name)
    {
        QFile file(QStringLiteral(KFP_TEST_DATA_DIR "/core/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return QJsonDocument::fromJson(file.readAll()).object();
    }
    static QJsonObject body(const RequestSpec &spec)
    {
        return QJsonDocument::fromJson(spec.body).object();
    }
    const ApiDialect &v2 = ApiDialect::of(ApiVersion::V2Beta1);
    const ApiDialect &v1 = ApiDialect::of(ApiVersion::V1Beta1);

private Q_SLOTS:
    void runStates()
    {
        QCOMPARE(runStateFromName(QStringLiteral("SUCCEEDED")), RunState::Succeeded);
        QCOMPARE(runStateFromName(QStringLiteral("Succeeded")), RunState::Succeeded);
        QCOMPARE(runStateFromName(QStringLiteral("Error")), RunState::Failed);
        QCOMPARE(runStateFromName(QStringLiteral("Terminating")), RunState::Canceling);
        QCOMPARE(runStateFromName(QStringLiteral("")), RunState::Unspecified);
        QCOMPARE(runStateFromName(QStringLiteral("Omitted")), RunState::Skipped);
        QVERIFY(isFinal(RunState::Canceled));
        QVERIFY(isFinal(RunState::Skipped));
        QVERIFY(!isFinal(RunState::Canceling));
        QVERIFY(!isFinal(RunState::Paused));
        for (auto s : {RunState::Pending, RunState::Running, RunState::Succeeded, RunState::Failed,
                       RunState::Canceled, RunState::Paused})
            QCOMPARE(runStateFromName(runStateName(s)), s);
    }

    void v2Runs()
    {
        const Page<Run> page = v2.parseRuns(fixture(QStringLiteral("v2_runs.json")));
        QCOMPARE(page.items.size(), 4);
        QCOMPARE(page.totalSize, 57);
        QVERIFY(page.hasMore());
        const Run &r = page.items.at(0);
        QCOMPARE(r.id, QStringLiteral("r-1"));
        QCOMPARE(r.displayName, QStringLiteral("train 한국어"));
        QCOMPARE(r.experimentId, QStringLiteral("e-1"));
        QCOMPARE(r.pipelineId, QStringLiteral("p-1"));
        QCOMPARE(r.pipelineVersionId, QStringLiteral("pv-1"));
        QCOMPARE(r.state, RunState::Succeeded);
        QCOMPARE(r.rawState, QStringLiteral("SUCCEEDED"));
        QCOMPARE(r.storageState, StorageState::Available);
        QCOMPARE(r.serviceAccount, QStringLiteral("pipeline-runner"));
        QCOMPARE(r.pipelineRoot, QStringLiteral("minio://mlpipeline/v2"));
        QCOMPARE(r.createdAt, QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(r.finishedAt, QDateTime(QDate(2024, 3, 1), QTime(10, 5, 30, 123), Qt::UTC));
        QCOMPARE(r.parameters.size(), 5);
        QMap<QString, QJsonValue> params;
        for (const RunParameter &p : r.parameters)
            params.insert(p.name, p.value);
        QCOMPARE(params.value(QStringLiteral("n")).toInt(), 3);
        QCOMPARE(params.value(QStringLiteral("flag")).toBool(), true);
        QCOMPARE(params.value(QStringLiteral("message")).toString(), QStringLiteral("hi"));
        QVERIFY(params.value(QStringLiteral("cfg")).isObject());
        QVERIFY(params.value(QStringLiteral("xs")).isArray());
        QCOMPARE(r.stateHistory.size(), 3);
        QCOMPARE(r.stateHistory.last().state, RunState::Succeeded);
        QCOMPARE(r.tasks.size(), 2);
        QCOMPARE(r.tasks.at(0).childTaskIds,
                 QStringList({QStringLiteral("t-1"), QStringLiteral("train-pod-1")}));
        const TaskDetail &t = r.tasks.at(1);
        QCOMPARE(t.podName, QStringLiteral("train-abc-123"));
        QCOMPARE(t.parentTaskId, QStringLiteral("t-root"));
        QCOMPARE(t.state, RunState::Failed);
        QCOMPARE(t.errorMessage, QStringLiteral("exit code 1"));
        QVERIFY(!t.endTime.isValid()); // the epoch means unset
        QCOMPARE(t.stateHistory.size(), 2);
        QCOMPARE(t.stateHistory.last().errorMessage, QStringLiteral("exit code 1"));

        const Run &running = page.items.at(1);
        QCOMPARE(running.state, RunState::Running);
        QVERIFY(running.createdAt.isValid());
        QVERIFY(!running.scheduledAt.isValid());
        QVERIFY(!running.finishedAt.isValid());
        QCOMPARE(running.pipelineVersionId, QStringLiteral("pv-old")); // deprecated field
        QCOMPARE(running.recurringRunId, QStringLiteral("rr-1"));
        QCOMPARE(running.storageState, StorageState::Unspecified); // omitted zero value

        const Run &broken = page.items.at(2);
        QCOMPARE(broken.id, QStringLiteral("r-3"));
        QCOMPARE(broken.errorMessage, QStringLiteral("Failed to get run: run r-3 not found"));

        const Run &canceled = page.items.at(3);
        QCOMPARE(canceled.state, RunState::Canceled);
        QVERIFY(isFinal(canceled.state));
        QCOMPARE(canceled.storageState, StorageState::Archived);
        QCOMPARE(canceled.pipelineSpec.value(QStringLiteral("pipelineInfo"))
                     .toObject()
                     .value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("inline")));
    }

    void v2RecurringRuns()
    {
        const Page<RecurringRun> page =
            v2.parseRecurringRuns(fixture(QStringLiteral("v2_recurring_runs.json")));
        QCOMPARE(page.items.size(), 2); // camelCase "recurringRuns" key
        QCOMPARE(page.totalSize, 0);
        QVERIFY(!page.hasMore());
        const RecurringRun &a = page.items.at(0);
        QCOMPARE(a.trigger.kind, Trigger::Kind::Cron);
        QCOMPARE(a.trigger.cron, QStringLiteral("0 0 * * * *"));
        QVERIFY(a.trigger.startTime.isValid());
        QCOMPARE(a.maxConcurrency, 3);
        QVERIFY(a.enabled);
        QVERIFY(a.noCatchup);
        QCOMPARE(a.namespaceName, QStringLiteral("kubeflow-user"));
        QCOMPARE(a.parameters.first().value.toInt(), 5);
        const RecurringRun &b = page.items.at(1);
        QCOMPARE(b.trigger.kind, Trigger::Kind::Periodic);
        QCOMPARE(b.trigger.intervalSeconds, 86400);
        QVERIFY(!b.enabled);
        QCOMPARE(b.rawStatus, QStringLiteral("DISABLED"));
    }

    void v2PipelinesVersionsExperiments()
    {
        const Page<Pipeline> pipelines =
            v2.parsePipelines(fixture(QStringLiteral("v2_pipelines.json")));
        QCOMPARE(pipelines.items.size(), 3);
        QCOMPARE(pipelines.items.at(0).title(), QStringLiteral("Training"));
        QCOMPARE(pipelines.items.at(0).tags.value(QStringLiteral("team")), QStringLiteral("ml"));
        QCOMPARE(pipelines.items.at(1).title(), QStringLiteral("only-name"));
        QCOMPARE(pipelines.items.at(2).errorMessage, QStringLiteral("cannot read pipeline"));

        const Page<PipelineVersion> versions =
            v2.parsePipelineVersions(fixture(QStringLiteral("v2_pipeline_versions.json")));
        QCOMPARE(versions.items.size(), 1);
        const PipelineVersion &v = versions.items.first();
        QCOMPARE(v.id, QStringLiteral("pv-1"));
        QCOMPARE(v.pipelineId, QStringLiteral("p-1"));
        QCOMPARE(v.packageUrl, QStringLiteral("https://example.com/p.yaml"));
        QVERIFY(v.pipelineSpec.contains(QStringLiteral("platform_spec")));

        const Page<Experiment> experiments =
            v2.parseExperiments(fixture(QStringLiteral("v2_experiments.json")));
        QCOMPARE(experiments.items.size(), 2);
        QCOMPARE(experiments.items.at(0).storageState, StorageState::Available);
        QVERIFY(experiments.items.at(0).lastRunCreatedAt.isValid());
        QCOMPARE(experiments.items.at(1).storageState, StorageState::Archived);
        QVERIFY(!experiments.items.at(1).lastRunCreatedAt.isValid());
    }

    void v1RunDetail()
    {
        const Run r = v1.parseRun(fixture(QStringLiteral("v1_run_detail.json")));
        QCOMPARE(r.id, QStringLiteral("r-10"));
        QCOMPARE(r.displayName, QStringLiteral("v1 run"));
        QCOMPARE(r.experimentId, QStringLiteral("e-10"));
        QCOMPARE(r.pipelineVersionId, QStringLiteral("pv-10"));
        QCOMPARE(r.pipelineId, QStringLiteral("p-10"));
        QCOMPARE(r.namespaceName, QStringLiteral("kubeflow-user"));
        QCOMPARE(r.recurringRunId, QStringLiteral("j-10"));
        QCOMPARE(r.rawState, QStringLiteral("Error"));
        QCOMPARE(r.state, RunState::Failed);
        QCOMPARE(r.storageState, StorageState::Available); // omitted in 1.8.5 = AVAILABLE
        QCOMPARE(r.parameters.size(), 2);
        QCOMPARE(r.parameters.at(0).value.toString(), QStringLiteral("0.1")); // strings in v1
        QCOMPARE(r.tasks.size(), 3);
        TaskDetail train;
        for (const TaskDetail &t : r.tasks) {
            if (t.displayName == QLatin1String("train"))
                train = t;
        }
        QCOMPARE(train.state, RunState::Failed);
        QCOMPARE(train.errorMessage, QStringLiteral("OOMKilled"));
        QCOMPARE(train.podName, QStringLiteral("train-abc-222"));
        QCOMPARE(train.parentTaskId, QStringLiteral("train-abc"));
        QVERIFY(train.endTime.isValid());
    }

    void v1Lists()
    {
        const Page<Run> runs = v1.parseRuns(fixture(QStringLiteral("v1_runs.json")));
        QCOMPARE(runs.items.size(), 4);
        QCOMPARE(runs.nextPageToken, QStringLiteral("tok-2"));
        QCOMPARE(runs.items.at(0).storageState, StorageState::Archived);
        QCOMPARE(runs.items.at(0).state, RunState::Succeeded);
        QCOMPARE(runs.items.at(0).experimentId, QStringLiteral("e-10"));
        QCOMPARE(runs.items.at(1).state, RunState::Canceling);
        QVERIFY(!runs.items.at(1).finishedAt.isValid());
        QCOMPARE(runs.items.at(2).state, RunState::Unspecified); // new runs have no status yet
        QCOMPARE(runs.items.at(3).errorMessage,
                 QStringLiteral("Failed to convert run: bad manifest"));

        const Page<RecurringRun> jobs =
            v1.parseRecurringRuns(fixture(QStringLiteral("v1_jobs.json")));
        QCOMPARE(jobs.items.size(), 2);
        const RecurringRun &j = jobs.items.at(0);
        QVERIFY(j.enabled);
        QVERIFY(j.noCatchup);
        QCOMPARE(j.maxConcurrency, 10);
        QCOMPARE(j.trigger.kind, Trigger::Kind::Periodic);
        QCOMPARE(j.trigger.intervalSeconds, 3600);
        QCOMPARE(j.experimentId, QStringLiteral("e-10"));
        QCOMPARE(j.pipelineId, QStringLiteral("p-10"));
        QCOMPARE(jobs.items.at(1).trigger.cron, QStringLiteral("0 0 9 ? * 2-6"));
        QVERIFY(!jobs.items.at(1).enabled);

        const Page<Pipeline> pipelines =
            v1.parsePipelines(fixture(QStringLiteral("v1_pipelines.json")));
        QCOMPARE(pipelines.items.size(), 2);
        const Pipeline &p = pipelines.items.first();
        QCOMPARE(p.title(), QStringLiteral("xgb"));
        QCOMPARE(p.defaultVersionId, QStringLiteral("pv-10"));
        QCOMPARE(p.parameters.size(), 2);
        QCOMPARE(p.parameters.at(0).defaultValue.toString(), QStringLiteral("0.1"));
        QVERIFY(p.parameters.at(1).defaultValue.isUndefined());
        QCOMPARE(pipelines.items.at(1).errorMessage, QStringLiteral("bad pipeline"));

        const Page<PipelineVersion> versions =
            v1.parsePipelineVersions(fixture(QStringLiteral("v1_versions.json")));
        QCOMPARE(versions.items.size(), 1); // v1 list key "versions"
        QCOMPARE(versions.items.first().pipelineId, QStringLiteral("p-10"));
        QCOMPARE(versions.nextPageToken, QStringLiteral("v-tok"));

        const Page<Experiment> experiments =
            v1.parseExperiments(fixture(QStringLiteral("v1_experiments.json")));
        QCOMPARE(experiments.items.at(0).namespaceName, QStringLiteral("kubeflow-user"));
        QCOMPARE(experiments.items.at(0).storageState, StorageState::Available);
        QCOMPARE(experiments.items.at(1).storageState, StorageState::Archived);
    }

    void healthz()
    {
        const HealthInfo api = v2.parseHealthz(fixture(QStringLiteral("healthz_api.json")));
        QVERIFY(api.multiUser);
        QVERIFY(!api.viaUiServer);
        QCOMPARE(api.tagName, QStringLiteral("2.17.0"));
        QCOMPARE(api.pipelineStore, QStringLiteral("database"));
        QCOMPARE(api.apiVersion, ApiVersion::V2Beta1);
        const HealthInfo ui = v1.parseHealthz(fixture(QStringLiteral("healthz_ui.json")));
        QVERIFY(ui.viaUiServer);
        QVERIFY(!ui.multiUser); // multi_user wins over apiServerMultiUser
        QCOMPARE(ui.commitSha, QStringLiteral("8382cb0"));
        QCOMPARE(ui.tagName, QStringLiteral("1.8.5"));
        QCOMPARE(ui.apiVersion, ApiVersion::V1Beta1);
    }

    void v2CreateBodies()
    {
        RunRequest req;
        req.displayName = QStringLiteral("my run");
        req.experimentId = QStringLiteral("e-1");
        req.pipelineId = QStringLiteral("p-1");
        req.pipelineVersionId = QStringLiteral("pv-1");
        req.parameters = {{QStringLiteral("n"), 3},
                          {QStringLiteral("flag"), true},
                          {QStringLiteral("cfg"), QJsonObject{{QStringLiteral("a"), 1}}}};
        const RequestSpec spec = v2.createRun(req);
        QCOMPARE(spec.method, QByteArray("POST"));
        QCOMPARE(spec.path, QStringLiteral("/apis/v2beta1/runs"));
        QVERIFY(!spec.idempotent);
        const QJsonObject b = body(spec);
        QCOMPARE(b.value(QStringLiteral("display_name")).toString(), QStringLiteral("my run"));
        QCOMPARE(b.value(QStringLiteral("experiment_id")).toString(), QStringLiteral("e-1"));
        QCOMPARE(b.value(QStringLiteral("pipeline_version_reference")).toObject(),
                 QJsonObject({{QStringLiteral("pipeline_id"), QStringLiteral("p-1")},
                              {QStringLiteral("pipeline_version_id"), QStringLiteral("pv-1")}}));
        const QJsonObject params = b.value(QStringLiteral("runtime_config"))
                                       .toObject()
                                       .value(QStringLiteral("parameters"))
                                       .toObject();
        QCOMPARE(params.value(QStringLiteral("n")), QJsonValue(3));
        QCOMPARE(params.value(QStringLiteral("flag")), QJsonValue(true));
        QVERIFY(params.value(QStringLiteral("cfg")).isObject());
        // Empty optional fields are omitted (2.14+ rejects unknown fields, empty ones are noise).
        QVERIFY(!b.contains(QStringLiteral("description")));
        QVERIFY(!b.contains(QStringLiteral("service_account")));
        QVERIFY(!b.contains(QStringLiteral("pipeline_spec")));

        RecurringRunRequest rr;
        rr.run = req;
        rr.trigger.kind = Trigger::Kind::Periodic;
        rr.trigger.intervalSeconds = 3600;
        rr.maxConcurrency = 2;
        rr.enabled = false;
        const QJsonObject rb = body(v2.createRecurringRun(rr));
        QCOMPARE(rb.value(QStringLiteral("max_concurrency")), QJsonValue(QStringLiteral("2")));
        QCOMPARE(rb.value(QStringLiteral("mode")), QJsonValue(QStringLiteral("DISABLE")));
        QCOMPARE(rb.value(QStringLiteral("trigger"))
                     .toObject()
                     .value(QStringLiteral("periodic_schedule"))
                     .toObject()
                     .value(QStringLiteral("interval_second")),
                 QJsonValue(QStringLiteral("3600")));

        const QJsonObject eb =
            body(v2.createExperiment(QStringLiteral("exp"), {}, QStringLiteral("ns1"), true));
        QCOMPARE(eb, QJsonObject({{QStringLiteral("display_name"), QStringLiteral("exp")},
                                  {QStringLiteral("namespace"), QStringLiteral("ns1")}}));
    }

    void v1CreateBodies()
    {
        RunRequest req;
        req.displayName = QStringLiteral("my run");
        req.experimentId = QStringLiteral("e-1");
        req.pipelineVersionId = QStringLiteral("pv-1");
        req.parameters = {{QStringLiteral("n"), 3},
                          {QStringLiteral("rate"), 0.5},
                          {QStringLiteral("flag"), true},
                          {QStringLiteral("xs"), QJsonArray{1, 2}},
                          {QStringLiteral("s"), QStringLiteral("hi")}};
        const RequestSpec spec = v1.createRun(req);
        QCOMPARE(spec.path, QStringLiteral("/apis/v1beta1/runs"));
        const QJsonObject b = body(spec);
        QCOMPARE(b.value(QStringLiteral("name")).toString(), QStringLiteral("my run"));
        QVERIFY(!b.contains(QStringLiteral("display_name")));
        const QJsonArray params = b.value(QStringLiteral("pipeline_spec"))
                                      .toObject()
                                      .value(QStringLiteral("parameters"))
                                      .toArray();
        QStringList values;
        for (const QJsonValue &p : params)
            values.append(p.toObject().value(QStringLiteral("value")).toString());
        QCOMPARE(values,
                 QStringList({QStringLiteral("3"), QStringLiteral("0.5"), QStringLiteral("True"),
                              QStringLiteral("[1,2]"), QStringLiteral("hi")}));
        const QJsonArray refs = b.value(QStringLiteral("resource_references")).toArray();
        QCOMPARE(refs.size(), 2);
        QCOMPARE(refs.at(0).toObject().value(QStringLiteral("relationship")).toString(),
                 QStringLiteral("OWNER"));
        QCOMPARE(refs.at(0)
                     .toObject()
                     .value(QStringLiteral("key"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("EXPERIMENT"));
        QCOMPARE(refs.at(1).toObject().value(QStringLiteral("relationship")).toString(),
                 QStringLiteral("CREATOR"));
        QCOMPARE(refs.at(1)
                     .toObject()
                     .value(QStringLiteral("key"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("PIPELINE_VERSION"));

        RecurringRunRequest rr;
        rr.run = req;
        rr.trigger.kind = Trigger::Kind::Cron;
        rr.trigger.cron = QStringLiteral("0 0 9 ? * 2-6");
        rr.maxConcurrency = 3;
        const QJsonObject jb = body(v1.createRecurringRun(rr));
        QCOMPARE(jb.value(QStringLiteral("enabled")), QJsonValue(true));
        QCOMPARE(jb.value(QStringLiteral("max_concurrency")), QJsonValue(QStringLiteral("3")));
        QCOMPARE(jb.value(QStringLiteral("trigger"))
                     .toObject()
                     .value(QStringLiteral("cron_schedule"))
                     .toObject()
                     .value(QStringLiteral("cron")),
                 QJsonValue(rr.trigger.cron));
        QVERIFY(!jb.contains(QStringLiteral("mode")));

        // Multi-user: one NAMESPACE/OWNER reference; single-user: none.
        const QJsonObject multi =
            body(v1.createExperiment(QStringLiteral("exp"), {}, QStringLiteral("ns1"), true));
        const QJsonObject ref =
            multi.value(QStringLiteral("resource_references")).toArray().first().toObject();
        QCOMPARE(ref.value(QStringLiteral("key")).toObject(),
                 QJsonObject({{QStringLiteral("type"), QStringLiteral("NAMESPACE")},
                              {QStringLiteral("id"), QStringLiteral("ns1")}}));
        QCOMPARE(ref.value(QStringLiteral("relationship")).toString(), QStringLiteral("OWNER"));
        const QJsonObject single =
            body(v1.createExperiment(QStringLiteral("exp"), {}, QStringLiteral("ns1"), false));
        QVERIFY(!single.contains(QStringLiteral("resource_references")));
    }

    void paths()
    {
        QCOMPARE(v2.terminateRun(QStringLiteral("r1")).path,
                 QStringLiteral("/apis/v2beta1/runs/r1:terminate"));
        QCOMPARE(v1.terminateRun(QStringLiteral("r1")).path,
                 QStringLiteral("/apis/v1beta1/runs/r1/terminate"));
        QCOMPARE(v1.retryRun(QStringLiteral("r1")).path,
                 QStringLiteral("/apis/v1beta1/runs/r1/retry"));
        QCOMPARE(v1.archiveRun(QStringLiteral("r1")).path,
                 QStringLiteral("/apis/v1beta1/runs/r1:archive"));
        QCOMPARE(v2.enableRecurringRun(QStringLiteral("j")).path,
                 QStringLiteral("/apis/v2beta1/recurringruns/j:enable"));
        QCOMPARE(v1.enableRecurringRun(QStringLiteral("j")).path,
                 QStringLiteral("/apis/v1beta1/jobs/j/enable"));
        QCOMPARE(v1.getPipelineVersionTemplate(QStringLiteral("pv")).path,
                 QStringLiteral("/apis/v1beta1/pipeline_versions/pv/templates"));
        QCOMPARE(v2.deletePipeline(QStringLiteral("p"), true).encodedQuery,
                 QStringLiteral("cascade=true"));
        QCOMPARE(v2.deleteRun(QStringLiteral("r")).method, QByteArray("DELETE"));

        PipelineUpload up;
        up.filePath = QStringLiteral("/tmp/p.yaml");
        up.name = QStringLiteral("a b+c");
        up.displayName = QStringLiteral("A");
        const RequestSpec u2 = v2.uploadPipeline(up);
        QCOMPARE(u2.path, QStringLiteral("/apis/v2beta1/pipelines/upload"));
        // 2.x upload handlers decode the query once; KFP 1.8's decoded name/description twice.
        QCOMPARE(u2.encodedQuery, QStringLiteral("name=a%20b%2Bc&display_name=A"));
        QCOMPARE(u2.uploadFilePath, up.filePath);
        QCOMPARE(v1.uploadPipeline(up).encodedQuery,
                 QStringLiteral("name=a%2520b%252Bc")); // no display_name in v1
        PipelineVersionUpload uv;
        uv.pipelineId = QStringLiteral("p-1");
        uv.name = QStringLiteral("v2");
        QCOMPARE(v1.uploadPipelineVersion(uv).encodedQuery,
                 QStringLiteral("pipelineid=p-1&name=v2"));
    }

    // Found reviewing the parsers for fuzz_api_types: a JSON number outside int64 was cast (UB; x86
    // gave INT64_MIN). Such a number is no int64, so the fallback applies.
    void int64OutOfRange()
    {
        QCOMPARE(wire::readInt64(QJsonValue(1e300), 7), qint64(7));
        QCOMPARE(wire::readInt64(QJsonValue(-1e19), 7), qint64(7));
        QCOMPARE(wire::readInt64(QJsonValue(9.2e18), 7), qint64(9200000000000000000LL));
        QCOMPARE(wire::readInt64(QJsonValue(-3.0)), qint64(-3));
        const QJsonObject page{{QStringLiteral("runs"), QJsonArray{}},
                               {QStringLiteral("total_size"), 1e300}};
        QCOMPARE(v2.parseRuns(page).totalSize, 0);
    }
};

QTEST_GUILESS_MAIN(TstApiTypes)
#include "tst_apitypes.moc"
