#pragma once

// `kfpctl healthz`: the server's URL, API version, mode, version and commit.

#include "Command.h"

namespace kfp {

class HealthzCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfp::CliRunner)
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("healthz"); }
    bool parse(const QCommandLineParser &parser, const QStringList &args, QString *error) override;
    void run() override;
};

} // namespace kfp
