// KfpClient runs over loopback HTTP against the sandbox, both dialects: create from a pipeline
// version and from an inline spec with typed parameters, get, list by experiment and namespace,
// archive, unarchive, terminate, retry, delete, waitForRunCompletion, paging.
// Facts: docs/wire.md.

#include "SandboxFixture.h"

#include <QtTest>

using namespace testutil;
using kfp::ListQuery;
using kfp::RunParameter;
using kfp::RunState;
using kfp::StorageState;

namespace {

QList<RunParameter> typedParams()
{
    return {{QStringLiteral("message"), QStringLiteral("hi there")},
            {QStringLiteral("n"), 3},
            {QStringLiteral("flag"), true},
            {QStringLiteral("cfg"), QJsonObject{{QStringLiteral("a"), 1}}},
            {QStringLiteral("xs"), QJsonArray{1, 2}}};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Everything a run test needs: an experiment, a pipeline and its first version.
struct RunSetup
{
    QString experimentId, pipelineId, versionId;
};

RunSetup prepare(SandboxFixture &f, const QString &ns = {})
{
    RunSetup s;
    s.experimentId = f.experiment(QStringLiteral("runs-exp") + ns, ns).id;
    s.pipelineId = f.upload(QStringLiteral("runs-pipeline")).id;
    s.versionId = f.firstVersionId(s.pipelineId);
    return s;
}

bool hasRef(const QJsonObject &body, const QString &type, const QString &id,
            const QString &relationship)
{
    for (const auto &v : body.value(QLatin1String("resource_references")).toArray()) {
        const QJsonObject ref = v.toObject();
        const QJsonObject key = ref.value(QLatin1String("key")).toObject();
        if (key.value(QLatin1String("type")).toString() == type &&
            key.value(QLatin1String("id")).toString() == id &&
            ref.value(QLatin1String("relationship")).toString() == relationship)
            return true;
    }
    return false;
}

} // namespace

class TestKfpClientRuns : public QObject
{
    Q_OBJECT

private slots:
    // v2 CreateRun: pipeline_version_reference + typed JSON in runtime_config.parameters;
    // v1: EXPERIMENT/OWNER and PIPELINE_VERSION/CREATOR references + string
    // pipeline_spec.parameters (lists and objects as JSON text), docs/wire.md.
    void createFromVersion_data() { addDialectRows(true); }
    void createFromVersion()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        const RunSetup s = prepare(f);
        QVERIFY(!s.versionId.isEmpty());
        const kfp::Run run = f.runOf(s.experimentId, s.pipelineId, s.versionId, typedParams(),
                                     QStringLiteral("typed"));
        QVERIFY(!run.id.isEmpty());
        QCOMPARE(run.experimentId, s.experimentId);
        QCOMPARE(run.displayName, QStringLiteral("typed"));

