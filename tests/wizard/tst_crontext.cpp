// CronText: KFP's six-field cron (seconds first): parsing, errors, plain-language description
// and the next fire times.

#include "models/CronText.h"

#include <QTimeZone>
#include <QtTest>

using kfp::CronText;

class TestCronText : public QObject
{
    Q_OBJECT

private slots:
    void invalid_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::newRow("five fields") << QStringLiteral("0 * * * *");
        QTest::newRow("second 60") << QStringLiteral("60 * * * * *");
        QTest::newRow("hour 24") << QStringLiteral("0 0 24 * * *");
        QTest::newRow("bad step") << QStringLiteral("*/0 * * * * *");
        QTest::newRow("reversed") << QStringLiteral("0 0 5-2 * * *");
        QTest::newRow("word") << QStringLiteral("0 0 0 * FOO *");
    }
    void invalid()
    {
        QFETCH(QString, expr);
        const CronText c(expr);
        QVERIFY(!c.isValid());
        QVERIFY(!c.error().isEmpty());
        QVERIFY(c.nextFireTimes(QDateTime::currentDateTime(), 3).isEmpty());
    }

    void description_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("text");
        QTest::newRow("daily") << QStringLiteral("0 30 9 * * *")
                               << QStringLiteral("Every day at 09:30:00");
        QTest::newRow("@daily") << QStringLiteral("@daily")
                                << QStringLiteral("Every day at 00:00:00");
        QTest::newRow("5 minutes")
            << QStringLiteral("0 */5 * * * *") << QStringLiteral("Every 5 minute(s)");
        QTest::newRow("hourly") << QStringLiteral("0 15 * * * *")
                                << QStringLiteral("Every hour at minute 15");
        QTest::newRow("weekdays") << QStringLiteral("0 0 9 * * MON-FRI")
                                  << QStringLiteral(
                                         "At second 0, minute 0, hour 9, day of week MON-FRI");
    }
    void description()
    {
        QFETCH(QString, expr);
        QFETCH(QString, text);
        QCOMPARE(CronText(expr).description(), text);
    }

    void nextFireTimes()
    {
        const QDateTime from(QDate(2026, 1, 2), QTime(10, 0, 0), Qt::UTC); // a Friday
        // Weekdays at 09:00:00: Monday 5th, Tuesday 6th, Wednesday 7th.
        auto times = CronText(QStringLiteral("0 0 9 * * 1-5")).nextFireTimes(from, 3);
        QCOMPARE(times.size(), 3);
        QCOMPARE(times[0], QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
        QCOMPARE(times[2], QDateTime(QDate(2026, 1, 7), QTime(9, 0), Qt::UTC));
        // Every 20 seconds, strictly after `from`.
        times = CronText(QStringLiteral("*/20 * * * * *")).nextFireTimes(from, 3);
        QCOMPARE(times[0], from.addSecs(20));
        QCOMPARE(times[2], from.addSecs(60));
        // Sunday written as 7; both day fields restricted: either matches.
        times = CronText(QStringLiteral("0 0 0 1 * 7")).nextFireTimes(from, 2);
        QCOMPARE(times[0].date(), QDate(2026, 1, 4)); // Sunday
        QCOMPARE(times[1].date(), QDate(2026, 1, 11));
        // February 30th never comes.
        QVERIFY(CronText(QStringLiteral("0 0 0 30 2 *")).nextFireTimes(from, 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCronText)
#include "tst_crontext.moc"
