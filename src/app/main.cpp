// kfp-desktop: builds the objects and wires them together; all behaviour lives in kfpcore/kfpui.
//
//   kfp-desktop [--sandbox] [--host URL] [--profile NAME] [--api auto|v1beta1|v2beta1]
//               [--lang ko|en] [--section NAME] [--screenshot FILE] [--quit-after MS]
//               [--trace-startup] [--version] [--help]
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
#include "StartupTrace.h"
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

// The help, version and language options are read before any QApplication exists: without a
// display, QApplication cannot be made at all.
bool argumentGiven(int argc, char *argv[], const char *option)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], option) == 0)
            return true;
    }
    return false;
}

bool helpAsked(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0 ||
            qstrcmp(argv[i], "--help-all") == 0 || qstrcmp(argv[i], "-?") == 0)
            return true;
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("kfp-desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KFP_VERSION));
    // kfpctl opens the same settings file (profiles are shared with it).
    QCoreApplication::setOrganizationName(QStringLiteral("kubeflow.org"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kubeflow.org"));
}

// --lang must be known before any tr() runs, so it is peeked at before the parser is built;
// --lang overrides the stored choice (View → Language); neither: the system locale.
QString language(const QStringList &args)
{
    QString lang;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang"))
            lang = args.value(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            lang = args.at(i).mid(7);
    }
    if (lang.isEmpty())
        lang = kfp::LanguageSetting::stored(QSettings());
    return lang;
}

// The command line's options, translated: built once the translators are installed.
struct Options
{
    QCommandLineOption sandbox{QStringLiteral("sandbox"),
                               QCoreApplication::translate(
                                   "main", "Start the built-in sandbox server and connect to it.")};
    QCommandLineOption host{QStringLiteral("host"),
                            QCoreApplication::translate("main", "Kubeflow Pipelines URL."),
                            QStringLiteral("URL")};
    QCommandLineOption api{
        QStringLiteral("api"),
        QCoreApplication::translate("main", "API version: auto, v1beta1 or v2beta1."),
        QStringLiteral("VERSION"), QStringLiteral("auto")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            QCoreApplication::translate("main", "Interface language (ko, en)."),
                            QStringLiteral("LANG")};
    QCommandLineOption shot{QStringLiteral("screenshot"),
                            QCoreApplication::translate(
                                "main", "Save a screenshot of the window once loaded, then quit."),
                            QStringLiteral("FILE")};
    QCommandLineOption quit{QStringLiteral("quit-after"),
                            QCoreApplication::translate("main", "Quit after MS milliseconds."),
                            QStringLiteral("MS")};
    QCommandLineOption section{
        QStringLiteral("section"),
        QCoreApplication::translate(
            "main", "Open this section: pipelines, experiments, runs, recurring-runs, archive."),
        QStringLiteral("NAME")};
    QCommandLineOption profile{
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Connect with this connection profile."),
        QStringLiteral("NAME")};
    QCommandLineOption traceStartup{
        QStringLiteral("trace-startup"),
        QCoreApplication::translate(
            "main", "Print one JSON line with the milliseconds from the process's start to the "
                    "window shown, the first rows painted and the first page complete.")};

    void addTo(QCommandLineParser *parser) const
    {
        parser->setApplicationDescription(
            QCoreApplication::translate("main", "Desktop client for Kubeflow Pipelines"));
        parser->addHelpOption();
        parser->addVersionOption();
        parser->addOptions({sandbox, host, profile, api, lang, shot, quit, section, traceStartup});
    }
};

} // namespace

int main(int argc, char *argv[])
{
    // Read first: the clocks of --trace-startup.
    std::unique_ptr<kfp::StartupTrace> startupTrace;
    if (argumentGiven(argc, argv, "--trace-startup"))
        startupTrace = std::make_unique<kfp::StartupTrace>();

    // --version needs no display (packaging smoke tests run it headless).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("kfp-desktop %s\n", KFP_VERSION);
            return 0;
        }
    }

    // --help needs no display either, and speaks the user's language: the parser runs on a
    // QCoreApplication, prints the help and exits.
    if (helpAsked(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        kfp::LanguageSetting::installTranslators(&app, language(QCoreApplication::arguments()));
        QCommandLineParser parser;
        const Options options;
        options.addTo(&parser);
        parser.process(app); // shows the help and exits 0
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("KFP Desktop"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kfp-desktop.svg")));
    // Lets Wayland compositors match the window to the installed desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.kubeflow.KfpDesktop"));

    kfp::LanguageSetting::installTranslators(&app, language(QApplication::arguments()));

    QCommandLineParser parser;
    const Options options;
    options.addTo(&parser);
    parser.process(app);

    kfp::Section section = kfp::Section::Pipelines;
    if (parser.isSet(options.section) &&
        !kfp::MainWindow::sectionFromName(parser.value(options.section), &section)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "--section must be pipelines, experiments, runs, "
                                 "recurring-runs or archive")));
        return 2;
    }

    const QString api = parser.value(options.api).toLower();
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
    if (parser.isSet(options.profile)) {
        if (!profiles.profile(parser.value(options.profile))) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "No profile named %1.")
                                        .arg(parser.value(options.profile))));
            return 2;
        }
        profiles.setCurrentName(parser.value(options.profile));
    }
    const bool useProfile = !parser.isSet(options.sandbox) && !parser.isSet(options.host) &&
                            !profiles.currentName().isEmpty();

    // The sandbox: on request, or when neither a server nor a profile was given.
    const bool useSandbox =
        parser.isSet(options.sandbox) || (!parser.isSet(options.host) && !useProfile);
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
        baseUrl = QUrl::fromUserInput(parser.value(options.host));
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
    if (parser.isSet(options.section))
        window.setCurrentSection(section);
    if (useSandbox) {
        window.setNotice(parser.isSet(options.sandbox)
                             ? QCoreApplication::translate(
                                   "main", "Sandbox: a local emulation, not a real cluster")
                             : QCoreApplication::translate(
                                   "main", "No cluster configured: showing the built-in sandbox. "
                                           "File → Connect to a Cluster… adds one."));
    }
    if (settings.value(QStringLiteral("MainWindow/geometry")).isNull() ||
        parser.isSet(options.shot))
        window.resize(1200, 720);
    window.show();
    if (startupTrace)
        startupTrace->watch(&window);
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

    if (parser.isSet(options.shot)) {
        const QString file = parser.value(options.shot);
        // After the first page (plus a moment to paint), or after 3 s whatever happened.
        QObject::connect(&window, &kfp::MainWindow::firstLoadDone, &window, [&window, file] {
            QTimer::singleShot(300, &window, [&window, file] { grabAndQuit(&window, file); });
        });
        QTimer::singleShot(3000, &window, [&window, file] { grabAndQuit(&window, file); });
    }
    if (parser.isSet(options.quit)) {
        bool ok = false;
        const int ms = parser.value(options.quit).toInt(&ok);
        if (ok && ms >= 0)
            QTimer::singleShot(ms, &app, &QCoreApplication::quit);
    }
    return app.exec();
}
