// DisplayText: recurring-run triggers in words, cron fields explained, durations, JSON values.

#include "DisplayText.h"
#include "models/DurationText.h"

#include <QJsonArray>
#include <QtTest>

using kfp::DisplayText;
using kfp::Trigger;

class TestDisplayText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periodicInWords_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("words");
        QTest::newRow("2 hours") << qint64(7200) << QStringLiteral("Every 2 hour(s)");
        QTest::newRow("1 day") << qint64(86400) << QStringLiteral("Every 1 day(s)");
        QTest::newRow("2 weeks") << qint64(1209600) << QStringLiteral("Every 2 week(s)");
        QTest::newRow("90 s") << qint64(90) << QStringLiteral("Every 90 second(s)");
        QTest::newRow("15 min") << qint64(900) << QStringLiteral("Every 15 minute(s)");
    }
    void periodicInWords()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, words);
        Trigger t;
        t.kind = Trigger::Kind::Periodic;
        t.intervalSeconds = seconds;
        QCOMPARE(DisplayText::trigger(t), words);
    }

    void cronInWords()
    {
        QVERIFY(DisplayText::cronInWords(QStringLiteral("0 30 9 * * *"))
                    .startsWith(QLatin1String("Every day at")));
        QVERIFY(DisplayText::cronInWords(QStringLiteral("0 0 9 ? * 1-5"))
                    .contains(QLatin1String("1-5")));
        QCOMPARE(DisplayText::cronInWords(QStringLiteral("0 15 * * * *")),
                 QStringLiteral("Every hour at minute 15"));
        QCOMPARE(DisplayText::cronInWords(QStringLiteral("0 */5 * * * *")),
                 QStringLiteral("Every 5 minute(s)"));
        QVERIFY(DisplayText::cronInWords(QStringLiteral("0 0 1 1 * *")).isEmpty()); // yearly: raw
        QVERIFY(DisplayText::cronInWords(QStringLiteral("* * *")).isEmpty());
        Trigger t;
        t.kind = Trigger::Kind::Cron;
        t.cron = QStringLiteral("0 0 0 1 * *");
        QCOMPARE(DisplayText::trigger(t), QStringLiteral("Cron 0 0 0 1 * *"));
    }

    void cronFieldsNamed()
    {
        const QStringList lines = DisplayText::cronFields(QStringLiteral("0 0 9 ? * 2-6"));
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0), QStringLiteral("Seconds: 0"));
        QCOMPARE(lines.at(2), QStringLiteral("Hours: 9"));
        QCOMPARE(lines.at(3), QStringLiteral("Day of month: any"));
        QCOMPARE(lines.at(5), QStringLiteral("Day of week: 2-6"));
    }

    void durationsAndValues()
    {
        QCOMPARE(DisplayText::duration(45), QStringLiteral("45 s"));
        QCOMPARE(DisplayText::duration(125), QStringLiteral("2 min 05 s"));
        QCOMPARE(DisplayText::duration(3720), QStringLiteral("1 h 02 min"));
        QCOMPARE(DisplayText::jsonValue(QJsonValue(QStringLiteral("hi"))), QStringLiteral("hi"));
        QCOMPARE(DisplayText::jsonValue(QJsonValue(3.5)), QStringLiteral("3.5"));
        QCOMPARE(DisplayText::jsonValue(QJsonArray{1, 2}), QStringLiteral("[1,2]"));
        QCOMPARE(DisplayText::jsonValue(QJsonValue(QJsonValue::Undefined)), QStringLiteral("—"));
        kfp::Run running;
        running.state = kfp::RunState::Running;
        running.createdAt = QDateTime::currentDateTimeUtc().addSecs(-30);
        QVERIFY(DisplayText::runDuration(running).endsWith(QLatin1String(" s")));
    }

    // One formatter for every duration and interval: two units, from seconds up to days.
    void durationsUpToDays_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(42) << "42 s";
        QTest::newRow("minutes") << qint64(725) << "12 min 5 s";
        QTest::newRow("hours") << qint64(18180) << "5 h 3 min";
        QTest::newRow("days") << qint64(3 * 86400 + 4 * 3600 + 59) << "3 d 4 h";
        // A run pending for years once read "73554:17:15".
        QTest::newRow("years") << qint64(73554LL * 3600 + 17 * 60 + 15) << "3064 d 18 h";
    }
    void durationsUpToDays()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(kfp::DurationText::seconds(seconds), text);
        QCOMPARE(kfp::DurationText::milliseconds(seconds * 1000 + 999), text);
        QVERIFY(kfp::DurationText::seconds(-1).isEmpty());
    }

    void longIntervalsInTwoUnits()
    {
        Trigger t;
        t.kind = Trigger::Kind::Periodic;
        t.intervalSeconds = 439652; // 5 d 2 h 7 min 32 s
        QCOMPARE(DisplayText::trigger(t), QStringLiteral("Every 5 d 2 h"));
        QCOMPARE(kfp::DurationText::interval(439652), QStringLiteral("Every 5 d 2 h"));
        QCOMPARE(kfp::DurationText::interval(3 * 3600 + 600), QStringLiteral("Every 3 h 10 min"));
        QCOMPARE(kfp::DurationText::interval(150), QStringLiteral("Every 2 min 30 s"));
        QCOMPARE(DisplayText::interval(0), QStringLiteral("No interval"));
    }
};

QTEST_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
