#pragma once

// Durations and intervals as a person reads them, the one formatter of the application: the
// runs list's Duration column, the run and task durations of the details panes, notifications,
// and a recurring run's periodic trigger. Two units are enough for a glance:
//   under a minute "42 s", under an hour "12 min 5 s", under a day "5 h 3 min", from a day
//   "3 d 4 h".

#include <QCoreApplication>
#include <QString>

namespace kfp {

class DurationText final
{
    Q_DECLARE_TR_FUNCTIONS(kfp::DurationText)
public:
    enum class Padding
    {
        None,      // "2 min 5 s"
        TwoDigits, // "2 min 05 s": the second unit keeps its width while it ticks
    };
    // "" for a negative duration.
    static QString seconds(qint64 seconds, Padding padding = Padding::None);
    static QString milliseconds(qint64 ms, Padding padding = Padding::None);
    // A periodic trigger: "Every 2 hour(s)", "Every 90 minute(s)" when one unit divides it
    // exactly with a small count, else two units, "Every 5 d 2 h"; "No interval" when not
    // positive.
    static QString interval(qint64 seconds);
};

} // namespace kfp
