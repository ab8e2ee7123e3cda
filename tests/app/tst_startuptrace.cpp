// kfp-desktop --trace-startup, run as users and kfp-bench run it (offscreen, the sandbox, fresh
// settings): one JSON line on stdout with the milliseconds from process start to the window
// shown, the first rows painted and the first page complete, in the order they happen
// (main ≤ shown ≤ page complete ≤ first rows: the rows are painted at the frame after the page
// arrived). The app keeps running after the line; --quit-after still ends it.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestStartupTrace : public QObject
{
    Q_OBJECT

private:
    void start(QProcess *process, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const char *dir : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
            const QString path = m_home.filePath(QString::fromLatin1(dir));
            QDir().mkpath(path);
            env.insert(QString::fromLatin1(dir), path);
        }
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(KFP_DESKTOP_PATH), args);
        QVERIFY2(process->waitForStarted(30000), qPrintable(process->errorString()));
    }

    QTemporaryDir m_home;

private slots:
    void printsOneLineWithTheThreeTimesInOrder()
    {
        QProcess app;
        start(&app, {QStringLiteral("--sandbox"), QStringLiteral("--trace-startup"),
                     QStringLiteral("--quit-after"), QStringLiteral("60000")});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += app.readAllStandardOutput()).contains('\n'), 60000);
        // The line is there and the app still runs: the trace does not end it.
        QCOMPARE(app.state(), QProcess::Running);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QJsonParseError error;
        const QJsonObject trace = QJsonDocument::fromJson(lines.first(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(trace.value("trace").toString(), QStringLiteral("startup"));
        for (const char *key : {"main_ms", "shown_ms", "first_rows_ms", "page_complete_ms"})
            QVERIFY2(trace.value(QLatin1String(key)).isDouble(), key);
        const double main = trace.value("main_ms").toDouble();
        const double shown = trace.value("shown_ms").toDouble();
        const double complete = trace.value("page_complete_ms").toDouble();
        const double rows = trace.value("first_rows_ms").toDouble();
        QVERIFY2(main >= 0 && main <= shown, lines.first());
        QVERIFY2(shown > 0 && shown <= complete, lines.first());
        QVERIFY2(complete <= rows, lines.first());
        QVERIFY2(rows < 60000, lines.first());
        app.kill();
        app.waitForFinished(10000);
    }

    void quitAfterStillEndsIt()
    {
        QProcess app;
        start(&app, {QStringLiteral("--sandbox"), QStringLiteral("--trace-startup"),
                     QStringLiteral("--quit-after"), QStringLiteral("5000")});
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), QProcess::NotRunning, 60000);
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        // The page came within 5 s (the sandbox is local, even under sanitizers): the line is out.
        const QByteArray out = app.readAllStandardOutput();
        QVERIFY2(out.startsWith("{\"clock\""), out.constData());
    }

    void silentWithoutTheOption()
    {
        QProcess app;
        start(&app, {QStringLiteral("--sandbox"), QStringLiteral("--quit-after"),
                     QStringLiteral("1500")});
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), QProcess::NotRunning, 60000);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(!app.readAllStandardOutput().contains("\"trace\""));
    }
};

QTEST_GUILESS_MAIN(TestStartupTrace)

#include "tst_startuptrace.moc"
