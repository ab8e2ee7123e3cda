#pragma once

// `kfpctl pipelines list|get ID` and `kfpctl versions list PIPELINE_ID|get PIPELINE_ID ID`:
// a table (or --json) of the server's pipelines and their versions.

#include "Command.h"

namespace kfp {

class PipelinesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfp::CliRunner)
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("pipelines"); }
    bool parse(const QCommandLineParser &parser, const QStringList &args, QString *error) override;
    void run() override;

private:
    void list();
    void get(const QString &id);

    QString m_sub; // list or get
    QString m_id;
};

class VersionsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfp::CliRunner)
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("versions"); }
    bool parse(const QCommandLineParser &parser, const QStringList &args, QString *error) override;
    void run() override;

private:
    void list();
    void get();

    QString m_sub; // list or get
    QString m_pipelineId;
    QString m_versionId;
};

} // namespace kfp
