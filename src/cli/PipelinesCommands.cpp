#include "PipelinesCommands.h"

#include "CliJson.h"
#include "TextTable.h"
#include "api/KfpClient.h"

#include <QTextStream>

namespace kfp {

// --- pipelines -----------------------------------------------------------------------------------

bool PipelinesCommand::parse(const QCommandLineParser &, const QStringList &args, QString *error)
{
    const QString sub = args.value(0);
    m_sub = sub;
    if (sub == QLatin1String("list"))
        return expectArguments(args, 0, {}, error);
    if (sub == QLatin1String("get")) {
        if (!expectArguments(args, 1, tr("pipeline ID"), error))
            return false;
        m_id = args.at(1);
        return true;
    }
    return unknownSubcommand(args, error);
}

void PipelinesCommand::run()
{
    if (m_sub == QLatin1String("list"))
        list();
    else
        get(m_id);
}

void PipelinesCommand::list()
{
    auto call = [this](const ListQuery &q) {
        return client()->listPipelines(q);
    };
    context().fetchAll<Pipeline>(
        call, context().baseListQuery(), [this](const QList<Pipeline> &items) {
            if (options().json) {
                QList<QJsonObject> objects;
                for (const auto &p : items)
                    objects << cli::toJson(p);
                return context().printJsonArray(objects);
            }
            TextTable table({tr("ID"), tr("NAME"), tr("CREATED")});
            for (const auto &p : items)
                table.addRow({p.id, p.title(), cli::formatTime(p.createdAt)});
            out() << table.render();
            context().finish(CommandContext::Success);
        });
}

void PipelinesCommand::get(const QString &id)
{
    onResult(client()->getPipeline(id), [this](const Pipeline &p) {
        if (options().json)
            return context().printJson(cli::toJson(p));
        QList<QPair<QString, QString>> kv{{tr("ID"), p.id},
                                          {tr("Name"), p.title()},
                                          {tr("Description"), p.description},
                                          {tr("Created"), cli::formatTime(p.createdAt)}};
        if (!p.namespaceName.isEmpty())
            kv.append({tr("Namespace"), p.namespaceName});
        if (!p.defaultVersionId.isEmpty())
            kv.append({tr("Default version"), p.defaultVersionId});
        if (!p.errorMessage.isEmpty())
            kv.append({tr("Error"), p.errorMessage});
        out() << renderKeyValues(kv);
        context().finish(CommandContext::Success);
    });
}

// --- versions ------------------------------------------------------------------------------------

bool VersionsCommand::parse(const QCommandLineParser &, const QStringList &args, QString *error)
{
    const QString sub = args.value(0);
    m_sub = sub;
    if (sub == QLatin1String("list")) {
        if (!expectArguments(args, 1, tr("pipeline ID"), error))
            return false;
        m_pipelineId = args.at(1);
        return true;
    }
    if (sub == QLatin1String("get")) {
        if (!expectArguments(args, 2, tr("pipeline ID and version ID"), error))
            return false;
        m_pipelineId = args.at(1);
        m_versionId = args.at(2);
        return true;
    }
    return unknownSubcommand(args, error);
}

void VersionsCommand::run()
{
    if (m_sub == QLatin1String("list"))
        list();
    else
        get();
}

void VersionsCommand::list()
{
    auto call = [this](const ListQuery &q) {
        return client()->listPipelineVersions(m_pipelineId, q);
    };
    context().fetchAll<PipelineVersion>(
        call, context().baseListQuery(), [this](const QList<PipelineVersion> &items) {
            if (options().json) {
                QList<QJsonObject> objects;
                for (const auto &v : items)
                    objects << cli::toJson(v);
                return context().printJsonArray(objects);
            }
            TextTable table({tr("ID"), tr("NAME"), tr("CREATED")});
            for (const auto &v : items)
                table.addRow({v.id, v.title(), cli::formatTime(v.createdAt)});
            out() << table.render();
            context().finish(CommandContext::Success);
        });
}

void VersionsCommand::get()
{
    onResult(client()->getPipelineVersion(m_pipelineId, m_versionId),
             [this](const PipelineVersion &v) {
                 if (options().json)
                     return context().printJson(cli::toJson(v));
                 out() << renderKeyValues({{tr("ID"), v.id},
                                           {tr("Pipeline"), v.pipelineId},
                                           {tr("Name"), v.title()},
                                           {tr("Description"), v.description},
                                           {tr("Created"), cli::formatTime(v.createdAt)}});
                 context().finish(CommandContext::Success);
             });
}

} // namespace kfp