        const auto req = f.lastRequest("POST", f.apiPrefix() + QStringLiteral("/runs"));
        QVERIFY(req);
        const QJsonObject body = jsonBody(*req);
        if (f.isV2()) {
            QCOMPARE(body.value(QLatin1String("experiment_id")).toString(), s.experimentId);
            const QJsonObject ref =
                body.value(QLatin1String("pipeline_version_reference")).toObject();
            QCOMPARE(ref.value(QLatin1String("pipeline_id")).toString(), s.pipelineId);
            QCOMPARE(ref.value(QLatin1String("pipeline_version_id")).toString(), s.versionId);
            const QJsonObject params = body.value(QLatin1String("runtime_config"))
                                           .toObject()
                                           .value(QLatin1String("parameters"))
                                           .toObject();
            QCOMPARE(params.value(QLatin1String("message")),
                     QJsonValue(QStringLiteral("hi there")));
            QCOMPARE(params.value(QLatin1String("n")).toDouble(), 3.0);
            QVERIFY(params.value(QLatin1String("n")).isDouble());
            QCOMPARE(params.value(QLatin1String("flag")), QJsonValue(true));
            QCOMPARE(params.value(QLatin1String("cfg")),
                     QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}));
            QCOMPARE(params.value(QLatin1String("xs")), QJsonValue(QJsonArray{1, 2}));
        } else {
            QVERIFY(hasRef(body, QStringLiteral("EXPERIMENT"), s.experimentId,
                           QStringLiteral("OWNER")));
            QVERIFY(hasRef(body, QStringLiteral("PIPELINE_VERSION"), s.versionId,
                           QStringLiteral("CREATOR")));
            QMap<QString, QJsonValue> params;
            for (const auto &v : body.value(QLatin1String("pipeline_spec"))
                                     .toObject()
                                     .value(QLatin1String("parameters"))
                                     .toArray())
                params.insert(v.toObject().value(QLatin1String("name")).toString(),
                              v.toObject().value(QLatin1String("value")));
            QCOMPARE(params.value(QStringLiteral("message")),
                     QJsonValue(QStringLiteral("hi there")));
            QCOMPARE(params.value(QStringLiteral("n")), QJsonValue(QStringLiteral("3")));
            // the 1.8 SDK stringifies with Python's str(): "True"; JSON's "true" is as good
            QCOMPARE(params.value(QStringLiteral("flag")).toString().toLower(),
                     QStringLiteral("true"));
            QCOMPARE(
                QJsonDocument::fromJson(params.value(QStringLiteral("cfg")).toString().toUtf8())
                    .object(),
                QJsonObject({{QStringLiteral("a"), 1}}));
            QCOMPARE(QJsonDocument::fromJson(params.value(QStringLiteral("xs")).toString().toUtf8())
                         .array(),
                     QJsonArray({1, 2}));
        }

        auto got = await(f.client->getRun(run.id));
        KFP_VERIFY_OK(got);
        QCOMPARE(got.result.id, run.id);
        QCOMPARE(got.result.experimentId, s.experimentId);
        QCOMPARE(got.result.pipelineVersionId, s.versionId);
        QVERIFY(got.result.createdAt.isValid());
        QVERIFY(std::any_of(got.result.parameters.cbegin(), got.result.parameters.cend(),
                            [](const RunParameter &p) {
                                return p.name == QLatin1String("message") &&
                                       p.value.toString() == QLatin1String("hi there");
                            }));
    }

    // Inline source: v2 `pipeline_spec` (the IR as JSON, no version reference); v1
    // `pipeline_spec.workflow_manifest` (the Argo workflow text). The run then completes.
    void createInline_data() { addDialectRows(true); }
    void createInline()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        const QString exp = f.experiment(QStringLiteral("inline")).id;
        kfp::RunRequest req;
        req.displayName = QStringLiteral("inline run");
        req.experimentId = exp;
        if (f.isV2())
            req.pipelineSpec =
                QJsonDocument::fromJson(readFile(dataFile(QStringLiteral("client/hello_v2.json"))))
                    .object();
        else
            req.workflowManifest =
                QString::fromUtf8(readFile(dataFile(QStringLiteral("client/hello_v1_argo.yaml"))));
        req.parameters = {{QStringLiteral("message"), QStringLiteral("inline")},
                          {QStringLiteral("n"), 2}};
        QVERIFY(!req.pipelineSpec.isEmpty() || !req.workflowManifest.isEmpty());
        auto created = await(f.client->createRun(req));
        KFP_VERIFY_OK(created);

        const auto sent = f.lastRequest("POST", f.apiPrefix() + QStringLiteral("/runs"));
        QVERIFY(sent);
        const QJsonObject body = jsonBody(*sent);
        if (f.isV2()) {
            QVERIFY(body.value(QLatin1String("pipeline_spec"))
                        .toObject()
                        .value(QLatin1String("root"))
                        .isObject());
            QVERIFY(!body.contains(QLatin1String("pipeline_version_reference")));
            QCOMPARE(body.value(QLatin1String("runtime_config"))
                         .toObject()
                         .value(QLatin1String("parameters"))
                         .toObject()
                         .value(QLatin1String("n")),
                     QJsonValue(2));
        } else {
            const QJsonObject spec = body.value(QLatin1String("pipeline_spec")).toObject();
            QVERIFY(spec.value(QLatin1String("workflow_manifest"))
                        .toString()
                        .contains(QLatin1String("argoproj.io")));
        }
        auto done = await(f.client->waitForRunCompletion(created.result.id, 20000, 100), 25000);
        KFP_VERIFY_OK(done);
        QCOMPARE(runStateName(done.result.state), runStateName(RunState::Succeeded));
    }

    // v2 GET /runs?experiment_id=; v1 resource_reference_key.type=EXPERIMENT&.id=.
    void listByExperiment_data() { addDialectRows(true); }
    void listByExperiment()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        const RunSetup s = prepare(f);
        const QString other = f.experiment(QStringLiteral("other")).id;
        QSet<QString> mine;
        for (int i = 0; i < 3; ++i)
            mine.insert(
                f.runOf(s.experimentId, s.pipelineId, s.versionId, {}, QStringLiteral("r%1").arg(i))
                    .id);
        f.runOf(other, s.pipelineId, s.versionId);
        auto list = await(f.client->listRuns(ListQuery().inExperiment(s.experimentId)));
        KFP_VERIFY_OK(list);
        QSet<QString> got;
        for (const auto &r : list.result.items)
            got.insert(r.id);
        QCOMPARE(got, mine);
        const auto req = f.lastRequest("GET", f.apiPrefix() + QStringLiteral("/runs"));
        QVERIFY(req);
        if (f.isV2()) {
            QCOMPARE(req->query.queryItemValue(QStringLiteral("experiment_id")), s.experimentId);
        } else {
            QCOMPARE(req->query.queryItemValue(QStringLiteral("resource_reference_key.type")),
                     QStringLiteral("EXPERIMENT"));
            QCOMPARE(req->query.queryItemValue(QStringLiteral("resource_reference_key.id")),
                     s.experimentId);
        }
    }

    // Multi-user: v2 GET /runs?namespace=; v1 resource_reference_key.type=NAMESPACE (§7).
    void listByNamespace_data() { addDialectRows(); }
    void listByNamespace()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        FixtureOptions o;
        o.multiUser = true;
        QVERIFY(f.start(api, prefix, o));
        const RunSetup a = prepare(f, QStringLiteral("team-a"));
        const QString bExp = f.experiment(QStringLiteral("b"), QStringLiteral("team-b")).id;
        const QString runA = f.runOf(a.experimentId, a.pipelineId, a.versionId).id;
        const QString runB = f.runOf(bExp, a.pipelineId, a.versionId).id;
        QVERIFY(!runA.isEmpty() && !runB.isEmpty());
        const QString runA2 = f.runOf(a.experimentId, a.pipelineId, a.versionId).id;
        const QString runA3 = f.runOf(a.experimentId, a.pipelineId, a.versionId).id;
        // page_size 1: every later page must keep the namespace scope (multi-user servers reject
        // a ListRuns without namespace or experiment)
        auto call = [&f](const ListQuery &q) {
            return f.client->listRuns(q);
        };
        int pages = 0;
        auto list = collectAll<kfp::Run>(
            call, ListQuery().withPageSize(1).inNamespace(QStringLiteral("team-a")), &pages);
        KFP_VERIFY_OK(list);
        QSet<QString> got;
        for (const auto &r : list.result)
            got.insert(r.id);
        QCOMPARE(got, QSet<QString>({runA, runA2, runA3}));
        QCOMPARE(pages, 3);
        const auto req = f.lastRequest("GET", f.apiPrefix() + QStringLiteral("/runs"));
        QVERIFY(req);
        if (f.isV2()) {
            QCOMPARE(req->query.queryItemValue(QStringLiteral("namespace")),
                     QStringLiteral("team-a"));
        } else {
            QCOMPARE(req->query.queryItemValue(QStringLiteral("resource_reference_key.type")),
                     QStringLiteral("NAMESPACE"));
            QCOMPARE(req->query.queryItemValue(QStringLiteral("resource_reference_key.id")),
                     QStringLiteral("team-a"));
        }
    }

    // :archive / :unarchive (colon form in both dialects) flip storage_state; DELETE removes it.
    void archiveUnarchiveDelete_data() { addDialectRows(true); }
    void archiveUnarchiveDelete()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        const RunSetup s = prepare(f);
        const QString id = f.runOf(s.experimentId, s.pipelineId, s.versionId).id;
        KFP_VERIFY_OK(await(f.client->archiveRun(id)));
        QVERIFY(f.lastRequest("POST", f.apiPrefix() + QStringLiteral("/runs/") + id +
                                          QStringLiteral(":archive")));
        auto got = await(f.client->getRun(id));
        KFP_VERIFY_OK(got);
        QCOMPARE(int(got.result.storageState), int(StorageState::Archived));
        KFP_VERIFY_OK(await(f.client->unarchiveRun(id)));
        QVERIFY(f.lastRequest("POST", f.apiPrefix() + QStringLiteral("/runs/") + id +
                                          QStringLiteral(":unarchive")));
        got = await(f.client->getRun(id));
        KFP_VERIFY_OK(got);
        QVERIFY(got.result.storageState != StorageState::Archived);

        const int before = f.server->runCount();
        KFP_VERIFY_OK(await(f.client->deleteRun(id)));
        QCOMPARE(f.server->runCount(), before - 1);
        KFP_VERIFY_KIND(await(f.client->getRun(id)), ApiError::Kind::NotFound);
    }

    // Waiting ends on SUCCEEDED, and on FAILED when the sandbox fails a task
    // (parameter sandbox_fail_task); finished_at is set then (the 1970 epoch means unset).
    void waitSucceededAndFailed_data() { addDialectRows(); }
    void waitSucceededAndFailed()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        const RunSetup s = prepare(f);
        const QString ok = f.runOf(s.experimentId, s.pipelineId, s.versionId).id;
        const QString bad = f.runOf(s.experimentId, s.pipelineId, s.versionId,
                                    {{QStringLiteral("sandbox_fail_task"), QStringLiteral("*")}})
                                .id;
        auto done = await(f.client->waitForRunCompletion(ok, 20000, 100), 25000);
        KFP_VERIFY_OK(done);
        QCOMPARE(runStateName(done.result.state), runStateName(RunState::Succeeded));
        QVERIFY(done.result.finishedAt.isValid());
        QVERIFY(done.result.finishedAt.toSecsSinceEpoch() > 0);
        auto failed = await(f.client->waitForRunCompletion(bad, 20000, 100), 25000);
        KFP_VERIFY_OK(failed);
        QCOMPARE(runStateName(failed.result.state), runStateName(RunState::Failed));
    }

    // terminate (v2 `:terminate`, v1 `/terminate` slash form) on a running run: CANCELING (v1
    // "Terminating") while Argo stops the workflow, then FAILED, as a real server reports a
    // terminated Argo workflow (nothing yields CANCELED); waitForRunCompletion waits for that
    // final state. Then retry (v2 `:retry`, v1 `/retry`) re-runs it.
    void terminateAndRetry_data() { addDialectRows(true); }
    void terminateAndRetry()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        FixtureOptions o;
        o.timeScale = 1.0; // slow enough to catch the run mid-flight
        QVERIFY(f.start(api, prefix, o));
        const RunSetup s = prepare(f);
        const QString id = f.runOf(s.experimentId, s.pipelineId, s.versionId).id;
        auto early = await(f.client->getRun(id));
        KFP_VERIFY_OK(early);
        QVERIFY2(!isFinal(early.result.state), qPrintable(runStateName(early.result.state)));
        QVERIFY(!early.result.finishedAt.isValid());

        KFP_VERIFY_OK(await(f.client->terminateRun(id)));
        const QString terminatePath =
            f.apiPrefix() + QStringLiteral("/runs/") + id +
            (f.isV2() ? QStringLiteral(":terminate") : QStringLiteral("/terminate"));
        QVERIFY(f.lastRequest("POST", terminatePath));
        auto canceling = await(f.client->getRun(id));
        KFP_VERIFY_OK(canceling);
        QCOMPARE(runStateName(canceling.result.state), runStateName(RunState::Canceling));
        auto terminated = await(f.client->waitForRunCompletion(id, 20000, 100), 25000);
        KFP_VERIFY_OK(terminated);
        QCOMPARE(runStateName(terminated.result.state), runStateName(RunState::Failed));
        QVERIFY(terminated.result.errorMessage.isEmpty());
        if (f.isV2()) {
            // The server does not record CANCELING in the history (run_store.go TerminateRun).
            QVERIFY(!terminated.result.stateHistory.isEmpty());
            QCOMPARE(runStateName(terminated.result.stateHistory.last().state),
                     runStateName(RunState::Failed));
            for (const kfp::StateChange &c : terminated.result.stateHistory)
                QVERIFY(c.state != RunState::Canceling && c.errorMessage.isEmpty());
        }

        KFP_VERIFY_OK(await(f.client->retryRun(id)));
        const QString retryPath = f.apiPrefix() + QStringLiteral("/runs/") + id +
                                  (f.isV2() ? QStringLiteral(":retry") : QStringLiteral("/retry"));
        QVERIFY(f.lastRequest("POST", retryPath));
        auto again = await(f.client->getRun(id));
        KFP_VERIFY_OK(again);
        QVERIFY2(!isFinal(again.result.state), qPrintable(runStateName(again.result.state)));
    }

    // waitForRunCompletion with a short timeout finishes with Kind::Timeout and stops polling.
    void waitTimeout_data() { addDialectRows(); }
    void waitTimeout()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        FixtureOptions o;
        o.timeScale = 1.0; // a run takes 5 s or more: each 1 s wait below times out
        QVERIFY(f.start(api, prefix, o));
        const RunSetup s = prepare(f);
        const QString id = f.runOf(s.experimentId, s.pipelineId, s.versionId).id;
        const QString runPath = f.apiPrefix() + QStringLiteral("/runs/") + id;
        auto waited = await(f.client->waitForRunCompletion(id, 1000, 50));
        KFP_VERIFY_KIND(waited, ApiError::Kind::Timeout);
        QCOMPARE(waited.emissions, 1);
        QVERIFY(waited.deleted);
        const int pollsAtTimeout = f.requests("GET", runPath).size();
        // Polling stopped: no more GETs of the run after the job finished. The timeout aborted the
        // GET in flight, which the server may still read after that; so spin the event loop for a
        // while without sleeping (a wait on another run, also timing out), count, and spin again.
        const QString other = f.runOf(s.experimentId, s.pipelineId, s.versionId).id;
        KFP_VERIFY_KIND(await(f.client->waitForRunCompletion(other, 1000, 50)),
                        ApiError::Kind::Timeout);
        const int polls = f.requests("GET", runPath).size();
        QVERIFY(polls >= 1);
        QVERIFY(polls <= pollsAtTimeout + 1); // at most the one aborted in flight
        const QString third = f.runOf(s.experimentId, s.pipelineId, s.versionId).id;
        KFP_VERIFY_KIND(await(f.client->waitForRunCompletion(third, 1000, 50)),
                        ApiError::Kind::Timeout);
        QCOMPARE(f.requests("GET", runPath).size(), polls);
    }

    // Paging runs: seedRuns(450) read with page_size 200 → all, no duplicates;
    // sort_by created_at desc keeps the order across pages.
    void paging_data() { addDialectRows(); }
    void paging()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        f.server->seedRuns(450);
        const int total = f.server->runCount();
        QVERIFY(total >= 450);
        auto call = [&f](const ListQuery &q) {
            return f.client->listRuns(q);
        };
        int pages = 0;
        auto all = collectAll<kfp::Run>(
            call, ListQuery().withPageSize(200).sortedBy(QStringLiteral("created_at"), true),
            &pages);
        KFP_VERIFY_OK(all);
        QCOMPARE(all.result.size(), total);
        QSet<QString> ids;
        for (const auto &r : all.result)
            ids.insert(r.id);
        QCOMPARE(ids.size(), total);
        QCOMPARE(pages, (total + 199) / 200);
        for (int i = 1; i < all.result.size(); ++i)
            QVERIFY(all.result.at(i - 1).createdAt >= all.result.at(i).createdAt);
        // later pages send only page_token (+ page_size): sort/filter must not be repeated
        const auto gets = f.requests("GET", f.apiPrefix() + QStringLiteral("/runs"));
        QVERIFY(gets.size() >= 2);
        QVERIFY(gets.at(1).query.hasQueryItem(QStringLiteral("page_token")));

        auto big = await(f.client->listRuns(ListQuery().withPageSize(500)));
        KFP_VERIFY_OK(big);
        QCOMPARE(big.result.items.size(), 200);
        QVERIFY(big.result.hasMore());
    }
};

QTEST_GUILESS_MAIN(TestKfpClientRuns)
#include "tst_kfpclient_runs.moc"
