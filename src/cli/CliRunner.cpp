#include "CliRunner.h"

#include "CliJson.h"
#include "api/KfpClient.h"
#include "auth/ProfileStore.h"
#include "auth/Session.h"
#include "net/TlsTrust.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QUrl>

#ifndef KFP_VERSION
#define KFP_VERSION "0.0.0"
#endif

namespace kfp {

namespace {

const QString kAppName = QStringLiteral("kfpctl");

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
    , m_err(err)
{
    if (m_args.isEmpty())
        m_args.append(kAppName);
}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    const int code = parseArguments();
    if (code >= 0) {
        finish(code);
        return;
    }
    QString error;
    m_command = resolveCommand(&error);
    if (!m_command) {
        finish(usageError(error));
        return;
    }
    connectAndRun();
}

QString CliRunner::usageLine() const
{
    return tr("Usage: %1 [options] <command> [args]").arg(kAppName);
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
        .arg(usageLine());
}

int CliRunner::usageError(const QString &message)
{
    m_err << tr("%1: %2").arg(kAppName, message) << '\n' << usageLine() << '\n';
    return UsageError;
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
    const QCommandLineOption versionOf(QStringLiteral("version-of"), tr("Pipeline"),
                                       tr("PIPELINE"));
    const QCommandLineOption user(QStringLiteral("user"), tr("User name"), tr("NAME"));
    const QCommandLineOption connector(QStringLiteral("connector"), tr("Dex connector"), tr("ID"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           tr("Read the password from standard input"));
    const QCommandLineOption remember(QStringLiteral("remember-password"),
                                      tr("Keep the password in the keychain"));
    parser.addOptions({help, version, host, api, ns, json, pageSize, limit, search, timeout,
                       experiment, description, profile, user, connector, passwordStdin, remember,
                       name, versionOf});
    parser.addOptions(runOptions());
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run"));

    m_args = normalizeRunArguments(m_args);
    if (!parser.parse(m_args))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << helpText();
        return Success;
    }
    if (parser.isSet(version)) {
        m_out << kAppName << ' ' << QStringLiteral(KFP_VERSION) << '\n';
        return Success;
    }

    m_opt.positional = parser.positionalArguments();
    if (m_opt.positional.isEmpty())
        return usageError(tr("no command given"));
    if (m_opt.positional.first() == QLatin1String("help")) {
        m_out << helpText();
        return Success;
    }

    m_opt.json = parser.isSet(json);
    // `package inspect` reads a local file only: no server needed.
    if (m_opt.positional.first() == QLatin1String("package"))
        return -1;
    m_opt.name = parser.value(name);
    m_opt.versionOf = parser.value(versionOf);
    readRunOptions(parser);
    m_opt.profile = parser.value(profile);
    m_opt.user = parser.value(user);
    m_opt.connector = parser.value(connector);
    m_opt.passwordStdin = parser.isSet(passwordStdin);
    m_opt.rememberPassword = parser.isSet(remember);
    m_opt.host = parser.isSet(host) ? parser.value(host) : QString();
    if (m_opt.host.isEmpty() && !m_opt.profile.isEmpty() && m_profiles) {
        const auto p = m_profiles->profile(m_opt.profile);
        if (!p)
            return usageError(tr("no profile named \"%1\"").arg(m_opt.profile));
        m_opt.host = p->url.toString();
    }
    if (m_opt.host.isEmpty())
        m_opt.host = m_defaultHost;
    if (m_opt.host.isEmpty())
        return usageError(tr("no server given: use --host URL or set KFP_HOST"));
    if (!m_opt.host.contains(QLatin1String("://")))
        m_opt.host.prepend(QLatin1String("http://"));
    const QUrl url(m_opt.host, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return usageError(tr("not a valid server URL: %1").arg(parser.value(host)));

    if (parser.isSet(api)) {
        m_opt.api = parser.value(api).toLower();
        if (m_opt.api != QLatin1String("auto") && m_opt.api != QLatin1String("v1beta1") &&
            m_opt.api != QLatin1String("v2beta1"))
            return usageError(tr("--api must be auto, v1beta1 or v2beta1"));
    }
    struct IntOption
    {
        const QCommandLineOption &option;
        int *target;
    };
    for (const IntOption &io :
         {IntOption{pageSize, &m_opt.pageSize}, IntOption{limit, &m_opt.limit},
          IntOption{timeout, &m_opt.timeoutMs}}) {
        if (!parser.isSet(io.option))
            continue;
        *io.target = positiveInt(parser.value(io.option));
        if (*io.target < 0) {
            return usageError(tr("--%1 needs a positive number, not \"%2\"")
                                  .arg(io.option.names().constFirst(), parser.value(io.option)));
        }
    }
    m_opt.namespaceName = parser.value(ns);
    m_opt.json = parser.isSet(json);
    m_opt.search = parser.value(search);
    m_opt.experimentId = parser.value(experiment);
    m_opt.description = parser.value(description);
    return -1;
}

void CliRunner::connectAndRun()
{
    m_nam = new QNetworkAccessManager(this);
    m_session = new Session(m_nam, this);
    m_session->setBaseUrl(QUrl(m_opt.host));
    if (m_opt.timeoutMs > 0)
        m_session->setDefaultTimeout(m_opt.timeoutMs);
    m_client = new KfpClient(m_session, this);
    const ConnectionProfile profile = currentProfile();
    TlsTrust trust;
    trust.setCaFile(profile.caFile);
    trust.setPinnedSha256(profile.pinnedSha256);
    m_session->setTlsTrust(trust);
    if (m_opt.namespaceName.isEmpty())
        m_opt.namespaceName = profile.namespaceName;

    if (!m_needsApi) {
        m_command();
        return;
    }
    loadStoredCredentials([this] { detectAndRun(); });
}

void CliRunner::detectAndRun()
{
    if (m_opt.api == QLatin1String("auto")) {
        auto *job = m_client->detectApi();
        connect(job, &ApiJob::finished, this, [this, job] {
            if (!job->ok()) {
                fail(job->error());
                return;
            }
            if (!m_opt.namespaceName.isEmpty())
                m_client->setMultiUser(true);
            runCommand();
        });
        return;
    }
    m_client->setApiVersion(m_opt.api == QLatin1String("v1beta1") ? ApiVersion::V1Beta1
                                                                  : ApiVersion::V2Beta1);
    // Without a probe we only know the server is multi-user if the user names a namespace.
    m_client->setMultiUser(!m_opt.namespaceName.isEmpty());
    runCommand();
}

void CliRunner::runCommand()
{
    m_command();
}

ListQuery CliRunner::baseListQuery() const
{
    ListQuery query;
    // Fewer round trips than the server's default of 20; never more than asked for.
    int size = m_opt.pageSize > 0 ? m_opt.pageSize : 100;
    if (m_opt.limit > 0)
        size = std::min(size, m_opt.limit);
    query.withPageSize(size);
    if (!m_opt.namespaceName.isEmpty())
        query.inNamespace(m_opt.namespaceName);
    if (!m_opt.search.isEmpty())
        query.where(Predicate::substring(QStringLiteral("display_name"), m_opt.search));
    return query;
}

void CliRunner::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    m_out.flush();
    m_err.flush();
    // Always queued, so a caller can connect after start() and exit() never runs before exec().
    QMetaObject::invokeMethod(
        this, [this, code] { Q_EMIT finished(code); }, Qt::QueuedConnection);
}

void CliRunner::fail(const ApiError &error)
{
    m_err << tr("%1: error: %2").arg(kAppName, error.fullMessage()) << '\n';
    finish(ApiFailure);
}

void CliRunner::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    finish(Success);
}

void CliRunner::printJsonArray(const QList<QJsonObject> &objects)
{
    QJsonArray array;
    for (const auto &o : objects)
        array.append(o);
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    finish(Success);
}

} // namespace kfp
