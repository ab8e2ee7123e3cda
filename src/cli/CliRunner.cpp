#include "CliRunner.h"

#include "AuthCommands.h"
#include "CliConnection.h"
#include "Command.h"
#include "ExperimentsCommand.h"
#include "HealthzCommand.h"
#include "PackageCommands.h"
#include "PipelinesCommands.h"
#include "RunCommand.h"
#include "RunsCommands.h"

#include <QCommandLineParser>
#include <QSet>
#include <QTextStream>

#ifndef KFP_VERSION
#define KFP_VERSION "0.0.0"
#endif

namespace kfp {

namespace {

// A positive integer option value, or -1.
int positiveInt(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value > 0 ? value : -1;
}

} // namespace

CliRunner::CliRunner(QStringList args, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_args(std::move(args))
    , m_out(out)
    , m_context(new CommandContext(out, err, this))
    , m_server(std::make_unique<ServerOptions>())
{
    if (m_args.isEmpty())
        m_args.append(CommandContext::appName());
    m_context->setFinishHandler([this](int code) { finish(code); });
    // In the order of `kfpctl --help`.
    CommandContext &c = *m_context;
    m_commands.push_back(std::make_unique<HealthzCommand>(c));
    m_commands.push_back(std::make_unique<PipelinesCommand>(c));
    m_commands.push_back(std::make_unique<VersionsCommand>(c));
    m_commands.push_back(std::make_unique<ExperimentsCommand>(c));
    m_commands.push_back(std::make_unique<RunsCommand>(c));
    m_commands.push_back(std::make_unique<RunCommand>(c));
    m_commands.push_back(std::make_unique<RecurringRunsCommand>(c));
    m_commands.push_back(std::make_unique<UploadCommand>(c));
    m_commands.push_back(std::make_unique<PackageCommand>(c));
    m_commands.push_back(std::make_unique<LoginCommand>(c));
    m_commands.push_back(std::make_unique<LogoutCommand>(c));
    m_commands.push_back(std::make_unique<WhoamiCommand>(c));
    m_commands.push_back(std::make_unique<SdkContextCommand>(c));
}

CliRunner::~CliRunner() = default;

void CliRunner::setDefaultHost(const QString &host)
{
    m_context->environment().defaultHost = host;
}

void CliRunner::setProfileStore(ProfileStore *profiles)
{
    m_context->environment().profiles = profiles;
}

void CliRunner::setCredentialStore(CredentialStore *credentials)
{
    m_context->environment().credentials = credentials;
}

void CliRunner::setPasswordInput(QIODevice *input)
{
    m_context->environment().passwordInput = input;
}

void CliRunner::setSdkContextPath(const QString &path)
{
    m_context->environment().sdkContextPath = path;
}

void CliRunner::start()
{
    const CliEnvironment &env = m_context->environment();
    m_connection = new CliConnection(env.profiles, env.credentials, this);
    const int code = parseArguments();
    if (code >= 0) {
        finish(code);
        return;
    }
    runCommand();
}

Command *CliRunner::command(const QString &name) const
{
    for (const auto &c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

QString CliRunner::helpText() const
{
    return tr("%1\n\n"
              "A command-line client for Kubeflow Pipelines.\n\n"
              "Commands:\n"
              "  healthz                          Show the server's version and mode\n"
              "  pipelines list                   List pipelines\n"
              "  pipelines get ID                 Show one pipeline\n"
              "  versions list PIPELINE_ID        List the versions of a pipeline\n"
              "  versions get PIPELINE_ID ID      Show one pipeline version\n"
              "  experiments list                 List experiments\n"
              "  experiments get ID               Show one experiment\n"
              "  experiments create NAME          Create an experiment [--description D]\n"
              "  runs list                        List runs [--experiment ID]\n"
              "  runs get ID                      Show one run\n"
              "  run create --experiment NAME (--pipeline NAME [--version V] | --package FILE)\n"
              "             [--param K=V ...] [--params-file F] [--watch [--poll MS]]\n"
              "                                   Create a run (typed parameters)\n"
              "  run watch ID                     Wait for a run: exit 0 succeeded, 3 failed,\n"
              "                                   4 canceled\n"
              "  recurring-runs list              List recurring runs [--experiment ID]\n"
              "  recurring-runs get ID            Show one recurring run\n"
              "  upload FILE                      Upload a compiled pipeline [--name N]\n"
              "                                   [--version-of PIPELINE] [--description D]\n"
              "  package inspect FILE             Show what a pipeline file holds (no server)\n"
              "  login --user NAME                Log in through Dex and keep the session\n"
              "                                   (password from a prompt or --password-stdin)\n"
              "  logout                           Sign out and forget the stored session\n"
              "  whoami                           Show user, namespace, session expiry, API\n"
              "  sdk-context write|remove         Share the login with the kfp Python SDK\n"
              "                                   (~/.config/kfp/context.json: a plain file)\n\n"
              "Options:\n"
              "  --host URL            Server URL (default: $KFP_HOST)\n"
              "  --api VERSION         auto, v1beta1 or v2beta1 (default: auto)\n"
              "  -n, --namespace NS    Namespace (multi-user mode)\n"
              "  --json                Print JSON instead of a table\n"
              "  --page-size N         Items per request (the server caps it at 200)\n"
              "  --limit N             Stop after N items (default: all pages)\n"
              "  --search TEXT         Only items whose name contains TEXT\n"
              "  --experiment ID       Only runs of this experiment\n"
              "  --description TEXT    Description for create and upload\n"
              "  --name NAME           Upload: the pipeline name (with --version-of: the\n"
              "                        version name)\n"
              "  --version-of PIPELINE Upload as a new version of this pipeline (name or ID)\n"
              "  --timeout MS          Timeout of each request in milliseconds\n"
              "  --profile NAME        Use a saved connection profile\n"
              "  --user NAME           User for login (Dex: the email address)\n"
              "  --connector ID        Dex login method for login (local, ldap, ...)\n"
              "  --password-stdin      Read the password from standard input\n"
              "  --remember-password   Keep the password in the keychain for re-login\n"
              "  -V, --version         Show the version\n"
              "  -h, --help            Show this help\n")
        .arg(CommandContext::usageLine());
}

int CliRunner::parseArguments()
{
    QCommandLineParser parser;
    // Help and version are ours: QCommandLineParser's would call ::exit().
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show help"));
    const QCommandLineOption version({QStringLiteral("V"), QStringLiteral("version")},
                                     tr("Show the version"));
    const QCommandLineOption host(QStringLiteral("host"), tr("Server URL"), tr("URL"));
    const QCommandLineOption api(QStringLiteral("api"), tr("API version"), tr("VERSION"));
    const QCommandLineOption ns({QStringLiteral("n"), QStringLiteral("namespace")}, tr("Namespace"),
                                tr("NS"));
    const QCommandLineOption json(QStringLiteral("json"), tr("JSON output"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), tr("Page size"), tr("N"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("Maximum items"), tr("N"));
    const QCommandLineOption search(QStringLiteral("search"), tr("Name contains"), tr("TEXT"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Timeout"), tr("MS"));
    const QCommandLineOption experiment(QStringLiteral("experiment"), tr("Experiment"), tr("ID"));
    const QCommandLineOption description(QStringLiteral("description"), tr("Description"),
                                         tr("TEXT"));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Profile"), tr("NAME"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Name"), tr("NAME"));
    parser.addOptions({help, version, host, api, ns, json, pageSize, limit, search, timeout,
                       experiment, description, profile, name});
    // Every command's own options are accepted on every command line, as they always were.
    for (const auto &c : m_commands) {
        parser.addOptions(c->commandLineOptions());
        m_args = c->normalizeArguments(m_args);
    }
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run"));

    if (!parser.parse(m_args))
        return m_context->usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << helpText();
        return Success;
    }
    if (parser.isSet(version)) {
        m_out << CommandContext::appName() << ' ' << QStringLiteral(KFP_VERSION) << '\n';
        return Success;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return m_context->usageError(tr("no command given"));
    if (positional.first() == QLatin1String("help")) {
        m_out << helpText();
        return Success;
    }

    CliOptions &opt = m_context->options();
    opt.json = parser.isSet(json);
    m_command = command(positional.first());
    // A command without a server (package inspect) needs none of the server options.
    if (!m_command || m_command->needs() != Command::Needs::Nothing) {
        opt.name = parser.value(name);
        m_server->profile = parser.value(profile);
        m_server->host = parser.value(host);
        QString error;
        if (!m_connection->resolveServer(m_server.get(), m_context->environment().defaultHost,
                                         &error))
            return m_context->usageError(error);
        if (parser.isSet(api)) {
            m_server->api = parser.value(api).toLower();
            if (m_server->api != QLatin1String("auto") &&
                m_server->api != QLatin1String("v1beta1") &&
                m_server->api != QLatin1String("v2beta1"))
                return m_context->usageError(tr("--api must be auto, v1beta1 or v2beta1"));
        }
        struct IntOption
        {
            const QCommandLineOption &option;
            int *target;
        };
        for (const IntOption &io :
             {IntOption{pageSize, &opt.pageSize}, IntOption{limit, &opt.limit},
              IntOption{timeout, &m_server->timeoutMs}}) {
            if (!parser.isSet(io.option))
                continue;
            *io.target = positiveInt(parser.value(io.option));
            if (*io.target < 0) {
                return m_context->usageError(
                    tr("--%1 needs a positive number, not \"%2\"")
                        .arg(io.option.names().constFirst(), parser.value(io.option)));
            }
        }
        m_server->namespaceName = parser.value(ns);
        opt.search = parser.value(search);
        opt.experimentId = parser.value(experiment);
        opt.description = parser.value(description);
    }

    if (!m_command)
        return m_context->usageError(tr("unknown command \"%1\"").arg(positional.first()));
    QString error;
    if (!m_command->parse(parser, positional.mid(1), &error))
        return m_context->usageError(error);
    return -1;
}

void CliRunner::runCommand()
{
    if (m_command->needs() == Command::Needs::Nothing) {
        m_command->run();
        return;
    }
    m_connection->open(*m_server);
    m_context->setConnection(m_connection);
    if (m_command->needs() == Command::Needs::Session) {
        m_command->run();
        return;
    }
    m_connection->prepare([this] { m_command->run(); },
                          [this](const ApiError &error) { m_context->fail(error); });
}

void CliRunner::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    m_context->out().flush();
    m_context->err().flush();
    // Always queued, so a caller can connect after start() and exit() never runs before exec().
    QMetaObject::invokeMethod(
        this, [this, code] { Q_EMIT finished(code); }, Qt::QueuedConnection);
}

} // namespace kfp
