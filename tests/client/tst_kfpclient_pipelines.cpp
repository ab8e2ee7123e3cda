// KfpClient against the in-process sandbox over loopback HTTP: health, dialect detection and the
// pipeline / pipeline-version endpoints, in both dialects (v2beta1, v1beta1), some also through
// the UI server's "/pipeline" prefix. Facts: docs/wire.md.

#include "SandboxFixture.h"

#include <QtTest>

using namespace testutil;
using kfp::ApiVersion;
using kfp::ListQuery;
using kfp::Predicate;

class TestKfpClientPipelines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(dataFile(QStringLiteral("client/hello_v2.yaml"))));
    }

    // healthz: the API server answers {commit_sha, tag_name, multi_user}; behind /pipeline the UI
    // server answers its own shape {apiServerCommitHash, ..., multi_user} (docs/wire.md, healthz).
    void healthz_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<bool>("prefix");
        QTest::addColumn<bool>("multiUser");
        for (const char *api : {"v2beta1", "v1beta1"})
            for (bool prefix : {false, true})
                for (bool mu : {false, true})
                    QTest::addRow("%s%s%s", api, prefix ? " /pipeline" : "",
                                  mu ? " multi-user" : "")
                        << QString::fromLatin1(api) << prefix << mu;
    }
    void healthz()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        QFETCH(bool, multiUser);
        SandboxFixture f;
        FixtureOptions o;
        o.multiUser = multiUser;
        QVERIFY(f.start(api, prefix, o));
        auto h = await(f.client->healthz());
        KFP_VERIFY_OK(h);
        QCOMPARE(h.result.multiUser, multiUser);
        QCOMPARE(h.result.viaUiServer, prefix);
        QCOMPARE(apiName(h.result.apiVersion), api);
        QVERIFY(!h.result.commitSha.isEmpty());
        const auto req = f.lastRequest("GET", f.apiPrefix() + QStringLiteral("/healthz"));
        QVERIFY(req);
        QCOMPARE(req->path.startsWith(QLatin1String("/pipeline/")), prefix);
    }

    // detectApi probes v2beta1 healthz first and takes multi_user from it; a forced dialect probes
    // only its own healthz; a server without v2beta1 (KFP 1.8) falls back to v1beta1.
    void detectApi_data() { addDialectRows(true); }
    void detectApi()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        FixtureOptions o;
        o.multiUser = true;
        QVERIFY(f.start(api, prefix, o));

        // Forced: only that dialect's healthz is asked.
        f.server->clearRequestLog();
        auto forced = await(f.client->detectApi());
        KFP_VERIFY_OK(forced);
        QCOMPARE(apiName(forced.result.apiVersion), api);
        QCOMPARE(apiName(f.client->apiVersion()), api);
        QVERIFY(f.client->isMultiUser());
        const QString other = api == QLatin1String("v2beta1")
                                  ? QStringLiteral("/apis/v1beta1/healthz")
                                  : QStringLiteral("/apis/v2beta1/healthz");
        QVERIFY(f.requests("GET", other).isEmpty());

        // Not forced: a fresh client picks v2beta1 when it answers, else v1beta1.
        if (api == QLatin1String("v1beta1"))
            QVERIFY(f.server->addFault(QStringLiteral("path=/apis/v2beta1/healthz,status=404")));
        kfp::KfpClient fresh(f.session.get());
        auto probed = await(fresh.detectApi());
        KFP_VERIFY_OK(probed);
        QCOMPARE(apiName(fresh.apiVersion()), api);
        QCOMPARE(apiName(probed.result.apiVersion), api);
        QVERIFY(fresh.isMultiUser());
    }

    // upload: multipart field `uploadfile` with a .yaml file name, `name`/`description` in the
    // query; creates the pipeline and its first version (docs/wire.md, Uploads).
    void uploadGetAndList_data() { addDialectRows(true); }
    void uploadGetAndList()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        const kfp::Pipeline p = f.upload(QStringLiteral("hello-upload"));
        QVERIFY(!p.id.isEmpty());
        QCOMPARE(p.name, QStringLiteral("hello-upload"));
        QCOMPARE(p.description, QStringLiteral("uploaded by the client tests"));
        QCOMPARE(f.server->pipelineCount(), 1);
        QCOMPARE(f.server->pipelineVersionCount(), 1);

        const auto up = f.lastRequest("POST", f.apiPrefix() + QStringLiteral("/pipelines/upload"));
        QVERIFY(up);
        QVERIFY(up->body.contains("name=\"uploadfile\""));
        QVERIFY(up->body.contains(".yaml\""));
        QCOMPARE(up->query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded),
                 QStringLiteral("hello-upload"));

        auto got = await(f.client->getPipeline(p.id));
        KFP_VERIFY_OK(got);
        QCOMPARE(got.result.id, p.id);
        QCOMPARE(got.result.title(), QStringLiteral("hello-upload"));
        QVERIFY(got.result.createdAt.isValid());
        if (!f.isV2()) // v1 Pipeline carries the parameters of its default version
            QVERIFY(std::any_of(
                got.result.parameters.cbegin(), got.result.parameters.cend(),
                [](const kfp::ParameterSpec &s) { return s.name == QLatin1String("message"); }));

        f.upload(QStringLiteral("hello-second"));
        auto list = await(f.client->listPipelines());
        KFP_VERIFY_OK(list);
        QCOMPARE(list.result.items.size(), 2);
        QVERIFY(!list.result.hasMore());
    }

    // v2 GET /pipelines/names/{name}; v1 GET /namespaces/-/pipelines/{name} (2.x) — exact match.
    void getByName_data() { addDialectRows(true); }
    void getByName()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        const auto a = f.upload(QStringLiteral("by-name"));
        f.upload(QStringLiteral("by-name-longer"));
        auto got = await(f.client->getPipelineByName(QStringLiteral("by-name")));
        KFP_VERIFY_OK(got);
        QCOMPARE(got.result.id, a.id);
        // name and display_name differ (v2 upload takes both): the lookup is by name, as
        // KfpClient.h promises and GET /apis/v2beta1/pipelines/names/{name} does
        kfp::PipelineUpload up;
        up.filePath = f.defaultPipelineFile();
        up.name = QStringLiteral("technical-name");
        up.displayName = QStringLiteral("Pretty Title");
        auto both = await(f.client->uploadPipeline(up));
        KFP_VERIFY_OK(both);
        auto byTechnical = await(f.client->getPipelineByName(up.name));
        KFP_VERIFY_OK(byTechnical);
        QCOMPARE(byTechnical.result.id, both.result.id);
        auto missing = await(f.client->getPipelineByName(QStringLiteral("no-such-pipeline")));
        KFP_VERIFY_KIND(missing, ApiError::Kind::NotFound);
    }

    // upload_version takes `pipelineid` (no underscore); versions list under `pipeline_versions`
    // (v2) / `versions` (v1); GET version has the compiled spec (v2 pipeline_spec; v1 templates).
    void versions_data() { addDialectRows(true); }
    void versions()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        const auto p = f.upload(QStringLiteral("versioned"));
        QVERIFY(!p.id.isEmpty());

        kfp::PipelineVersionUpload vu;
        vu.filePath = f.defaultPipelineFile();
        vu.pipelineId = p.id;
        vu.name = QStringLiteral("v2 of versioned");
        vu.description = QStringLiteral("second version");
        auto v = await(f.client->uploadPipelineVersion(vu));
        KFP_VERIFY_OK(v);
        QVERIFY(!v.result.id.isEmpty());
        QCOMPARE(v.result.pipelineId, p.id);
        QCOMPARE(v.result.name, vu.name);
        const auto req =
            f.lastRequest("POST", f.apiPrefix() + QStringLiteral("/pipelines/upload_version"));
        QVERIFY(req);
        QCOMPARE(req->query.queryItemValue(QStringLiteral("pipelineid")), p.id);

        auto list = await(f.client->listPipelineVersions(p.id));
        KFP_VERIFY_OK(list);
        QCOMPARE(list.result.items.size(), 2);
        QStringList ids;
        for (const auto &item : list.result.items)
            ids << item.id;
        QVERIFY(ids.contains(v.result.id));

        auto got = await(f.client->getPipelineVersion(p.id, v.result.id));
        KFP_VERIFY_OK(got);
        QCOMPARE(got.result.id, v.result.id);
        if (f.isV2()) {
            QVERIFY2(!got.result.pipelineSpec.isEmpty(), "GET version must carry pipeline_spec");
            const QJsonObject spec =
                got.result.pipelineSpec.contains(QLatin1String("pipeline_spec"))
                    ? got.result.pipelineSpec.value(QLatin1String("pipeline_spec")).toObject()
                    : got.result.pipelineSpec;
            QVERIFY(spec.value(QLatin1String("root")).isObject());
        } else {
            // v1: the Argo workflow text from GET /pipeline_versions/{id}/templates
            QVERIFY2(got.result.templateText.contains(QLatin1String("argoproj.io")),
                     qPrintable(got.result.templateText.left(200)));
            QVERIFY(!f.requests("GET", f.apiPrefix() + QStringLiteral("/pipeline_versions/") +
                                           v.result.id + QStringLiteral("/templates"))
                         .isEmpty());
        }

        auto del = await(f.client->deletePipelineVersion(p.id, v.result.id));
        KFP_VERIFY_OK(del);
        QCOMPARE(f.server->pipelineVersionCount(), 1);
        auto gone = await(f.client->getPipelineVersion(p.id, v.result.id));
        KFP_VERIFY_KIND(gone, ApiError::Kind::NotFound);
    }

    // DELETE pipeline with cascade removes the versions too (v2 `?cascade=true`, 2.14+).
    void deleteCascade_data() { addDialectRows(); }
    void deleteCascade()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        const auto p = f.upload(QStringLiteral("doomed"));
        kfp::PipelineVersionUpload vu{
            f.defaultPipelineFile(), p.id, QStringLiteral("doomed v2"), {}, {}};
        KFP_VERIFY_OK(await(f.client->uploadPipelineVersion(vu)));
        QCOMPARE(f.server->pipelineVersionCount(), 2);
        auto del = await(f.client->deletePipeline(p.id, true));
        KFP_VERIFY_OK(del);
        QCOMPARE(f.server->pipelineCount(), 0);
        QCOMPARE(f.server->pipelineVersionCount(), 0);
        KFP_VERIFY_KIND(await(f.client->getPipeline(p.id)), ApiError::Kind::NotFound);
        if (f.isV2()) {
            const auto req =
                f.lastRequest("DELETE", f.apiPrefix() + QStringLiteral("/pipelines/") + p.id);
            QVERIFY(req);
            QCOMPARE(req->query.queryItemValue(QStringLiteral("cascade")), QStringLiteral("true"));
        }
    }

    // page_size 200 over 450 items: 3 pages, every item once, tokens followed; page_size 500 is
    // capped at 200 by the server.
    void paging_data() { addDialectRows(); }
    void paging()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        f.server->seedPipelines(450);
        const int total = f.server->pipelineCount();
        QVERIFY(total >= 450);
        int pages = 0;
        auto call = [&f](const ListQuery &q) {
            return f.client->listPipelines(q);
        };
        auto all = collectAll<kfp::Pipeline>(call, ListQuery().withPageSize(200), &pages);
        KFP_VERIFY_OK(all);
        QCOMPARE(all.result.size(), total);
        QSet<QString> ids;
        for (const auto &p : all.result)
            ids.insert(p.id);
        QCOMPARE(ids.size(), total);
        QCOMPARE(pages, (total + 199) / 200);

        auto big = await(f.client->listPipelines(ListQuery().withPageSize(500)));
        KFP_VERIFY_OK(big);
        QCOMPARE(big.result.items.size(), 200);
        QVERIFY(big.result.hasMore());
        QCOMPARE(big.result.totalSize, total);
    }

    // sort_by "display_name" (v1: "name") asc and desc.
    void sorting_data() { addDialectRows(); }
    void sorting()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        for (const char *n : {"delta", "alpha", "charlie", "echo", "bravo"})
            QVERIFY(!f.upload(QString::fromLatin1(n)).id.isEmpty());
        for (bool desc : {false, true}) {
            auto list = await(f.client->listPipelines(
                ListQuery().sortedBy(QStringLiteral("display_name"), desc)));
            KFP_VERIFY_OK(list);
            QStringList names;
            for (const auto &p : list.result.items)
                names << p.title();
            QStringList expected{"alpha", "bravo", "charlie", "delta", "echo"};
            if (desc)
                std::reverse(expected.begin(), expected.end());
            QCOMPARE(names, expected);
        }
    }

    // Filter string values holding + % & = # quotes spaces and Korean survive the double
    // percent-encoding of the filter and the upload's `name` query param (docs/wire.md).
    void specialNames_data()
    {
        addNameRows({QStringLiteral("a+b=c"), QStringLiteral("100% sure"), QStringLiteral("x&y=z"),
                     QStringLiteral("tag #1"), QStringLiteral("say \"hi\" it's"),
                     QStringLiteral("  two  spaces "), QStringLiteral("한국어 파이프라인"),
                     QStringLiteral("%2B%20+&#'\"한")});
    }
    void specialNames()
    {
        QFETCH(QString, api);
        QFETCH(QString, name);
        SandboxFixture f;
        QVERIFY(f.start(api, false));
        const auto decoy = f.upload(QStringLiteral("decoy"));
        const auto p = f.upload(name);
        QVERIFY(!p.id.isEmpty());
        QCOMPARE(p.name, name);

        auto byName = await(f.client->getPipelineByName(name));
        KFP_VERIFY_OK(byName);
        QCOMPARE(byName.result.id, p.id);

        auto eq = await(f.client->listPipelines(
            ListQuery().where(Predicate::equals(QStringLiteral("display_name"), name))));
        KFP_VERIFY_OK(eq);
        QCOMPARE(eq.result.items.size(), 1);
        QCOMPARE(eq.result.items.first().title(), name);

        const QString fragment = name.mid(1, qMax(1, name.size() - 2));
        auto sub = await(f.client->listPipelines(
            ListQuery().where(Predicate::substring(QStringLiteral("display_name"), fragment))));
        KFP_VERIFY_OK(sub);
        QCOMPARE(sub.result.items.size(), 1);
        QCOMPARE(sub.result.items.first().id, p.id);
        QVERIFY(decoy.id != p.id);
    }
};

QTEST_GUILESS_MAIN(TestKfpClientPipelines)
#include "tst_kfpclient_pipelines.moc"
