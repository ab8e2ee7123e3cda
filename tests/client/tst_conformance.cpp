// Swagger conformance: drives KfpClient through every endpoint it has, in both dialects, then
// checks every request the sandbox logged against the official swagger files (copied into
// tests/data/swagger/, see ORIGIN.md): method + path must match a declared path template
// (`{param}` segments, including the `{id}:archive` colon-suffix forms), and every query parameter
// name must be declared for that operation. The per-service files are used because
// kfp_api_single_file leaves some services out (auth, filters, report, visualizations).

#include "SandboxFixture.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>

using namespace testutil;
using kfp::ListQuery;
using kfp::Predicate;

namespace {

struct Operation
{
    QString method; // "GET"
    QString path;   // swagger template
    QRegularExpression regex;
    int literalChars = 0; // more literal text = more specific template
    QSet<QString> params; // query + formData + path names
    QString key() const { return method + QLatin1Char(' ') + path; }
};

QList<Operation> loadSwagger(const QString &version, QString *error)
{
    QMap<QString, Operation> ops;
    const QDir dir(dataFile(QStringLiteral("swagger/") + version));
    const QStringList files =
        dir.entryList({QStringLiteral("*.swagger.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        *error = QStringLiteral("no swagger files in ") + dir.path();
    for (const QString &name : files) {
        if (name.startsWith(QLatin1String("kfp_api_single_file")))
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read ") + file.fileName();
            continue;
        }
        QJsonParseError pe;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &pe).object();
        if (pe.error != QJsonParseError::NoError)
            *error = name + QStringLiteral(": ") + pe.errorString();
        const QJsonObject paths = root.value(QLatin1String("paths")).toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            const QJsonObject item = it.value().toObject();
            const QJsonArray shared = item.value(QLatin1String("parameters")).toArray();
            for (auto m = item.begin(); m != item.end(); ++m) {
                if (m.key() == QLatin1String("parameters"))
                    continue;
                Operation op;
                op.method = m.key().toUpper();
                op.path = it.key();
                Operation &slot = ops[op.key()];
                if (slot.path.isEmpty()) {
                    // {param} → one non-empty segment part; the rest literal
                    QString pattern = QStringLiteral("^");
                    static const QRegularExpression param(QStringLiteral("\\{[^}]+\\}"));
                    int pos = 0;
                    for (auto p = param.globalMatch(op.path); p.hasNext();) {
                        const auto match = p.next();
                        const QString literal = op.path.mid(pos, match.capturedStart() - pos);
                        pattern += QRegularExpression::escape(literal) + QStringLiteral("[^/]+");
                        op.literalChars += literal.size();
                        pos = match.capturedEnd();
                    }
                    pattern += QRegularExpression::escape(op.path.mid(pos)) + QStringLiteral("$");
                    op.literalChars += op.path.size() - pos;
                    op.regex = QRegularExpression(pattern);
                    slot = op;
                }
                QJsonArray params =
                    m.value().toObject().value(QLatin1String("parameters")).toArray();
                for (const auto &s : shared)
                    params.append(s);
                for (const auto &p : params) {
                    const QString in = p.toObject().value(QLatin1String("in")).toString();
                    if (in != QLatin1String("body"))
                        slot.params.insert(p.toObject().value(QLatin1String("name")).toString());
                }
            }
        }
    }
    return ops.values();
}

const Operation *match(const QList<Operation> &ops, const QString &method, const QString &path)
{
    const Operation *best = nullptr;
    for (const auto &op : ops)
        if (op.method == method && op.regex.match(path).hasMatch() &&
            (!best || op.literalChars > best->literalChars))
            best = &op;
    return best;
}

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT

private slots:
    // The templates parse and match the colon forms as the server routes them.
    void swaggerLoads_data()
    {
        QTest::addColumn<QString>("api");
        QTest::newRow("v2beta1") << QStringLiteral("v2beta1");
        QTest::newRow("v1beta1") << QStringLiteral("v1beta1");
    }
    void swaggerLoads()
    {
        QFETCH(QString, api);
        QString error;
        const auto ops = loadSwagger(api, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(ops.size() > 25);
        const QString prefix = QStringLiteral("/apis/") + api;
        const auto *archive =
            match(ops, QStringLiteral("POST"), prefix + QStringLiteral("/runs/abc-123:archive"));
        QVERIFY(archive);
        QVERIFY(archive->path.endsWith(QLatin1String(":archive")));
        QVERIFY(!match(ops, QStringLiteral("GET"), prefix + QStringLiteral("/runs/abc/def")));
        const auto *list = match(ops, QStringLiteral("GET"), prefix + QStringLiteral("/runs"));
        QVERIFY(list);
        QVERIFY(list->params.contains(QStringLiteral("page_token")));
        QVERIFY(list->params.contains(QStringLiteral("filter")));
        QVERIFY(!list->params.contains(QStringLiteral("pageToken")));
        const auto *upload =
            match(ops, QStringLiteral("POST"), prefix + QStringLiteral("/pipelines/upload"));
        QVERIFY(upload && upload->params.contains(QStringLiteral("uploadfile")));
        QVERIFY(!match(ops, QStringLiteral("PUT"), prefix + QStringLiteral("/runs")));
    }

    // Every endpoint the client has, driven once; then every logged request is checked.
    void everyRequestConforms_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<bool>("prefix");
        QTest::addColumn<bool>("multiUser");
        for (const char *api : {"v2beta1", "v1beta1"}) {
            QTest::addRow("%s", api) << QString::fromLatin1(api) << false << false;
            QTest::addRow("%s multi-user /pipeline", api)
                << QString::fromLatin1(api) << true << true;
        }
    }
    void everyRequestConforms()
    {
        QFETCH(QString, api);
        QFETCH(bool, prefix);
        QFETCH(bool, multiUser);
        QString error;
        const auto ops = loadSwagger(api, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        SandboxFixture f;
        FixtureOptions o;
        o.multiUser = multiUser;
        QVERIFY(f.start(api, prefix, o));
        const QString ns = multiUser ? QStringLiteral("team-a") : QString();
        QStringList callFailures;
        auto note = [&callFailures](const char *what, const auto &outcome) {
            if (!outcome.ok())
                callFailures << QString::fromLatin1(what) + QStringLiteral(": ") +
                                    QString::fromUtf8(outcome.describe());
            return outcome;
        };
        auto c = f.client.get();

        note("healthz", await(c->healthz()));
        note("detectApi", await(c->detectApi()));

        // pipelines
        kfp::PipelineUpload up;
        up.filePath = f.defaultPipelineFile();
        up.name = QStringLiteral("conformance & co");
        up.displayName = QStringLiteral("Conformance");
        up.description = QStringLiteral("all endpoints");
        up.namespaceName = ns;
        const auto pipeline = note("uploadPipeline", await(c->uploadPipeline(up))).result;
        const ListQuery full =
            ListQuery()
                .withPageSize(5)
                .sortedBy(QStringLiteral("created_at"), true)
                .where(Predicate::substring(QStringLiteral("display_name"), QStringLiteral("o")));
        note("listPipelines", await(c->listPipelines(ListQuery(full).inNamespace(ns))));
        note("getPipeline", await(c->getPipeline(pipeline.id)));
        note("getPipelineByName", await(c->getPipelineByName(up.name, ns)));
        kfp::PipelineVersionUpload vu{f.defaultPipelineFile(), pipeline.id,
                                      QStringLiteral("second"), QStringLiteral("Second"),
                                      QStringLiteral("v2")};
        const auto version =
            note("uploadPipelineVersion", await(c->uploadPipelineVersion(vu))).result;
        note("listPipelineVersions", await(c->listPipelineVersions(pipeline.id, full)));
        note("getPipelineVersion", await(c->getPipelineVersion(pipeline.id, version.id)));

        // experiments
        const auto exp =
            note("createExperiment", await(c->createExperiment(QStringLiteral("conf"), {}, ns)))
                .result;
        note("getExperiment", await(c->getExperiment(exp.id)));
        note("getExperimentByName", await(c->getExperimentByName(QStringLiteral("conf"), ns)));
        note("ensureExperiment", await(c->ensureExperiment(QStringLiteral("conf"), {}, ns)));
        note("ensureExperiment(new)", await(c->ensureExperiment(QStringLiteral("conf 2"), {}, ns)));
        note("listExperiments", await(c->listExperiments(ListQuery(full).inNamespace(ns))));

        // runs
        kfp::RunRequest rr;
        rr.displayName = QStringLiteral("conf run");
        rr.experimentId = exp.id;
        rr.pipelineId = pipeline.id;
        rr.pipelineVersionId = version.id;
        rr.parameters = {{QStringLiteral("message"), QStringLiteral("x")},
                         {QStringLiteral("n"), 2}};
        const auto run = note("createRun", await(c->createRun(rr))).result;
        note("getRun", await(c->getRun(run.id)));
        note("listRuns(experiment)", await(c->listRuns(ListQuery(full).inExperiment(exp.id))));
        note("listRuns(namespace)", await(c->listRuns(ListQuery(full).inNamespace(ns))));
        note("waitForRunCompletion", await(c->waitForRunCompletion(run.id, 20000, 100), 25000));
        note("archiveRun", await(c->archiveRun(run.id)));
        note("unarchiveRun", await(c->unarchiveRun(run.id)));
        const auto run2 = note("createRun(2)", await(c->createRun(rr))).result;
        note("terminateRun", await(c->terminateRun(run2.id)));
        note("waitForRunCompletion(2)", await(c->waitForRunCompletion(run2.id, 20000, 100), 25000));
        note("retryRun", await(c->retryRun(run2.id)));
        // later pages: page_token (+ page_size and the scope) only
        auto listRuns = [c](const ListQuery &q) {
            return c->listRuns(q);
        };
        note("listRuns(pages, experiment)",
             collectAll<kfp::Run>(listRuns, ListQuery().withPageSize(1).inExperiment(exp.id)));
        note("listRuns(pages, namespace)",
             collectAll<kfp::Run>(listRuns, ListQuery().withPageSize(1).inNamespace(ns)));

        // recurring runs
        kfp::RecurringRunRequest rec;
        rec.run = rr;
        rec.trigger.kind = kfp::Trigger::Kind::Cron;
        rec.trigger.cron = QStringLiteral("0 0 * * * *");
        const auto recurring = note("createRecurringRun", await(c->createRecurringRun(rec))).result;
        rec.trigger.kind = kfp::Trigger::Kind::Periodic;
        rec.trigger.intervalSeconds = 600;
        note("createRecurringRun(periodic)", await(c->createRecurringRun(rec)));
        note("getRecurringRun", await(c->getRecurringRun(recurring.id)));
        note("listRecurringRuns",
             await(c->listRecurringRuns(ListQuery(full).inExperiment(exp.id))));
        note("listRecurringRuns(namespace)",
             await(c->listRecurringRuns(ListQuery(full).inNamespace(ns))));
        note("disableRecurringRun", await(c->disableRecurringRun(recurring.id)));
        note("enableRecurringRun", await(c->enableRecurringRun(recurring.id)));
        note("deleteRecurringRun", await(c->deleteRecurringRun(recurring.id)));

        // deletions last
        note("deleteRun", await(c->deleteRun(run.id)));
        note("archiveExperiment", await(c->archiveExperiment(exp.id)));
        note("unarchiveExperiment", await(c->unarchiveExperiment(exp.id)));
        note("deletePipelineVersion", await(c->deletePipelineVersion(pipeline.id, version.id)));
        note("deletePipeline", await(c->deletePipeline(pipeline.id, true)));
        note("deleteExperiment", await(c->deleteExperiment(exp.id)));

        // --- the check ------------------------------------------------------------------------
        QStringList offenders;
        QSet<QString> covered;
        const auto log = f.server->requestLog();
        QVERIFY(log.size() > 30);
        for (const auto &e : log) {
            const QString method = QString::fromLatin1(e.method);
            if (prefix && !e.path.startsWith(QLatin1String("/pipeline/")))
                offenders
                    << QStringLiteral("%1 %2: missing the /pipeline prefix").arg(method, e.path);
            const Operation *op = match(ops, method, e.apiPath);
            if (!op) {
                offenders << QStringLiteral("%1 %2: no such operation in the %3 swagger")
                                 .arg(method, e.apiPath, api);
                continue;
            }
            covered.insert(op->key());
            for (const auto &item : e.query.queryItems(QUrl::FullyDecoded))
                if (!op->params.contains(item.first))
                    offenders << QStringLiteral("%1 %2: query parameter \"%3\" not declared for %4")
                                     .arg(method, e.apiPath, item.first, op->path);
        }
        offenders.removeDuplicates();

        // Everything the client offers must have reached the server (else the check is vacuous).
        const QString p = QStringLiteral("/apis/") + api;
        const bool v2 = f.isV2();
        QStringList required{
            QStringLiteral("GET ") + p + QStringLiteral("/healthz"),
            QStringLiteral("GET ") + p + QStringLiteral("/pipelines"),
            QStringLiteral("POST ") + p + QStringLiteral("/pipelines/upload"),
            QStringLiteral("POST ") + p + QStringLiteral("/pipelines/upload_version"),
            QStringLiteral("GET ") + p + QStringLiteral("/experiments"),
            QStringLiteral("POST ") + p + QStringLiteral("/experiments"),
            QStringLiteral("GET ") + p + QStringLiteral("/runs"),
            QStringLiteral("POST ") + p + QStringLiteral("/runs"),
        };
        if (v2) {
            required << QStringLiteral("GET %1/pipelines/{pipeline_id}").arg(p)
                     << QStringLiteral("DELETE %1/pipelines/{pipeline_id}").arg(p)
                     << QStringLiteral("GET %1/pipelines/{pipeline_id}/versions").arg(p)
                     << QStringLiteral(
                            "GET %1/pipelines/{pipeline_id}/versions/{pipeline_version_id}")
                            .arg(p)
                     << QStringLiteral(
                            "DELETE %1/pipelines/{pipeline_id}/versions/{pipeline_version_id}")
                            .arg(p)
                     << QStringLiteral("GET %1/experiments/{experiment_id}").arg(p)
                     << QStringLiteral("DELETE %1/experiments/{experiment_id}").arg(p)
                     << QStringLiteral("POST %1/experiments/{experiment_id}:archive").arg(p)
                     << QStringLiteral("POST %1/experiments/{experiment_id}:unarchive").arg(p)
                     << QStringLiteral("GET %1/runs/{run_id}").arg(p)
                     << QStringLiteral("DELETE %1/runs/{run_id}").arg(p)
                     << QStringLiteral("POST %1/runs/{run_id}:archive").arg(p)
                     << QStringLiteral("POST %1/runs/{run_id}:unarchive").arg(p)
                     << QStringLiteral("POST %1/runs/{run_id}:terminate").arg(p)
                     << QStringLiteral("POST %1/runs/{run_id}:retry").arg(p)
                     << QStringLiteral("GET %1/recurringruns").arg(p)
                     << QStringLiteral("POST %1/recurringruns").arg(p)
                     << QStringLiteral("GET %1/recurringruns/{recurring_run_id}").arg(p)
                     << QStringLiteral("DELETE %1/recurringruns/{recurring_run_id}").arg(p)
                     << QStringLiteral("POST %1/recurringruns/{recurring_run_id}:enable").arg(p)
                     << QStringLiteral("POST %1/recurringruns/{recurring_run_id}:disable").arg(p);
        } else {
            required << QStringLiteral("GET %1/pipelines/{id}").arg(p)
                     << QStringLiteral("DELETE %1/pipelines/{id}").arg(p)
                     << QStringLiteral("GET %1/pipeline_versions").arg(p)
                     << QStringLiteral("GET %1/pipeline_versions/{version_id}").arg(p)
                     << QStringLiteral("DELETE %1/pipeline_versions/{version_id}").arg(p)
                     << QStringLiteral("GET %1/experiments/{id}").arg(p)
                     << QStringLiteral("DELETE %1/experiments/{id}").arg(p)
                     << QStringLiteral("POST %1/experiments/{id}:archive").arg(p)
                     << QStringLiteral("POST %1/experiments/{id}:unarchive").arg(p)
                     << QStringLiteral("GET %1/runs/{run_id}").arg(p)
                     << QStringLiteral("DELETE %1/runs/{id}").arg(p)
                     << QStringLiteral("POST %1/runs/{id}:archive").arg(p)
                     << QStringLiteral("POST %1/runs/{id}:unarchive").arg(p)
                     << QStringLiteral("POST %1/runs/{run_id}/terminate").arg(p)
                     << QStringLiteral("POST %1/runs/{run_id}/retry").arg(p)
                     << QStringLiteral("GET %1/jobs").arg(p)
                     << QStringLiteral("POST %1/jobs").arg(p)
                     << QStringLiteral("GET %1/jobs/{id}").arg(p)
                     << QStringLiteral("DELETE %1/jobs/{id}").arg(p)
                     << QStringLiteral("POST %1/jobs/{id}/enable").arg(p)
                     << QStringLiteral("POST %1/jobs/{id}/disable").arg(p);
        }
        QStringList missing;
        for (const auto &r : required)
            if (!covered.contains(r))
                missing << r;

        if (!callFailures.isEmpty())
            qWarning().noquote() << "calls that failed while driving the client:\n  " +
                                        callFailures.join(QStringLiteral("\n  "));
        QVERIFY2(offenders.isEmpty(),
                 qPrintable(QStringLiteral("requests not in the swagger:\n  ") +
                            offenders.join(QStringLiteral("\n  "))));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("operations never sent:\n  ") +
                                               missing.join(QStringLiteral("\n  "))));
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
