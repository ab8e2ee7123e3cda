#include "UploadBench.h"

#include "api/KfpClient.h"
#include "auth/Session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QUrl>

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
        Q_EMIT finished({{QStringLiteral("bench"), QStringLiteral("upload")},
                         {QStringLiteral("file_mib"), QFileInfo(m_file).size() / 1048576.0},
                         {QStringLiteral("idle_rss_mb"), m_idleMb},
                         {QStringLiteral("peak_rss_mb"), peak},
                         {QStringLiteral("peak_over_idle_mb"), growth},
                         {QStringLiteral("ratio"), growth / m_mib},
                         {QStringLiteral("upload_ms"), double(ms)},
                         {QStringLiteral("pipeline_id"), job->result().id}},
                        0);
    });
}

} // namespace kfp
