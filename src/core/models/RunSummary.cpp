#include "RunSummary.h"

#include "roles.h"

namespace kfp {

RunSummary RunSummary::fromRun(const Run &run)
{
    RunSummary s;
    s.displayName = run.displayName;
    s.description = run.description;
    s.experimentId = run.experimentId;
    s.namespaceName = run.namespaceName;
    s.pipelineId = run.pipelineId;
    s.pipelineVersionId = run.pipelineVersionId;
    s.recurringRunId = run.recurringRunId;
    s.errorMessage = run.errorMessage;
    s.createdAt = run.createdAt;
    s.scheduledAt = run.scheduledAt;
    s.finishedAt = run.finishedAt;
    s.state = run.state;
    s.storageState = run.storageState;
    return s;
}

Run RunSummary::toRun(const QString &id) const
{
    Run r;
    r.id = id;
    r.displayName = displayName;
    r.description = description;
    r.experimentId = experimentId;
    r.namespaceName = namespaceName;
    r.pipelineId = pipelineId;
    r.pipelineVersionId = pipelineVersionId;
    r.recurringRunId = recurringRunId;
    r.errorMessage = errorMessage;
    r.createdAt = createdAt;
    r.scheduledAt = scheduledAt;
    r.finishedAt = finishedAt;
    r.state = state;
    r.rawState = runStateName(state);
    r.storageState = storageState;
    return r;
}

bool RunSummary::operator==(const RunSummary &o) const
{
    return state == o.state && finishedAt == o.finishedAt && displayName == o.displayName &&
           storageState == o.storageState && errorMessage == o.errorMessage &&
           scheduledAt == o.scheduledAt && createdAt == o.createdAt &&
           description == o.description && experimentId == o.experimentId &&
           namespaceName == o.namespaceName && pipelineId == o.pipelineId &&
           pipelineVersionId == o.pipelineVersionId && recurringRunId == o.recurringRunId;
}

qint64 RunSummary::durationMs(const QDateTime &now) const
{
    // The KFP UI measures from the scheduled time (when the run really started), else created.
    const QDateTime start = scheduledAt.isValid() ? scheduledAt : createdAt;
    if (!start.isValid())
        return -1;
    if (finishedAt.isValid())
        return std::max<qint64>(0, start.msecsTo(finishedAt));
    if (isFinal(state) || state == RunState::Unspecified)
        return -1; // final without an end time: unknown, not "still growing"
    return std::max<qint64>(0, start.msecsTo(now));
}

QVariant RunSummary::roleData(const QString &id, int role) const
{
    switch (role) {
    case IdRole:
        return id;
    case NameRole:
        return displayName;
    case DescriptionRole:
        return description;
    case CreatedAtRole:
        return createdAt;
    case NamespaceRole:
        return namespaceName;
    case StateRole:
        return int(state);
    case ErrorMessageRole:
        return errorMessage;
    case ObjectRole:
        return QVariant::fromValue(toRun(id));
    case ParentIdRole:
    case ExperimentIdRole:
        return experimentId;
    case StorageStateRole:
        return int(storageState);
    case FinishedAtRole:
        return finishedAt;
    case DurationRole:
        return durationMs(QDateTime::currentDateTimeUtc());
    case PipelineIdRole:
        return pipelineId;
    case PipelineVersionIdRole:
        return pipelineVersionId;
    case RecurringRunIdRole:
        return recurringRunId;
    }
    return {};
}

} // namespace kfp
