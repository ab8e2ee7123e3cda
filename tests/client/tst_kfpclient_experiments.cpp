// KfpClient experiments over loopback HTTP against the sandbox, both dialects: create, get,
// get-by-name, ensure (get-or-create), list (filters, sort, namespaces), archive, unarchive,
// delete. Facts: docs/wire.md.

#include "SandboxFixture.h"

#include <QtTest>

using namespace testutil;
using kfp::ListQuery;
using kfp::Predicate;
using kfp::StorageState;

class TestKfpClientExperiments : public QObject
{
    Q_OBJECT

private slots:
    // POST /experiments with a bare Experiment body (display_name; v1: name); GET by id.
    void createAndGet_data() { addDialectRows(true); }
    void createAndGet()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        auto created =
            await(f.client->createExperiment(QStringLiteral("exp one"), QStringLiteral("desc")));
        KFP_VERIFY_OK(created);
        QVERIFY(!created.result.id.isEmpty());
        QCOMPARE(created.result.displayName, QStringLiteral("exp one"));
        QCOMPARE(f.server->experimentCount(), 1);

        const auto req = f.lastRequest("POST", f.apiPrefix() + QStringLiteral("/experiments"));
        QVERIFY(req);
        const QJsonObject body = jsonBody(*req);
        QCOMPARE(
            body.value(f.isV2() ? QLatin1String("display_name") : QLatin1String("name")).toString(),
            QStringLiteral("exp one"));

