// kfp-bench: benchmarks that print one machine-readable JSON object on stdout.
//
//   kfp-bench list-runs [--runs N] [--page-size N] [--api v2beta1|v1beta1] [--repeat N]
//   kfp-bench runs-view [--runs N] [--page-size N] [--api v2beta1|v1beta1]   (offscreen)
//   kfp-bench app-load [--runs N] [--pipelines P] [--api v2beta1|v1beta1]
//       the real main window (offscreen) through a user's session against N runs and P pipelines
//       (defaults 100000 and 1000); each step's time and UI-thread stalls: AppLoadBench.h
//   kfp-bench watcher --runs N --seconds S [--interval-ms I] [--api V]  (options: WatcherBench.h)
//   kfp-bench upload [--mib N]            (the sandbox as a separate process: UploadBench.h)
//   kfp-bench startup [--runs N]          (kfp-desktop beside a bare window: StartupBench.h)

#include "AppLoadBench.h"
#include "ListRunsBench.h"
#include "RunsViewBench.h"
#include "StartupBench.h"
#include "UploadBench.h"
#include "WatcherBench.h"

#include <QApplication>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // runs-view puts the model in a real QTreeView and app-load shows the main window: they need
    // a QApplication (offscreen unless the caller chose a platform); list-runs stays a plain
    // QCoreApplication.
    bool widgets = false;
    for (int i = 1; i < argc; ++i)
        widgets |= qstrcmp(argv[i], "runs-view") == 0 || qstrcmp(argv[i], "app-load") == 0;
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> appHolder(widgets ? new QApplication(argc, argv)
                                                        : new QCoreApplication(argc, argv));
    QCoreApplication &app = *appHolder;
    QCoreApplication::setApplicationName(QStringLiteral("kfp-bench"));
    if (argc > 1 && qstrcmp(argv[1], "watcher") == 0) // it parses its own options
        return kfp::WatcherBench::main(app);
    if (argc > 1 && qstrcmp(argv[1], "startup") == 0) {
        int runs = 5;
        for (int i = 2; i + 1 < argc; ++i) {
            if (qstrcmp(argv[i], "--runs") == 0)
                runs = QByteArray(argv[i + 1]).toInt();
        }
        if (runs <= 0) {
            std::fprintf(stderr, "kfp-bench startup: --runs must be positive\n");
            return 2;
        }
        const QJsonObject result = kfp::StartupBench::run(runs);
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        return result.contains(QStringLiteral("error")) ? 1 : 0;
    }
    if (argc > 1 && qstrcmp(argv[1], "upload") == 0) {
        int mib = 30;
        for (int i = 2; i + 1 < argc; ++i) {
            if (qstrcmp(argv[i], "--mib") == 0)
                mib = QByteArray(argv[i + 1]).toInt();
        }
        if (mib <= 0 || mib > 32) { // the server takes at most 32 MiB
            std::fprintf(stderr, "kfp-bench upload: --mib must be 1 to 32\n");
            return 2;
        }
        kfp::UploadBench bench(mib);
        QObject::connect(
            &bench, &kfp::UploadBench::finished, &app, [](const QJsonObject &result, int code) {
                std::printf("%s\n",
                            QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
                std::fflush(stdout);
                QCoreApplication::exit(code);
            });
        QTimer::singleShot(0, &bench, &kfp::UploadBench::start);
        return app.exec();
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("KFP Desktop benchmarks"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("benchmark"),
                                 QStringLiteral("list-runs, runs-view or app-load"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs to seed."),
                                     QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption pageOpt(QStringLiteral("page-size"), QStringLiteral("Page size."),
                                     QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption apiOpt(QStringLiteral("api"), QStringLiteral("v2beta1 or v1beta1."),
                                    QStringLiteral("VERSION"), QStringLiteral("v2beta1"));
    const QCommandLineOption repeatOpt(
        QStringLiteral("repeat"), QStringLiteral("Rounds; the best time of each pass is kept."),
        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption pipelinesOpt(QStringLiteral("pipelines"),
                                          QStringLiteral("Pipelines to seed (app-load)."),
                                          QStringLiteral("P"), QStringLiteral("1000"));
    parser.addOptions({runsOpt, pageOpt, apiOpt, repeatOpt, pipelinesOpt});
    parser.process(app);
    const auto printAndExit = [](const QJsonObject &result, int code) {
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        QCoreApplication::exit(code);
    };

    const QStringList pos = parser.positionalArguments();
    if (pos.size() == 1 && pos.first() == QLatin1String("app-load")) {
        kfp::AppLoadBench::Options options;
        bool okRuns = true;
        bool okPipelines = false;
        if (parser.isSet(runsOpt)) // its default is the 100,000, not the 10,000 above
            options.runs = parser.value(runsOpt).toInt(&okRuns);
        options.pipelines = parser.value(pipelinesOpt).toInt(&okPipelines);
        const QString api = parser.value(apiOpt);
        if (!okRuns || options.runs < 0 || !okPipelines || options.pipelines < 0 ||
            (api != QLatin1String("v2beta1") && api != QLatin1String("v1beta1"))) {
            std::fprintf(stderr, "kfp-bench: bad --runs, --pipelines or --api\n");
            return 2;
        }
        options.v1 = api == QLatin1String("v1beta1");
        kfp::AppLoadBench bench(options);
        QObject::connect(&bench, &kfp::AppLoadBench::finished, &app, printAndExit);
        QTimer::singleShot(0, &bench, &kfp::AppLoadBench::start);
        return app.exec();
    }
    if (pos.size() == 1 && pos.first() == QLatin1String("runs-view")) {
        kfp::RunsViewBench::Options options;
        bool okRuns = false;
        bool okPage = false;
        options.runs = parser.value(runsOpt).toInt(&okRuns);
        options.pageSize = parser.value(pageOpt).toInt(&okPage);
        const QString api = parser.value(apiOpt);
        if (!okRuns || options.runs < 0 || !okPage || options.pageSize <= 0 ||
            (api != QLatin1String("v2beta1") && api != QLatin1String("v1beta1"))) {
            std::fprintf(stderr, "kfp-bench: bad --runs, --page-size or --api\n");
            return 2;
        }
        options.v1 = api == QLatin1String("v1beta1");
        kfp::RunsViewBench bench(options);
        QObject::connect(&bench, &kfp::RunsViewBench::finished, &app, printAndExit);
        QTimer::singleShot(0, &bench, &kfp::RunsViewBench::start);
        return app.exec();
    }
    if (pos.size() != 1 || pos.first() != QLatin1String("list-runs")) {
        std::fprintf(stderr,
                     "usage: kfp-bench list-runs|runs-view|app-load [--runs N] [--page-size N] "
                     "[--pipelines P] [--api V] [--repeat N]\n");
        return 2;
    }
    kfp::ListRunsBench::Options options;
    bool okRuns = false;
    bool okPage = false;
    options.runs = parser.value(runsOpt).toInt(&okRuns);
    options.pageSize = parser.value(pageOpt).toInt(&okPage);
    bool okRepeat = false;
    options.repeat = parser.value(repeatOpt).toInt(&okRepeat);
    const QString api = parser.value(apiOpt);
    if (!okRuns || options.runs < 0 || !okPage || options.pageSize <= 0 || !okRepeat ||
        options.repeat <= 0 ||
        (api != QLatin1String("v2beta1") && api != QLatin1String("v1beta1"))) {
        std::fprintf(stderr, "kfp-bench: bad --runs, --page-size or --api\n");
        return 2;
    }
    options.api =
        api == QLatin1String("v1beta1") ? kfp::ApiVersion::V1Beta1 : kfp::ApiVersion::V2Beta1;

    kfp::ListRunsBench bench(options);
    QObject::connect(&bench, &kfp::ListRunsBench::finished, &app, printAndExit);
    QTimer::singleShot(0, &bench, &kfp::ListRunsBench::start);
    return app.exec();
}
