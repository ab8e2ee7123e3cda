// The commands of kfpctl: argument checking (resolveCommand) and one function per command.
// Each command starts jobs and ends, in a finished() handler, with finish() or fail().

#include "CliJson.h"
#include "CliRunner.h"
#include "TextTable.h"
#include "api/KfpClient.h"
#include "auth/Session.h"

#include <QJsonDocument>
#include <QTextStream>

namespace kfp {

namespace {

using KeyValues = QList<QPair<QString, QString>>;

QString parametersText(const QList<RunParameter> &params)
{
    QStringList lines;
    for (const auto &p : params) {
        const QJsonValue v = p.value;
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isObject())
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else if (v.isArray())
            text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else if (v.isBool())
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isDouble())
            text = QString::number(v.toDouble(), 'g', 17);
        lines << QStringLiteral("%1=%2").arg(p.name, text);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

std::function<void()> CliRunner::resolveCommand(QString *error)
{
    const QStringList pos = m_opt.positional;
    const QString command = pos.value(0);
    const QString sub = pos.value(1);
    const QStringList args = pos.mid(2);

    // n: how many arguments the subcommand takes; names them for the error message.
    auto expect = [&](int n, const QString &what) {
        if (args.size() < n) {
            *error = tr("%1 %2: missing %3").arg(command, sub, what);
            return false;
        }
        if (args.size() > n) {
            *error = tr("%1 %2: unexpected argument \"%3\"").arg(command, sub, args.value(n));
            return false;
        }
        return true;
    };
    auto unknownSub = [&]() -> std::function<void()> {
        *error = sub.isEmpty() ? tr("%1: missing subcommand").arg(command)
                               : tr("%1: unknown subcommand \"%2\"").arg(command, sub);
        return {};
    };

    bool handled = false;
    auto authCommand = resolveAuthCommand(command, pos.mid(1), error, &handled);
    if (handled)
        return authCommand;
    auto uploadCommand = resolveUploadCommand(command, pos.mid(1), error, &handled);
    if (handled)
        return uploadCommand;
    auto runCommand = resolveRunCommand(command, pos.mid(1), error, &handled);
    if (handled)
        return runCommand;

    if (command == QLatin1String("healthz")) {
        if (pos.size() > 1) {
            *error = tr("healthz: unexpected argument \"%1\"").arg(pos.value(1));
            return {};
        }
        return [this] {
            cmdHealthz();
        };
    }
    if (command == QLatin1String("pipelines")) {
        if (sub == QLatin1String("list"))
            return expect(0, {}) ? std::function<void()>([this] { cmdPipelinesList(); }) : nullptr;
        if (sub == QLatin1String("get")) {
            if (!expect(1, tr("pipeline ID")))
                return {};
            return [this, id = args.at(0)] {
                cmdPipelinesGet(id);
            };
        }
        return unknownSub();
    }
    if (command == QLatin1String("versions")) {
        if (sub == QLatin1String("list")) {
            if (!expect(1, tr("pipeline ID")))
                return {};
            return [this, id = args.at(0)] {
                cmdVersionsList(id);
            };
        }
        if (sub == QLatin1String("get")) {
            if (!expect(2, tr("pipeline ID and version ID")))
                return {};
            return [this, p = args.at(0), v = args.at(1)] {
                cmdVersionsGet(p, v);
            };
        }
        return unknownSub();
    }
    if (command == QLatin1String("experiments")) {
        if (sub == QLatin1String("list"))
            return expect(0, {}) ? std::function<void()>([this] { cmdExperimentsList(); })
                                 : nullptr;
        if (sub == QLatin1String("get")) {
            if (!expect(1, tr("experiment ID")))
                return {};
            return [this, id = args.at(0)] {
                cmdExperimentsGet(id);
            };
        }
        if (sub == QLatin1String("create")) {
            if (!expect(1, tr("experiment name")))
                return {};
            return [this, name = args.at(0)] {
                cmdExperimentsCreate(name);
            };
        }
        return unknownSub();
    }
    if (command == QLatin1String("runs")) {
        if (sub == QLatin1String("list"))
            return expect(0, {}) ? std::function<void()>([this] { cmdRunsList(); }) : nullptr;
        if (sub == QLatin1String("get")) {
            if (!expect(1, tr("run ID")))
                return {};
            return [this, id = args.at(0)] {
                cmdRunsGet(id);
            };
        }
        return unknownSub();
    }
    if (command == QLatin1String("recurring-runs")) {
        if (sub == QLatin1String("list")) {
            return expect(0, {}) ? std::function<void()>([this] { cmdRecurringRunsList(); })
                                 : nullptr;
        }
        if (sub == QLatin1String("get")) {
            if (!expect(1, tr("recurring run ID")))
                return {};
            return [this, id = args.at(0)] {
                cmdRecurringRunsGet(id);
            };
        }
        return unknownSub();
    }
    *error = tr("unknown command \"%1\"").arg(command);
    return {};
}

// --- health --------------------------------------------------------------------------------------

void CliRunner::cmdHealthz()
{
    auto *job = m_client->healthz();
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->ok())
            return fail(job->error());
        const HealthInfo &h = job->result();
        if (m_opt.json)
            return printJson(cli::toJson(h));
        m_out << renderKeyValues({
            {tr("Server"), m_session->baseUrl().toString()},
            {tr("API"), cli::apiVersionName(h.apiVersion)},
            {tr("Mode"), h.multiUser ? tr("multi-user") : tr("single-user")},
            {tr("Version"), h.tagName},
            {tr("Commit"), h.commitSha},
        });
        finish(Success);
    });
}

