#include "WatcherBench.h"

#include "api/KfpClient.h"
#include "auth/Session.h"
#include "net/ApiJob.h"
#include "sandbox/SandboxServer.h"
#include "watch/RunWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kfp {

namespace {

// kfp.Client.wait_for_run_completion(run_id, timeout, sleep_duration=5) polls GET /runs/{id} once
// per run every 5 s: a script waiting on N runs makes N requests per 5 s.
constexpr int SdkPollSeconds = 5;

// A one-task pipeline, inline: the v2 IR for v2beta1, an Argo Workflow for v1beta1.
QJsonObject v2Spec()
{
    const QJsonObject step{{QStringLiteral("componentRef"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("comp-step")}}},
                           {QStringLiteral("taskInfo"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("step")}}}};
    return QJsonObject{
        {QStringLiteral("pipelineInfo"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("bench-watcher")}}},
        {QStringLiteral("schemaVersion"), QStringLiteral("2.1.0")},
        {QStringLiteral("sdkVersion"), QStringLiteral("kfp-2.7.0")},
        {QStringLiteral("components"),
         QJsonObject{{QStringLiteral("comp-step"), QJsonObject{{QStringLiteral("executorLabel"),
                                                                QStringLiteral("exec-step")}}}}},
        {QStringLiteral("deploymentSpec"),
         QJsonObject{{QStringLiteral("executors"),
                      QJsonObject{{QStringLiteral("exec-step"),
                                   QJsonObject{{QStringLiteral("container"),
                                                QJsonObject{{QStringLiteral("image"),
                                                             QStringLiteral("alpine:3.19")}}}}}}}}},
        {QStringLiteral("root"),
         QJsonObject{
             {QStringLiteral("dag"), QJsonObject{{QStringLiteral("tasks"),
                                                  QJsonObject{{QStringLiteral("step"), step}}}}}}}};
}

QString v1Manifest()
{
    const QJsonObject main{{QStringLiteral("name"), QStringLiteral("step")},
                           {QStringLiteral("container"),
                            QJsonObject{{QStringLiteral("image"), QStringLiteral("alpine:3.19")}}}};
    const QJsonObject wf{
        {QStringLiteral("apiVersion"), QStringLiteral("argoproj.io/v1alpha1")},
        {QStringLiteral("kind"), QStringLiteral("Workflow")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("generateName"), QStringLiteral("bench-watcher-")}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("entrypoint"), QStringLiteral("step")},
                                             {QStringLiteral("templates"), QJsonArray{main}}}}};
    return QString::fromUtf8(QJsonDocument(wf).toJson(QJsonDocument::Compact));
}

} // namespace

WatcherBench::WatcherBench(const Options &options, QObject *parent)
    : QObject(parent)
    , m_opt(options)
{
    if (m_opt.timeScale <= 0)
        m_opt.timeScale = m_opt.seconds / 3.0; // PENDING alone lasts a third of the window
}

WatcherBench::~WatcherBench()
{
    delete m_watcher; // before the client it polls with
    delete m_client;
    delete m_session;
    delete m_nam;
    if (!m_stateDir.isEmpty())
        QDir(m_stateDir).removeRecursively();
}

