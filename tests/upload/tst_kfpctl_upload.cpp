// kfpctl upload and package inspect, in-process (CliRunner) against an in-process sandbox over
// loopback HTTP.

#include "KfpctlHarness.h"
#include "UploadTestSupport.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

using CliResult = kfptest::KfpctlResult;

CliResult runCli(const QStringList &args)
{
    return kfptest::runKfpctl(args);
}

} // namespace

class TestKfpctlUpload final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<kfp::sandbox::SandboxServer> m_server;
    QString m_host;
    QTemporaryDir m_tmp;

    int uploads() const
    {
        int n = 0;
        for (const auto &e : m_server->requestLog())
            n += e.method == "POST" && e.apiPath.contains(QStringLiteral("/pipelines/upload"));
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<kfp::sandbox::SandboxServer>();
        QVERIFY(m_server->listen(0));
        m_host = m_server->baseUrl().toString();
    }
    void cleanup() { m_server.reset(); }

    void inspectJsonNeedsNoServer()
    {
        const CliResult r = runCli({QStringLiteral("package"), QStringLiteral("inspect"),
                                    kfptest::samplePath(kfptest::kEcho), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe());
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("KfpV2Ir"));
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("echo"));
        QCOMPARE(o.value(QStringLiteral("parameters")).toArray().size(), 2);
        QVERIFY(m_server->requestLog().isEmpty());
    }

    void inspectTable()
    {
        const CliResult r = runCli({QStringLiteral("package"), QStringLiteral("inspect"),
                                    kfptest::samplePath(kfptest::kEcho)});
        QVERIFY2(r.code == 0, r.describe());
        QVERIFY(r.out.contains(QStringLiteral("param1")));
        QVERIFY(r.out.contains(QStringLiteral("hello")));
    }

    void inspectBadFile()
    {
        const QString path = m_tmp.filePath(QStringLiteral("broken.yaml"));
        QVERIFY(kfptest::writeFile(path, "pipelineInfo:\n  name: x\nroot: [a, b\n"));
        const CliResult r = runCli({QStringLiteral("package"), QStringLiteral("inspect"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not valid YAML")), r.describe());
        QVERIFY(r.err.contains(QStringLiteral("line ")));
    }

    void uploadCreatesAPipeline()
    {
        const CliResult r = runCli({QStringLiteral("--host"), m_host, QStringLiteral("upload"),
                                    kfptest::samplePath(kfptest::kEcho), QStringLiteral("--name"),
                                    QStringLiteral("from-cli"), QStringLiteral("--description"),
                                    QStringLiteral("hi"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe());
        QCOMPARE(m_server->pipelineCount(), 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("display_name")).toString(), QStringLiteral("from-cli"));
    }

    void uploadVersionOfByName()
    {
        QCOMPARE(runCli({QStringLiteral("--host"), m_host, QStringLiteral("upload"),
                         kfptest::samplePath(kfptest::kEcho)})
                     .code,
                 0);
        const CliResult r =
            runCli({QStringLiteral("--host"), m_host, QStringLiteral("upload"),
                    kfptest::samplePath(kfptest::kEcho), QStringLiteral("--version-of"),
                    QStringLiteral("echo"), QStringLiteral("--name"), QStringLiteral("v2")});
        QVERIFY2(r.code == 0, r.describe());
        QVERIFY(r.out.contains(QStringLiteral("\"v2\"")));
        QCOMPARE(m_server->pipelineCount(), 1);
        int versionUploads = 0;
        for (const auto &e : m_server->requestLog())
            versionUploads += e.apiPath.contains(QStringLiteral("/upload_version"));
        QCOMPARE(versionUploads, 1);
    }

    void uploadBadFileExits1WithoutARequest()
    {
        const QString path = m_tmp.filePath(QStringLiteral("config.yaml"));
        QVERIFY(kfptest::writeFile(path, "foo: 1\n"));
        const CliResult r =
            runCli({QStringLiteral("--host"), m_host, QStringLiteral("upload"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not a Kubeflow pipeline")), r.describe());
        QCOMPARE(uploads(), 0);
    }

    void uploadConflictExits1()
    {
        const QStringList args{QStringLiteral("--host"), m_host, QStringLiteral("upload"),
                               kfptest::samplePath(kfptest::kEcho)};
        QCOMPARE(runCli(args).code, 0);
        const CliResult r = runCli(args);
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
    }

    void uploadMissingFileIsAUsageError()
    {
        QCOMPARE(runCli({QStringLiteral("--host"), m_host, QStringLiteral("upload")}).code, 2);
    }
};

QTEST_MAIN(TestKfpctlUpload)
#include "tst_kfpctl_upload.moc"
