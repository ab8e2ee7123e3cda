#pragma once

#include <QString>

#include <bitset>

namespace kfp::sandbox {

// KFP parses cron with robfig/cron v1.2.0: six fields, seconds first ("0 0 9 ? * 2-6").
// Supports *, ?, lists, ranges, steps, month/day names, 5-field input (seconds = 0),
// and the descriptors @yearly/@monthly/@weekly/@daily/@hourly/@every <n>s|m|h.
class CronSchedule final
{
public:
    static bool parse(const QString &expr, CronSchedule *out, QString *error = nullptr);
    // Next firing time strictly after `afterSecs` (UTC epoch seconds), or -1 within a year.
    qint64 next(qint64 afterSecs) const;

private:
    std::bitset<60> m_sec, m_min;
    std::bitset<24> m_hour;
    std::bitset<32> m_dom;
    std::bitset<13> m_month;
    std::bitset<7> m_dow;
    bool m_domStar = false, m_dowStar = false;
    qint64 m_every = 0; // @every interval in seconds
};

} // namespace kfp::sandbox
