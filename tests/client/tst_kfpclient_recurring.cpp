// KfpClient recurring runs (v2 /recurringruns, v1 /jobs) over loopback HTTP against the sandbox:
// create with a cron and a periodic trigger, get, list, enable, disable, delete.
// Facts (docs/wire.md): `recurringRuns` list key, `:enable` vs `/enable`, int64 as JSON
// strings, the trigger, 6-field cron with seconds first.

#include "SandboxFixture.h"

#include <QtTest>

using namespace testutil;
using kfp::ListQuery;
using kfp::Trigger;

namespace {

kfp::RecurringRunRequest request(const QString &experimentId, const QString &pipelineId,
                                 const QString &versionId)
{
    kfp::RecurringRunRequest r;
    r.run.displayName = QStringLiteral("nightly");
    r.run.description = QStringLiteral("every weekday at nine");
    r.run.experimentId = experimentId;
    r.run.pipelineId = pipelineId;
    r.run.pipelineVersionId = versionId;
    r.run.parameters = {{QStringLiteral("message"), QStringLiteral("scheduled")}};
    r.maxConcurrency = 2;
    r.noCatchup = true;
    r.enabled = true;
    return r;
}

QString basePath(const SandboxFixture &f)
{
    return f.apiPrefix() + (f.isV2() ? QStringLiteral("/recurringruns") : QStringLiteral("/jobs"));
}

} // namespace

class TestKfpClientRecurring : public QObject
{
    Q_OBJECT

private slots:
    // Cron trigger: `trigger.cron_schedule.cron` in the body, read back unchanged; max_concurrency
    // (int64) round-trips; the list finds it.
    void cron_data() { addDialectRows(true); }
    void cron()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        const QString exp = f.experiment(QStringLiteral("sched")).id;
        const QString pid = f.upload(QStringLiteral("sched-pipeline")).id;
        const QString vid = f.firstVersionId(pid);
        auto req = request(exp, pid, vid);
        req.trigger.kind = Trigger::Kind::Cron;
        req.trigger.cron = QStringLiteral("0 0 9 ? * 2-6");
        auto created = await(f.client->createRecurringRun(req));
        KFP_VERIFY_OK(created);
        QVERIFY(!created.result.id.isEmpty());
        QCOMPARE(f.server->recurringRunCount(), 1);

        const auto sent = f.lastRequest("POST", basePath(f));
        QVERIFY(sent);
        const QJsonObject body = jsonBody(*sent);
        QCOMPARE(body.value(QLatin1String("trigger"))
                     .toObject()
                     .value(QLatin1String("cron_schedule"))
                     .toObject()
                     .value(QLatin1String("cron"))
                     .toString(),
                 req.trigger.cron);

        auto got = await(f.client->getRecurringRun(created.result.id));
        KFP_VERIFY_OK(got);
        QCOMPARE(got.result.displayName, QStringLiteral("nightly"));
        QCOMPARE(int(got.result.trigger.kind), int(Trigger::Kind::Cron));
        QCOMPARE(got.result.trigger.cron, req.trigger.cron);
        QCOMPARE(got.result.maxConcurrency, qint64(2));
        QVERIFY(got.result.noCatchup);
        QVERIFY(got.result.enabled);
        QCOMPARE(got.result.experimentId, exp);

