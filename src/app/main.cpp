// kfp-desktop: builds the objects and wires them together; all behaviour lives in kfpcore/kfpui.
//
//   kfp-desktop [--sandbox] [--host URL] [--profile NAME] [--api auto|v1beta1|v2beta1]
//               [--lang ko|en] [--section NAME] [--screenshot FILE] [--quit-after MS] [--version]
//
// Which server: --sandbox starts the in-process sandbox; --host URL talks to that URL directly;
// otherwise the current (or --profile) connection profile. Either way one Connection opens it
// (an unnamed profile for a plain URL) and everything else follows the Connection's state. With
// no profile at all the sandbox starts, so a first run shows a working app; File → Connect to a
// Cluster adds a profile.

#include "ConnectionController.h"
#include "LanguageSetting.h"
#include "MainWindow.h"
#include "NotificationController.h"
#include "Prompter.h"
#include "TrayNotifier.h"
#include "WindowControllers.h"
#include "api/KfpClient.h"
#include "auth/ConnectionProfile.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/ProfileStore.h"
#include "auth/Session.h"
#include "connection/Connection.h"
#include "sandbox/SandboxServer.h"
#include "watch/FreedesktopNotifier.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDBusConnection>
#include <QFile>
#include <QLibraryInfo>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <utility>

namespace {

void grabAndQuit(QWidget *window, const QString &file)
{
    static bool done = false; // the 3 s fallback and the first-page grab may both fire
    if (std::exchange(done, true))
        return;
    if (!window->grab().save(file))
        std::fprintf(stderr, "kfp-desktop: cannot write %s\n", qPrintable(file));
    QCoreApplication::quit();
}

} // namespace

int main(int argc, char *argv[])
{
    // --version needs no display (packaging smoke tests run it headless).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("kfp-desktop %s\n", KFP_VERSION);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kfp-desktop"));
    QApplication::setApplicationDisplayName(QStringLiteral("KFP Desktop"));
    QApplication::setApplicationVersion(QStringLiteral(KFP_VERSION));
    // kfpctl opens the same settings file (profiles are shared with it).
    QApplication::setOrganizationName(QStringLiteral("kubeflow.org"));
    QApplication::setOrganizationDomain(QStringLiteral("kubeflow.org"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kfp-desktop.svg")));
    // Lets Wayland compositors match the window to the installed desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.kubeflow.KfpDesktop"));

    // --lang must be known before any tr() runs, so peek at it before building the parser.
    QString lang;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang"))
            lang = args.value(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            lang = args.at(i).mid(7);
    }
    // --lang overrides the stored choice (View → Language); neither: the system locale.
    if (lang.isEmpty())
        lang = kfp::LanguageSetting::stored(QSettings());
    kfp::LanguageSetting::installTranslators(&app, lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop client for Kubeflow Pipelines"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOpt(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main",
                                    "Start the built-in sandbox server and connect to it."));
    const QCommandLineOption hostOpt(QStringLiteral("host"),
                                     QCoreApplication::translate("main", "Kubeflow Pipelines URL."),
                                     QStringLiteral("URL"));
    const QCommandLineOption apiOpt(
        QStringLiteral("api"),
        QCoreApplication::translate("main", "API version: auto, v1beta1 or v2beta1."),
        QStringLiteral("VERSION"), QStringLiteral("auto"));
    const QCommandLineOption langOpt(
        QStringLiteral("lang"), QCoreApplication::translate("main", "Interface language (ko, en)."),
        QStringLiteral("LANG"));
    const QCommandLineOption shotOpt(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Save a screenshot of the window once loaded, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption quitOpt(
        QStringLiteral("quit-after"),
        QCoreApplication::translate("main", "Quit after MS milliseconds."), QStringLiteral("MS"));
    const QCommandLineOption sectionOpt(
        QStringLiteral("section"),
        QCoreApplication::translate(
            "main", "Open this section: pipelines, experiments, runs, recurring-runs, archive."),
        QStringLiteral("NAME"));
    const QCommandLineOption profileOpt(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Connect with this connection profile."),
        QStringLiteral("NAME"));
    parser.addOptions(
        {sandboxOpt, hostOpt, profileOpt, apiOpt, langOpt, shotOpt, quitOpt, sectionOpt});
    parser.process(app);

    kfp::Section section = kfp::Section::Pipelines;
    if (parser.isSet(sectionOpt) &&
        !kfp::MainWindow::sectionFromName(parser.value(sectionOpt), &section)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "--section must be pipelines, experiments, runs, "
                                 "recurring-runs or archive")));
        return 2;
    }

    const QString api = parser.value(apiOpt).toLower();
    if (api != QLatin1String("auto") && api != QLatin1String("v1beta1") &&
        api != QLatin1String("v2beta1")) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "--api must be auto, v1beta1 or v2beta1")));
        return 2;
    }

    // Window geometry, splitters, columns, sorts, the last section and the connection profiles;
    // never secrets (those go to the keychain).
    QSettings settings;
    kfp::ProfileStore profiles(&settings);
    kfp::KeychainCredentialStore credentials;
    if (parser.isSet(profileOpt)) {
        if (!profiles.profile(parser.value(profileOpt))) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "No profile named %1.")
                                        .arg(parser.value(profileOpt))));
            return 2;
        }
        profiles.setCurrentName(parser.value(profileOpt));
    }
    const bool useProfile =
        !parser.isSet(sandboxOpt) && !parser.isSet(hostOpt) && !profiles.currentName().isEmpty();

    // The sandbox: on request, or when neither a server nor a profile was given.
    const bool useSandbox = parser.isSet(sandboxOpt) || (!parser.isSet(hostOpt) && !useProfile);
    std::unique_ptr<kfp::sandbox::SandboxServer> sandbox;
    QUrl baseUrl;
    if (useSandbox) {
        sandbox = std::make_unique<kfp::sandbox::SandboxServer>(kfp::sandbox::SandboxOptions{});
        sandbox->seedDemo();
        if (sandbox->listen(0) == 0) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                             "main", "Cannot start the sandbox server.")));
            return 1;
        }
        baseUrl = sandbox->baseUrl();
    } else {
        baseUrl = QUrl::fromUserInput(parser.value(hostOpt));
    }

    QNetworkAccessManager nam;
    kfp::Session session(&nam);
    session.setBaseUrl(baseUrl);
    kfp::KfpClient client(&session);
    kfp::Connection connection(&session, &client, &credentials);
    connection.setAutoRetry(true);

    kfp::MessageBoxPrompter prompter;
    kfp::MainWindow window(&connection, &settings, &prompter);

    // Logging in and profiles, upload, the run wizard, the language menu, run notifications.
    kfp::WindowControllers controllers(&window,
                                       {window.menuBar(), window.fileMenu(), window.viewMenu(),
                                        window.actionsMenu(), window.toolBar()},
                                       &connection, &settings, &profiles, &credentials, &prompter);
    kfp::ConnectionController &login = *controllers.login();
    kfp::NotificationController &notifications = *controllers.notifications();
    // Run notifications: one watcher per connection, the in-app list, the desktop's notifier
    // (D-Bus on Linux — GNOME has no tray —, the tray's messages on Windows and macOS).
