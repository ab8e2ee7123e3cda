#pragma once

// Every custom item-data role of the models in one place, so views, delegates and tests agree.
//
// The tree/list models (PipelineTreeModel, ExperimentTreeModel, RunListModel, RecurringRunModel)
// mix three kinds of rows: items (a pipeline, a run, ...), group rows (the "Runs" and "Recurring
// runs" branches of an experiment) and status rows (a "Loading…" placeholder, or an error row with
// the translated ApiError::userMessage() whose retry is PagedTreeModel::retry(index)).
// NodeKindRole tells them apart; every role below is answered on column 0 and on every column.

#include <Qt>

namespace kfp {

enum Role
{
    IdRole = Qt::UserRole + 1, // QString: the resource's server id (empty on group/status rows)
    NameRole,                  // QString: display name (title)
    DescriptionRole,           // QString
    CreatedAtRole,             // QDateTime (UTC)
    NamespaceRole,             // QString: empty in single-user mode
    StateRole,                 // kfp::RunState as int (runs)
    ErrorMessageRole,          // QString: the item's own error (server could not load it), or, on
                               // an error row, the translated ApiError::userMessage()

    NodeKindRole,     // kfp::NodeKind as int
    ErrorRole,        // bool: this row is an error row (retry(index) re-fetches its branch)
    LoadingRole,      // bool: this row is a "Loading…" placeholder
    LoadStateRole,    // kfp::LoadState as int: the state of this row's children (branches only)
    ObjectRole,       // QVariant holding the item struct: Pipeline, PipelineVersion, Experiment,
                      // Run (list summary, see RunListModel::runAt) or RecurringRun
    ParentIdRole,     // QString: pipeline id of a version; experiment id of an experiment's run
    StorageStateRole, // kfp::StorageState as int (experiments, runs)
    FinishedAtRole,   // QDateTime (UTC), runs; invalid while running
    DurationRole,     // qint64 milliseconds, runs (live for running runs); -1 when unknown
    EnabledRole,      // bool, recurring runs
    ExperimentIdRole, // QString (runs, recurring runs)
    PipelineIdRole,   // QString (versions, runs, recurring runs)
    PipelineVersionIdRole, // QString (versions: own id; runs, recurring runs: the reference)
    RecurringRunIdRole,    // QString (runs started by a recurring run)
};

// What a row is. Status rows (Loading, Error) are never selectable items of the server.
enum class NodeKind
{
    Pipeline,
    PipelineVersion,
    Experiment,
    RunGroup,          // "Runs" under an experiment: children are its runs (lazily, paged)
    RecurringRunGroup, // "Recurring runs" under an experiment
    Run,
    RecurringRun,
    Loading, // placeholder while a page of the parent is being fetched
    Error,   // the parent's last fetch failed; Qt::DisplayRole is ApiError::userMessage()
};

// The state of a branch's children (the top level is the invisible root's branch).
enum class LoadState
{
    NotFetched, // nothing asked yet; canFetchMore() is true
    Fetching,   // a page is in flight; a Loading row is shown at the end of the branch
    Fetched,    // the last page arrived; canFetchMore() is true while a next_page_token remains
    Failed,     // the last fetch failed; an Error row is shown; canFetchMore() is false until retry
};

} // namespace kfp
