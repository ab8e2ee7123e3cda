#include "ExperimentsCommand.h"

#include "CliJson.h"
#include "TextTable.h"
#include "api/KfpClient.h"

#include <QTextStream>

namespace kfp {

bool ExperimentsCommand::parse(const QCommandLineParser &, const QStringList &args, QString *error)
{
    m_sub = args.value(0);
    if (m_sub == QLatin1String("list"))
        return expectArguments(args, 0, {}, error);
    if (m_sub == QLatin1String("get") || m_sub == QLatin1String("create")) {
        const QString what =
            m_sub == QLatin1String("get") ? tr("experiment ID") : tr("experiment name");
        if (!expectArguments(args, 1, what, error))
            return false;
        m_arg = args.at(1);
        return true;
    }
    return unknownSubcommand(args, error);
}

void ExperimentsCommand::run()
{
    if (m_sub == QLatin1String("list"))
        return list();
    auto print = [this](const Experiment &e) {
        this->print(e);
    };
    if (m_sub == QLatin1String("get"))
        return onResult(client()->getExperiment(m_arg), print);
    onResult(client()->createExperiment(m_arg, options().description, context().namespaceName()),
             print);
}

void ExperimentsCommand::list()
{
    auto call = [this](const ListQuery &q) {
        return client()->listExperiments(q);
    };
    context().fetchAll<Experiment>(
        call, context().baseListQuery(), [this](const QList<Experiment> &items) {
            if (options().json) {
                QList<QJsonObject> objects;
                for (const auto &e : items)
                    objects << cli::toJson(e);
                return context().printJsonArray(objects);
            }
            TextTable table({tr("ID"), tr("NAME"), tr("CREATED")});
            for (const auto &e : items)
                table.addRow({e.id, e.displayName, cli::formatTime(e.createdAt)});
            out() << table.render();
            context().finish(CommandContext::Success);
        });
}

void ExperimentsCommand::print(const Experiment &e)
{
    if (options().json)
        return context().printJson(cli::toJson(e));
    QList<QPair<QString, QString>> kv{{tr("ID"), e.id},
                                      {tr("Name"), e.displayName},
                                      {tr("Description"), e.description},
                                      {tr("Created"), cli::formatTime(e.createdAt)},
                                      {tr("Storage"), cli::storageStateName(e.storageState)}};
    if (!e.namespaceName.isEmpty())
        kv.append({tr("Namespace"), e.namespaceName});
    out() << renderKeyValues(kv);
    context().finish(CommandContext::Success);
}

} // namespace kfp
