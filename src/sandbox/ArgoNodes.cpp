#include "sandbox/ArgoNodes.h"

#include "sandbox/PipelineSpec.h"

#include <algorithm>

namespace kfp::sandbox {

namespace {

QString nodeId(const QString &workflow, const QString &nodeName)
{
    return QStringLiteral("%1-%2").arg(workflow).arg(qHash(nodeName, 13) % 10000000000ULL);
}

ArgoNode node(const QString &workflow, const QString &name, const QString &display,
              const char *type, const QString &phase, qint64 startMs, qint64 endMs)
{
    ArgoNode n;
    n.id = nodeId(workflow, name);
    n.name = name;
    n.displayName = display;
    n.type = QLatin1String(type);
    n.phase = phase;
    n.boundaryId = workflow;
    n.startedMs = startMs;
    n.finishedMs = endMs;
    return n;
}

bool scheduled(const Task &t)
{
    return t.startMs > 0; // Argo creates a node only once the step is scheduled
}

} // namespace

bool ArgoNodes::isV1Pipeline(const Store &store, const Run &run)
{
    if (!run.source.workflowManifest.isEmpty())
        return true;
    if (!run.source.inlineSpec.isEmpty())
        return PipelineSpec::isArgo(PipelineSpec::unwrap(run.source.inlineSpec));
    QString versionId = run.source.pipelineVersionId;
    if (versionId.isEmpty())
        if (const PipelineVersion *latest = store.latestVersion(run.source.pipelineId))
            versionId = latest->id;
    return store.versions.value(versionId).isArgo;
}

QString ArgoNodes::workflowName(const Run &run)
{
    return run.id.left(8);
}

QString ArgoNodes::phase(RunState s)
{
    switch (s) {
    case RunState::Pending:
        return QStringLiteral("Pending");
    case RunState::Running:
    case RunState::Canceling:
        return QStringLiteral("Running");
    case RunState::Succeeded:
        return QStringLiteral("Succeeded");
    case RunState::Skipped:
        return QStringLiteral("Skipped");
    case RunState::Canceled:
    case RunState::Failed:
        return QStringLiteral("Failed");
    default:
        return QStringLiteral("Pending");
    }
}

RunState ArgoNodes::stateOfPhase(const QString &phase)
{
    // model.RuntimeState(phase).ToV2(): Error counts as FAILED; Omitted is unknown.
    if (phase == QLatin1String("Pending"))
        return RunState::Pending;
    if (phase == QLatin1String("Running"))
        return RunState::Running;
    if (phase == QLatin1String("Succeeded"))
        return RunState::Succeeded;
    if (phase == QLatin1String("Skipped"))
        return RunState::Skipped;
    if (phase == QLatin1String("Failed") || phase == QLatin1String("Error"))
        return RunState::Failed;
    return RunState::Unspecified;
}

QList<ArgoNode> ArgoNodes::nodes(const Run &run, bool v1Pipeline)
{
    QList<ArgoNode> out;
    if (run.state == RunState::Pending && run.history.size() <= 1)
        return out; // the workflow has not started: no nodes yet
    const QString wf = workflowName(run);
    const qint64 runStart =
        run.history.size() > 1 ? run.history.at(1).timeMs : run.createdAt * 1000;
    const qint64 runEnd = run.finishedAt * 1000;
    ArgoNode workflow = node(wf, wf, wf, "DAG", phase(run.state), runStart, runEnd);
    workflow.id = wf;
    // The node a task's dependents hang under (Argo: the task's outbound node).
    QHash<QString, QString> outbound;
    QHash<QString, QString> entry; // the first node of a task (what its parent lists)
    QList<ArgoNode> taskNodes;
    const QString prefix = v1Pipeline ? wf + QLatin1Char('.') : wf + QStringLiteral(".root.");
    for (const Task &t : run.tasks) {
        if (!scheduled(t))
            continue;
        const QString taskPhase = phase(t.state);
        if (v1Pipeline) {
            ArgoNode pod = node(wf, prefix + t.name, t.name, "Pod", taskPhase, t.startMs, t.endMs);
            pod.id = t.podName;
            pod.message = t.message;
            entry.insert(t.name, pod.id);
            outbound.insert(t.name, pod.id);
            taskNodes.append(pod);
            continue;
        }
        // driver Pod → executor DAG ("system-container-executor") → executor Pod.
        ArgoNode driver = node(wf, prefix + t.name + QStringLiteral("-driver"),
                               t.name + QStringLiteral("-driver"), "Pod",
                               QStringLiteral("Succeeded"), t.startMs, t.startMs);
        ArgoNode executor = node(wf, prefix + t.name, t.name, "DAG", taskPhase, t.startMs, t.endMs);
        ArgoNode pod = node(wf, prefix + t.name + QStringLiteral(".executor"),
                            QStringLiteral("executor"), "Pod", taskPhase, t.startMs, t.endMs);
        pod.id = t.podName;
        pod.message = t.message;
        driver.children = {executor.id};
        executor.children = {pod.id};
        entry.insert(t.name, driver.id);
        outbound.insert(t.name, pod.id);
        taskNodes << driver << executor << pod;
    }
    // Children: a DAG lists its tasks without dependencies, a task's outbound node its dependents.
    QStringList firstLevel;
    for (const Task &t : run.tasks) {
        if (!entry.contains(t.name))
            continue;
        bool hasScheduledDep = false;
        for (const QString &dep : t.deps) {
            if (!outbound.contains(dep))
                continue;
            hasScheduledDep = true;
            for (ArgoNode &n : taskNodes)
                if (n.id == outbound.value(dep) && !n.children.contains(entry.value(t.name)))
                    n.children.append(entry.value(t.name));
        }
        if (!hasScheduledDep)
            firstLevel.append(entry.value(t.name));
    }
    if (v1Pipeline) {
        workflow.children = firstLevel;
        out.append(workflow);
    } else {
        const RunState rootState = run.state;
        ArgoNode rootDriver =
            node(wf, wf + QStringLiteral(".root-driver"), QStringLiteral("root-driver"), "Pod",
                 QStringLiteral("Succeeded"), runStart, runStart);
        ArgoNode root = node(wf, wf + QStringLiteral(".root"), QStringLiteral("root"), "DAG",
                             phase(rootState), runStart, runEnd);
        root.children = firstLevel;
        rootDriver.children = {root.id};
        workflow.children = {rootDriver.id};
        out << workflow << rootDriver << root;
    }
    out.append(taskNodes);
    std::sort(out.begin(), out.end(),
              [](const ArgoNode &a, const ArgoNode &b) { return a.id < b.id; });
    return out;
}

} // namespace kfp::sandbox
