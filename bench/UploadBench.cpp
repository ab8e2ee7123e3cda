#include "UploadBench.h"

#include "api/KfpClient.h"
#include "auth/Session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <vector>

namespace kfp {

namespace {

// A small but complete KFP v2 pipeline spec (one task); the padding after it is comments.
constexpr char kPipeline[] = R"(# PIPELINE DEFINITION
# Name: upload-bench
components:
  comp-echo:
    executorLabel: exec-echo
deploymentSpec:
  executors:
    exec-echo:
      container:
        command:
        - echo
        image: alpine:3.19
pipelineInfo:
  name: upload-bench
root:
  dag:
    tasks:
      echo:
        componentRef:
          name: comp-echo
        taskInfo:
          name: echo
schemaVersion: 2.1.0
sdkVersion: kfp-2.7.0
)";

// Resident set from /proc/self/status: VmRSS now, or VmHWM (the peak so far).
double rssMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// One child process, through kfp-bench-measure (measure_child.c, which says why): its wall time
// and peak resident set.
struct ChildRun
{
    bool ok = false;
    double ms = 0;
    double peakRssMb = 0;
};

ChildRun runChild(const QStringList &argv)
{
    ChildRun run;
    QProcess measure;
    // A benchmark blocks here on purpose: the sandbox is another process.
    measure.start(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("kfp-bench-measure")),
        argv);
    if (!measure.waitForFinished(600000) || measure.exitCode() != 0)
        return run;
    const QList<QByteArray> fields = measure.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 3)
        return run;
    run.ms = fields.at(0).toDouble();
    run.peakRssMb = fields.at(1).toDouble() / 1024.0; // KiB on Linux
    run.ok = fields.at(2).toInt() == 0;
    return run;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Series
{
    std::vector<double> ms;
    std::vector<double> rss;
    bool ok = true;

    void add(const ChildRun &r)
    {
        ok = ok && r.ok;
        ms.push_back(r.ms);
        rss.push_back(r.peakRssMb);
    }
    QJsonObject json() const
    {
        return {{QStringLiteral("ok"), ok},
                {QStringLiteral("ms"), median(ms)},
                {QStringLiteral("peak_rss_mb"), median(rss)},
                {QStringLiteral("runs_ms"), QJsonArray::fromVariantList([this] {
                     QVariantList l;
                     for (double v : ms)
                         l.append(v);
                     return l;
                 }())}};
    }
};

} // namespace

UploadBench::UploadBench(int mib, QObject *parent)
    : QObject(parent)
    , m_mib(mib)
{}

UploadBench::~UploadBench()
{
    m_sandbox.disconnect(this); // its death at teardown is no failure
    if (m_sandbox.state() != QProcess::NotRunning) {
        m_sandbox.kill();
        m_sandbox.waitForFinished(5000); // a benchmark's teardown, after the result is printed
    }
}

void UploadBench::fail(const QString &why)
{
    Q_EMIT finished(
        {{QStringLiteral("bench"), QStringLiteral("upload")}, {QStringLiteral("error"), why}}, 1);
}

bool UploadBench::writeFile()
{
    m_tinyFile = QDir(m_dir.path()).filePath(QStringLiteral("upload-bench-tiny.yaml"));
    QFile tiny(m_tinyFile);
    if (!tiny.open(QIODevice::WriteOnly) || tiny.write(kPipeline) < 0)
        return false;
    m_file = QDir(m_dir.path()).filePath(QStringLiteral("upload-bench.yaml"));
    QFile out(m_file);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(kPipeline);
    const qint64 target = qint64(m_mib) * 1024 * 1024;
    QByteArray line(99, 'x');
    line.prepend("# ");
    line.append('\n');
    QByteArray chunk;
    while (chunk.size() < 1024 * 1024)
        chunk.append(line);
    while (out.size() + chunk.size() <= target)
        out.write(chunk);
    while (out.size() + line.size() <= target)
        out.write(line);
    return out.error() == QFile::NoError;
}

void UploadBench::start()
{
    if (!m_dir.isValid() || !writeFile())
        return fail(QStringLiteral("cannot write the test file"));
    const QString sandbox =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("kfp-sandbox"));
    connect(&m_sandbox, &QProcess::readyReadStandardOutput, this, &UploadBench::onSandboxOutput);
    connect(&m_sandbox, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        fail(QStringLiteral("cannot start kfp-sandbox: ") + m_sandbox.errorString());
    });
    m_sandbox.start(sandbox, {QStringLiteral("--seed"), QStringLiteral("none")});
}

