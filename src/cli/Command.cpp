#include "Command.h"

#include "CliConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace kfp {

// --- CommandContext ------------------------------------------------------------------------------

CommandContext::CommandContext(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

CommandContext::~CommandContext() = default;

QString CommandContext::appName()
{
    return QStringLiteral("kfpctl");
}

QString CommandContext::usageLine()
{
    return tr("Usage: %1 [options] <command> [args]").arg(appName());
}

KfpClient *CommandContext::client() const
{
    return m_connection ? m_connection->client() : nullptr;
}

Session *CommandContext::session() const
{
    return m_connection ? m_connection->session() : nullptr;
}

QString CommandContext::namespaceName() const
{
    return m_connection ? m_connection->namespaceName() : QString();
}

void CommandContext::finish(int code)
{
    if (m_finish)
        m_finish(code);
}

void CommandContext::fail(const ApiError &error)
{
    m_err << tr("%1: error: %2").arg(appName(), error.fullMessage()) << '\n';
    if (error.kind() == ApiError::Kind::Unauthorized)
        m_err << tr("%1: sign in with `%1 login`, then try again.").arg(appName()) << '\n';
    finish(ApiFailure);
}

void CommandContext::failText(const QString &message)
{
    m_err << tr("kfpctl: error: %1").arg(message) << '\n';
    finish(ApiFailure);
}

int CommandContext::usageError(const QString &message)
{
    m_err << tr("%1: %2").arg(appName(), message) << '\n' << usageLine() << '\n';
    return UsageError;
}

void CommandContext::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    finish(Success);
}

void CommandContext::printJsonArray(const QList<QJsonObject> &objects)
{
    QJsonArray array;
    for (const auto &o : objects)
        array.append(o);
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    finish(Success);
}

ListQuery CommandContext::baseListQuery() const
{
    ListQuery query;
    // Fewer round trips than the server's default of 20; never more than asked for.
    int size = m_options.pageSize > 0 ? m_options.pageSize : 100;
    if (m_options.limit > 0)
        size = std::min(size, m_options.limit);
    query.withPageSize(size);
    const QString ns = namespaceName();
    if (!ns.isEmpty())
        query.inNamespace(ns);
    if (!m_options.search.isEmpty())
        query.where(Predicate::substring(QStringLiteral("display_name"), m_options.search));
    return query;
}

// --- Command -------------------------------------------------------------------------------------
// (QCoreApplication::translate with the context spelled out: lupdate does not resolve Command's
// own tr() to it.)

Command::~Command() = default;

bool Command::expectArguments(const QStringList &args, int n, const QString &what,
                              QString *error) const
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (rest.size() < n) {
        *error = QCoreApplication::translate("kfp::CliRunner", "%1 %2: missing %3")
                     .arg(name(), sub, what);
        return false;
    }
    if (rest.size() > n) {
        *error = QCoreApplication::translate("kfp::CliRunner", "%1 %2: unexpected argument \"%3\"")
                     .arg(name(), sub, rest.value(n));
        return false;
    }
    return true;
}

bool Command::expectNoArguments(const QStringList &args, QString *error) const
{
    if (!args.isEmpty())
        *error = QCoreApplication::translate("kfp::CliRunner", "%1: unexpected argument \"%2\"")
                     .arg(name(), args.first());
    return args.isEmpty();
}

bool Command::unknownSubcommand(const QStringList &args, QString *error) const
{
    const QString sub = args.value(0);
    *error =
        sub.isEmpty()
            ? QCoreApplication::translate("kfp::CliRunner", "%1: missing subcommand").arg(name())
            : QCoreApplication::translate("kfp::CliRunner", "%1: unknown subcommand \"%2\"")
                  .arg(name(), sub);
    return false;
}

} // namespace kfp
