#include "sandbox/CronSchedule.h"

#include <QDateTime>
#include <QStringList>

namespace kfp::sandbox {
namespace {

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
        for (int i = a; i <= b; i += step)
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
        c.m_every = unit == QLatin1Char('h') ? n * 3600 : unit == QLatin1Char('m') ? n * 60 : n;
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
    if (m_every > 0)
        return afterSecs + m_every;
    const qint64 start = afterSecs + 1;
    const qint64 firstMinute = start / 60;
    for (qint64 m = firstMinute; m < firstMinute + 366LL * 24 * 60; ++m) {
        const QDateTime dt = QDateTime::fromSecsSinceEpoch(m * 60, Qt::UTC);
        const QDate d = dt.date();
        const QTime t = dt.time();
        if (!m_month.test(static_cast<size_t>(d.month())) ||
            !m_hour.test(static_cast<size_t>(t.hour())) ||
            !m_min.test(static_cast<size_t>(t.minute())))
            continue;
        const bool domOk = m_dom.test(static_cast<size_t>(d.day()));
        const bool dowOk = m_dow.test(static_cast<size_t>(d.dayOfWeek() % 7));
        // robfig: if either day field is '*', both must match; otherwise either may match.
        const bool dayOk = (m_domStar || m_dowStar) ? (domOk && dowOk) : (domOk || dowOk);
        if (!dayOk)
            continue;
        for (int s = (m == firstMinute ? static_cast<int>(start % 60) : 0); s < 60; ++s)
            if (m_sec.test(static_cast<size_t>(s)))
                return m * 60 + s;
    }
    return -1;
}

} // namespace kfp::sandbox