// --- pipelines and versions ----------------------------------------------------------------------

void CliRunner::cmdPipelinesList()
{
    auto call = [this](const ListQuery &q) {
        return m_client->listPipelines(q);
    };
    fetchAll<Pipeline>(call, baseListQuery(), std::make_shared<QList<Pipeline>>(),
                       [this](const QList<Pipeline> &items) {
                           if (m_opt.json) {
                               QList<QJsonObject> objects;
                               for (const auto &p : items)
                                   objects << cli::toJson(p);
                               return printJsonArray(objects);
                           }
                           TextTable table({tr("ID"), tr("NAME"), tr("CREATED")});
                           for (const auto &p : items)
                               table.addRow({p.id, p.title(), cli::formatTime(p.createdAt)});
                           m_out << table.render();
                           finish(Success);
                       });
}

void CliRunner::cmdPipelinesGet(const QString &id)
{
    auto *job = m_client->getPipeline(id);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->ok())
            return fail(job->error());
        const Pipeline &p = job->result();
        if (m_opt.json)
            return printJson(cli::toJson(p));
        KeyValues kv{{tr("ID"), p.id},
                     {tr("Name"), p.title()},
                     {tr("Description"), p.description},
                     {tr("Created"), cli::formatTime(p.createdAt)}};
        if (!p.namespaceName.isEmpty())
            kv.append({tr("Namespace"), p.namespaceName});
        if (!p.defaultVersionId.isEmpty())
            kv.append({tr("Default version"), p.defaultVersionId});
        if (!p.errorMessage.isEmpty())
            kv.append({tr("Error"), p.errorMessage});
        m_out << renderKeyValues(kv);
        finish(Success);
    });
}

void CliRunner::cmdVersionsList(const QString &pipelineId)
{
    auto call = [this, pipelineId](const ListQuery &q) {
        return m_client->listPipelineVersions(pipelineId, q);
    };
    fetchAll<PipelineVersion>(call, baseListQuery(), std::make_shared<QList<PipelineVersion>>(),
                              [this](const QList<PipelineVersion> &items) {
                                  if (m_opt.json) {
                                      QList<QJsonObject> objects;
                                      for (const auto &v : items)
                                          objects << cli::toJson(v);
                                      return printJsonArray(objects);
                                  }
                                  TextTable table({tr("ID"), tr("NAME"), tr("CREATED")});
                                  for (const auto &v : items)
                                      table.addRow({v.id, v.title(), cli::formatTime(v.createdAt)});
                                  m_out << table.render();
                                  finish(Success);
                              });
}

