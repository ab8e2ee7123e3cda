// kfp-sandbox: a local emulation of the Kubeflow Pipelines API server. See README.md.
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSslCertificate>

#include <cstdio>

using kfp::sandbox::AuthMode;
using kfp::sandbox::AuthOptions;
using kfp::sandbox::SandboxOptions;
using kfp::sandbox::SandboxServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kfp-sandbox"));
    // --version (QCommandLineParser) prints "kfp-sandbox <project version>"; needs no display.
    QCoreApplication::setApplicationVersion(QStringLiteral(KFP_VERSION));

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
        "  reset=N          send only the first N body bytes, then reset the connection\n"
        "  drop             close the connection without answering\n"
        "  html             answer 200 text/html with an HTML page\n"
        "  drip=MS          send the body slowly over MS milliseconds\n"
        "  count=N          fault only the next N matching requests\n"
        "Example: --fault 'path=/apis/v2beta1/runs*,method=GET,error-rate=0.5,status=503'\n\n"
        "A run parameter sandbox_fail_task=<task name>|* makes that task fail.\n\n"
        "Login gateways (--auth), one per Kubeflow generation: none, authservice-legacy\n"
        "(Kubeflow <= 1.5, Dex 2.22), authservice-1.6 and authservice-1.7 (Dex 2.31.2),\n"
        "authservice (Kubeflow 1.8, Dex 2.36), oauth2-proxy-1.8 (1.8's oauth2-proxy overlay),\n"
        "oauth2-proxy-1.9.0 (approval page), oauth2-proxy (Kubeflow >= 1.9.1). With a gateway,\n"
        "use http://127.0.0.1:PORT/pipeline as the KFP URL."));
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
    const QCommandLineOption authOpt("auth", "Login gateway in front of the API (default none).",
                                     "MODE", "none");
    const QCommandLineOption usersOpt("users", "Dex users (default user@example.com:12341234).",
                                      "user:password,...");
    const QCommandLineOption connOpt("connectors", "Dex connectors: local, ldap, github.", "id,...",
                                     "local");
    const QCommandLineOption ttlOpt(
        "session-ttl", "Session cookie lifetime (default 86400; 604800 for oauth2-proxy-1.8).",
        "SECONDS");
    const QCommandLineOption bigOpt("big-session", "Split the oauth2-proxy cookie into _0, _1.");
    const QCommandLineOption mfaOpt(
        "mfa", "Dex with DEX_SESSIONS_ENABLED: a one-time code page after the password, and\n"
               "prompt=none answers login_required.");
    const QCommandLineOption domainsOpt(
        "email-domains", "oauth2-proxy email_domains (default *); others get 403.", "D,...", "*");
    const QCommandLineOption secureOpt("secure-cookies", "Mark cookies Secure (FORCE_HTTPS).");
    const QCommandLineOption tokensOpt("tokens", "Accept these opaque bearer tokens.", "TOKEN,...");
    const QCommandLineOption issuerOpt(
        "jwt-issuer", "Issuer of accepted JWTs; prints one token per user at start.", "ISSUER");
    const QCommandLineOption tlsOpt("tls", "Serve HTTPS with a generated self-signed certificate.");
    parser.addOptions({portOpt,  seedOpt,    runsOpt,   pipesOpt,  multiOpt, dataOpt,   faultOpt,
                       scaleOpt, verboseOpt, authOpt,   usersOpt,  connOpt,  ttlOpt,    bigOpt,
                       mfaOpt,   secureOpt,  tokensOpt, issuerOpt, tlsOpt,   domainsOpt});
    parser.process(app);

    AuthOptions auth;
    if (!kfp::sandbox::parseAuthMode(parser.value(authOpt), &auth.mode)) {
        std::fprintf(stderr, "kfp-sandbox: unknown --auth mode %s\n",
                     qPrintable(parser.value(authOpt)));
        return 2;
    }
    if (parser.isSet(usersOpt) && !AuthOptions::parseUsers(parser.value(usersOpt), &auth.users)) {
        std::fprintf(stderr, "kfp-sandbox: --users wants user:password[,user:password...]\n");
        return 2;
    }
    auth.connectors = parser.value(connOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (QString bad; !AuthOptions::validConnectors(auth.connectors, &bad)) {
        std::fprintf(stderr, "kfp-sandbox: unknown connector '%s' (local, ldap, github)\n",
                     qPrintable(bad));
        return 2;
    }
    if (parser.isSet(ttlOpt)) {
        auth.sessionTtlSecs = parser.value(ttlOpt).toInt();
        if (auth.sessionTtlSecs <= 0) {
            std::fprintf(stderr, "kfp-sandbox: --session-ttl must be a positive number\n");
            return 2;
        }
    }
    auth.emailDomains = parser.value(domainsOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auth.bigSession = parser.isSet(bigOpt);
    auth.mfa = parser.isSet(mfaOpt);
    auth.secureCookies = parser.isSet(secureOpt);
    auth.tokens = parser.value(tokensOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(issuerOpt))
        auth.jwtIssuer = parser.value(issuerOpt);

    SandboxOptions options;
    options.multiUser = parser.isSet(multiOpt);
    options.dataDir = parser.value(dataOpt);
    options.timeScale = parser.value(scaleOpt).toDouble();
    if (options.timeScale <= 0)
        options.timeScale = 1.0;
    options.auth = auth;
    options.tls = parser.isSet(tlsOpt);
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
    // The first line is a contract with scripts and tests: keep its shape.
    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    if (options.tls)
        std::printf("certificate sha256 %s\n", server.certificate()
                                                   .digest(QCryptographicHash::Sha256)
                                                   .toHex(':')
                                                   .toUpper()
                                                   .constData());
    if (auth.mode != AuthMode::None) {
        std::printf("kfp url %s (auth %s)\n", qPrintable(server.kfpUrl().toString()),
                    qPrintable(kfp::sandbox::authModeName(auth.mode)));
        if (parser.isSet(issuerOpt))
            for (const auto &user : auth.users)
                std::printf("token %s %s\n", qPrintable(user.first),
                            qPrintable(server.mintToken(user.first, auth.sessionTtl())));
    }
    std::fflush(stdout);
    return app.exec();
}
