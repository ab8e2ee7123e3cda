#pragma once

// What a run list keeps of a run: the columns and what the actions need, nothing more. A full Run
// (parameters, state history, tasks, inline spec) costs kilobytes; 100,000 of them must not.
// The details pane reads the whole run with KfpClient::getRun().

#include "api/ApiTypes.h"

#include <QVariant>

namespace kfp {

struct RunSummary
{
    QString displayName;
    QString description;
    QString experimentId;
    QString namespaceName;
    QString pipelineId;
    QString pipelineVersionId;
    QString recurringRunId;
    QString errorMessage;
    QDateTime createdAt;
    QDateTime scheduledAt;
    QDateTime finishedAt;
    RunState state = RunState::Unspecified;
    StorageState storageState = StorageState::Unspecified;

    static RunSummary fromRun(const Run &run);
    // A Run with the id and the fields above (no parameters, history, tasks or spec).
    Run toRun(const QString &id) const;
    bool operator==(const RunSummary &other) const;
    bool operator!=(const RunSummary &other) const { return !(*this == other); }
    // Milliseconds from start (scheduled, else created) to finish, or to `now` while not final;
    // -1 when the run has not started.
    qint64 durationMs(const QDateTime &now) const;
    // The item roles of roles.h (IdRole, StateRole, ObjectRole, ...) of the run `id`; invalid for
    // the display roles, which depend on the model's columns.
    QVariant roleData(const QString &id, int role) const;
};

} // namespace kfp
