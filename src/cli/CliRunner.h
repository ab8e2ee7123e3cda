#pragma once

// kfpctl's whole logic, runnable in-process (tests) or from main.cpp:
//
//     CliRunner runner(args, out, err);            // args[0] is the program name
//     connect(&runner, &CliRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
//     QTimer::singleShot(0, &runner, &CliRunner::start);
//
// start() parses `kfpctl [global options] <command> [args]`, then runs the command on the event
// loop through KfpClient jobs (no nested loops, no waits) and emits finished(exitCode) once, always
// queued: 0 success, 1 API error (ApiError::fullMessage() on err), 2 usage error (usage on err).

#include "api/ApiTypes.h"
#include "api/ListQuery.h"
#include "api/Page.h"
#include "net/ApiError.h"
#include "net/ApiJob.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

class QCommandLineOption;
class QCommandLineParser;
class QIODevice;
class QNetworkAccessManager;
class QTextStream;
class QJsonObject;

namespace kfp {

class CredentialStore;
class KfpClient;
class ProfileStore;
class Session;
struct ConnectionProfile;
struct PackageParameter;
struct RunDraft;

class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)
public:
    enum ExitCode
    {
        Success = 0,
        ApiFailure = 1,
        UsageError = 2
    };

    CliRunner(QStringList args, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CliRunner() override;

    // The host used when --host is absent (main.cpp: $KFP_HOST). Tests leave it empty.
    void setDefaultHost(const QString &host) { m_defaultHost = host; }
    // Where profiles and secrets live (main.cpp: the desktop app's QSettings and the keychain).
    // Without them, login/logout/whoami/sdk-context are unavailable and nothing is remembered.
    void setProfileStore(ProfileStore *profiles) { m_profiles = profiles; }
    void setCredentialStore(CredentialStore *credentials) { m_credentials = credentials; }
    // Where --password-stdin reads (main.cpp: stdin). Tests give a buffer.
    void setPasswordInput(QIODevice *input) { m_passwordInput = input; }
    // The SDK's context file (default ~/.config/kfp/context.json).
    void setSdkContextPath(const QString &path) { m_sdkContextPath = path; }

    void start();
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Options
    {
        QString host;
        QString api = QStringLiteral("auto");
        QString namespaceName;
        bool json = false;
        int pageSize = 0;
        int limit = 0; // 0: all pages
        QString search;
        int timeoutMs = 0;
        QString experimentId;
        QString description;
        QString name;      // upload: the pipeline (or version) name
        QString versionOf; // upload: the pipeline (name or id) to add a version to
        // run create / run watch (CliRun.cpp)
        QString pipeline;
        QString pipelineVersion;
        QString packageFile;
        QStringList params; // NAME=VALUE
        QString paramsFile;
        bool watch = false;
        int pollMs = 5000;
        QString profile;
        QString user;
        QString connector;
        bool passwordStdin = false;
        bool rememberPassword = false;
        QStringList positional; // command, subcommand, arguments
    };

    // --- CliRunner.cpp: parsing, setup, output ---
    int parseArguments(); // -1: go on; else the exit code
    QString usageLine() const;
    QString helpText() const;
    int usageError(const QString &message);
    void connectAndRun();
    void detectAndRun();
    void runCommand();
    void finish(int code);
    void fail(const ApiError &error);
    void printJson(const QJsonObject &object);
    void printJsonArray(const QList<QJsonObject> &objects);
    ListQuery baseListQuery() const;

    // Pages through a list call until the last page (or --limit), then calls done(items).
    template<class T, class Call>
    void fetchAll(Call call, ListQuery query, std::shared_ptr<QList<T>> items,
                  std::function<void(const QList<T> &)> done);

    // --- CliCommands.cpp: one function per command; each ends in finish() or fail() ---
    // The command named by the arguments, bound and ready to run once connected; an empty
    // function and *error set on a usage error (unknown command, missing or extra arguments).
    std::function<void()> resolveCommand(QString *error);
    void cmdHealthz();
    void cmdPipelinesList();
    void cmdPipelinesGet(const QString &id);
    void cmdVersionsList(const QString &pipelineId);
    void cmdVersionsGet(const QString &pipelineId, const QString &versionId);
    void cmdExperimentsList();
    void cmdExperimentsGet(const QString &id);
    void cmdExperimentsCreate(const QString &name);
    void cmdRunsList();
    void cmdRunsGet(const QString &id);
    void cmdRecurringRunsList();
    void cmdRecurringRunsGet(const QString &id);
    void printExperiment(const Experiment &experiment);

    // --- CliUpload.cpp: package inspect, upload ---
    std::function<void()> resolveUploadCommand(const QString &command, const QStringList &args,
                                               QString *error, bool *handled);
    void cmdPackageInspect(const QString &path);
    void cmdUpload(const QString &path);
    void uploadVersion(const QString &path, const QString &pipelineId);

    // --- CliRun.cpp: run create, run watch ---
    static QStringList normalizeRunArguments(QStringList args);
    static QList<QCommandLineOption> runOptions();
    void readRunOptions(const QCommandLineParser &parser);
    std::function<void()> resolveRunCommand(const QString &command, const QStringList &args,
                                            QString *error, bool *handled);
    void cmdRunCreate();
    void resolvePipelineVersion(std::shared_ptr<RunDraft> draft);
    bool collectParameters(const QList<PackageParameter> &declared, QList<RunParameter> *out,
                           QString *error) const;
    void createRunWith(std::shared_ptr<RunDraft> draft, const QList<PackageParameter> &declared);
    void cmdRunWatch(const QString &runId);

    // --- CliAuth.cpp: profiles, stored credentials, login/logout/whoami/sdk-context ---
    std::function<void()> resolveAuthCommand(const QString &command, const QStringList &args,
                                             QString *error, bool *handled);
    QString profileName() const; // --profile, else the profile of --host, else host:port
    ConnectionProfile currentProfile() const;
    void loadStoredCredentials(std::function<void()> then);
    void cmdLogin();
    void cmdLogout();
    void cmdWhoami();
    void cmdSdkContext(bool write);
    QString readPassword(bool *ok);
    void failText(const QString &message);

    QStringList m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_defaultHost;
    Options m_opt;
    QNetworkAccessManager *m_nam = nullptr;
    Session *m_session = nullptr;
    KfpClient *m_client = nullptr;
    std::function<void()> m_command;
    bool m_needsApi = true; // detect the API version before the command
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    QIODevice *m_passwordInput = nullptr;
    QString m_sdkContextPath;
    bool m_finished = false;
    int m_exitCode = -1;
};

template<class T, class Call>
void CliRunner::fetchAll(Call call, ListQuery query, std::shared_ptr<QList<T>> items,
                         std::function<void(const QList<T> &)> done)
{
    auto *job = call(query);
    connect(job, &ApiJob::finished, this, [=] {
        if (!job->ok()) {
            fail(job->error());
            return;
        }
        const auto &page = job->result();
        for (const auto &item : page.items) {
            if (m_opt.limit > 0 && items->size() >= m_opt.limit)
                break;
            items->append(item);
        }
        const bool full = m_opt.limit > 0 && items->size() >= m_opt.limit;
        if (page.hasMore() && !full) {
            // The next page: the token alone (plus the size), as the server wants it.
            auto next = query.nextPage(page.nextPageToken);
            next.pageSize = query.pageSize;
            fetchAll<T>(call, next, items, done);
            return;
        }
        done(*items);
    });
}

} // namespace kfp
