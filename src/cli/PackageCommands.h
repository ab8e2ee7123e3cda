#pragma once

// kfpctl's pipeline file commands: `package inspect FILE [--json]` (a local file only, no server)
// and `upload FILE [--name N] [--version-of PIPELINE] [--description D]`, which reads the file
// with PipelinePackage first so that a file the server would refuse never leaves the machine.

#include "Command.h"

namespace kfp {

class PackageCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfp::CliRunner)
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("package"); }
    Needs needs() const override { return Needs::Nothing; }
    bool parse(const QCommandLineParser &parser, const QStringList &args, QString *error) override;
    void run() override;

private:
    QString m_path;
};

class UploadCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfp::CliRunner)
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("upload"); }
    QList<QCommandLineOption> commandLineOptions() const override;
    bool parse(const QCommandLineParser &parser, const QStringList &args, QString *error) override;
    void run() override;

private:
    void uploadVersion(const QString &pipelineId);

    QString m_path;
    QString m_versionOf; // --version-of: the pipeline (name or id) to add a version to
};

} // namespace kfp
