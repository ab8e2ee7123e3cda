#pragma once

// `kfpctl experiments list|get ID|create NAME [--description D]`.

#include "Command.h"

namespace kfp {

struct Experiment;

class ExperimentsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfp::CliRunner)
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("experiments"); }
    bool parse(const QCommandLineParser &parser, const QStringList &args, QString *error) override;
    void run() override;

private:
    void list();
    void print(const Experiment &experiment);

    QString m_sub; // list, get or create
    QString m_arg; // get: the ID; create: the name
};

} // namespace kfp
