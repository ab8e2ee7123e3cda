#pragma once

// How API values read to a person: translated run states, a recurring run's trigger in words,
// durations, dates and JSON values. Pure functions, shared by the detail panes and the window.

#include "api/ApiTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kfp {

class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(kfp::DisplayText)
public:
    static QList<RunState> filterableStates(); // the states a user can filter runs by

    static QString storageState(StorageState state);
    static QString dateTime(const QDateTime &when); // "—" when invalid; local time
    static QString duration(qint64 seconds);        // "1 h 02 min", "45 s"
    // From created/scheduled to finished, or to now while running; "—" when not started.
    static QString runDuration(const Run &run);
    static QString jsonValue(const QJsonValue &value); // strings unquoted, others as JSON
    static QString orNone(const QString &text);        // "—" for an empty text

    // "Every 2 hours", "Every day at 09:00", "Cron 0 0 9 ? * 2-6"…; "No trigger" for none.
    static QString trigger(const Trigger &trigger);
    static QString interval(qint64 seconds);
    // KFP cron has six fields, seconds first (robfig/cron): one "field: value" line each.
    static QStringList cronFields(const QString &cron);
    // A sentence for the common shapes (daily, weekly, hourly); empty when none fits.
    static QString cronInWords(const QString &cron);
};

} // namespace kfp
