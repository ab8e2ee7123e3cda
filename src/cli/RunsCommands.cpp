#include "RunsCommands.h"

#include "CliJson.h"
#include "TextTable.h"
#include "api/KfpClient.h"
#include "models/RunTasks.h"

#include <QJsonDocument>
#include <QTextStream>

namespace kfp {

namespace {

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

// --- runs ----------------------------------------------------------------------------------------

bool RunsCommand::parse(const QCommandLineParser &, const QStringList &args, QString *error)
{
    m_sub = args.value(0);
    if (m_sub == QLatin1String("list"))
        return expectArguments(args, 0, {}, error);
    if (m_sub == QLatin1String("get")) {
        if (!expectArguments(args, 1, tr("run ID"), error))
            return false;
        m_id = args.at(1);
        return true;
    }
    return unknownSubcommand(args, error);
}

void RunsCommand::run()
{
    if (m_sub == QLatin1String("list"))
        list();
    else
        get();
}

void RunsCommand::list()
{
    auto query = context().baseListQuery();
    if (!options().experimentId.isEmpty())
        query.inExperiment(options().experimentId);
    auto call = [this](const ListQuery &q) {
        return client()->listRuns(q);
    };
    context().fetchAll<Run>(call, query, [this](const QList<Run> &items) {
        if (options().json) {
            QList<QJsonObject> objects;
            for (const auto &r : items)
                objects << cli::toJson(r);
            return context().printJsonArray(objects);
        }
        TextTable table({tr("ID"), tr("NAME"), tr("STATE"), tr("EXPERIMENT"), tr("CREATED")});
        for (const auto &r : items) {
            table.addRow({r.id, r.displayName, runStateName(r.state), r.experimentId,
                          cli::formatTime(r.createdAt)});
        }
        out() << table.render();
        context().finish(CommandContext::Success);
    });
}

void RunsCommand::get()
{
    onResult(client()->getRun(m_id), [this](const Run &r) {
        if (options().json)
            return context().printJson(cli::toJson(r));
        QList<QPair<QString, QString>> kv{{tr("ID"), r.id},
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
        // A server sets a run's error only when it cannot convert the run; a failed run's
        // reason is its failed tasks.
        if (!r.errorMessage.isEmpty())
            kv.append({tr("Error"), r.errorMessage});
        else if (const QStringList failed = RunTasks::failedTasks(r);
                 r.state == RunState::Failed && !failed.isEmpty())
            kv.append({tr("Failed tasks"), failed.join(QLatin1String("; "))});
        out() << renderKeyValues(kv);
        if (!r.tasks.isEmpty()) {
            TextTable tasks({tr("TASK"), tr("STATE"), tr("STARTED"), tr("FINISHED")});
            for (const auto &t : r.tasks) {
                tasks.addRow({t.displayName, runStateName(t.state), cli::formatTime(t.startTime),
                              cli::formatTime(t.endTime)});
            }
            out() << '\n' << tasks.render();
        }
        context().finish(CommandContext::Success);
    });
}

// --- recurring runs ------------------------------------------------------------------------------

bool RecurringRunsCommand::parse(const QCommandLineParser &, const QStringList &args,
                                 QString *error)
{
    m_sub = args.value(0);
    if (m_sub == QLatin1String("list"))
        return expectArguments(args, 0, {}, error);
    if (m_sub == QLatin1String("get")) {
        if (!expectArguments(args, 1, tr("recurring run ID"), error))
            return false;
        m_id = args.at(1);
        return true;
    }
    return unknownSubcommand(args, error);
}

void RecurringRunsCommand::run()
{
    if (m_sub == QLatin1String("list"))
        list();
    else
        get();
}

void RecurringRunsCommand::list()
{
    auto query = context().baseListQuery();
    if (!options().experimentId.isEmpty())
        query.inExperiment(options().experimentId);
    auto call = [this](const ListQuery &q) {
        return client()->listRecurringRuns(q);
    };
    context().fetchAll<RecurringRun>(call, query, [this](const QList<RecurringRun> &items) {
        if (options().json) {
            QList<QJsonObject> objects;
            for (const auto &r : items)
                objects << cli::toJson(r);
            return context().printJsonArray(objects);
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
        out() << table.render();
        context().finish(CommandContext::Success);
    });
}

void RecurringRunsCommand::get()
{
    onResult(client()->getRecurringRun(m_id), [this](const RecurringRun &r) {
        if (options().json)
            return context().printJson(cli::toJson(r));
        QString trigger;
        if (r.trigger.kind == Trigger::Kind::Cron)
            trigger = tr("cron %1").arg(r.trigger.cron);
        else if (r.trigger.kind == Trigger::Kind::Periodic)
            trigger = tr("every %1 s").arg(r.trigger.intervalSeconds);
        out() << renderKeyValues({{tr("ID"), r.id},
                                  {tr("Name"), r.displayName},
                                  {tr("Enabled"), r.enabled ? tr("yes") : tr("no")},
                                  {tr("Trigger"), trigger},
                                  {tr("Experiment"), r.experimentId},
                                  {tr("Pipeline"), r.pipelineId},
                                  {tr("Created"), cli::formatTime(r.createdAt)}});
        context().finish(CommandContext::Success);
    });
}

} // namespace kfp