void CliRunner::cmdVersionsGet(const QString &pipelineId, const QString &versionId)
{
    auto *job = m_client->getPipelineVersion(pipelineId, versionId);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->ok())
            return fail(job->error());
        const PipelineVersion &v = job->result();
        if (m_opt.json)
            return printJson(cli::toJson(v));
        m_out << renderKeyValues({{tr("ID"), v.id},
                                  {tr("Pipeline"), v.pipelineId},
                                  {tr("Name"), v.title()},
                                  {tr("Description"), v.description},
                                  {tr("Created"), cli::formatTime(v.createdAt)}});
        finish(Success);
    });
}

// --- experiments ---------------------------------------------------------------------------------

void CliRunner::cmdExperimentsList()
{
    auto call = [this](const ListQuery &q) {
        return m_client->listExperiments(q);
    };
    fetchAll<Experiment>(call, baseListQuery(), std::make_shared<QList<Experiment>>(),
                         [this](const QList<Experiment> &items) {
                             if (m_opt.json) {
                                 QList<QJsonObject> objects;
                                 for (const auto &e : items)
                                     objects << cli::toJson(e);
                                 return printJsonArray(objects);
                             }
                             TextTable table({tr("ID"), tr("NAME"), tr("CREATED")});
                             for (const auto &e : items)
                                 table.addRow({e.id, e.displayName, cli::formatTime(e.createdAt)});
                             m_out << table.render();
                             finish(Success);
                         });
}

void CliRunner::printExperiment(const Experiment &e)
{
    if (m_opt.json)
        return printJson(cli::toJson(e));
    KeyValues kv{{tr("ID"), e.id},
                 {tr("Name"), e.displayName},
                 {tr("Description"), e.description},
                 {tr("Created"), cli::formatTime(e.createdAt)},
                 {tr("Storage"), cli::storageStateName(e.storageState)}};
    if (!e.namespaceName.isEmpty())
        kv.append({tr("Namespace"), e.namespaceName});
    m_out << renderKeyValues(kv);
    finish(Success);
}

void CliRunner::cmdExperimentsGet(const QString &id)
{
    auto *job = m_client->getExperiment(id);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->ok())
            return fail(job->error());
        printExperiment(job->result());
    });
}

void CliRunner::cmdExperimentsCreate(const QString &name)
{
    auto *job = m_client->createExperiment(name, m_opt.description, m_opt.namespaceName);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->ok())
            return fail(job->error());
        printExperiment(job->result());
    });
}

// --- runs ----------------------------------------------------------------------------------------

void CliRunner::cmdRunsList()
{
    auto query = baseListQuery();
    if (!m_opt.experimentId.isEmpty())
        query.inExperiment(m_opt.experimentId);
    auto call = [this](const ListQuery &q) {
        return m_client->listRuns(q);
    };
    fetchAll<Run>(call, query, std::make_shared<QList<Run>>(), [this](const QList<Run> &items) {
        if (m_opt.json) {
            QList<QJsonObject> objects;
            for (const auto &r : items)
                objects << cli::toJson(r);
            return printJsonArray(objects);
        }
        TextTable table({tr("ID"), tr("NAME"), tr("STATE"), tr("EXPERIMENT"), tr("CREATED")});
        for (const auto &r : items) {
            table.addRow({r.id, r.displayName, runStateName(r.state), r.experimentId,
                          cli::formatTime(r.createdAt)});
        }
        m_out << table.render();
        finish(Success);
    });
}

