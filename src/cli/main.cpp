// kfpctl: the command-line face of kfpcore. All the logic is in CliRunner (library kfpcli).

#include "CliRunner.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kfpctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KFP_VERSION));

    // The library's informational log lines are noise on a script's stderr (QT_LOGGING_RULES
    // still turns them back on).
    QLoggingCategory::setFilterRules(QStringLiteral("kfp.*.info=false\nkfp.*.debug=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    kfp::CliRunner runner(QCoreApplication::arguments(), out, err);
    runner.setDefaultHost(qEnvironmentVariable("KFP_HOST"));
    QObject::connect(&runner, &kfp::CliRunner::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &runner, &kfp::CliRunner::start);
    return app.exec();
}
