// CronSchedule: robfig/cron parsing and next-fire times, including the bugs found while writing
// fuzz_cron (by review of the parser; the fuzzer runs against the fixed code).

#include "sandbox/CronSchedule.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QtTest>

using namespace kfp::sandbox;

namespace {

qint64 at(const char *isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate).toSecsSinceEpoch();
}

qint64 nextAfter(const char *expr, const char *isoUtc)
{
    CronSchedule c;
    if (!CronSchedule::parse(QString::fromLatin1(expr), &c))
        return -2;
    return c.next(at(isoUtc));
}

} // namespace

class TstCronSchedule final : public QObject
{
    Q_OBJECT

private slots:
    void nextFire_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("weekdays 9:00") << "0 0 9 ? * 2-6"
                                       << "2024-01-06T10:00:00Z"  // Saturday
                                       << "2024-01-09T09:00:00Z"; // robfig: 2 = Tuesday
        QTest::newRow("every 5 min") << "0 */5 * * * *"
                                     << "2024-01-01T00:04:59Z"
                                     << "2024-01-01T00:05:00Z";
        QTest::newRow("strictly after") << "0 */5 * * * *"
                                        << "2024-01-01T00:05:00Z"
                                        << "2024-01-01T00:10:00Z";
        QTest::newRow("5 fields") << "15 10 * * *"
                                  << "2024-03-01T10:15:00Z"
                                  << "2024-03-02T10:15:00Z";
        QTest::newRow("month names") << "0 0 0 1 JAN,jul *"
                                     << "2024-01-01T00:00:00Z"
                                     << "2024-07-01T00:00:00Z";
        QTest::newRow("dom or dow") << "0 0 0 13 * FRI"
                                    << "2024-09-01T00:00:00Z"
                                    << "2024-09-06T00:00:00Z"; // the Friday comes first
        QTest::newRow("leap day") << "0 0 0 29 2 *"
                                  << "2024-03-01T00:00:00Z"
                                  << "2025-03-01T00:00:00Z"; // not within a year: -1 below
        QTest::newRow("@every") << "@every 90m"
                                << "2024-01-01T00:00:00Z"
                                << "2024-01-01T01:30:00Z";
    }
    void nextFire()
    {
        QFETCH(QString, expr);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const qint64 got = nextAfter(expr.toLatin1().constData(), after.toLatin1().constData());
        if (QTest::currentDataTag() == QLatin1String("leap day"))
            QCOMPARE(got, qint64(-1));
        else
            QCOMPARE(got, at(expected.toLatin1().constData()));
    }

    // "59/2147483647" overflowed `i += step` (undefined; in practice a
    // negative bit index and std::out_of_range from std::bitset::set, i.e. a crash).
    void hugeStepStaysInRange()
    {
        QCOMPARE(nextAfter("59/2147483647 * * * * *", "2024-01-01T00:00:00Z"),
                 at("2024-01-01T00:00:59Z"));
        QCOMPARE(nextAfter("0 0 23/2147483647 * * *", "2024-01-01T00:00:00Z"),
                 at("2024-01-01T23:00:00Z"));
    }

    // "@every <n>h" multiplied n by 3600 without a bound (signed overflow).
    // Go's durations end at ~292 years, so longer ones are refused as Go refuses them.
    void everyOverflowRefused()
    {
        CronSchedule c;
        QString error;
        QVERIFY(!CronSchedule::parse(QStringLiteral("@every 3000000000000000h"), &c, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!CronSchedule::parse(QStringLiteral("@every 9223372037s"), &c));
        QVERIFY(CronSchedule::parse(QStringLiteral("@every 9223372036s"), &c));
        QCOMPARE(c.next(0), qint64(9223372036));
    }

    // Times outside years 1..9999 have no calendar: never, instead of an overflowing search.
    void afterOutsideCalendar()
    {
        CronSchedule c;
        QVERIFY(CronSchedule::parse(QStringLiteral("@every 1s"), &c));
        QCOMPARE(c.next(std::numeric_limits<qint64>::max()), qint64(-1));
        QVERIFY(CronSchedule::parse(QStringLiteral("* * * * * *"), &c));
        QCOMPARE(c.next(std::numeric_limits<qint64>::min()), qint64(-1));
        QCOMPARE(c.next(-1), qint64(0));
    }

    // A slow input for fuzz_cron: an impossible date scanned half a million minutes.
    void impossibleDateIsQuick()
    {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 200; ++i)
            QCOMPARE(nextAfter("0 0 0 30 2 *", "2024-01-01T00:00:00Z"), qint64(-1));
        QVERIFY2(timer.elapsed() < 1000, "200 searches for Feb 30 took over 1 s"); // was ~5 s
    }
};

QTEST_GUILESS_MAIN(TstCronSchedule)
#include "tst_cronschedule.moc"
