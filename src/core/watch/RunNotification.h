#pragma once

// What a notification about a finished run says, independent of how it is shown (freedesktop
// D-Bus, QSystemTrayIcon, the in-app list): the run, how it ended and how long it took, and the
// translated texts built from that.

#include "api/ApiTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace kfp {

struct RunNotification
{
    Q_DECLARE_TR_FUNCTIONS(kfp::RunNotification)
public:
    QString runId;
    QString runName; // display name; the id when the run has none
    QString namespaceName;
    QString experimentId;
    RunState state = RunState::Unspecified; // a final state
    qint64 durationMs = -1;                 // -1: unknown
    QDateTime finishedAt;                   // when the run ended (UTC); invalid if unknown
    QDateTime notifiedAt;                   // when the watcher saw it end (UTC)
    QString errorMessage;                   // the run's error, for failures

    // Duration as the KFP UI computes it: finished_at − created_at.
    static RunNotification fromRun(const Run &run, const QDateTime &now = {});

    bool isFailure() const { return state == RunState::Failed; }
    // "Run succeeded: <name>", "Run failed: <name>", …
    QString summary() const;
    // "Final state: Succeeded" and "Duration: 1 h 2 min", one per line, and for a failure the
    // first line of the run's error.
    QString body() const;

    // "45 s", "3 min 7 s", "2 h 5 min", "3 d 4 h"; "unknown" when negative.
    static QString durationText(qint64 ms);
};

} // namespace kfp

Q_DECLARE_METATYPE(kfp::RunNotification)
