// kfpctl run create / run watch, in-process against the sandbox over loopback HTTP, both
// dialects: parameters typed against the pipeline's declared types (v2 JSON types, v1 strings),
// --params-file, --package sent inline, --watch, and the exit code of a watch (0 succeeded,
// 3 failed, 4 canceled).

#include "KfpctlHarness.h"
#include "SandboxFixture.h"

#include <QtTest>

using namespace testutil;

namespace {

constexpr int T = 20000;

using CliResult = kfptest::KfpctlResult;

// kfpctl against the fixture's sandbox in the fixture's dialect.
CliResult runCli(const SandboxFixture &f, const QStringList &args)
{
    kfptest::KfpctlSetup setup;
    setup.timeoutMs = T;
    return kfptest::runKfpctl(QStringList{QStringLiteral("--host"), f.server->baseUrl().toString(),
                                          QStringLiteral("--api"), apiName(f.version)} +
                                  args,
                              setup);
}

QString data(const char *name)
{
    return QStringLiteral(KFP_WIZARD_DATA_DIR "/") + QLatin1String(name);
}

bool uploadTyped(SandboxFixture &f)
{
    kfp::PipelineUpload u;
    u.filePath = data("typed_v2.yaml");
    u.name = QStringLiteral("typed-params");
    return await(f.client->uploadPipeline(u)).ok();
}

QJsonObject lastRunBody(const SandboxFixture &f)
{
    const auto e = f.lastRequest("POST", f.apiPrefix() + QStringLiteral("/runs"));
    return e ? QJsonDocument::fromJson(e->body).object() : QJsonObject();
}

QJsonObject sentParameters(const SandboxFixture &f, const QJsonObject &body)
{
    if (f.isV2())
        return body.value(QLatin1String("runtime_config"))
            .toObject()
            .value(QLatin1String("parameters"))
            .toObject();
    QJsonObject out;
    const auto list =
        body.value(QLatin1String("pipeline_spec")).toObject().value(QLatin1String("parameters"));
    for (const auto &p : list.toArray())
        out.insert(p.toObject().value(QLatin1String("name")).toString(),
                   p.toObject().value(QLatin1String("value")));
    return out;
}

} // namespace

class TestKfpctlRun : public QObject
{
    Q_OBJECT

private slots:
    void createTyped_data() { addDialectRows(); }
    void createTyped()
    {
        QFETCH(QString, api);
        SandboxFixture f;
        QVERIFY(f.start(api, false));
        QVERIFY(uploadTyped(f));
        const CliResult r = runCli(f, {QStringLiteral("run"), QStringLiteral("create"),
                                       QStringLiteral("--pipeline"), QStringLiteral("typed-params"),
                                       QStringLiteral("--experiment"), QStringLiteral("cli-exp"),
                                       QStringLiteral("--param"), QStringLiteral("n=5"),
                                       QStringLiteral("--param"), QStringLiteral("flag=true"),
                                       QStringLiteral("--param"), QStringLiteral("target=s3://x=y"),
                                       QStringLiteral("--params-file"), data("params.yaml")});
        QVERIFY2(r.code == 0, r.describe());
        QVERIFY2(r.out.contains(QLatin1String("Created run")), r.describe());
        const QJsonObject params = sentParameters(f, lastRunBody(f));
        if (f.isV2()) {
            QCOMPARE(params.value(QLatin1String("n")), QJsonValue(5));
            QCOMPARE(params.value(QLatin1String("flag")), QJsonValue(true));
            QCOMPARE(params.value(QLatin1String("ratio")), QJsonValue(0.25));
            QCOMPARE(params.value(QLatin1String("cfg")), QJsonValue(QJsonObject{{"a", 1}}));
            QCOMPARE(params.value(QLatin1String("xs")), QJsonValue(QJsonArray{1, 2}));
        } else {
            QCOMPARE(params.value(QLatin1String("n")), QJsonValue(QStringLiteral("5")));
            // v1 takes strings; the dialect writes booleans as the v1 SDK does (Python's
            // str(True)).
            QCOMPARE(params.value(QLatin1String("flag")), QJsonValue(QStringLiteral("True")));
            QVERIFY(params.value(QLatin1String("cfg")).isString());
        }
        QCOMPARE(params.value(QLatin1String("target")), QJsonValue(QStringLiteral("s3://x=y")));
    }

    // The connection closes after the server created the run: kfpctl finds it rather than
    // failing (or, worse, having the request resent), and the server has exactly one.
    void createAfterLostAnswer_data() { addDialectRows(); }
    void createAfterLostAnswer()
    {
        QFETCH(QString, api);
        SandboxFixture f;
        QVERIFY(f.start(api, false));
        QVERIFY(uploadTyped(f));
        const int before = f.server->runCount();
        QVERIFY(f.server->addFault(QStringLiteral("path=*/runs,method=POST,drop")));
        const CliResult r = runCli(f, {QStringLiteral("run"), QStringLiteral("create"),
                                       QStringLiteral("--pipeline"), QStringLiteral("typed-params"),
                                       QStringLiteral("--experiment"), QStringLiteral("cli-exp"),
                                       QStringLiteral("--name"), QStringLiteral("lost-answer"),
                                       QStringLiteral("--param"), QStringLiteral("target=t"),
                                       QStringLiteral("--params-file"), data("params.yaml")});
        QVERIFY2(r.code == 0, r.describe());
        QVERIFY2(r.out.contains(QLatin1String("Created run")), r.describe());
        QCOMPARE(f.server->runCount(), before + 1);
        QCOMPARE(f.requests("POST", f.apiPrefix() + QStringLiteral("/runs")).size(), 1);
    }