void CliRunner::cmdRunsGet(const QString &id)
{
    auto *job = m_client->getRun(id);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->ok())
            return fail(job->error());
        const Run &r = job->result();
        if (m_opt.json)
            return printJson(cli::toJson(r));
        KeyValues kv{{tr("ID"), r.id},
                     {tr("Name"), r.displayName},
                     {tr("State"), runStateName(r.state)},
                     {tr("Experiment"), r.experimentId},
                     {tr("Pipeline"), r.pipelineId},
                     {tr("Pipeline version"), r.pipelineVersionId},
                     {tr("Created"), cli::formatTime(r.createdAt)},
                     {tr("Finished"), cli::formatTime(r.finishedAt)}};
        if (!r.description.isEmpty())
            kv.insert(2, {tr("Description"), r.description});
        if (!r.parameters.isEmpty())
            kv.append({tr("Parameters"), parametersText(r.parameters)});
        if (!r.errorMessage.isEmpty())
            kv.append({tr("Error"), r.errorMessage});
        m_out << renderKeyValues(kv);
        if (!r.tasks.isEmpty()) {
            TextTable tasks({tr("TASK"), tr("STATE"), tr("STARTED"), tr("FINISHED")});
            for (const auto &t : r.tasks) {
                tasks.addRow({t.displayName, runStateName(t.state), cli::formatTime(t.startTime),
                              cli::formatTime(t.endTime)});
            }
            m_out << '\n' << tasks.render();
        }
        finish(Success);
    });
}

// --- recurring runs ------------------------------------------------------------------------------

void CliRunner::cmdRecurringRunsList()
{
    auto query = baseListQuery();
    if (!m_opt.experimentId.isEmpty())
        query.inExperiment(m_opt.experimentId);
    auto call = [this](const ListQuery &q) {
        return m_client->listRecurringRuns(q);
    };
    fetchAll<RecurringRun>(
        call, query, std::make_shared<QList<RecurringRun>>(),
        [this](const QList<RecurringRun> &items) {
            if (m_opt.json) {
                QList<QJsonObject> objects;
                for (const auto &r : items)
                    objects << cli::toJson(r);
                return printJsonArray(objects);
            }
            TextTable table({tr("ID"), tr("NAME"), tr("ENABLED"), tr("TRIGGER"), tr("CREATED")});
            for (const auto &r : items) {
                QString trigger;
                if (r.trigger.kind == Trigger::Kind::Cron)
                    trigger = tr("cron %1").arg(r.trigger.cron);
                else if (r.trigger.kind == Trigger::Kind::Periodic)
                    trigger = tr("every %1 s").arg(r.trigger.intervalSeconds);
                table.addRow({r.id, r.displayName, r.enabled ? tr("yes") : tr("no"), trigger,
                              cli::formatTime(r.createdAt)});
            }
            m_out << table.render();
            finish(Success);
        });
}

void CliRunner::cmdRecurringRunsGet(const QString &id)
{
    auto *job = m_client->getRecurringRun(id);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->ok())
            return fail(job->error());
        const RecurringRun &r = job->result();
        if (m_opt.json)
            return printJson(cli::toJson(r));
        QString trigger;
        if (r.trigger.kind == Trigger::Kind::Cron)
            trigger = tr("cron %1").arg(r.trigger.cron);
        else if (r.trigger.kind == Trigger::Kind::Periodic)
            trigger = tr("every %1 s").arg(r.trigger.intervalSeconds);
        m_out << renderKeyValues({{tr("ID"), r.id},
                                  {tr("Name"), r.displayName},
                                  {tr("Enabled"), r.enabled ? tr("yes") : tr("no")},
                                  {tr("Trigger"), trigger},
                                  {tr("Experiment"), r.experimentId},
                                  {tr("Pipeline"), r.pipelineId},
                                  {tr("Created"), cli::formatTime(r.createdAt)}});
        finish(Success);
    });
}

} // namespace kfp
