// kfp-sandbox: a local emulation of the Kubeflow Pipelines API server. See README.md.
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using kfp::sandbox::SandboxOptions;
using kfp::sandbox::SandboxServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kfp-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local emulation of the Kubeflow Pipelines API server (v2beta1 and v1beta1).\n\n"
        "Fault spec (--fault, repeatable): comma-separated key[=value] items:\n"
        "  path=GLOB        path to match, '*' wildcard (default *), with or without /pipeline\n"
        "  method=M         HTTP method (default any)\n"
        "  latency=MS       wait MS milliseconds before answering\n"
        "  error-rate=P     probability 0..1 of answering `status` with the API error body\n"
        "  status=N         HTTP status for errors (default 500; alone means error-rate=1)\n"
        "  truncate=N       send only the first N body bytes (full Content-Length), then close\n"
        "  drop             close the connection without answering\n"
        "  html             answer 200 text/html with an HTML page\n"
        "  drip=MS          send the body slowly over MS milliseconds\n"
        "  count=N          fault only the next N matching requests\n"
        "Example: --fault 'path=/apis/v2beta1/runs*,method=GET,error-rate=0.5,status=503'\n\n"
        "A run parameter sandbox_fail_task=<task name>|* makes that task fail."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOpt("port", "Port to listen on (default: any free port).", "N",
                                     "0");
    const QCommandLineOption seedOpt("seed", "Seed content: demo or none (default demo).",
                                     "demo|none", "demo");
    const QCommandLineOption runsOpt("seed-runs", "Bulk-create N finished runs.", "N", "0");
    const QCommandLineOption pipesOpt("seed-pipelines", "Bulk-create N pipelines.", "N", "0");
    const QCommandLineOption multiOpt("multi-user", "Multi-user mode (namespaces required).");
    const QCommandLineOption dataOpt("data-dir", "Load/save the store as JSON in D.", "D");
    const QCommandLineOption faultOpt("fault", "Fault injection rule (repeatable).", "SPEC");
    const QCommandLineOption scaleOpt("time-scale", "Multiply simulated durations by X.", "X", "1");
    const QCommandLineOption verboseOpt("verbose", "Log each request to stderr.");
    parser.addOptions(
        {portOpt, seedOpt, runsOpt, pipesOpt, multiOpt, dataOpt, faultOpt, scaleOpt, verboseOpt});
    parser.process(app);

    SandboxOptions options;
    options.multiUser = parser.isSet(multiOpt);
    options.dataDir = parser.value(dataOpt);
    options.timeScale = parser.value(scaleOpt).toDouble();
    if (options.timeScale <= 0)
        options.timeScale = 1.0;
    SandboxServer server(options);
    const bool fresh = server.pipelineCount() == 0 && server.runCount() == 0;
    if (parser.value(seedOpt) == QLatin1String("demo") && fresh)
        server.seedDemo();
    else if (parser.value(seedOpt) != QLatin1String("demo") &&
             parser.value(seedOpt) != QLatin1String("none")) {
        std::fprintf(stderr, "kfp-sandbox: unknown --seed value %s\n",
                     qPrintable(parser.value(seedOpt)));
        return 2;
    }
    if (const int n = parser.value(pipesOpt).toInt(); n > 0)
        server.seedPipelines(n);
    if (const int n = parser.value(runsOpt).toInt(); n > 0)
        server.seedRuns(n);
    for (const QString &spec : parser.values(faultOpt)) {
        QString error;
        if (!server.addFault(spec, &error)) {
            std::fprintf(stderr, "kfp-sandbox: %s\n", qPrintable(error));
            return 2;
        }
    }
    server.setRequestLogEnabled(false); // the CLI never reads it; keep memory flat
    server.setVerbose(parser.isSet(verboseOpt));
    const quint16 port = server.listen(static_cast<quint16>(parser.value(portOpt).toUInt()));
    if (port == 0) {
        std::fprintf(stderr, "kfp-sandbox: cannot listen on 127.0.0.1:%s\n",
                     qPrintable(parser.value(portOpt)));
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u\n", port);
    std::fflush(stdout);
    return app.exec();
}