        auto got = await(f.client->getExperiment(created.result.id));
        KFP_VERIFY_OK(got);
        QCOMPARE(got.result.id, created.result.id);
        QCOMPARE(got.result.displayName, QStringLiteral("exp one"));
        QCOMPARE(got.result.description, QStringLiteral("desc"));
        QVERIFY(got.result.createdAt.isValid());
        QVERIFY(got.result.storageState != StorageState::Archived);
    }

    // get-by-name = EQUALS filter on display_name (v1 name); NotFound when absent.
    void getByName_data() { addDialectRows(true); }
    void getByName()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        const auto a = f.experiment(QStringLiteral("train"));
        f.experiment(QStringLiteral("train-more"));
        auto got = await(f.client->getExperimentByName(QStringLiteral("train")));
        KFP_VERIFY_OK(got);
        QCOMPARE(got.result.id, a.id);
        KFP_VERIFY_KIND(await(f.client->getExperimentByName(QStringLiteral("absent"))),
                        ApiError::Kind::NotFound);
    }

    // ensureExperiment (the SDK's create_experiment): the second call returns the same id and
    // creates nothing.
    void ensure_data() { addDialectRows(); }
    void ensure()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        auto first = await(f.client->ensureExperiment(QStringLiteral("ensure me")));
        KFP_VERIFY_OK(first);
        auto second = await(f.client->ensureExperiment(QStringLiteral("ensure me")));
        KFP_VERIFY_OK(second);
        QCOMPARE(second.result.id, first.result.id);
        QCOMPARE(f.server->experimentCount(), 1);
        QCOMPARE(f.requests("POST", f.apiPrefix() + QStringLiteral("/experiments")).size(), 1);
    }

    // :archive / :unarchive (colon form in both dialects); archived experiments are found with
    // the storage_state filter (v2 ARCHIVED, v1 STORAGESTATE_ARCHIVED); DELETE removes it.
    void archiveUnarchiveDelete_data() { addDialectRows(true); }
    void archiveUnarchiveDelete()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        const auto e = f.experiment(QStringLiteral("to archive"));
        QVERIFY(!e.id.isEmpty());

        KFP_VERIFY_OK(await(f.client->archiveExperiment(e.id)));
        QVERIFY(f.lastRequest("POST", f.apiPrefix() + QStringLiteral("/experiments/") + e.id +
                                          QStringLiteral(":archive")));
        auto got = await(f.client->getExperiment(e.id));
        KFP_VERIFY_OK(got);
        QCOMPARE(int(got.result.storageState), int(StorageState::Archived));

        auto archived = await(f.client->listExperiments(ListQuery().where(Predicate::equals(
            QStringLiteral("storage_state"),
            f.isV2() ? QStringLiteral("ARCHIVED") : QStringLiteral("STORAGESTATE_ARCHIVED")))));
        KFP_VERIFY_OK(archived);
        QCOMPARE(archived.result.items.size(), 1);
        QCOMPARE(archived.result.items.first().id, e.id);

        KFP_VERIFY_OK(await(f.client->unarchiveExperiment(e.id)));
        QVERIFY(f.lastRequest("POST", f.apiPrefix() + QStringLiteral("/experiments/") + e.id +
                                          QStringLiteral(":unarchive")));
        got = await(f.client->getExperiment(e.id));
        KFP_VERIFY_OK(got);
        QVERIFY(got.result.storageState != StorageState::Archived);

        KFP_VERIFY_OK(await(f.client->deleteExperiment(e.id)));
        QCOMPARE(f.server->experimentCount(), 0);
        KFP_VERIFY_KIND(await(f.client->getExperiment(e.id)), ApiError::Kind::NotFound);
    }

    // list with sort_by display_name (v1 name) asc/desc, and paging with a small page size.
    void listSortPaging_data() { addDialectRows(); }
    void listSortPaging()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        QStringList names;
        for (int i = 0; i < 7; ++i)
            names << QStringLiteral("exp-%1").arg(QChar('g' - i));
        for (const auto &n : names)
            QVERIFY(!f.experiment(n).id.isEmpty());
        std::sort(names.begin(), names.end());
        for (bool desc : {false, true}) {
            auto call = [&f](const ListQuery &q) {
                return f.client->listExperiments(q);
            };
            int pages = 0;
            auto all = collectAll<kfp::Experiment>(
                call, ListQuery().withPageSize(3).sortedBy(QStringLiteral("display_name"), desc),
                &pages);
            KFP_VERIFY_OK(all);
            QCOMPARE(pages, 3);
            QStringList got;
            for (const auto &e : all.result)
                got << e.displayName;
            QStringList expected = names;
            if (desc)
                std::reverse(expected.begin(), expected.end());
            QCOMPARE(got, expected);
        }
    }

    // Names with + % & = # quotes spaces and Korean: created, then found exactly by name,
    // EQUALS and IS_SUBSTRING (the filter is double percent-encoded).
    void specialNames_data()
    {
        addNameRows({QStringLiteral("a+b=c"), QStringLiteral("100% done"), QStringLiteral("x&y=z"),
                     QStringLiteral("issue #42"), QStringLiteral("\"quoted\" 'single'"),
                     QStringLiteral(" lead and trail "), QStringLiteral("실험 이름"),
                     QStringLiteral("%41+%2B&=#\"'한 글")});
    }
    void specialNames()
    {
        QFETCH(QString, api);
        QFETCH(QString, name);
        SandboxFixture f;
        QVERIFY(f.start(api, false));
        f.experiment(QStringLiteral("decoy"));
        const auto e = f.experiment(name);
        QVERIFY(!e.id.isEmpty());
        QCOMPARE(e.displayName, name);

        auto got = await(f.client->getExperiment(e.id));
        KFP_VERIFY_OK(got);
        QCOMPARE(got.result.displayName, name);

        auto byName = await(f.client->getExperimentByName(name));
        KFP_VERIFY_OK(byName);
        QCOMPARE(byName.result.id, e.id);

        auto eq = await(f.client->listExperiments(
            ListQuery().where(Predicate::equals(QStringLiteral("display_name"), name))));
        KFP_VERIFY_OK(eq);
        QCOMPARE(eq.result.items.size(), 1);
        QCOMPARE(eq.result.items.first().displayName, name);

        const QString fragment = name.mid(1, qMax(1, name.size() - 2));
        auto sub = await(f.client->listExperiments(
            ListQuery().where(Predicate::substring(QStringLiteral("display_name"), fragment))));
        KFP_VERIFY_OK(sub);
        QCOMPARE(sub.result.items.size(), 1);
        QCOMPARE(sub.result.items.first().id, e.id);

        // ensure finds it rather than creating a duplicate
        auto ensured = await(f.client->ensureExperiment(name));
        KFP_VERIFY_OK(ensured);
        QCOMPARE(ensured.result.id, e.id);
    }

    // Multi-user: v2 sends `namespace` (body and list query); v1 sends a NAMESPACE/OWNER
    // resource reference and lists with resource_reference_key.type=NAMESPACE.
    void namespaces_data() { addDialectRows(true); }
    void namespaces()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        FixtureOptions o;
        o.multiUser = true;
        QVERIFY(f.start(api, prefix, o));
        const auto a = f.experiment(QStringLiteral("mine"), QStringLiteral("team-a"));
        const auto b = f.experiment(QStringLiteral("theirs"), QStringLiteral("team-b"));
        QVERIFY(!a.id.isEmpty() && !b.id.isEmpty());
        QCOMPARE(a.namespaceName, QStringLiteral("team-a"));

        const auto create = f.requests("POST", f.apiPrefix() + QStringLiteral("/experiments"));
        QVERIFY(!create.isEmpty());
        const QJsonObject body = jsonBody(create.first());
        if (f.isV2()) {
            QCOMPARE(body.value(QLatin1String("namespace")).toString(), QStringLiteral("team-a"));
        } else {
            const QJsonObject ref =
                body.value(QLatin1String("resource_references")).toArray().first().toObject();
            QCOMPARE(
                ref.value(QLatin1String("key")).toObject().value(QLatin1String("type")).toString(),
                QStringLiteral("NAMESPACE"));
            QCOMPARE(
                ref.value(QLatin1String("key")).toObject().value(QLatin1String("id")).toString(),
                QStringLiteral("team-a"));
            QCOMPARE(ref.value(QLatin1String("relationship")).toString(), QStringLiteral("OWNER"));
        }

        auto list =
            await(f.client->listExperiments(ListQuery().inNamespace(QStringLiteral("team-a"))));
        KFP_VERIFY_OK(list);
        QCOMPARE(list.result.items.size(), 1);
        QCOMPARE(list.result.items.first().id, a.id);
        const auto req = f.lastRequest("GET", f.apiPrefix() + QStringLiteral("/experiments"));
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

        auto byName = await(
            f.client->getExperimentByName(QStringLiteral("theirs"), QStringLiteral("team-b")));
        KFP_VERIFY_OK(byName);
        QCOMPARE(byName.result.id, b.id);
    }
};

QTEST_GUILESS_MAIN(TestKfpClientExperiments)
#include "tst_kfpclient_experiments.moc"
