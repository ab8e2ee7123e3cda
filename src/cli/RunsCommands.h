#pragma once

// `kfpctl runs list|get ID` and `kfpctl recurring-runs list|get ID` (lists: --experiment ID).
// Creating and watching a run is RunCommand.

#include "Command.h"

namespace kfp {

class RunsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfp::CliRunner)
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("runs"); }
    bool parse(const QCommandLineParser &parser, const QStringList &args, QString *error) override;
    void run() override;

private:
    void list();
    void get();

    QString m_sub; // list or get
    QString m_id;
};

class RecurringRunsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfp::CliRunner)
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("recurring-runs"); }
    bool parse(const QCommandLineParser &parser, const QStringList &args, QString *error) override;
    void run() override;

private:
    void list();
    void get();

    QString m_sub; // list or get
    QString m_id;
};

} // namespace kfp
