#include "RunNotification.h"

#include "models/RunStatePresentation.h"

namespace kfp {

namespace {

// A failure's error can be a whole stack trace; the notification shows its first line, cut short.
constexpr int MaxErrorChars = 200;

} // namespace

RunNotification RunNotification::fromRun(const Run &run, const QDateTime &now)
{
    RunNotification n;
    n.runId = run.id;
    n.runName = run.displayName.isEmpty() ? run.id : run.displayName;
    n.namespaceName = run.namespaceName;
    n.experimentId = run.experimentId;
    n.state = run.state;
    n.finishedAt = run.finishedAt;
    if (!n.finishedAt.isValid() && !run.stateHistory.isEmpty() &&
        run.stateHistory.last().state == run.state)
        n.finishedAt = run.stateHistory.last().updateTime;
    if (run.createdAt.isValid() && n.finishedAt.isValid() && n.finishedAt >= run.createdAt)
        n.durationMs = run.createdAt.msecsTo(n.finishedAt);
    n.notifiedAt = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    n.errorMessage = run.errorMessage;
    return n;
}

QString RunNotification::summary() const
{
    switch (state) {
    case RunState::Succeeded:
        return tr("Run succeeded: %1").arg(runName);
    case RunState::Failed:
        return tr("Run failed: %1").arg(runName);
    case RunState::Canceled:
        return tr("Run canceled: %1").arg(runName);
    case RunState::Skipped:
        return tr("Run skipped: %1").arg(runName);
    default:
        return tr("Run %1: %2").arg(RunStatePresentation::text(state), runName);
    }
}

QString RunNotification::body() const
{
    QStringList lines{tr("Final state: %1").arg(RunStatePresentation::text(state)),
                      tr("Duration: %1").arg(durationText(durationMs))};
    if (isFailure() && !errorMessage.trimmed().isEmpty()) {
        QString first = errorMessage.trimmed().section(QLatin1Char('\n'), 0, 0);
        if (first.size() > MaxErrorChars)
            first = first.left(MaxErrorChars - 1) + QChar(0x2026); // …
        lines.append(tr("Error: %1").arg(first));
    }
    return lines.join(QLatin1Char('\n'));
}

QString RunNotification::durationText(qint64 ms)
{
    if (ms < 0)
        return tr("unknown");
    const qint64 s = ms / 1000;
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    const qint64 seconds = s % 60;
    // Two units are enough for a glance; the run's page has the exact times.
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(seconds);
    return tr("%1 s").arg(seconds);
}

} // namespace kfp
