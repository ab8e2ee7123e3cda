#pragma once

// kfpctl's login side: `login --user NAME`, `logout`, `whoami` and `sdk-context write|remove`.
// Which profile a call uses and the credentials stored for it are CliConnection's business; these
// commands log in, forget, show and share what it restored.

#include "Command.h"

namespace kfp {

class LoginCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfp::CliRunner)
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("login"); }
    QList<QCommandLineOption> commandLineOptions() const override;
    Needs needs() const override { return Needs::Session; }
    bool parse(const QCommandLineParser &parser, const QStringList &args, QString *error) override;
    void run() override;

private:
    QString readPassword(bool *ok);

    QString m_user;
    QString m_connector;
    bool m_passwordStdin = false;
    bool m_rememberPassword = false;
};

class LogoutCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfp::CliRunner)
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("logout"); }
    Needs needs() const override { return Needs::Session; }
    bool parse(const QCommandLineParser &parser, const QStringList &args, QString *error) override;
    void run() override;
};

class WhoamiCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfp::CliRunner)
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("whoami"); }
    bool parse(const QCommandLineParser &parser, const QStringList &args, QString *error) override;
    void run() override;
};

class SdkContextCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfp::CliRunner)
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("sdk-context"); }
    Needs needs() const override { return Needs::Session; }
    bool parse(const QCommandLineParser &parser, const QStringList &args, QString *error) override;
    void run() override;

private:
    bool m_write = false; // write, else remove
};

} // namespace kfp
