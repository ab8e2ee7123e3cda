#include "ApiTypes.h"

namespace kfp {

bool isFinal(RunState state)
{
    // v2 RuntimeState: SUCCEEDED, SKIPPED, FAILED and CANCELED are terminal. (The SDK's
    // wait_for_run_completion forgets CANCELED; we do not.)
    switch (state) {
    case RunState::Succeeded:
    case RunState::Skipped:
    case RunState::Failed:
    case RunState::Canceled:
        return true;
    default:
        return false;
    }
}

QString runStateName(RunState state)
{
    switch (state) {
    case RunState::Unspecified:
        return QStringLiteral("RUNTIME_STATE_UNSPECIFIED");
    case RunState::Pending:
        return QStringLiteral("PENDING");
    case RunState::Running:
        return QStringLiteral("RUNNING");
    case RunState::Succeeded:
        return QStringLiteral("SUCCEEDED");
    case RunState::Skipped:
        return QStringLiteral("SKIPPED");
    case RunState::Failed:
        return QStringLiteral("FAILED");
    case RunState::Canceling:
        return QStringLiteral("CANCELING");
    case RunState::Canceled:
        return QStringLiteral("CANCELED");
    case RunState::Paused:
        return QStringLiteral("PAUSED");
    }
    return {};
}

RunState runStateFromName(const QString &name)
{
    // v2 names are upper case; v1 uses Argo phases ("Succeeded", "Error", "Terminating") and
    // node phases (Omitted, Cached, Terminated). Compare case-insensitively.
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("PENDING"))
        return RunState::Pending;
    if (n == QLatin1String("RUNNING"))
        return RunState::Running;
    if (n == QLatin1String("SUCCEEDED") || n == QLatin1String("CACHED"))
        return RunState::Succeeded;
    if (n == QLatin1String("SKIPPED") || n == QLatin1String("OMITTED"))
        return RunState::Skipped;
    if (n == QLatin1String("FAILED") || n == QLatin1String("ERROR"))
        return RunState::Failed;
    if (n == QLatin1String("CANCELING") || n == QLatin1String("TERMINATING"))
        return RunState::Canceling;
    if (n == QLatin1String("CANCELED") || n == QLatin1String("CANCELLED") ||
        n == QLatin1String("TERMINATED"))
        return RunState::Canceled;
    if (n == QLatin1String("PAUSED"))
        return RunState::Paused;
    return RunState::Unspecified;
}

} // namespace kfp
