// kfpctl: the command-line face of kfpcore. All the logic is in library kfpcli: CliRunner picks
// the command (Command.h) and runs it.

#include "CliRunner.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/ProfileStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
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
    // The desktop app's profiles and keychain entries (kfp-desktop sets organization domain
    // kubeflow.org and application name kfp-desktop).
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope,
                       QStringLiteral("kubeflow.org"), QStringLiteral("kfp-desktop"));
    kfp::ProfileStore profiles(&settings);
    kfp::KeychainCredentialStore credentials;
    QFile input;
    (void)input.open(stdin, QIODevice::ReadOnly);
    runner.setProfileStore(&profiles);
    runner.setCredentialStore(&credentials);
    runner.setPasswordInput(&input);
    QObject::connect(&runner, &kfp::CliRunner::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &runner, &kfp::CliRunner::start);
    return app.exec();
}
