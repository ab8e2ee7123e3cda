#include "sandbox/CronSchedule.h"

#include <QDateTime>
#include <QStringList>

namespace kfp::sandbox {
namespace {

constexpr qint64 kMaxEverySecs = 9223372036LL; // Go's longest time.Duration, in seconds
// next() works on the instants QDate and RFC3339 both cover, years 1 to 9999.
constexpr qint64 kMinSecs = -62135596800LL; // 0001-01-01T00:00:00Z
constexpr qint64 kMaxSecs = 253402300799LL; // 9999-12-31T23:59:59Z
constexpr qint64 kDaySecs = 86400;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b < 0 ? 1 : 0);
}

const QStringList kMonths = {"",    "JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                             "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
const QStringList kDays = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

bool number(const QString &s, const QStringList &names, int *out)
{
    bool ok = false;
    *out = s.toInt(&ok);
    if (!ok && !names.isEmpty()) {
        *out = names.indexOf(s.toUpper());
        ok = *out >= 0;
    }
    return ok;
}

template<size_t N>
bool parseField(const QString &field, int lo, int hi, const QStringList &names,
                std::bitset<N> *bits, bool *star)
{
    if (star)
        *star = field == QLatin1String("*") || field == QLatin1String("?");
    for (const QString &part : field.split(QLatin1Char(','))) {
        QString range = part;
        int step = 1;
        if (const int slash = part.indexOf(QLatin1Char('/')); slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step <= 0)
                return false;
            range = part.left(slash);
        }
        int a = lo, b = hi;
        if (range != QLatin1String("*") && range != QLatin1String("?")) {
            const QStringList ab = range.split(QLatin1Char('-'));
            if (ab.size() > 2 || !number(ab[0], names, &a))
                return false;
            b = a;
            if (ab.size() == 2 && !number(ab[1], names, &b))
                return false;
            if (part.contains(QLatin1Char('/')) && ab.size() == 1)
                b = hi;
        }
        if (a < lo || b > hi || a > b)
            return false;
        // 64-bit: a step such as "59/2147483647" must not overflow past the range.
        for (qint64 i = a; i <= b; i += step)
            bits->set(static_cast<size_t>(i));
    }
    return true;
}

} // namespace

bool CronSchedule::parse(const QString &exprIn, CronSchedule *out, QString *error)
{
    CronSchedule c;
    QString expr = exprIn.trimmed();
    static const QHash<QString, QString> descriptors = {
        {"@yearly", "0 0 0 1 1 *"}, {"@annually", "0 0 0 1 1 *"}, {"@monthly", "0 0 0 1 * *"},
        {"@weekly", "0 0 0 * * 0"}, {"@daily", "0 0 0 * * *"},    {"@midnight", "0 0 0 * * *"},
        {"@hourly", "0 0 * * * *"}};
    if (expr.startsWith(QLatin1String("@every "))) {
        const QString d = expr.mid(7).trimmed();
        const qint64 n = d.chopped(1).toLongLong();
        const QChar unit = d.isEmpty() ? QChar() : d.back();
        const qint64 scale = unit == QLatin1Char('h') ? 3600 : unit == QLatin1Char('m') ? 60 : 1;
        // Go durations end at ~292 years (int64 nanoseconds); longer ones do not parse there.
        c.m_every = n > 0 && n <= kMaxEverySecs / scale ? n * scale : 0;
        if (c.m_every <= 0) {
            if (error)
                *error = QStringLiteral("bad @every duration");
            return false;
        }
        *out = c;
        return true;
    }
    expr = descriptors.value(expr, expr);
    QStringList f = expr.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (f.size() == 5)
        f.prepend(QStringLiteral("0"));
    const bool ok = f.size() == 6 && parseField(f[0], 0, 59, {}, &c.m_sec, nullptr) &&
                    parseField(f[1], 0, 59, {}, &c.m_min, nullptr) &&
                    parseField(f[2], 0, 23, {}, &c.m_hour, nullptr) &&
                    parseField(f[3], 1, 31, {}, &c.m_dom, &c.m_domStar) &&
                    parseField(f[4], 1, 12, kMonths, &c.m_month, nullptr) &&
                    parseField(f[5], 0, 6, kDays, &c.m_dow, &c.m_dowStar);
    if (!ok) {
        if (error)
            *error = QStringLiteral("invalid cron expression \"%1\" (expected 6 fields: second "
                                    "minute hour day-of-month month day-of-week)")
                         .arg(exprIn);
        return false;
    }
    *out = c;
    return true;
}

qint64 CronSchedule::next(qint64 afterSecs) const
{
    if (afterSecs < kMinSecs || afterSecs >= kMaxSecs)
        return -1;
    if (m_every > 0)
        return afterSecs + m_every; // both bounded: no overflow
    const qint64 start = afterSecs + 1;
    // Search one year ahead, day by day, then hour, minute and second within a matching day: an
    // impossible date ("0 0 0 30 2 *") costs 366 date checks, not half a million minutes.
    const qint64 limit = floorDiv(start, 60) * 60 + 366 * kDaySecs;
    const QDate epoch(1970, 1, 1);
    for (qint64 day = floorDiv(start, kDaySecs); day * kDaySecs < limit; ++day) {
        const QDate d = epoch.addDays(day);
        if (!m_month.test(static_cast<size_t>(d.month())))
            continue;
        const bool domOk = m_dom.test(static_cast<size_t>(d.day()));
        const bool dowOk = m_dow.test(static_cast<size_t>(d.dayOfWeek() % 7));
        // robfig: if either day field is '*', both must match; otherwise either may match.
        const bool dayOk = (m_domStar || m_dowStar) ? (domOk && dowOk) : (domOk || dowOk);
        if (!dayOk)
            continue;
        for (int h = 0; h < 24; ++h) {
            if (!m_hour.test(static_cast<size_t>(h)))
                continue;
            for (int m = 0; m < 60; ++m) {
                const qint64 minute = day * kDaySecs + h * 3600 + m * 60;
                if (!m_min.test(static_cast<size_t>(m)) || minute + 59 < start)
                    continue;
                if (minute >= limit)
                    return -1;
                for (int s = 0; s < 60; ++s)
                    if (m_sec.test(static_cast<size_t>(s)) && minute + s >= start)
                        return minute + s;
            }
        }
    }
    return -1;
}

} // namespace kfp::sandbox
