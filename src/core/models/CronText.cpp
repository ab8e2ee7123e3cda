#include "CronText.h"

#include <QStringList>
#include <QTimeZone>

namespace kfp {

namespace {

struct FieldRange
{
    int min;
    int max;
};
constexpr FieldRange kRanges[] = {{0, 59}, {0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 6}};

const char *const kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                               "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
const char *const kDays[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

int parseNumber(const QString &text, int field, bool *ok)
{
    const QString upper = text.toUpper();
    if (field == 4)
        for (int i = 0; i < 12; ++i)
            if (upper == QLatin1String(kMonths[i])) {
                *ok = true;
                return i + 1;
            }
    if (field == 5)
        for (int i = 0; i < 7; ++i)
            if (upper == QLatin1String(kDays[i])) {
                *ok = true;
                return i;
            }
    return text.toInt(ok);
}

} // namespace

CronText::CronText(const QString &expression)
    : m_expression(expression.simplified())
{
    QString expr = m_expression;
    // The descriptors robfig/cron accepts, as their six-field equivalents.
    static const QList<QPair<QString, QString>> descriptors{
        {QStringLiteral("@yearly"), QStringLiteral("0 0 0 1 1 *")},
        {QStringLiteral("@annually"), QStringLiteral("0 0 0 1 1 *")},
        {QStringLiteral("@monthly"), QStringLiteral("0 0 0 1 * *")},
        {QStringLiteral("@weekly"), QStringLiteral("0 0 0 * * 0")},
        {QStringLiteral("@daily"), QStringLiteral("0 0 0 * * *")},
        {QStringLiteral("@midnight"), QStringLiteral("0 0 0 * * *")},
        {QStringLiteral("@hourly"), QStringLiteral("0 0 * * * *")}};
    for (const auto &d : descriptors)
        if (expr.compare(d.first, Qt::CaseInsensitive) == 0)
            expr = d.second;
    const QStringList parts = expr.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != FieldCount) {
        m_error = tr("a KFP cron expression has 6 fields (second minute hour day month weekday), "
                     "this one has %n",
                     nullptr, int(parts.size()));
        return;
    }
    for (int f = 0; f < FieldCount; ++f)
        if (!parseField(f, parts[f]))
            return;
}

bool CronText::parseField(int field, const QString &text)
{
    static const char *const names[] = {QT_TR_NOOP("second"), QT_TR_NOOP("minute"),
                                        QT_TR_NOOP("hour"),   QT_TR_NOOP("day of month"),
                                        QT_TR_NOOP("month"),  QT_TR_NOOP("day of week")};
    const FieldRange range = kRanges[field];
    auto fail = [&](const QString &part) {
        m_error = tr("invalid %1 field \"%2\" (allowed: %3-%4)")
                      .arg(tr(names[field]), part)
                      .arg(range.min)
                      .arg(range.max);
        return false;
    };
    m_fields[field] = text;
    m_star[field] = text == QLatin1String("*") || text == QLatin1String("?");
    for (const QString &part : text.split(QLatin1Char(','))) {
        QString rangeText = part;
        int step = 1;
        const int slash = part.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step <= 0)
                return fail(part);
            rangeText = part.left(slash);
        }
        int lo = range.min;
        int hi = range.max;
        if (rangeText == QLatin1String("*") ||
            (rangeText == QLatin1String("?") && (field == DayOfMonth || field == DayOfWeek))) {
            if (slash >= 0 && part.split(QLatin1Char(',')).size() == 1 && text == part)
                m_step[field] = step;
        } else {
            const int dash = rangeText.indexOf(QLatin1Char('-'));
            bool ok1 = false;
            bool ok2 = true;
            lo = parseNumber(dash >= 0 ? rangeText.left(dash) : rangeText, field, &ok1);
            hi = dash >= 0 ? parseNumber(rangeText.mid(dash + 1), field, &ok2)
                           : (slash >= 0 ? range.max : lo);
            // Sunday may also be written 7, as many crons allow.
            const int max = field == DayOfWeek ? 7 : range.max;
            if (!ok1 || !ok2 || lo < range.min || hi > max || lo > hi)
                return fail(part);
        }
        for (int v = lo; v <= hi; v += step)
            m_bits[field].set(field == DayOfWeek ? v % 7 : v);
    }
    return true;
}

