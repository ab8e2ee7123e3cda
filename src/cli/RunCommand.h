#pragma once

// `kfpctl run create` and `kfpctl run watch ID`: a run of a server pipeline (by name; a version by
// name or id, else the latest) or of a local package sent inline, with parameters typed against
// the pipeline's declared types (`--param n=3` sends the number 3 to a NUMBER_INTEGER input on
// v2), optionally followed until it ends. The exit code of a watch tells how the run ended:
// 0 succeeded (or skipped), 3 failed, 4 canceled — what a shell script needs, and what the SDK's
// wait_for_run_completion cannot say (it never stops on CANCELED).

#include "Command.h"

#include "api/ApiTypes.h"

namespace kfp {

struct PackageParameter;
struct RunDraft;

class RunCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfp::CliRunner)
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("run"); }
    QList<QCommandLineOption> commandLineOptions() const override;
    // `-V/--version` prints kfpctl's version everywhere else; after `run create`, `--version V`
    // names the pipeline version, so it is renamed to --pipeline-version before parsing.
    QStringList normalizeArguments(QStringList args) const override;
    bool parse(const QCommandLineParser &parser, const QStringList &args, QString *error) override;
    void run() override;

private:
    void create();
    void resolvePipelineVersion(std::shared_ptr<RunDraft> draft);
    bool collectParameters(const QList<PackageParameter> &declared, QList<RunParameter> *out,
                           QString *error) const;
    void createRunWith(std::shared_ptr<RunDraft> draft, const QList<PackageParameter> &declared);
    void watch(const QString &runId);

    QString m_sub; // create or watch
    QString m_runId;
    QString m_pipeline;
    QString m_pipelineVersion;
    QString m_packageFile;
    QStringList m_params; // NAME=VALUE
    QString m_paramsFile;
    bool m_watch = false;
    int m_pollMs = 0;
};

} // namespace kfp