void UploadBench::onSandboxOutput()
{
    m_sandboxOut += m_sandbox.readAllStandardOutput();
    const int eol = m_sandboxOut.indexOf('\n');
    if (eol < 0 || m_client)
        return;
    // First line: "listening on http://127.0.0.1:PORT".
    const QUrl url(QString::fromUtf8(m_sandboxOut.left(eol).split(' ').value(2)));
    if (!url.isValid() || url.port() <= 0)
        return fail(QStringLiteral("unexpected sandbox output: ") +
                    QString::fromUtf8(m_sandboxOut.left(eol)));
    m_url = url;
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_session = std::make_unique<Session>(m_nam.get());
    m_session->setBaseUrl(url);
    m_session->setDefaultTimeout(120000);
    m_client = std::make_unique<KfpClient>(m_session.get());
    m_client->setApiVersion(ApiVersion::V2Beta1);
    // One request first, so the connection and its buffers exist before "idle" is read.
    auto *warm = m_client->healthz();
    connect(warm, &ApiJob::finished, this, [this, warm] {
        if (!warm->ok())
            return fail(warm->error().fullMessage());
        upload();
    });
}

void UploadBench::upload()
{
    m_idleMb = rssMb("VmRSS");
    PipelineUpload request;
    request.filePath = m_file;
    request.name = QStringLiteral("upload-bench");
    m_clock.start();
    auto *job = m_client->uploadPipeline(request);
    connect(job, &ApiJob::finished, this, [this, job] {
        const qint64 ms = m_clock.elapsed();
        if (!job->ok())
            return fail(job->error().fullMessage());
        const double peak = rssMb("VmHWM");
        const double growth = peak - m_idleMb;
        const QJsonObject transfer{{QStringLiteral("idle_rss_mb"), m_idleMb},
                                   {QStringLiteral("peak_rss_mb"), peak},
                                   {QStringLiteral("peak_over_idle_mb"), growth},
                                   {QStringLiteral("ratio"), growth / m_mib},
                                   {QStringLiteral("upload_ms"), double(ms)}};
        const QJsonObject result = runChildren(transfer);
        Q_EMIT finished(result, result.contains(QStringLiteral("error")) ? 1 : 0);
    });
}

QJsonObject UploadBench::runChildren(const QJsonObject &transfer)
{
    const double fileMb = QFileInfo(m_file).size() / 1048576.0;
    const QString kfpctl =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("kfpctl"));
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    const QString host = m_url.toString();
    int uploads = 0;
    const auto kfpctlUpload = [&](const QString &file) {
        const QString name = QStringLiteral("kfpctl-bench-%1").arg(++uploads);
        return runChild({kfpctl, QStringLiteral("--host"), host, QStringLiteral("--api"),
                         QStringLiteral("v2beta1"), QStringLiteral("upload"), file,
                         QStringLiteral("--name"), name});
    };
    const auto curlUpload = [&] {
        QUrl url = m_url;
        url.setPath(QStringLiteral("/apis/v2beta1/pipelines/upload"));
        url.setQuery(QStringLiteral("name=curl-bench-%1").arg(++uploads));
        return runChild({curl, QStringLiteral("-sSf"), QStringLiteral("-o"),
                         QStringLiteral("/dev/null"), QStringLiteral("-F"),
                         QStringLiteral("uploadfile=@") + m_file, url.toString()});
    };

    Series idle;
    Series user;
    Series viaCurl;
    Series inspect;
    for (int round = 0; round < Rounds; ++round) {
        idle.add(kfpctlUpload(m_tinyFile));
        user.add(kfpctlUpload(m_file));
        if (!curl.isEmpty())
            viaCurl.add(curlUpload());
        inspect.add(
            runChild({kfpctl, QStringLiteral("package"), QStringLiteral("inspect"), m_file}));
    }
    QJsonObject o{{QStringLiteral("bench"), QStringLiteral("upload")},
                  {QStringLiteral("file_mib"), fileMb},
                  {QStringLiteral("rounds"), Rounds},
                  {QStringLiteral("transfer"), transfer},
                  {QStringLiteral("kfpctl_upload"), user.json()},
                  {QStringLiteral("kfpctl_upload_tiny"), idle.json()},
                  {QStringLiteral("package_inspect"), inspect.json()}};
    const double userMs = median(user.ms);
    const double overIdle = median(user.rss) - median(idle.rss);
    o.insert(QStringLiteral("kfpctl_peak_over_idle_mb"), overIdle);
    QJsonObject targets{{QStringLiteral("peak_over_idle_within_file_size"), overIdle <= fileMb},
                        {QStringLiteral("inspect_within_1s"), median(inspect.ms) <= 1000.0}};
    if (curl.isEmpty()) {
        o.insert(QStringLiteral("curl"), QStringLiteral("not installed"));
    } else {
        o.insert(QStringLiteral("curl"), viaCurl.json());
        const double ratio = userMs / median(viaCurl.ms);
        o.insert(QStringLiteral("time_ratio_kfpctl_to_curl"), ratio);
        targets.insert(QStringLiteral("time_within_1_2x_curl"), ratio <= 1.2);
    }
    o.insert(QStringLiteral("targets_met"), targets);
    if (!user.ok || !idle.ok || !inspect.ok || !viaCurl.ok)
        o.insert(QStringLiteral("error"), QStringLiteral("a child process failed (ok: false)"));
    return o;
}

} // namespace kfp