int WatcherBench::main(QCoreApplication &app)
{
    // One debug line per poll and per transition would swamp stderr at 1,000 runs.
    QLoggingCategory::setFilterRules(QStringLiteral("kfp.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("kfp-bench watcher: RunWatcher's requests"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("benchmark"), QStringLiteral("watcher"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Active runs."),
                                     QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"),
                                        QStringLiteral("Seconds of watching."), QStringLiteral("S"),
                                        QStringLiteral("60"));
    const QCommandLineOption intervalOpt(QStringLiteral("interval-ms"),
                                         QStringLiteral("Poll interval."), QStringLiteral("MS"),
                                         QStringLiteral("5000"));
    const QCommandLineOption apiOpt(QStringLiteral("api"), QStringLiteral("v2beta1 or v1beta1."),
                                    QStringLiteral("VERSION"), QStringLiteral("v2beta1"));
    const QCommandLineOption scaleOpt(QStringLiteral("time-scale"),
                                      QStringLiteral("Sandbox time scale (default seconds/3)."),
                                      QStringLiteral("X"), QStringLiteral("0"));
    parser.addOptions({runsOpt, secondsOpt, intervalOpt, apiOpt, scaleOpt});
    parser.process(app);

    Options o;
    bool ok[4] = {true, false, false, false};
    // --runs takes one count or several ("1,100,1000,10000"): one measurement, one line, each.
    QList<int> counts;
    for (const QString &n : parser.value(runsOpt).split(QLatin1Char(','))) {
        bool numberOk = false;
        counts.append(n.trimmed().toInt(&numberOk));
        ok[0] = ok[0] && numberOk && counts.last() >= 0;
    }
    o.seconds = parser.value(secondsOpt).toInt(&ok[1]);
    o.intervalMs = parser.value(intervalOpt).toInt(&ok[2]);
    o.timeScale = parser.value(scaleOpt).toDouble(&ok[3]);
    const QString api = parser.value(apiOpt);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || o.seconds <= 0 || o.intervalMs <= 0 ||
        o.timeScale < 0 || (api != QLatin1String("v2beta1") && api != QLatin1String("v1beta1"))) {
        std::fprintf(stderr, "usage: kfp-bench watcher --runs N[,N...] --seconds S "
                             "[--interval-ms I] [--api v2beta1|v1beta1] [--time-scale X]\n");
        return 2;
    }
    o.api = api == QLatin1String("v1beta1") ? ApiVersion::V1Beta1 : ApiVersion::V2Beta1;

    int exitCode = 0;
    for (const int runs : std::as_const(counts)) {
        o.runs = runs;
        WatcherBench bench(o);
        QEventLoop loop;
        connect(&bench, &WatcherBench::finished, &loop,
                [&loop, &exitCode](const QJsonObject &result, int code) {
                    std::printf("%s\n",
                                QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
                    std::fflush(stdout);
                    exitCode = std::max(exitCode, code);
                    loop.quit();
                });
        QTimer::singleShot(0, &bench, &WatcherBench::start);
        loop.exec();
    }
    return exitCode;
}

void WatcherBench::start()
{
    sandbox::SandboxOptions so;
    so.timeScale = m_opt.timeScale;
    m_server = std::make_unique<sandbox::SandboxServer>(so);
    if (m_server->listen(0) == 0) {
        fail(QStringLiteral("the sandbox could not listen"));
        return;
    }
    m_nam = new QNetworkAccessManager;
    m_session = new Session(m_nam);
    m_session->setBaseUrl(m_server->baseUrl());
    m_client = new KfpClient(m_session);
    m_client->setApiVersion(m_opt.api);
    createRuns();
}

void WatcherBench::createRuns()
{
    QTemporaryDir dir;
    dir.setAutoRemove(false);
    m_stateDir = dir.path();
    m_watcher = new RunWatcher(m_client, QDir(m_stateDir).filePath(QStringLiteral("w.json")));
    m_watcher->setInterval(m_opt.intervalMs);
    m_clock.start();
    if (m_opt.runs == 0) {
        startWatching();
        return;
    }
    // At most MaxInFlight createRun calls at a time: 10,000 queued at once would wait past the
    // client's timeout in the network access manager's queue.
    constexpr int MaxInFlight = 32;
    for (int i = 0; i < std::min(m_opt.runs, MaxInFlight); ++i)
        createNextRun();
}

void WatcherBench::createNextRun()
{
    if (m_sent == m_opt.runs)
        return;
    RunRequest req;
    req.displayName = QStringLiteral("bench run %1").arg(m_sent++);
    if (m_opt.api == ApiVersion::V2Beta1)
        req.pipelineSpec = v2Spec();
    else
        req.workflowManifest = v1Manifest();
    auto *job = m_client->createRun(req);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->ok())
            m_createdRuns.append(job->result());
        else if (++m_createFailures == 1)
            std::fprintf(stderr, "createRun: %s\n", qPrintable(job->error().fullMessage()));
        if (++m_created == m_opt.runs)
            startWatching();
        else
            createNextRun();
    });
}

