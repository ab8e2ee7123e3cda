#pragma once

// kfpctl's entry point, runnable in-process (tests) or from main.cpp:
//
//     CliRunner runner(args, out, err);            // args[0] is the program name
//     connect(&runner, &CliRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
//     QTimer::singleShot(0, &runner, &CliRunner::start);
//
// start() parses `kfpctl [global options] <command> [args]`, picks the Command by name, connects
// as far as it needs (CliConnection), runs it on the event loop through KfpClient jobs (no nested
// loops, no waits) and emits finished(exitCode) once, always queued: 0 success, 1 API error
// (ApiError::fullMessage() on err), 2 usage error (usage on err); run watch adds 3 and 4.
// CliRunner only dispatches; the commands are the Command classes (Command.h).

#include <QObject>
#include <QStringList>
#include <memory>
#include <vector>

class QIODevice;
class QTextStream;

namespace kfp {

class CliConnection;
class Command;
class CommandContext;
class CredentialStore;
class ProfileStore;
struct ServerOptions;

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
    void setDefaultHost(const QString &host);
    // Where profiles and secrets live (main.cpp: the desktop app's QSettings and the keychain).
    // Without them, login/logout/sdk-context are unavailable and nothing is remembered.
    void setProfileStore(ProfileStore *profiles);
    void setCredentialStore(CredentialStore *credentials);
    // Where --password-stdin reads (main.cpp: stdin). Tests give a buffer.
    void setPasswordInput(QIODevice *input);
    // The SDK's context file (default ~/.config/kfp/context.json).
    void setSdkContextPath(const QString &path);

    void start();
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    QString helpText() const;
    Command *command(const QString &name) const;
    int parseArguments(); // -1: go on; else the exit code
    void runCommand();
    void finish(int code);

    QStringList m_args;
    QTextStream &m_out;
    CommandContext *m_context = nullptr;
    CliConnection *m_connection = nullptr;
    std::unique_ptr<ServerOptions> m_server;
    std::vector<std::unique_ptr<Command>> m_commands;
    Command *m_command = nullptr;
    bool m_finished = false;
    int m_exitCode = -1;
};

} // namespace kfp