    void badParameters_data()
    {
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("message");
        QTest::newRow("not an integer") << QStringLiteral("n=abc") << QStringLiteral("\"n\"");
        QTest::newRow("unknown") << QStringLiteral("nope=1") << QStringLiteral("\"nope\"");
        QTest::newRow("no =") << QStringLiteral("target") << QStringLiteral("NAME=VALUE");
        QTest::newRow("required missing") << QStringLiteral("n=1") << QStringLiteral("\"target\"");
    }
    void badParameters()
    {
        QFETCH(QString, param);
        QFETCH(QString, message);
        SandboxFixture f;
        QVERIFY(f.start(ApiVersion::V2Beta1));
        QVERIFY(uploadTyped(f));
        const QStringList extra =
            param.startsWith(QLatin1String("n=1"))
                ? QStringList{}
                : QStringList{QStringLiteral("--param"), QStringLiteral("target=t")};
        const CliResult r =
            runCli(f, QStringList{QStringLiteral("run"), QStringLiteral("create"),
                                  QStringLiteral("--pipeline"), QStringLiteral("typed-params"),
                                  QStringLiteral("--experiment"), QStringLiteral("e"),
                                  QStringLiteral("--param"), param} +
                          extra);
        QVERIFY2(r.code == 2, r.describe());
        QVERIFY2(r.err.contains(message), r.describe());
        QVERIFY(!f.lastRequest("POST", f.apiPrefix() + QStringLiteral("/runs")));
    }

    void createWatchSucceeds_data() { addDialectRows(); }
    void createWatchSucceeds()
    {
        QFETCH(QString, api);
        SandboxFixture f;
        QVERIFY(f.start(api, false));
        QVERIFY(uploadTyped(f));
        const CliResult r = runCli(
            f, {QStringLiteral("run"), QStringLiteral("create"), QStringLiteral("--pipeline"),
                QStringLiteral("typed-params"), QStringLiteral("--version"),
                QStringLiteral("typed-params"), QStringLiteral("--experiment"),
                QStringLiteral("cli-exp"), QStringLiteral("--param"), QStringLiteral("target=t"),
                QStringLiteral("--watch"), QStringLiteral("--poll"), QStringLiteral("100")});
        QVERIFY2(r.code == 0, r.describe());
        QVERIFY2(r.out.contains(QLatin1String("SUCCEEDED")), r.describe());
    }

    void packageInline_data() { addDialectRows(); }
    void packageInline()
    {
        QFETCH(QString, api);
        SandboxFixture f;
        QVERIFY(f.start(api, false));
        const QString file = f.isV2() ? data("typed_v2.yaml") : data("v1_argo.yaml");
        QStringList args{QStringLiteral("run"),          QStringLiteral("create"),
                         QStringLiteral("--package"),    file,
                         QStringLiteral("--experiment"), QStringLiteral("cli-exp")};
        if (f.isV2())
            args << QStringLiteral("--param") << QStringLiteral("target=t");
        const CliResult r = runCli(f, args);
        QVERIFY2(r.code == 0, r.describe());
        const QJsonObject body = lastRunBody(f);
        if (f.isV2())
            QVERIFY(body.value(QLatin1String("pipeline_spec"))
                        .toObject()
                        .contains(QLatin1String("pipelineInfo")));
        else
            QVERIFY(body.value(QLatin1String("pipeline_spec"))
                        .toObject()
                        .value(QLatin1String("workflow_manifest"))
                        .toString()
                        .contains(QLatin1String("argoproj.io")));
    }

    void watchFailedRun_data() { addDialectRows(); }
    void watchFailedRun()
    {
        QFETCH(QString, api);
        SandboxFixture f;
        QVERIFY(f.start(api, false));
        QVERIFY(uploadTyped(f));
        const auto pipeline = await(f.client->getPipelineByName(QStringLiteral("typed-params")));
        QVERIFY(pipeline.ok());
        kfp::RunRequest request;
        request.displayName = QStringLiteral("doomed");
        request.pipelineId = pipeline.result.id;
        const auto versions = await(f.client->listPipelineVersions(pipeline.result.id));
        QVERIFY(versions.ok() && !versions.result.items.isEmpty());
        request.pipelineVersionId = versions.result.items.first().id;
        // The sandbox fails the task named by this parameter ("*": every task).
        request.parameters = {{QStringLiteral("target"), QStringLiteral("t")},
                              {QStringLiteral("sandbox_fail_task"), QStringLiteral("*")}};
        const auto run = await(f.client->createRun(request));
        QVERIFY2(run.ok(), run.describe());
        const CliResult r =
            runCli(f, {QStringLiteral("run"), QStringLiteral("watch"), run.result.id,
                       QStringLiteral("--poll"), QStringLiteral("100")});
        QVERIFY2(r.code == 3, r.describe());
        QVERIFY2(r.out.contains(QLatin1String("FAILED")), r.describe());
    }

    void watchUsage()
    {
        SandboxFixture f;
        QVERIFY(f.start(ApiVersion::V2Beta1));
        QCOMPARE(runCli(f, {QStringLiteral("run"), QStringLiteral("watch")}).code, 2);
        QCOMPARE(runCli(f, {QStringLiteral("run"), QStringLiteral("create"),
                            QStringLiteral("--pipeline"), QStringLiteral("p")})
                     .code,
                 2); // no --experiment
        const CliResult missing = runCli(
            f, {QStringLiteral("run"), QStringLiteral("watch"), QStringLiteral("no-such-run")});
        QVERIFY2(missing.code == 1, missing.describe());
    }
};

QTEST_GUILESS_MAIN(TestKfpctlRun)
#include "tst_kfpctl_run.moc"
