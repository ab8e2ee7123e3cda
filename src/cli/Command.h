#pragma once

// The shape of a kfpctl command, and what every command shares.
//
// A Command is one command or command group (`pipelines`, `run`, `login`, ...). CliRunner parses
// the global options, picks the command by its name(), lets it check its own options and
// arguments (parse()), connects as far as needs() says, then calls run(). run() starts jobs on
// the event loop and ends, on every path, with context().finish() or one of the fail helpers.
//
// CommandContext is what the commands share: the parsed common options, stdout/stderr, the
// server connection (CliConnection), the stores main.cpp hands in, and the ways to end (finish,
// fail, usage error, JSON output). The usage text (`kfpctl --help`) stays one translated block in
// CliRunner, so the manual page and the translations keep matching it.
//
// Translated texts of all these classes use the context kfp::CliRunner, where they have always
// been (translations/kfp-desktop_ko.ts).

#include "net/ApiError.h"
#include "net/ApiJob.h"
#include "api/ListQuery.h"
#include "api/Page.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

class QCommandLineParser;
class QIODevice;
class QJsonObject;
class QTextStream;

namespace kfp {

class CliConnection;
class CredentialStore;
class KfpClient;
class ProfileStore;
class Session;

// The options every command may read (the global ones of `kfpctl --help`). Options of a single
// command (--user, --pipeline, --version-of, ...) belong to that command.
struct CliOptions
{
    bool json = false;
    int pageSize = 0;
    int limit = 0; // 0: all pages
    QString search;
    QString experimentId;
    QString description;
    QString name; // upload: the pipeline (or version) name; run create: the run name
};

// What main.cpp (or a test) hands in: where profiles, secrets, the password and the SDK's context
// file live. Without the stores, login/logout/sdk-context are unavailable.
struct CliEnvironment
{
    QString defaultHost; // used when --host is absent (main.cpp: $KFP_HOST)
    ProfileStore *profiles = nullptr;
    CredentialStore *credentials = nullptr;
    QIODevice *passwordInput = nullptr; // --password-stdin reads here
    QString sdkContextPath;             // empty: SdkContext::defaultPath()
};

class CommandContext final : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(kfp::CliRunner)
    Q_DISABLE_COPY_MOVE(CommandContext)
public:
    enum ExitCode
    {
        Success = 0,
        ApiFailure = 1,
        UsageError = 2
    };

    CommandContext(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CommandContext() override;

    static QString appName();   // "kfpctl"
    static QString usageLine(); // "Usage: kfpctl [options] <command> [args]"

    QTextStream &out() const { return m_out; }
    QTextStream &err() const { return m_err; }
    CliOptions &options() { return m_options; }
    const CliOptions &options() const { return m_options; }
    CliEnvironment &environment() { return m_environment; }
    const CliEnvironment &environment() const { return m_environment; }

    // The server connection; set by CliRunner before any command that needs one runs.
    void setConnection(CliConnection *connection) { m_connection = connection; }
    CliConnection *connection() const { return m_connection; }
    KfpClient *client() const;
    Session *session() const;
    QString namespaceName() const; // -n, else the profile's namespace

    // Every command ends through finish(); the handler (CliRunner) reports the exit code once.
    void setFinishHandler(std::function<void(int)> handler) { m_finish = std::move(handler); }
    void finish(int code);
    void fail(const ApiError &error);          // "kfpctl: error: <full message>", exit 1
    void failText(const QString &message);     // the same for our own message
    int usageError(const QString &message);    // "kfpctl: <message>" and the usage line; returns 2
    void printJson(const QJsonObject &object); // and finish(Success)
    void printJsonArray(const QList<QJsonObject> &objects);

    // A list query from --page-size, --limit, --search and the namespace.
    ListQuery baseListQuery() const;

    // Pages through a list call until the last page (or --limit), then calls done(items).
    template<class T, class Call>
    void fetchAll(Call call, ListQuery query, std::function<void(const QList<T> &)> done,
                  std::shared_ptr<QList<T>> items = std::make_shared<QList<T>>());

private:
    QTextStream &m_out;
    QTextStream &m_err;
    CliOptions m_options;
    CliEnvironment m_environment;
    CliConnection *m_connection = nullptr;
    std::function<void(int)> m_finish;
};

class Command
{
    Q_DECLARE_TR_FUNCTIONS(kfp::CliRunner)
    Q_DISABLE_COPY_MOVE(Command)
public:
    // How far CliRunner connects before run(): not at all (a local file), a session to the server
    // (the command restores credentials itself, or logs in), or credentials restored and the API
    // version detected.
    enum class Needs
    {
        Nothing,
        Session,
        Api
    };

    explicit Command(CommandContext &context)
        : m_context(context)
    {}
    virtual ~Command();

    // The first word on the command line: "pipelines", "run", "login", ...
    virtual QString name() const = 0;
    // The options only this command reads; the parser accepts them for every command line.
    virtual QList<QCommandLineOption> commandLineOptions() const { return {}; }
    // A chance to rewrite the command line before it is parsed (see RunCommand).
    virtual QStringList normalizeArguments(QStringList args) const { return args; }
    virtual Needs needs() const { return Needs::Api; }
    // Reads this command's options and checks args (the words after the name). False and *error
    // set on a usage error.
    virtual bool parse(const QCommandLineParser &parser, const QStringList &args,
                       QString *error) = 0;
    virtual void run() = 0;

protected:
    CommandContext &context() const { return m_context; }
    const CliOptions &options() const { return m_context.options(); }
    QTextStream &out() const { return m_context.out(); }
    KfpClient *client() const { return m_context.client(); }

    // For a group `NAME SUB ARGS...` (args[0] is SUB): exactly n arguments after SUB, else an
    // error naming what is missing or the first extra argument.
    bool expectArguments(const QStringList &args, int n, const QString &what, QString *error) const;
    // No arguments after the command name, else "NAME: unexpected argument "ARG"".
    bool expectNoArguments(const QStringList &args, QString *error) const;
    // "NAME: missing subcommand" / "NAME: unknown subcommand "SUB"" for args[0].
    bool unknownSubcommand(const QStringList &args, QString *error) const;

    // Connects job's finished(): an error ends the command with fail(), a result goes to done.
    template<class Job, class Done> void onResult(Job *job, Done done) const
    {
        QObject::connect(job, &ApiJob::finished, &m_context, [this, job, done] {
            if (!job->ok())
                return m_context.fail(job->error());
            done(job->result());
        });
    }

private:
    CommandContext &m_context;
};

template<class T, class Call>
void CommandContext::fetchAll(Call call, ListQuery query,
                              std::function<void(const QList<T> &)> done,
                              std::shared_ptr<QList<T>> items)
{
    auto *job = call(query);
    connect(job, &ApiJob::finished, this, [=] {
        if (!job->ok()) {
            fail(job->error());
            return;
        }
        const auto &page = job->result();
        for (const auto &item : page.items) {
            if (m_options.limit > 0 && items->size() >= m_options.limit)
                break;
            items->append(item);
        }
        const bool full = m_options.limit > 0 && items->size() >= m_options.limit;
        if (page.hasMore() && !full) {
            // The next page: the token alone (plus the size), as the server wants it.
            auto next = query.nextPage(page.nextPageToken);
            next.pageSize = query.pageSize;
            fetchAll<T>(call, next, done, items);
            return;
        }
        done(*items);
    });
}

} // namespace kfp
