#include "StartupBench.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

namespace kfp {

namespace {

// The trace line a program printed (the first stdout line that is a JSON object), or empty.
// Blocks: a benchmark waits for its child on purpose.
QJsonObject traceOf(const QString &program, const QStringList &args)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // A first start each time: no window geometry or section left by the previous run.
    for (const char *dir : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString path = home.filePath(QString::fromLatin1(dir));
        QDir().mkpath(path);
        env.insert(QString::fromLatin1(dir), path);
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, args);
    QJsonObject trace;
    QByteArray out;
    while (trace.isEmpty() && process.waitForReadyRead(30000)) {
        out += process.readAllStandardOutput();
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith('{'))
                trace = QJsonDocument::fromJson(line).object();
        }
    }
    // The trace is what counts; the program need not live on.
    process.kill();
    process.waitForFinished(10000);
    return trace;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QJsonArray toArray(const std::vector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(x);
    return a;
}

} // namespace

QJsonObject StartupBench::run(int runs)
{
    const QDir bin(QCoreApplication::applicationDirPath());
    const QString desktop = bin.filePath(QStringLiteral("kfp-desktop"));
    const QString bare = bin.filePath(QStringLiteral("kfp-bench-bare-window"));
    std::vector<double> appMain, appShown, appRows, appComplete, bareShown, barePainted;
    for (int i = 0; i < runs; ++i) {
        const QJsonObject app =
            traceOf(desktop, {QStringLiteral("--sandbox"), QStringLiteral("--trace-startup"),
                              QStringLiteral("--quit-after"), QStringLiteral("10000")});
        const QJsonObject window = traceOf(bare, {});
        if (app.isEmpty() || window.isEmpty()) {
            return {{QStringLiteral("bench"), QStringLiteral("startup")},
                    {QStringLiteral("error"),
                     app.isEmpty() ? QStringLiteral("kfp-desktop printed no trace")
                                   : QStringLiteral("kfp-bench-bare-window printed no trace")}};
        }
        appMain.push_back(app.value(QStringLiteral("main_ms")).toDouble());
        appShown.push_back(app.value(QStringLiteral("shown_ms")).toDouble());
        appRows.push_back(app.value(QStringLiteral("first_rows_ms")).toDouble());
        appComplete.push_back(app.value(QStringLiteral("page_complete_ms")).toDouble());
        bareShown.push_back(window.value(QStringLiteral("shown_ms")).toDouble());
        barePainted.push_back(window.value(QStringLiteral("painted_ms")).toDouble());
    }
    const double shownRatio = median(appShown) / median(bareShown);
    return {{QStringLiteral("bench"), QStringLiteral("startup")},
            {QStringLiteral("runs"), runs},
            {QStringLiteral("clock"), QStringLiteral("ms from process start (/proc/self/stat)")},
            {QStringLiteral("kfp_desktop"),
             QJsonObject{{QStringLiteral("main_ms"), median(appMain)},
                         {QStringLiteral("shown_ms"), median(appShown)},
                         {QStringLiteral("first_rows_ms"), median(appRows)},
                         {QStringLiteral("page_complete_ms"), median(appComplete)},
                         {QStringLiteral("shown_runs_ms"), toArray(appShown)},
                         {QStringLiteral("first_rows_runs_ms"), toArray(appRows)}}},
            {QStringLiteral("bare_window"),
             QJsonObject{{QStringLiteral("shown_ms"), median(bareShown)},
                         {QStringLiteral("painted_ms"), median(barePainted)},
                         {QStringLiteral("shown_runs_ms"), toArray(bareShown)}}},
            {QStringLiteral("shown_ratio"), shownRatio},
            {QStringLiteral("targets_met"),
             QJsonObject{{QStringLiteral("shown_within_1_5x_bare"), shownRatio <= 1.5},
                         {QStringLiteral("first_rows_within_200ms"), median(appRows) <= 200.0}}}};
}

} // namespace kfp
