#pragma once

#include "sandbox/Store.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kfp::sandbox {

// One node of the Argo workflow that a real KFP server would have created for a run
// (status.nodes of the workflow). Both dialects render runs from these: v1 as the
// workflow_manifest, v2 as run_details.task_details (one entry per node, as
// server/api_converter.go toModelTasks / toApiPipelineTaskDetail do).
struct ArgoNode
{
    QString id;          // node id; for a Pod, also the pod name
    QString name;        // "<workflow>.root.<task>"
    QString displayName; // the DAG task name, or the workflow name for the workflow's node
    QString type;        // "DAG" or "Pod"
    QString phase;       // Argo node phase: Pending, Running, Succeeded, Failed, ...
    QString message;
    QString boundaryId;
    qint64 startedMs = 0, finishedMs = 0;
    QStringList children;
};

class ArgoNodes final
{
public:
    // Whether the run's pipeline is an Argo workflow (KFP v1 SDK) rather than a v2 IR spec.
    static bool isV1Pipeline(const Store &store, const Run &run);
    // The workflow's name (metadata.name) for a run.
    static QString workflowName(const Run &run);
    // The nodes that exist so far, sorted by node id (as toModelTasks sorts them). A KFP v2
    // (IR) pipeline is compiled to a driver Pod and an executor DAG + Pod per task under a
    // `root` DAG (backend/src/v2/compiler/argocompiler); a v1 (Argo) pipeline has one Pod per
    // step under the workflow's DAG. A node exists once Argo has scheduled its step.
    static QList<ArgoNode> nodes(const Run &run, bool v1Pipeline);
    // The Argo phase of a run or task state (CANCELING: still Running).
    static QString phase(RunState state);
    // The v2 state the API server derives from an Argo phase (model.RuntimeState.ToV2).
    static RunState stateOfPhase(const QString &phase);
};

} // namespace kfp::sandbox
