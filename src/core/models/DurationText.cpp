#include "DurationText.h"

#include <limits>

namespace kfp {

QString DurationText::seconds(qint64 seconds, Padding padding)
{
    if (seconds < 0)
        return {};
    const int width = padding == Padding::TwoDigits ? 2 : 0;
    const QChar zero = QLatin1Char('0');
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, width, 10, zero);
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, width, 10, zero);
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

QString DurationText::milliseconds(qint64 ms, Padding padding)
{
    return ms < 0 ? QString() : seconds(ms / 1000, padding);
}

QString DurationText::interval(qint64 seconds)
{
    if (seconds <= 0)
        return tr("No interval");
    // The largest unit that divides the interval exactly reads best ("Every 2 hours"), while
    // its count stays small.
    constexpr qint64 maxInt = std::numeric_limits<int>::max();
    if (seconds % 604800 == 0 && seconds / 604800 <= maxInt)
        return tr("Every %n week(s)", nullptr, int(seconds / 604800));
    if (seconds % 86400 == 0 && seconds / 86400 <= maxInt)
        return tr("Every %n day(s)", nullptr, int(seconds / 86400));
    if (seconds % 3600 == 0 && seconds <= 48 * 3600)
        return tr("Every %n hour(s)", nullptr, int(seconds / 3600));
    if (seconds % 60 == 0 && seconds <= 120 * 60)
        return tr("Every %n minute(s)", nullptr, int(seconds / 60));
    if (seconds <= 120)
        return tr("Every %n second(s)", nullptr, int(seconds));
    // Beyond that, a count of small units is unreadable ("Every 439652 seconds"): two units.
    return tr("Every %1").arg(DurationText::seconds(seconds));
}

} // namespace kfp
