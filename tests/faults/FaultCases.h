#pragma once

// What every fault test shares: the seven faults of the suite as sandbox fault specs, and a
// heartbeat that proves the UI thread kept running while a fault was being served.
//
// A fault row names what is injected, without its path and method (each test adds the path of
// the request it targets): see src/sandbox/README.md for the spec items.

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtTest>

#include <algorithm>

namespace faulttest {

// The client's transfer timeout in the fault tests: longer than the 2 s latency (which must
// only delay), short enough that "slow drip past the transfer timeout" takes a few seconds.
constexpr int TransferTimeoutMs = 3500;
// A drip that outlasts TransferTimeoutMs (the body arrives in 10 pieces over this time).
constexpr int DripMs = 8000;
// The longest pause of the UI thread a test accepts. Every fault above lasts longer than this
// (the latency, the drip, the timeout), so a blocking wait anywhere would show up as a gap.
constexpr int MaxUiGapMs = 1000;

struct FaultCase
{
    const char *name;
    const char *spec;  // sandbox fault items, without path= and method=
    bool intermittent; // some requests succeed while it is active (50 % errors)
    bool delayedOnly;  // the request succeeds, only later (2 s latency): no error is shown
};

inline const FaultCase *faultCases(int *count)
{
    static const FaultCase cases[] = {
        {"5xx burst", "status=503,count=3", false, false},
        {"50% errors", "error-rate=0.5,status=500", true, false},
        {"2 s latency", "latency=2000", false, true},
        {"truncated JSON", "truncate=25", false, false},
        {"HTML instead of JSON", "html", false, false},
        {"reset mid-body", "reset=25", false, false},
        {"slow drip past the timeout", "drip=8000", false, false},
    };
    *count = int(std::size(cases));
    return cases;
}

// Adds the columns "spec" (QString), "intermittent" (bool), "delayedOnly" (bool) and one row per
// fault, prefixed with `prefix` (e.g. "Runs: ").
inline void addFaultColumns()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("intermittent");
    QTest::addColumn<bool>("delayedOnly");
}
inline void addFaultRows(const QString &prefix = {})
{
    int n = 0;
    const FaultCase *cases = faultCases(&n);
    for (int i = 0; i < n; ++i)
        QTest::newRow(qPrintable(prefix + QLatin1String(cases[i].name)))
            << QString::fromLatin1(cases[i].spec) << cases[i].intermittent << cases[i].delayedOnly;
}

// The faults where the server carries the request out and only its answer is lost (cut short,
// reset, or too slow): for a request that creates something, the outcome is unknown.
inline bool losesAnswer(const QString &spec)
{
    return spec.startsWith(QLatin1String("truncate")) || spec.startsWith(QLatin1String("reset")) ||
           spec.startsWith(QLatin1String("drip"));
}

// "path=<glob>,method=<M>,<spec>" (method may be empty: any).
inline QString faultSpec(const QString &pathGlob, const QByteArray &method, const QString &spec)
{
    QString out = QStringLiteral("path=") + pathGlob;
    if (!method.isEmpty())
        out += QStringLiteral(",method=") + QString::fromLatin1(method);
    return out + QLatin1Char(',') + spec;
}

// Ticks every 10 ms on the thread that creates it (the UI thread) and records the longest gap
// between two ticks. If anything blocks that thread (a nested wait, a synchronous parse), the
// gap grows to the length of the block.
class Heartbeat final : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_maxGapMs = std::max(m_maxGapMs, m_sinceLastTick.restart());
            ++m_ticks;
        });
    }
    void start()
    {
        m_maxGapMs = 0;
        m_ticks = 0;
        m_sinceLastTick.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 maxGapMs() const { return m_maxGapMs; }
    int ticks() const { return m_ticks; }
    QByteArray describe() const
    {
        return QByteArray("heartbeat: ") + QByteArray::number(m_ticks) + " ticks, longest gap " +
               QByteArray::number(m_maxGapMs) + " ms";
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLastTick;
    qint64 m_maxGapMs = 0;
    int m_ticks = 0;
};

} // namespace faulttest

// Fails the test if the UI thread stopped for longer than MaxUiGapMs while `hb` ran, or does not
// tick now (a fault can be over before the first 10 ms tick: then this waits for one).
#define FAULT_VERIFY_ALIVE(hb)                                                                     \
    do {                                                                                           \
        QTRY_VERIFY2_WITH_TIMEOUT((hb).ticks() > 0, (hb).describe(), 5000);                        \
        QVERIFY2((hb).maxGapMs() < faulttest::MaxUiGapMs, (hb).describe());                        \
    } while (false)