        auto list = await(f.client->listRecurringRuns(ListQuery().inExperiment(exp)));
        KFP_VERIFY_OK(list);
        QCOMPARE(list.result.items.size(), 1);
        QCOMPARE(list.result.items.first().id, created.result.id);
    }

    // Periodic trigger: `periodic_schedule.interval_second` (int64: a JSON string on the wire)
    // read back as a number.
    void periodic_data() { addDialectRows(); }
    void periodic()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        const QString exp = f.experiment(QStringLiteral("periodic")).id;
        const QString pid = f.upload(QStringLiteral("periodic-pipeline")).id;
        auto req = request(exp, pid, f.firstVersionId(pid));
        req.trigger.kind = Trigger::Kind::Periodic;
        req.trigger.intervalSeconds = 3600;
        auto created = await(f.client->createRecurringRun(req));
        KFP_VERIFY_OK(created);
        const auto sent = f.lastRequest("POST", basePath(f));
        QVERIFY(sent);
        const QJsonValue interval = jsonBody(*sent)
                                        .value(QLatin1String("trigger"))
                                        .toObject()
                                        .value(QLatin1String("periodic_schedule"))
                                        .toObject()
                                        .value(QLatin1String("interval_second"));
        QVERIFY(interval.toString() == QLatin1String("3600") || interval.toDouble() == 3600.0);

        auto got = await(f.client->getRecurringRun(created.result.id));
        KFP_VERIFY_OK(got);
        QCOMPARE(int(got.result.trigger.kind), int(Trigger::Kind::Periodic));
        QCOMPARE(got.result.trigger.intervalSeconds, qint64(3600));
    }

    // disable / enable (v2 `:disable`/`:enable`, v1 `/disable`/`/enable` slash form), then
    // DELETE → NotFound.
    void enableDisableDelete_data() { addDialectRows(true); }
    void enableDisableDelete()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        const QString exp = f.experiment(QStringLiteral("toggle")).id;
        const QString pid = f.upload(QStringLiteral("toggle-pipeline")).id;
        auto req = request(exp, pid, f.firstVersionId(pid));
        req.trigger.kind = Trigger::Kind::Periodic;
        req.trigger.intervalSeconds = 86400;
        auto created = await(f.client->createRecurringRun(req));
        KFP_VERIFY_OK(created);
        const QString id = created.result.id;
        const QString sep = f.isV2() ? QStringLiteral(":") : QStringLiteral("/");

        KFP_VERIFY_OK(await(f.client->disableRecurringRun(id)));
        QVERIFY(f.lastRequest("POST", basePath(f) + QLatin1Char('/') + id + sep +
                                          QStringLiteral("disable")));
        auto got = await(f.client->getRecurringRun(id));
        KFP_VERIFY_OK(got);
        QVERIFY(!got.result.enabled);

        KFP_VERIFY_OK(await(f.client->enableRecurringRun(id)));
        QVERIFY(f.lastRequest("POST", basePath(f) + QLatin1Char('/') + id + sep +
                                          QStringLiteral("enable")));
        got = await(f.client->getRecurringRun(id));
        KFP_VERIFY_OK(got);
        QVERIFY(got.result.enabled);

        KFP_VERIFY_OK(await(f.client->deleteRecurringRun(id)));
        QCOMPARE(f.server->recurringRunCount(), 0);
        KFP_VERIFY_KIND(await(f.client->getRecurringRun(id)), ApiError::Kind::NotFound);
    }

    // The v2 list key is camelCase `recurringRuns`; v1 `jobs`. Paging with a small page size and
    // sorting by display_name (v1 name).
    void listPagingSort_data() { addDialectRows(); }
    void listPagingSort()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        SandboxFixture f;
        QVERIFY(f.start(api, prefix));
        const QString exp = f.experiment(QStringLiteral("many")).id;
        const QString pid = f.upload(QStringLiteral("many-pipeline")).id;
        const QString vid = f.firstVersionId(pid);
        QStringList names;
        for (int i = 0; i < 5; ++i) {
            auto req = request(exp, pid, vid);
            req.run.displayName = QStringLiteral("rr-%1").arg(4 - i);
            req.trigger.kind = Trigger::Kind::Cron;
            req.trigger.cron = QStringLiteral("0 %1 * * * *").arg(i);
            req.enabled = false;
            KFP_VERIFY_OK(await(f.client->createRecurringRun(req)));
            names << req.run.displayName;
        }
        std::sort(names.begin(), names.end());
        auto call = [&f](const ListQuery &q) {
            return f.client->listRecurringRuns(q);
        };
        int pages = 0;
        auto all = collectAll<kfp::RecurringRun>(
            call, ListQuery().withPageSize(2).sortedBy(QStringLiteral("display_name")), &pages);
        KFP_VERIFY_OK(all);
        QCOMPARE(pages, 3);
        QStringList got;
        for (const auto &r : all.result)
            got << r.displayName;
        QCOMPARE(got, names);
    }
};

QTEST_GUILESS_MAIN(TestKfpClientRecurring)
#include "tst_kfpclient_recurring.moc"
