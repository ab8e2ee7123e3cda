#pragma once

// What a run's task list says, read from what the server really returns. A KFP 2.x server's
// run_details.task_details is one flat entry per Argo node (the workflow, `root`, per task a
// driver, an executor DAG and its pod), with no parent_task_id and children named by Argo node
// id only; v1 gives the Argo workflow's nodes. The run's own `error` is set only when the server
// could not convert the run, so why a run failed is read from its failed tasks (docs/wire.md).

#include "api/ApiTypes.h"

namespace kfp::RunTasks {

struct Progress
{
    int done = 0;  // entries in a final state (SKIPPED counts: a skipped branch never runs)
    int total = 0; // every entry the server listed
};
Progress progress(const Run &run);

// The failed tasks of a failed run, one line each ("name: message" when the server gave a
// message, as Argo does for a failed pod). The enclosing nodes (the workflow, KFP v2's `root`
// DAG) and KFP v2's generic "executor" pods are left out: the task's own entry names it.
// Empty when nothing failed.
QStringList failedTasks(const Run &run);

// Why the run failed, for the details pane and `kfpctl runs get`: the run's error when the
// server set one, else the failed tasks; empty for a run that did not fail.
QString failureReason(const Run &run);

} // namespace kfp::RunTasks