#ifdef Q_OS_LINUX
    kfp::FreedesktopNotifier desktopNotifier(QDBusConnection::sessionBus());
    notifications.setNotifier(&desktopNotifier);
#else
    std::unique_ptr<kfp::TrayNotifier> trayNotifier;
    if (notifications.trayIcon()) {
        trayNotifier = std::make_unique<kfp::TrayNotifier>(notifications.trayIcon());
        notifications.setNotifier(trayNotifier.get());
    }
#endif
    // Offline (no network at all) pauses the watcher; the sandbox is local, so it never is.
    if (!useSandbox && QNetworkInformation::loadDefaultBackend() &&
        QNetworkInformation::instance()->supports(QNetworkInformation::Feature::Reachability)) {
        const auto online = [](QNetworkInformation::Reachability r) {
            return r != QNetworkInformation::Reachability::Disconnected;
        };
        const bool reachable = online(QNetworkInformation::instance()->reachability());
        notifications.setOnline(reachable);
        connection.setNetworkReachable(reachable);
        QObject::connect(
            QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged,
            &notifications,
            [&notifications, &connection, online](QNetworkInformation::Reachability r) {
                notifications.setOnline(online(r));
                connection.setNetworkReachable(online(r));
            });
    }
    // Online: the watcher, the status bar and the lists follow this connection (the window
    // loads by itself when the state turns Online).
    const QString watcherKey = useSandbox ? QStringLiteral("sandbox") : baseUrl.toString();
    QObject::connect(&login, &kfp::ConnectionController::connected, &window, [&] {
        const QString profile = login.currentProfile();
        notifications.connectTo(profile.isEmpty() ? watcherKey : profile, login.namespaceName());
        if (!profile.isEmpty()) {
            window.setProfile(profile, login.userName());
            window.setNamespace(login.namespaceName());
            window.setNotice({});
        }
    });
    QObject::connect(&login, &kfp::ConnectionController::namespaceChanged, &notifications,
                     &kfp::NotificationController::setNamespace);
    QObject::connect(&login, &kfp::ConnectionController::namespaceChanged, &window,
                     &kfp::MainWindow::setNamespace);
    if (parser.isSet(sectionOpt))
        window.setCurrentSection(section);
    if (useSandbox) {
        window.setNotice(parser.isSet(sandboxOpt)
                             ? QCoreApplication::translate(
                                   "main", "Sandbox: a local emulation, not a real cluster")
                             : QCoreApplication::translate(
                                   "main", "No cluster configured: showing the built-in sandbox. "
                                           "File → Connect to a Cluster… adds one."));
    }
    if (settings.value(QStringLiteral("MainWindow/geometry")).isNull() || parser.isSet(shotOpt))
        window.resize(1200, 720);
    window.show();
    // The one way in: a saved profile (the stored session, else the login dialog), or an unnamed
    // profile for the sandbox's or --host's URL.
    if (useProfile) {
        login.start();
    } else {
        kfp::ConnectionProfile plain;
        plain.url = baseUrl;
        plain.apiVersion = api;
        login.open(plain);
    }

    if (parser.isSet(shotOpt)) {
        const QString file = parser.value(shotOpt);
        // After the first page (plus a moment to paint), or after 3 s whatever happened.
        QObject::connect(&window, &kfp::MainWindow::firstLoadDone, &window, [&window, file] {
            QTimer::singleShot(300, &window, [&window, file] { grabAndQuit(&window, file); });
        });
        QTimer::singleShot(3000, &window, [&window, file] { grabAndQuit(&window, file); });
    }
    if (parser.isSet(quitOpt)) {
        bool ok = false;
        const int ms = parser.value(quitOpt).toInt(&ok);
        if (ok && ms >= 0)
            QTimer::singleShot(ms, &app, &QCoreApplication::quit);
    }
    return app.exec();
}
