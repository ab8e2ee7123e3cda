#pragma once

// KFP's cron syntax (robfig/cron with seconds): six fields, seconds first —
// "second minute hour day-of-month month day-of-week" — each `*`, `?` (day fields), a number,
// a range `a-b`, a list `a,b`, a step `*/n` or `a-b/n`; months and weekdays also by their
// three-letter English names. Plus the descriptors @yearly, @monthly, @weekly, @daily, @hourly.
// As in cron, when both day fields are restricted a day matches if either does.
//
// Pure code: parsing, a plain-language description, the next fire times.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <bitset>

namespace kfp {

class CronText
{
    Q_DECLARE_TR_FUNCTIONS(kfp::CronText)
public:
    // Parses `expression`; isValid() false and error() (translated) otherwise.
    explicit CronText(const QString &expression);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // "Every day at 09:30:00", "Every 5 minutes", "At second 0, minute 0, hours 9-17, ..."
    QString description() const;
    // The next `count` times strictly after `after` (same time zone as `after`), searched over
    // at most five years; fewer when the expression never fires again (February 30th).
    QList<QDateTime> nextFireTimes(const QDateTime &after, int count) const;

private:
    enum Field
    {
        Second,
        Minute,
        Hour,
        DayOfMonth,
        Month,
        DayOfWeek,
        FieldCount
    };
    bool parseField(int field, const QString &text);
    bool matchesDay(const QDate &date) const;

    QString m_expression;
    QString m_error;
    std::bitset<60> m_bits[FieldCount];
    QString m_fields[FieldCount];
    bool m_star[FieldCount] = {};
    int m_step[FieldCount] = {}; // "*/n" → n; else 0
};

} // namespace kfp
