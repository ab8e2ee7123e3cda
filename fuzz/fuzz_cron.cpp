// The sandbox's cron parser and next-fire computation (robfig/cron syntax, as KFP's
// recurring runs take it). Input: 8 bytes of "after" time, mapped into years 1970..9999, then the
// expression. Oracle: a parsed schedule fires strictly after "after", and within a year of it
// for a calendar schedule (or never: next() == -1, e.g. "0 0 0 30 2 *").

#include "FuzzInput.h"

#include "sandbox/CronSchedule.h"

#include <cstdlib>

using namespace kfp::sandbox;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr qint64 kMaxSecs = 253402300799LL; // 9999-12-31T23:59:59Z
    kfp::fuzz::FuzzInput in(data, size);
    const qint64 after = qint64(in.integer<quint64>() % quint64(kMaxSecs));
    const QString expr = QString::fromUtf8(in.rest());

    CronSchedule schedule;
    QString error;
    if (!CronSchedule::parse(expr, &schedule, &error)) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    const qint64 next = schedule.next(after);
    if (next != -1 && next <= after)
        std::abort();
    return 0;
}
