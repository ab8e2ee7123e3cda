#include "RunNotification.h"

#include "models/DurationText.h"
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
    return ms < 0 ? tr("unknown") : DurationText::milliseconds(ms);
}

} // namespace kfp
