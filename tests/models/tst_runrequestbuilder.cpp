// RunRequestBuilder: the RunRequest / RecurringRunRequest it makes of a RunDraft, the exact JSON
// body requestBody() shows for both dialects (parameters of every JSON type, a pipeline version
// reference or an inline package, experiment, service account, periodic and cron triggers), the
// drafts a clone starts from (fromRun, fromRecurringRun), and that requestBody() is byte for byte
// the JSON the client then POSTs to the sandbox over loopback HTTP.

#include "SandboxFixture.h"

#include "api/ApiDialect.h"
#include "models/RunRequestBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kfp;
using namespace testutil;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// requestBody() re-serialized compactly (QJsonObject keeps its keys sorted).
QByteArray bodyOf(const RunDraft &draft, ApiVersion version)
{
    const QByteArray indented = RunRequestBuilder::requestBody(draft, ApiDialect::of(version));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(indented, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return "not a JSON object: " + indented;
    return doc.toJson(QJsonDocument::Compact);
}

// 2026-01-02 03:04:05 at UTC+01:00, i.e. 02:04:05Z on the wire.
QDateTime startAt()
{
    return QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, 3600);
}
QDateTime endAt()
{
    return QDateTime(QDate(2026, 12, 31), QTime(23, 0, 0), Qt::UTC);
}

// One parameter of each JSON type the wizard can produce.
QList<RunParameter> typedParameters()
{
    return {
        {QStringLiteral("s"), QJsonValue(QStringLiteral("hello world"))},
        {QStringLiteral("i"), QJsonValue(42)},
        {QStringLiteral("big"), QJsonValue(1e15)},
        {QStringLiteral("f"), QJsonValue(0.1)},
        {QStringLiteral("t"), QJsonValue(true)},
        {QStringLiteral("no"), QJsonValue(false)},
        {QStringLiteral("xs"), QJsonArray{1, QStringLiteral("a")}},
        {QStringLiteral("cfg"), QJsonObject{{QStringLiteral("k"), 1}}},
        {QStringLiteral("unset"), QJsonValue(QJsonValue::Undefined)},
    };
}

// A draft that references a pipeline version, with everything a one-off run can carry, and
// summary-only fields that must never reach the body.
RunDraft versionDraft()
{
    RunDraft d;
    d.source = RunDraft::Source::PipelineVersion;
    d.pipelineId = QStringLiteral("p-1");
    d.pipelineVersionId = QStringLiteral("v-1");
    d.pipelineName = QStringLiteral("SUMMARY-pipeline");
    d.versionName = QStringLiteral("SUMMARY-version");
    d.packagePath = QStringLiteral("/SUMMARY/package.yaml");
    d.experimentName = QStringLiteral("SUMMARY-experiment");
    d.displayName = QStringLiteral("nightly");
    d.description = QStringLiteral("the nightly run");
    d.experimentId = QStringLiteral("e-1");
    d.serviceAccount = QStringLiteral("pipeline-runner");
    return d;
}

QJsonObject inlineSpec()
{
    return QJsonObject{{QStringLiteral("pipelineInfo"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("inline")}}},
                       {QStringLiteral("schemaVersion"), QStringLiteral("2.1.0")}};
}

} // namespace

class TstRunRequestBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runRequestFromVersionDraft()
    {
        RunDraft d = versionDraft();
        d.parameters = typedParameters();
        d.pipelineSpec = inlineSpec(); // left over from a Package choice: ignored
        d.workflowManifest = QStringLiteral("kind: Workflow");
        const RunRequest r = RunRequestBuilder::runRequest(d);
        QCOMPARE(r.displayName, QStringLiteral("nightly"));
        QCOMPARE(r.description, QStringLiteral("the nightly run"));
        QCOMPARE(r.experimentId, QStringLiteral("e-1"));
        QCOMPARE(r.serviceAccount, QStringLiteral("pipeline-runner"));
        QCOMPARE(r.pipelineId, QStringLiteral("p-1"));
        QCOMPARE(r.pipelineVersionId, QStringLiteral("v-1"));
        QVERIFY(r.pipelineSpec.isEmpty());
        QVERIFY(r.workflowManifest.isEmpty());
        QVERIFY(r.pipelineRoot.isEmpty());
        QCOMPARE(r.parameters.size(), 9);
        for (int i = 0; i < r.parameters.size(); ++i) {
            QCOMPARE(r.parameters.at(i).name, d.parameters.at(i).name);
            QCOMPARE(r.parameters.at(i).value, d.parameters.at(i).value);
        }
    }

    void runRequestFromPackageDraft()
    {
        RunDraft d = versionDraft();
        d.source = RunDraft::Source::Package;
        d.pipelineSpec = inlineSpec();
        d.workflowManifest = QStringLiteral("kind: Workflow");
        const RunRequest r = RunRequestBuilder::runRequest(d);
        // The ids of an earlier version choice are not sent with a local file.
        QVERIFY(r.pipelineId.isEmpty());
        QVERIFY(r.pipelineVersionId.isEmpty());
        QCOMPARE(compact(r.pipelineSpec), compact(inlineSpec()));
        QCOMPARE(r.workflowManifest, QStringLiteral("kind: Workflow"));
        QCOMPARE(r.experimentId, QStringLiteral("e-1"));
    }

    void recurringRunRequestFields()
    {
        RunDraft d = versionDraft();
        d.schedule = RunDraft::Schedule::Periodic;
        d.intervalSeconds = 7200;
        d.cron = QStringLiteral("0 0 * * * *");
        d.startTime = startAt();
        d.endTime = endAt();
        d.maxConcurrency = 4;
        d.catchUp = false;
        d.enabled = false;
        RecurringRunRequest r = RunRequestBuilder::recurringRunRequest(d);
        QCOMPARE(int(r.trigger.kind), int(Trigger::Kind::Periodic));
        QCOMPARE(r.trigger.intervalSeconds, qint64(7200));
        QCOMPARE(r.trigger.cron, QStringLiteral("0 0 * * * *"));
        QCOMPARE(r.trigger.startTime, startAt());
        QCOMPARE(r.trigger.endTime, endAt());
        QCOMPARE(r.maxConcurrency, qint64(4));
        QCOMPARE(r.noCatchup, true);
        QCOMPARE(r.enabled, false);
        QCOMPARE(r.run.displayName, QStringLiteral("nightly"));
        QCOMPARE(r.run.pipelineVersionId, QStringLiteral("v-1"));

        d.schedule = RunDraft::Schedule::Cron;
        d.catchUp = true;
        d.enabled = true;
        r = RunRequestBuilder::recurringRunRequest(d);
        QCOMPARE(int(r.trigger.kind), int(Trigger::Kind::Cron));
        QCOMPARE(r.noCatchup, false);
        QCOMPARE(r.enabled, true);
    }

    void isRecurring()
    {
        RunDraft d;
        QCOMPARE(d.isRecurring(), false);
        d.schedule = RunDraft::Schedule::Periodic;
        QCOMPARE(d.isRecurring(), true);
        d.schedule = RunDraft::Schedule::Cron;
        QCOMPARE(d.isRecurring(), true);
    }

    // --- requestBody(): one-off runs ---------------------------------------------------------

    void oneOffVersionBodyV2()
    {
        RunDraft d = versionDraft();
        d.parameters = typedParameters();
        const QByteArray expected =
            R"({"description":"the nightly run","display_name":"nightly","experiment_id":"e-1",)"
            R"("pipeline_version_reference":{"pipeline_id":"p-1","pipeline_version_id":"v-1"},)"
            R"("runtime_config":{"parameters":{"big":1000000000000000,"cfg":{"k":1},"f":0.1,)"
            R"("i":42,"no":false,"s":"hello world","t":true,"unset":null,"xs":[1,"a"]}},)"
            R"("service_account":"pipeline-runner"})";
        QCOMPARE(bodyOf(d, ApiVersion::V2Beta1), expected);
    }

    void oneOffVersionBodyV1()
    {
        RunDraft d = versionDraft();
        d.parameters = typedParameters();
        // v1 parameters are strings: Python's bool spelling, integers without ".0", 17
        // significant digits otherwise, lists and objects as compact JSON, nothing for unset.
        const QByteArray expected =
            R"({"description":"the nightly run","name":"nightly",)"
            R"("pipeline_spec":{"parameters":[{"name":"s","value":"hello world"},)"
            R"({"name":"i","value":"42"},{"name":"big","value":"1000000000000000"},)"
            R"({"name":"f","value":"0.10000000000000001"},{"name":"t","value":"True"},)"
            "{\"name\":\"no\",\"value\":\"False\"},{\"name\":\"xs\",\"value\":\"[1,\\\"a\\\"]\"},"
            "{\"name\":\"cfg\",\"value\":\"{\\\"k\\\":1}\"},{\"name\":\"unset\",\"value\":\"\"}],"
            R"("pipeline_id":"p-1"},)"
            R"("resource_references":[{"key":{"id":"e-1","type":"EXPERIMENT"},)"
            R"("relationship":"OWNER"},{"key":{"id":"v-1","type":"PIPELINE_VERSION"},)"
            R"("relationship":"CREATOR"}],"service_account":"pipeline-runner"})";
        QCOMPARE(bodyOf(d, ApiVersion::V1Beta1), expected);
    }

    void summaryFieldsNeverSent_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v2beta1") << int(ApiVersion::V2Beta1);
        QTest::newRow("v1beta1") << int(ApiVersion::V1Beta1);
    }
    void summaryFieldsNeverSent()
    {
        QFETCH(int, version);
        for (auto schedule :
             {RunDraft::Schedule::OneOff, RunDraft::Schedule::Periodic, RunDraft::Schedule::Cron}) {
            RunDraft d = versionDraft();
            d.schedule = schedule;
            const QByteArray body = bodyOf(d, ApiVersion(version));
            QVERIFY2(body.startsWith('{'), body.constData());
            QVERIFY2(!body.contains("SUMMARY"), body.constData());
        }
    }

    void pipelineWithoutVersion()
    {
        RunDraft d;
        d.displayName = QStringLiteral("latest");
        d.pipelineId = QStringLiteral("p-2");
        // v2: the server takes the pipeline's latest version.
        QCOMPARE(bodyOf(d, ApiVersion::V2Beta1),
                 QByteArray(R"({"display_name":"latest",)"
                            R"("pipeline_version_reference":{"pipeline_id":"p-2"}})"));
        QCOMPARE(bodyOf(d, ApiVersion::V1Beta1),
                 QByteArray(R"({"name":"latest","pipeline_spec":{"pipeline_id":"p-2"}})"));
    }

    void minimalDraftSendsOnlyTheName()
    {
        RunDraft d;
        d.displayName = QStringLiteral("bare");
        QCOMPARE(bodyOf(d, ApiVersion::V2Beta1), QByteArray(R"({"display_name":"bare"})"));
        QCOMPARE(bodyOf(d, ApiVersion::V1Beta1), QByteArray(R"({"name":"bare"})"));
    }

    void packageBodyV2SendsTheSpecInline()
    {
        RunDraft d = versionDraft();
        d.source = RunDraft::Source::Package;
        d.pipelineSpec = inlineSpec();
        d.workflowManifest = QStringLiteral("kind: Workflow");
        d.parameters = {{QStringLiteral("n"), QJsonValue(3)}};
        QCOMPARE(bodyOf(d, ApiVersion::V2Beta1),
                 QByteArray(R"({"description":"the nightly run","display_name":"nightly",)"
                            R"("experiment_id":"e-1","pipeline_spec":{"pipelineInfo":)"
                            R"({"name":"inline"},"schemaVersion":"2.1.0"},)"
                            R"("runtime_config":{"parameters":{"n":3}},)"
                            R"("service_account":"pipeline-runner"})"));
    }

    void packageBodyV1SendsTheManifestInline()
    {
        RunDraft d = versionDraft();
        d.source = RunDraft::Source::Package;
        d.pipelineSpec = inlineSpec(); // v1 has no field for an IR spec
        d.workflowManifest = QStringLiteral("kind: Workflow");
        d.parameters = {{QStringLiteral("n"), QJsonValue(3)}};
        QCOMPARE(bodyOf(d, ApiVersion::V1Beta1),
                 QByteArray(R"({"description":"the nightly run","name":"nightly",)"
                            R"("pipeline_spec":{"parameters":[{"name":"n","value":"3"}],)"
                            R"("workflow_manifest":"kind: Workflow"},)"
                            R"("resource_references":[{"key":{"id":"e-1","type":"EXPERIMENT"},)"
                            R"("relationship":"OWNER"}],"service_account":"pipeline-runner"})"));
    }

    void requestBodyIsIndentedJson()
    {
        RunDraft d = versionDraft();
        const QByteArray body =
            RunRequestBuilder::requestBody(d, ApiDialect::of(ApiVersion::V2Beta1));
        const QJsonObject sent =
            QJsonDocument::fromJson(ApiDialect::of(ApiVersion::V2Beta1)
                                        .createRun(RunRequestBuilder::runRequest(d))
                                        .body)
                .object();
        QCOMPARE(body, QJsonDocument(sent).toJson(QJsonDocument::Indented));
        QVERIFY(body.contains("\n    \"display_name\": \"nightly\",\n"));
    }

    // --- requestBody(): recurring runs -------------------------------------------------------

    void periodicBodyV2()
    {
        RunDraft d = versionDraft();
        d.schedule = RunDraft::Schedule::Periodic;
        d.intervalSeconds = 7200;
        d.cron = QStringLiteral("0 0 * * * *"); // not a cron schedule: not sent
        d.startTime = startAt();
        d.endTime = endAt();
        d.maxConcurrency = 3;
        d.catchUp = false;
        d.enabled = false;
        QCOMPARE(bodyOf(d, ApiVersion::V2Beta1),
                 QByteArray(R"({"description":"the nightly run","display_name":"nightly",)"
                            R"("experiment_id":"e-1","max_concurrency":"3","mode":"DISABLE",)"
                            R"("no_catchup":true,"pipeline_version_reference":)"
                            R"({"pipeline_id":"p-1","pipeline_version_id":"v-1"},)"
                            R"("service_account":"pipeline-runner",)"
                            R"("trigger":{"periodic_schedule":{"end_time":"2026-12-31T23:00:00Z",)"
                            R"("interval_second":"7200","start_time":"2026-01-02T02:04:05Z"}}})"));
    }

    void periodicBodyV1()
    {
        RunDraft d = versionDraft();
        d.schedule = RunDraft::Schedule::Periodic;
        d.intervalSeconds = 7200;
        d.startTime = startAt();
        d.endTime = endAt();
        d.maxConcurrency = 3;
        d.catchUp = false;
        d.enabled = false;
        QCOMPARE(bodyOf(d, ApiVersion::V1Beta1),
                 QByteArray(R"({"description":"the nightly run","enabled":false,)"
                            R"("max_concurrency":"3","name":"nightly","no_catchup":true,)"
                            R"("pipeline_spec":{"pipeline_id":"p-1"},)"
                            R"("resource_references":[{"key":{"id":"e-1","type":"EXPERIMENT"},)"
                            R"("relationship":"OWNER"},{"key":{"id":"v-1",)"
                            R"("type":"PIPELINE_VERSION"},"relationship":"CREATOR"}],)"
                            R"("service_account":"pipeline-runner",)"
                            R"("trigger":{"periodic_schedule":{"end_time":"2026-12-31T23:00:00Z",)"
                            R"("interval_second":"7200","start_time":"2026-01-02T02:04:05Z"}}})"));
    }

    void cronBodyBothDialects()
    {
        RunDraft d;
        d.displayName = QStringLiteral("hourly");
        d.pipelineId = QStringLiteral("p-3");
        d.schedule = RunDraft::Schedule::Cron;
        d.cron = QStringLiteral("0 0 * * * *");
        d.intervalSeconds = 60; // not a periodic schedule: not sent
        // catchUp and enabled stay true; no start or end time.
        QCOMPARE(bodyOf(d, ApiVersion::V2Beta1),
                 QByteArray(R"({"display_name":"hourly","max_concurrency":"1","mode":"ENABLE",)"
                            R"("pipeline_version_reference":{"pipeline_id":"p-3"},)"
                            R"("trigger":{"cron_schedule":{"cron":"0 0 * * * *"}}})"));
        QCOMPARE(bodyOf(d, ApiVersion::V1Beta1),
                 QByteArray(R"({"enabled":true,"max_concurrency":"1","name":"hourly",)"
                            R"("pipeline_spec":{"pipeline_id":"p-3"},)"
                            R"("trigger":{"cron_schedule":{"cron":"0 0 * * * *"}}})"));
    }

    void oneOffBodyHasNoSchedule()
    {
        RunDraft d = versionDraft();
        d.startTime = startAt(); // set in the wizard, then "run once" chosen
        d.cron = QStringLiteral("0 0 * * * *");
        for (ApiVersion v : {ApiVersion::V2Beta1, ApiVersion::V1Beta1}) {
            const QByteArray body = bodyOf(d, v);
            QVERIFY2(body.startsWith('{'), body.constData());
            for (const char *key : {"trigger", "max_concurrency", "mode", "enabled", "no_catchup"})
                QVERIFY2(!body.contains(QByteArray("\"") + key + '"'), body.constData());
        }
    }

    // --- clones -------------------------------------------------------------------------------

    void fromRunReferencingAVersion()
    {
        Run run;
        run.id = QStringLiteral("r-1");
        run.displayName = QStringLiteral("original");
        run.description = QStringLiteral("desc");
        run.experimentId = QStringLiteral("e-9");
        run.serviceAccount = QStringLiteral("sa");
        run.pipelineId = QStringLiteral("p-9");
        run.pipelineVersionId = QStringLiteral("v-9");
        run.pipelineSpec = inlineSpec(); // the server's copy of the version's spec
        run.parameters = {{QStringLiteral("a"), QJsonValue(1)},
                          {QStringLiteral("b"), QJsonValue(QStringLiteral("x"))}};
        const RunDraft d = RunRequestBuilder::fromRun(run);
        QCOMPARE(int(d.source), int(RunDraft::Source::PipelineVersion));
        QCOMPARE(d.pipelineId, QStringLiteral("p-9"));
        QCOMPARE(d.pipelineVersionId, QStringLiteral("v-9"));
        QVERIFY(d.pipelineSpec.isEmpty());
        QCOMPARE(d.description, QStringLiteral("desc"));
        QCOMPARE(d.experimentId, QStringLiteral("e-9"));
        QCOMPARE(d.serviceAccount, QStringLiteral("sa"));
        QCOMPARE(d.parameters.size(), 2);
        QCOMPARE(d.parameters.at(0).name, QStringLiteral("a"));
        QCOMPARE(d.parameters.at(0).value, QJsonValue(1));
        QCOMPARE(d.parameters.at(1).value, QJsonValue(QStringLiteral("x")));
        // Not its identity: the clone is named anew, and runs once.
        QVERIFY(d.displayName.isEmpty());
        QCOMPARE(int(d.schedule), int(RunDraft::Schedule::OneOff));
    }

    void fromRunWithOnlyAVersionId()
    {
        Run run;
        run.pipelineVersionId = QStringLiteral("v-only");
        run.workflowManifest = QStringLiteral("kind: Workflow");
        const RunDraft d = RunRequestBuilder::fromRun(run);
        QCOMPARE(int(d.source), int(RunDraft::Source::PipelineVersion));
        QCOMPARE(d.pipelineVersionId, QStringLiteral("v-only"));
        QVERIFY(d.workflowManifest.isEmpty());
    }

    void fromRunWithAnInlineSpec()
    {
        Run v2;
        v2.pipelineSpec = inlineSpec();
        RunDraft d = RunRequestBuilder::fromRun(v2);
        QCOMPARE(int(d.source), int(RunDraft::Source::Package));
        QCOMPARE(compact(d.pipelineSpec), compact(inlineSpec()));
        QVERIFY(d.workflowManifest.isEmpty());

        Run v1;
        v1.workflowManifest = QStringLiteral("{\"kind\":\"Workflow\"}");
        d = RunRequestBuilder::fromRun(v1);
        QCOMPARE(int(d.source), int(RunDraft::Source::Package));
        QCOMPARE(d.workflowManifest, QStringLiteral("{\"kind\":\"Workflow\"}"));

        // Neither a version nor a spec: nothing to clone from, the draft keeps its default.
        d = RunRequestBuilder::fromRun(Run{});
        QCOMPARE(int(d.source), int(RunDraft::Source::PipelineVersion));
    }

    void fromRecurringRunCron()
    {
        RecurringRun rr;
        rr.id = QStringLiteral("rr-1");
        rr.displayName = QStringLiteral("every hour");
        rr.description = QStringLiteral("d");
        rr.experimentId = QStringLiteral("e-1");
        rr.serviceAccount = QStringLiteral("sa");
        rr.pipelineId = QStringLiteral("p-1");
        rr.pipelineVersionId = QStringLiteral("v-1");
        rr.parameters = {{QStringLiteral("n"), QJsonValue(5)}};
        rr.trigger.kind = Trigger::Kind::Cron;
        rr.trigger.cron = QStringLiteral("0 30 * * * *");
        rr.trigger.intervalSeconds = 0; // unset on a cron trigger
        rr.trigger.startTime = startAt();
        rr.trigger.endTime = endAt();
        rr.maxConcurrency = 7;
        rr.noCatchup = true;
        rr.enabled = false;
        const RunDraft d = RunRequestBuilder::fromRecurringRun(rr);
        QCOMPARE(int(d.schedule), int(RunDraft::Schedule::Cron));
        QCOMPARE(d.cron, QStringLiteral("0 30 * * * *"));
        QCOMPARE(d.intervalSeconds, qint64(3600)); // the draft's default stays
        QCOMPARE(d.startTime, startAt());
        QCOMPARE(d.endTime, endAt());
        QCOMPARE(d.maxConcurrency, 7);
        QCOMPARE(d.catchUp, false);
        QCOMPARE(d.enabled, false);
        QCOMPARE(int(d.source), int(RunDraft::Source::PipelineVersion));
        QCOMPARE(d.pipelineId, QStringLiteral("p-1"));
        QCOMPARE(d.pipelineVersionId, QStringLiteral("v-1"));
        QCOMPARE(d.experimentId, QStringLiteral("e-1"));
        QCOMPARE(d.serviceAccount, QStringLiteral("sa"));
        QCOMPARE(d.description, QStringLiteral("d"));
        QCOMPARE(d.parameters.size(), 1);
        QCOMPARE(d.parameters.first().value, QJsonValue(5));
        QVERIFY(d.displayName.isEmpty());

        // And back: the clone asks for the same schedule.
        const RecurringRunRequest again = RunRequestBuilder::recurringRunRequest(d);
        QCOMPARE(int(again.trigger.kind), int(Trigger::Kind::Cron));
        QCOMPARE(again.trigger.cron, rr.trigger.cron);
        QCOMPARE(again.maxConcurrency, rr.maxConcurrency);
        QCOMPARE(again.noCatchup, rr.noCatchup);
        QCOMPARE(again.enabled, rr.enabled);
    }

    void fromRecurringRunPeriodicAndBounds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("interval");
        QTest::addColumn<qint64>("maxConcurrency");
        QTest::addColumn<int>("schedule");
        QTest::addColumn<qint64>("draftInterval");
        QTest::addColumn<int>("draftConcurrency");
        QTest::newRow("periodic 15 min") << int(Trigger::Kind::Periodic) << qint64(900) << qint64(2)
                                         << int(RunDraft::Schedule::Periodic) << qint64(900) << 2;
        QTest::newRow("concurrency 0 → 1")
            << int(Trigger::Kind::Periodic) << qint64(60) << qint64(0)
            << int(RunDraft::Schedule::Periodic) << qint64(60) << 1;
        QTest::newRow("concurrency 50 → 10")
            << int(Trigger::Kind::Periodic) << qint64(60) << qint64(50)
            << int(RunDraft::Schedule::Periodic) << qint64(60) << 10;
        QTest::newRow("negative interval ignored")
            << int(Trigger::Kind::Periodic) << qint64(-5) << qint64(10)
            << int(RunDraft::Schedule::Periodic) << qint64(3600) << 10;
        // No trigger at all (a malformed answer): still a recurring draft, periodic.
        QTest::newRow("no trigger") << int(Trigger::Kind::None) << qint64(0) << qint64(1)
                                    << int(RunDraft::Schedule::Periodic) << qint64(3600) << 1;
    }
    void fromRecurringRunPeriodicAndBounds()
    {
        QFETCH(int, kind);
        QFETCH(qint64, interval);
        QFETCH(qint64, maxConcurrency);
        QFETCH(int, schedule);
        QFETCH(qint64, draftInterval);
        QFETCH(int, draftConcurrency);
        RecurringRun rr;
        rr.trigger.kind = Trigger::Kind(kind);
        rr.trigger.intervalSeconds = interval;
        rr.maxConcurrency = maxConcurrency;
        rr.enabled = true;
        const RunDraft d = RunRequestBuilder::fromRecurringRun(rr);
        QCOMPARE(int(d.schedule), schedule);
        QCOMPARE(d.intervalSeconds, draftInterval);
        QCOMPARE(d.maxConcurrency, draftConcurrency);
        QCOMPARE(d.catchUp, true);
        QCOMPARE(d.enabled, true);
        QVERIFY(!d.startTime.isValid());
        QVERIFY(!d.endTime.isValid());
    }

    void fromRecurringRunWithAnInlineSpec()
    {
        RecurringRun rr;
        rr.trigger.kind = Trigger::Kind::Periodic;
        rr.trigger.intervalSeconds = 120;
        rr.pipelineSpec = inlineSpec();
        RunDraft d = RunRequestBuilder::fromRecurringRun(rr);
        QCOMPARE(int(d.source), int(RunDraft::Source::Package));
        QCOMPARE(compact(d.pipelineSpec), compact(inlineSpec()));

        RecurringRun v1;
        v1.trigger.kind = Trigger::Kind::Periodic;
        v1.workflowManifest = QStringLiteral("kind: Workflow");
        d = RunRequestBuilder::fromRecurringRun(v1);
        QCOMPARE(int(d.source), int(RunDraft::Source::Package));
        QCOMPARE(d.workflowManifest, QStringLiteral("kind: Workflow"));
    }

    // --- the body shown is the body sent --------------------------------------------------------

    void shownBodyIsSentBody_data() { addDialectRows(); }
    void shownBodyIsSentBody()
    {
        QFETCH(QString, api);
        SandboxFixture f;
        QVERIFY(f.start(api, false));
        const Pipeline pipeline = f.upload(QStringLiteral("builder-%1").arg(api));
        QVERIFY(!pipeline.id.isEmpty());
        const QString versionId = f.firstVersionId(pipeline.id);
        QVERIFY(!versionId.isEmpty());
        const Experiment experiment = f.experiment(QStringLiteral("builder-exp-%1").arg(api));
        QVERIFY(!experiment.id.isEmpty());

        RunDraft d;
        d.pipelineId = pipeline.id;
        d.pipelineVersionId = versionId;
        d.experimentId = experiment.id;
        d.displayName = QStringLiteral("shown %1").arg(api);
        d.description = QStringLiteral("as shown on the Review page");
        d.parameters = {{QStringLiteral("message"), QJsonValue(QStringLiteral("hi there"))},
                        {QStringLiteral("n"), QJsonValue(3)}};

        const QString runs = f.apiPrefix() + QStringLiteral("/runs");
        const auto created = await(f.client->createRun(RunRequestBuilder::runRequest(d)));
        KFP_VERIFY_OK(created);
        const auto sentRun = f.lastRequest("POST", runs);
        QVERIFY(sentRun.has_value());
        QCOMPARE(sentRun->body, QJsonDocument::fromJson(RunRequestBuilder::requestBody(
                                                            d, ApiDialect::of(apiFromName(api))))
                                    .toJson(QJsonDocument::Compact));

        d.displayName = QStringLiteral("shown recurring %1").arg(api);
        d.schedule = RunDraft::Schedule::Cron;
        d.cron = QStringLiteral("0 0 3 * * *");
        d.enabled = false; // the sandbox starts no runs for it
        d.catchUp = false;
        d.maxConcurrency = 2;
        d.startTime = startAt();
        const auto recurring =
            await(f.client->createRecurringRun(RunRequestBuilder::recurringRunRequest(d)));
        KFP_VERIFY_OK(recurring);
        const QString jobs =
            f.apiPrefix() + (f.isV2() ? QStringLiteral("/recurringruns") : QStringLiteral("/jobs"));
        const auto sentJob = f.lastRequest("POST", jobs);
        QVERIFY(sentJob.has_value());
        QCOMPARE(sentJob->body, QJsonDocument::fromJson(RunRequestBuilder::requestBody(
                                                            d, ApiDialect::of(apiFromName(api))))
                                    .toJson(QJsonDocument::Compact));
        QCOMPARE(recurring.result.trigger.cron, QStringLiteral("0 0 3 * * *"));
        QCOMPARE(recurring.result.maxConcurrency, qint64(2));
        QCOMPARE(recurring.result.enabled, false);
    }
};

QTEST_GUILESS_MAIN(TstRunRequestBuilder)
#include "tst_runrequestbuilder.moc"