bool CronText::matchesDay(const QDate &date) const
{
    if (!m_bits[Month].test(date.month()))
        return false;
    const bool dom = m_bits[DayOfMonth].test(date.day());
    const bool dow = m_bits[DayOfWeek].test(date.dayOfWeek() % 7); // Qt: Monday 1 .. Sunday 7
    if (m_star[DayOfMonth] || m_star[DayOfWeek])
        return dom && dow;
    return dom || dow;
}

QList<QDateTime> CronText::nextFireTimes(const QDateTime &after, int count) const
{
    QList<QDateTime> out;
    if (!isValid() || count <= 0)
        return out;
    const QDateTime start = after.addSecs(1);
    const QDate first = start.date();
    for (QDate day = first; out.size() < count && day <= first.addYears(5); day = day.addDays(1)) {
        if (!matchesDay(day))
            continue;
        for (int h = 0; h < 24 && out.size() < count; ++h) {
            if (!m_bits[Hour].test(h))
                continue;
            for (int m = 0; m < 60 && out.size() < count; ++m) {
                if (!m_bits[Minute].test(m))
                    continue;
                for (int s = 0; s < 60 && out.size() < count; ++s) {
                    if (!m_bits[Second].test(s))
                        continue;
                    const QDateTime t(day, QTime(h, m, s), after.timeZone());
                    if (t >= start)
                        out.append(t);
                }
            }
        }
    }
    return out;
}

QString CronText::description() const
{
    if (!isValid())
        return m_error;
    auto single = [this](int f) {
        bool ok = false;
        m_fields[f].toInt(&ok);
        return ok;
    };
    const bool everyDay = m_star[DayOfMonth] && m_star[Month] && m_star[DayOfWeek];
    const bool fixedTime = single(Second) && single(Minute) && single(Hour);
    if (everyDay && fixedTime) {
        const QTime t(m_fields[Hour].toInt(), m_fields[Minute].toInt(), m_fields[Second].toInt());
        return tr("Every day at %1").arg(t.toString(QStringLiteral("HH:mm:ss")));
    }
    if (everyDay && m_star[Hour] && m_star[Minute] && m_star[Second])
        return tr("Every second");
    if (everyDay && m_star[Hour] && single(Second) && m_step[Minute] > 0)
        return tr("Every %n minute(s)", nullptr, m_step[Minute]);
    if (everyDay && m_star[Hour] && m_star[Minute] && m_step[Second] > 0)
        return tr("Every %n second(s)", nullptr, m_step[Second]);
    if (everyDay && single(Second) && single(Minute) && m_step[Hour] > 0)
        return tr("Every %n hour(s), at minute %1", nullptr, m_step[Hour]).arg(m_fields[Minute]);
    if (everyDay && single(Second) && single(Minute) && m_star[Hour])
        return tr("Every hour at minute %1").arg(m_fields[Minute]);
    // The general case: each restricted field in words.
    QStringList parts;
    auto add = [&](int f, const QString &label) {
        if (!m_star[f])
            parts << label.arg(m_fields[f]);
    };
    add(Second, tr("second %1"));
    add(Minute, tr("minute %1"));
    add(Hour, tr("hour %1"));
    add(DayOfMonth, tr("day of month %1"));
    add(Month, tr("month %1"));
    add(DayOfWeek, tr("day of week %1"));
    if (parts.isEmpty())
        return tr("Every second");
    return tr("At %1").arg(parts.join(QLatin1String(", ")));
}

} // namespace kfp