void WatcherBench::startWatching()
{
    m_createMs = m_clock.nsecsElapsed() / 1e6;
    if (m_createFailures > 0) {
        fail(QStringLiteral("%1 of %2 runs could not be created")
                 .arg(m_createFailures)
                 .arg(m_opt.runs));
        return;
    }
    // Watched together once all exist: each watch() of a burst saves the watch list once, and
    // 10,000 saves of a growing list would dominate the setup.
    for (const Run &run : std::as_const(m_createdRuns))
        m_watcher->watch(run);
    m_createdRuns.clear();
    connect(m_watcher, &RunWatcher::runStateChanged, this, [this] { ++m_transitions; });
    connect(m_watcher, &RunWatcher::runFinished, this, [this] { ++m_finished; });
    connect(m_watcher, &RunWatcher::pollStarted, this, [this] { ++m_polls; });
    connect(m_watcher, &RunWatcher::pollFinished, this, [this](bool ok) {
        if (!ok)
            ++m_failedPolls;
    });
    m_server->clearRequestLog(); // from here on the log holds the watcher's requests only
    m_clock.restart();
    m_watcher->start();
    QTimer::singleShot(m_opt.seconds * 1000, this, &WatcherBench::done);
}

int WatcherBench::listRunsRequests() const
{
    const QString path = (m_opt.api == ApiVersion::V2Beta1 ? QStringLiteral("/apis/v2beta1")
                                                           : QStringLiteral("/apis/v1beta1")) +
                         QStringLiteral("/runs");
    int n = 0;
    for (const auto &e : m_server->requestLog())
        if (e.method == "GET" && e.apiPath == path)
            ++n;
    return n;
}

void WatcherBench::done()
{
    const double seconds = m_clock.nsecsElapsed() / 1e9;
    m_watcher->stop();
    const int requests = listRunsRequests();
    const double perMin = requests * 60.0 / seconds;
    // What a poll asks (RunWatcherPoll.cpp): up to 200 runs, one id chunk; more on v2beta1, one
    // "finished since" request (and an id chunk every SweepEveryPolls polls); more on v1beta1,
    // ceil(runs / 200) id chunks.
    const int chunks =
        (m_opt.runs + RunWatcher::MaxIdsPerRequest - 1) / RunWatcher::MaxIdsPerRequest;
    const bool since = m_opt.api == ApiVersion::V2Beta1 && chunks > 1;
    const double perPoll = since ? 1.0 + 1.0 / RunWatcher::SweepEveryPolls : chunks;
    const double sdkPerMin = m_opt.runs * 60.0 / SdkPollSeconds;
    QJsonObject out{
        {QStringLiteral("benchmark"), QStringLiteral("watcher")},
        {QStringLiteral("api"),
         m_opt.api == ApiVersion::V2Beta1 ? QStringLiteral("v2beta1") : QStringLiteral("v1beta1")},
        {QStringLiteral("runs"), m_opt.runs},
        {QStringLiteral("seconds"), std::round(seconds * 100) / 100},
        {QStringLiteral("interval_ms"), m_opt.intervalMs},
        {QStringLiteral("time_scale"), m_opt.timeScale},
        {QStringLiteral("create_ms"), std::round(m_createMs)},
        {QStringLiteral("still_active"), m_watcher->polledRunCount()},
        {QStringLiteral("requests"), requests},
        {QStringLiteral("requests_per_min"), std::round(perMin * 10) / 10},
        {QStringLiteral("polls"), m_polls},
        {QStringLiteral("failed_polls"), m_failedPolls},
        {QStringLiteral("requests_per_poll"), std::round(perPoll * 100) / 100},
        {QStringLiteral("transitions"), m_transitions},
        {QStringLiteral("finished"), m_finished},
        {QStringLiteral("watcher_formula"),
         since ? QStringLiteral("1 ListRuns (finished_at > newest server time seen - margin) "
                                "per namespace per poll, + 1 chunk of 200 ids every 12 polls; "
                                "a poll every interval_ms after the previous one ended")
               : QStringLiteral("ceil(runs / 200) ListRuns (run_id IN ids) per namespace per "
                                "poll; a poll every interval_ms after the previous one ended")},
        {QStringLiteral("sdk_requests_per_min"), sdkPerMin},
        {QStringLiteral("sdk_formula"),
         QStringLiteral("runs * 60 s / 5 s: kfp.Client.wait_for_run_completion polls "
                        "GET /runs/{id} once per run every sleep_duration = 5 s")},
        {QStringLiteral("savings_factor"),
         perMin > 0 ? std::round(sdkPerMin / perMin * 10) / 10 : 0.0}};
    Q_EMIT finished(out, m_failedPolls > 0 ? 1 : 0);
}

void WatcherBench::fail(const QString &message)
{
    Q_EMIT finished(QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("watcher")},
                                {QStringLiteral("error"), message}},
                    1);
}

} // namespace kfp
