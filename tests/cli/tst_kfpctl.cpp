// kfpctl end to end, in-process: CliRunner against an in-process sandbox over loopback HTTP,
// in both API dialects. Checks output, exit codes (0 ok, 1 API error, 2 usage) and paging.

#include "KfpctlHarness.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

#include <algorithm>
#include <memory>

namespace {

using CliResult = kfptest::KfpctlResult;

CliResult runCli(const QStringList &args, const QString &defaultHost = {})
{
    kfptest::KfpctlSetup setup;
    setup.defaultHost = defaultHost;
    return kfptest::runKfpctl(args, setup);
}

int countRequests(const kfp::sandbox::SandboxServer &server, const QString &apiPath)
{
    int n = 0;
    for (const auto &e : server.requestLog())
        n += e.method == "GET" && e.apiPath == apiPath;
    return n;
}

} // namespace

class TestKfpctl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = std::make_unique<kfp::sandbox::SandboxServer>();
        m_demo->seedDemo();
        QVERIFY(m_demo->listen(0) != 0);
        QVERIFY(m_demo->pipelineCount() > 0);
    }

    void pipelinesList_data()
    {
        QTest::addColumn<QString>("api");
        QTest::newRow("v2beta1") << QStringLiteral("v2beta1");
        QTest::newRow("v1beta1") << QStringLiteral("v1beta1");
        QTest::newRow("auto") << QStringLiteral("auto");
    }
    void pipelinesList()
    {
        QFETCH(QString, api);
        const auto r = runCli({QStringLiteral("--host"), host(), QStringLiteral("--api"), api,
                               QStringLiteral("pipelines"), QStringLiteral("list")});
        QVERIFY2(r.code == 0, r.describe());
        QVERIFY2(r.err.isEmpty(), r.describe());
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), m_demo->pipelineCount() + 1);
        QVERIFY(lines.first().startsWith(QLatin1String("ID")));
        QVERIFY(lines.first().contains(QLatin1String("NAME")));
        QVERIFY(lines.first().contains(QLatin1String("CREATED")));
    }

    void pipelinesGetShowsOne()
    {
        const auto list = runCli({QStringLiteral("--host"), host(), QStringLiteral("--json"),
                                  QStringLiteral("pipelines"), QStringLiteral("list")});
        QVERIFY2(list.code == 0, list.describe());
        const QJsonObject first =
            QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
        const QString id = first.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        const auto r = runCli({QStringLiteral("--host"), host(), QStringLiteral("pipelines"),
                               QStringLiteral("get"), id});
        QVERIFY2(r.code == 0, r.describe());
        QVERIFY(r.out.contains(id));
        QVERIFY(r.out.contains(first.value(QLatin1String("display_name")).toString()));
    }

    void pipelinesGetUnknown_data()
    {
        QTest::addColumn<QString>("api");
        QTest::newRow("v2beta1") << QStringLiteral("v2beta1");
        QTest::newRow("v1beta1") << QStringLiteral("v1beta1");
    }
    void pipelinesGetUnknown()
    {
        QFETCH(QString, api);
        const QString id = QStringLiteral("00000000-0000-0000-0000-00000000dead");
        const auto r = runCli({QStringLiteral("--host"), host(), QStringLiteral("--api"), api,
                               QStringLiteral("pipelines"), QStringLiteral("get"), id});
        QVERIFY2(r.code == 1, r.describe());
        QVERIFY(r.out.isEmpty());
        // The server's own message must reach the user: ask the server directly for comparison.
        const QStringList messages =
            serverMessages(QStringLiteral("/apis/%1/pipelines/%2").arg(api, id));
        QVERIFY(!messages.isEmpty());
        const bool shown = std::any_of(messages.cbegin(), messages.cend(),
                                       [&](const QString &m) { return r.err.contains(m); });
        QVERIFY2(shown, r.describe() + messages.join(QLatin1String(" | ")).toUtf8());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--bogus"), QStringLiteral("healthz")};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("missing id")
            << QStringList{QStringLiteral("pipelines"), QStringLiteral("get")};
        QTest::newRow("extra argument") << QStringList{QStringLiteral("pipelines"),
                                                       QStringLiteral("list"), QStringLiteral("x")};
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("runs"), QStringLiteral("explode")};
        QTest::newRow("bad api") << QStringList{QStringLiteral("--api"), QStringLiteral("v3"),
                                                QStringLiteral("healthz")};
        QTest::newRow("bad page size") << QStringList{
            QStringLiteral("--page-size"), QStringLiteral("zero"), QStringLiteral("healthz")};
        QTest::newRow("missing option value")
            << QStringList{QStringLiteral("healthz"), QStringLiteral("--limit")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const auto r = runCli(QStringList{QStringLiteral("--host"), host()} + args);
        QVERIFY2(r.code == 2, r.describe());
        QVERIFY2(r.err.contains(QLatin1String("Usage: kfpctl")), r.describe());
        QVERIFY(r.out.isEmpty());
    }

    void noHostIsUsageError()
    {
        const auto r = runCli({QStringLiteral("healthz")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("KFP_HOST")));
        // ...and the default host (main.cpp passes $KFP_HOST) is used when given.
        const auto ok = runCli({QStringLiteral("healthz")}, host());
        QVERIFY2(ok.code == 0, ok.describe());
    }

    void helpAndVersion()
    {
        const auto help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QLatin1String("pipelines list")));
        const auto version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QLatin1String("kfpctl ")));
    }

    void healthz()
    {
        const auto r = runCli({QStringLiteral("--host"), host(), QStringLiteral("--json"),
                               QStringLiteral("healthz")});
        QVERIFY2(r.code == 0, r.describe());
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("api_version")).toString(), QStringLiteral("v2beta1"));
        QCOMPARE(o.value(QLatin1String("multi_user")).toBool(), false);
    }

    void jsonIsOneArray_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("command");
        for (const char *api : {"v2beta1", "v1beta1"}) {
            for (const char *command : {"pipelines", "experiments", "runs", "recurring-runs"})
                QTest::addRow("%s %s", api, command)
                    << QString::fromLatin1(api) << QString::fromLatin1(command);
        }
    }
    void jsonIsOneArray()
    {
        QFETCH(QString, api);
        QFETCH(QString, command);
        const auto r = runCli({QStringLiteral("--host"), host(), QStringLiteral("--api"), api,
                               QStringLiteral("--json"), command, QStringLiteral("list")});
        QVERIFY2(r.code == 0, r.describe());
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isArray());
        int expected = 0;
        if (command == QLatin1String("pipelines"))
            expected = m_demo->pipelineCount();
        else if (command == QLatin1String("experiments"))
            expected = -1; // other tests create experiments; only check the shape
        else if (command == QLatin1String("runs"))
            expected = m_demo->runCount();
        else
            expected = m_demo->recurringRunCount();
        if (expected >= 0)
            QCOMPARE(doc.array().size(), expected);
        for (const auto &v : doc.array()) {
            QVERIFY(!v.toObject().value(QLatin1String("id")).toString().isEmpty());
            QVERIFY(v.toObject().contains(QLatin1String("created_at")));
        }
    }

    void versionsList()
    {
        const auto list = runCli({QStringLiteral("--host"), host(), QStringLiteral("--json"),
                                  QStringLiteral("pipelines"), QStringLiteral("list")});
        const QString id = QJsonDocument::fromJson(list.out.toUtf8())
                               .array()
                               .first()
                               .toObject()
                               .value(QLatin1String("id"))
                               .toString();
        const auto r = runCli({QStringLiteral("--host"), host(), QStringLiteral("--json"),
                               QStringLiteral("versions"), QStringLiteral("list"), id});
        QVERIFY2(r.code == 0, r.describe());
        const QJsonArray versions = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!versions.isEmpty());
        QCOMPARE(versions.first().toObject().value(QLatin1String("pipeline_id")).toString(), id);
    }

    void experimentsCreateThenGet_data()
    {
        QTest::addColumn<QString>("api");
        QTest::newRow("v2beta1") << QStringLiteral("v2beta1");
        QTest::newRow("v1beta1") << QStringLiteral("v1beta1");
    }
    void experimentsCreateThenGet()
    {
        QFETCH(QString, api);
        const QString name = QStringLiteral("실험 %1").arg(api);
        const auto created = runCli(
            {QStringLiteral("--host"), host(), QStringLiteral("--api"), api,
             QStringLiteral("--json"), QStringLiteral("experiments"), QStringLiteral("create"),
             name, QStringLiteral("--description"), QStringLiteral("made by tst_kfpctl")});
        QVERIFY2(created.code == 0, created.describe());
        const QJsonObject e = QJsonDocument::fromJson(created.out.toUtf8()).object();
        const QString id = e.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(e.value(QLatin1String("display_name")).toString(), name);

        const auto got = runCli({QStringLiteral("--host"), host(), QStringLiteral("--api"), api,
                                 QStringLiteral("experiments"), QStringLiteral("get"), id});
        QVERIFY2(got.code == 0, got.describe());
        QVERIFY(got.out.contains(id));
        QVERIFY(got.out.contains(name));
        QVERIFY(got.out.contains(QLatin1String("made by tst_kfpctl")));

        // The same name again is a conflict: exit 1 with a message.
        const auto again = runCli({QStringLiteral("--host"), host(), QStringLiteral("--api"), api,
                                   QStringLiteral("experiments"), QStringLiteral("create"), name});
        QVERIFY2(again.code == 1, again.describe());
        QVERIFY(!again.err.isEmpty());
    }

    void runsListTable()
    {
        const auto r = runCli(
            {QStringLiteral("--host"), host(), QStringLiteral("runs"), QStringLiteral("list")});
        QVERIFY2(r.code == 0, r.describe());
        const QString header = r.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY(header.contains(QLatin1String("STATE")));
        QVERIFY(header.contains(QLatin1String("EXPERIMENT")));
    }

    // A server leaves a failed run's error empty (api_converter.go sets it only when it cannot
    // convert the run): `runs get` names the failed tasks instead.
    void runsGetNamesFailedTasks_data()
    {
        QTest::addColumn<QString>("api");
        QTest::newRow("v2beta1") << QStringLiteral("v2beta1");
        QTest::newRow("v1beta1") << QStringLiteral("v1beta1");
    }
    void runsGetNamesFailedTasks()
    {
        QFETCH(QString, api);
        const auto list =
            runCli({QStringLiteral("--host"), host(), QStringLiteral("--api"), api,
                    QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("list")});
        QVERIFY2(list.code == 0, list.describe());
        QString id;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).array())
            if (v.toObject().value(QLatin1String("display_name")).toString() ==
                QLatin1String("data passing - bad input"))
                id = v.toObject().value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        const auto r = runCli({QStringLiteral("--host"), host(), QStringLiteral("--api"), api,
                               QStringLiteral("runs"), QStringLiteral("get"), id});
        QVERIFY2(r.code == 0, r.describe());
        const QString line = r.out.section(QLatin1String("Failed tasks"), 1, 1).section('\n', 0, 0);
        QVERIFY2(!line.trimmed().isEmpty(), qPrintable(r.out));
        QVERIFY2(!line.contains(QLatin1String("executor")), qPrintable(line));
        QVERIFY2(!r.out.contains(QLatin1String("Error:")), qPrintable(r.out));
    }

    void pagesThroughEverything_data()
    {
        QTest::addColumn<QString>("api");
        QTest::newRow("v2beta1") << QStringLiteral("v2beta1");
        QTest::newRow("v1beta1") << QStringLiteral("v1beta1");
    }
    void pagesThroughEverything()
    {
        QFETCH(QString, api);
        kfp::sandbox::SandboxServer server;
        server.seedPipelines(450);
        QVERIFY(server.listen(0) != 0);
        const QString url = server.baseUrl().toString();
        const int total = server.pipelineCount();
        QVERIFY(total >= 450);

        const auto all =
            runCli({QStringLiteral("--host"), url, QStringLiteral("--api"), api,
                    QStringLiteral("--json"), QStringLiteral("--page-size"), QStringLiteral("100"),
                    QStringLiteral("pipelines"), QStringLiteral("list")});
        QVERIFY2(all.code == 0, all.describe().left(2000));
        const QJsonArray items = QJsonDocument::fromJson(all.out.toUtf8()).array();
        QCOMPARE(items.size(), total);
        QSet<QString> ids;
        for (const auto &v : items)
            ids.insert(v.toObject().value(QLatin1String("id")).toString());
        QCOMPARE(ids.size(), total); // no page read twice
        const QString listPath = QStringLiteral("/apis/%1/pipelines").arg(api);
        QCOMPARE(countRequests(server, listPath), (total + 99) / 100);

        server.clearRequestLog();
        const auto limited = runCli({QStringLiteral("--host"), url, QStringLiteral("--api"), api,
                                     QStringLiteral("--limit"), QStringLiteral("250"),
                                     QStringLiteral("pipelines"), QStringLiteral("list")});
        QVERIFY2(limited.code == 0, limited.describe().left(2000));
        QCOMPARE(limited.out.count(QLatin1Char('\n')), 250 + 1);
        QCOMPARE(countRequests(server, listPath), 3); // 100 + 100 + 50... at most 100 per page
    }

    void searchFiltersOnServer()
    {
        const auto all = runCli({QStringLiteral("--host"), host(), QStringLiteral("--json"),
                                 QStringLiteral("pipelines"), QStringLiteral("list")});
        const QString name = QJsonDocument::fromJson(all.out.toUtf8())
                                 .array()
                                 .first()
                                 .toObject()
                                 .value(QLatin1String("display_name"))
                                 .toString();
        const auto r = runCli({QStringLiteral("--host"), host(), QStringLiteral("--json"),
                               QStringLiteral("--search"), name, QStringLiteral("pipelines"),
                               QStringLiteral("list")});
        QVERIFY2(r.code == 0, r.describe());
        const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!found.isEmpty());
        for (const auto &v : found)
            QVERIFY(v.toObject().value(QLatin1String("display_name")).toString().contains(name));
    }

    void serverDownIsApiError()
    {
        // A port nobody listens on: connection refused → exit 1 with a message.
        const auto r = runCli({QStringLiteral("--host"), QStringLiteral("http://127.0.0.1:1"),
                               QStringLiteral("--api"), QStringLiteral("v2beta1"),
                               QStringLiteral("pipelines"), QStringLiteral("list")});
        QVERIFY2(r.code == 1, r.describe());
        QVERIFY(!r.err.isEmpty());
    }

    void cleanupTestCase() { m_demo.reset(); }

private:
    QString host() const { return m_demo->baseUrl().toString(); }

    // The texts of the server's error body a client may show: message, error, or the first
    // detail's message / error_message (the body shapes of docs/wire.md, Errors).
    QStringList serverMessages(const QString &path) const
    {
        QNetworkAccessManager nam;
        QUrl url = m_demo->baseUrl();
        url.setPath(path);
        std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            return {};
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        const QJsonObject d0 = o.value(QLatin1String("details")).toArray().first().toObject();
        QStringList out;
        for (const QString &m : {o.value(QLatin1String("message")).toString(),
                                 o.value(QLatin1String("error")).toString(),
                                 d0.value(QLatin1String("message")).toString(),
                                 d0.value(QLatin1String("error_message")).toString()}) {
            if (!m.isEmpty())
                out << m;
        }
        return out;
    }

    std::unique_ptr<kfp::sandbox::SandboxServer> m_demo;
};

QTEST_GUILESS_MAIN(TestKfpctl)
#include "tst_kfpctl.moc"
