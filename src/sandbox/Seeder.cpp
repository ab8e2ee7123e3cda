#include "sandbox/Seeder.h"

#include "sandbox/JsonUtil.h"
#include "sandbox/PipelineSpec.h"
#include "sandbox/PipelineUpload.h"
#include "sandbox/RunSimulator.h"

#include <QFile>

namespace kfp::sandbox {
namespace {

QByteArray demoFile(const char *name)
{
    QFile f(QStringLiteral(":/sandbox/demo/%1").arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString addExperiment(Store &store, const QString &name, const QString &description,
                      const QString &ns, qint64 createdAt)
{
    if (const Experiment *e = store.experimentByName(name, ns))
        return e->id;
    Experiment e;
    e.id = newId();
    e.name = name;
    e.description = description;
    e.ns = ns;
    e.createdAt = createdAt;
    store.experiments.insert(e.id, e);
    return e.id;
}

// A run that already finished in `state`, with its tasks run in dependency order.
void addFinishedRun(Store &store, const QString &name, const QString &experimentId,
                    const QString &versionId, RunState state, qint64 startSecs,
                    const QJsonObject &params = {})
{
    const PipelineVersion &v = store.versions[versionId];
    Run r;
    r.id = newId();
    r.name = name;
    r.experimentId = experimentId;
    r.ns = store.experiments.value(experimentId).ns;
    r.source = {v.pipelineId, v.id, {}, {}};
    r.params = params;
    r.createdAt = r.scheduledAt = startSecs;
    r.tasks = PipelineSpec::tasks(v.spec, r.id);
    qint64 t = startSecs * 1000 + 1000;
    r.history = {{startSecs * 1000, RunState::Pending}, {t, RunState::Running}};
    for (int i = 0; i < r.tasks.size(); ++i) {
        Task &task = r.tasks[i];
        task.createMs = startSecs * 1000;
        task.startMs = t;
        task.endMs = t + task.durationMs;
        task.attempts = 1;
        const bool last = i == r.tasks.size() - 1;
        task.state = (last && state != RunState::Succeeded) ? state : RunState::Succeeded;
        task.history = {{task.createMs, RunState::Pending},
                        {task.startMs, RunState::Running},
                        {task.endMs, task.state}};
        if (task.state == RunState::Failed)
            task.message = QStringLiteral("Error (exit code 1)");
        t = task.endMs;
    }
    r.state = state;
    r.finishedAt = t / 1000;
    r.history.append({t, state});
    store.experiments[experimentId].lastRunCreatedAt =
        std::max(store.experiments[experimentId].lastRunCreatedAt, startSecs);
    store.runs.insert(r.id, r);
}

} // namespace

void Seeder::seedDemo(Store &store, RunSimulator &simulator, bool multiUser)
{
    const QString ns = multiUser ? QString::fromLatin1(DefaultNamespace) : QString();
    const qint64 now = nowSecs();
    struct Demo
    {
        const char *name, *description, *file;
        int versions;
    };
    const Demo demos[] = {
        {"[Tutorial] Data passing in python components",
         "Shows how to pass data between Python components.",
         "v2_lightweight_python_functions_pipeline.yaml", 2},
        {"xgboost-training", "An XGBoost training pipeline on Dataproc (KFP v1 / Argo).",
         "v1_argo_workflow_template_xgboost.yaml", 2},
        {"파이프라인 인자 예제", "Pipeline arguments example (Korean name).",
         "v2_arguments_parameters.yaml", 1},
        {"nested-pipeline-optional-inputs", "Nested pipelines with optional inputs.",
         "v2_nested_pipeline_opt_inputs_parent_level_compiled.yaml", 1},
        {"kubernetes-optional-inputs", "A pipeline with a Kubernetes platform spec.",
         "v2_missing_kubernetes_optional_inputs_with_platform_spec.yaml", 1},
    };
    QStringList latest;
    for (const Demo &d : demos) {
        if (store.pipelineByName(QString::fromUtf8(d.name), {}))
            continue;
        QString pid, vid;
        if (PipelineUpload::addPipeline(store, QString::fromUtf8(d.name), {},
                                        QString::fromUtf8(d.description), {}, &pid)
                .isError())
            continue;
        store.pipelines[pid].createdAt = now - 86400 * 7;
        for (int i = 1; i <= d.versions; ++i) {
            const QString vname =
                d.versions == 1 ? QString::fromUtf8(d.name)
                                : QStringLiteral("%1 v%2").arg(QString::fromUtf8(d.name)).arg(i);
            if (PipelineUpload::addVersion(store, pid, vname, {}, {}, demoFile(d.file), &vid)
                    .isError())
                continue;
            store.versions[vid].createdAt = now - 86400 * (7 - i);
        }
        latest.append(vid);
    }
    if (latest.size() < 3)
        return;
    const QString def = addExperiment(store, "Default",
                                      "All runs created without specifying an "
                                      "experiment will be grouped here.",
                                      ns, now - 86400 * 7);
    const QString tut =
        addExperiment(store, "Tutorials", "Runs of the tutorial pipelines.", ns, now - 86400 * 6);
    const QString xgb =
        addExperiment(store, "xgboost experiments", "Training sweeps.", ns, now - 86400 * 5);
    addFinishedRun(store, "data passing - first try", tut, latest[0], RunState::Succeeded,
                   now - 86400 * 3);
    addFinishedRun(store, "data passing - bad input", tut, latest[0], RunState::Failed,
                   now - 86400 * 2, {{"sandbox_fail_task", "*"}});
    addFinishedRun(store, "xgboost nightly", xgb, latest[1], RunState::Succeeded, now - 86400);
    addFinishedRun(store, "xgboost sweep (stopped)", xgb, latest[1], RunState::Failed, now - 7200);
    addFinishedRun(store, "인자 예제 실행", def, latest[2], RunState::Succeeded, now - 3600);
    // One live run that the simulator drives.
    Run live;
    live.name = QStringLiteral("data passing - live");
    live.experimentId = tut;
    live.ns = ns;
    live.source = {store.versions[latest[0]].pipelineId, latest[0], {}, {}};
    QString id;
    simulator.start(live, &id);
    RecurringRun rr;
    rr.id = newId();
    rr.name = QStringLiteral("hourly xgboost");
    rr.description = QStringLiteral("Retrains every hour.");
    rr.experimentId = xgb;
    rr.ns = ns;
    rr.source = {store.versions[latest[1]].pipelineId, latest[1], {}, {}};
    rr.maxConcurrency = 1;
    rr.intervalSecs = 3600;
    rr.createdAt = rr.updatedAt = now - 86400;
    rr.enabled = true;
    store.recurringRuns.insert(rr.id, rr);
    simulator.resume();
    store.touch();
}

void Seeder::seedPipelines(Store &store, int count)
{
    const QByteArray yaml = demoFile("v2_arguments_parameters.yaml");
    const qint64 now = nowSecs();
    const int start = store.pipelines.size();
    for (int i = 0; i < count; ++i) {
        QString pid, vid;
        const QString name =
            QStringLiteral("bulk-pipeline-%1").arg(start + i, 6, 10, QLatin1Char('0'));
        if (PipelineUpload::addPipeline(store, name, {}, {}, {}, &pid).isError())
            continue;
        store.pipelines[pid].createdAt = now - count + i;
        if (!PipelineUpload::addVersion(store, pid, name, {}, {}, yaml, &vid).isError())
            store.versions[vid].createdAt = now - count + i;
    }
    store.touch();
}

void Seeder::seedRuns(Store &store, int count, bool multiUser, bool running)
{
    const QString ns = multiUser ? QString::fromLatin1(DefaultNamespace) : QString();
    const qint64 now = nowSecs();
    QStringList experiments;
    for (int i = 0; i < 5; ++i)
        experiments.append(addExperiment(store, QStringLiteral("bulk-experiment-%1").arg(i), {}, ns,
                                         now - 86400 * 30));
    QString pid, vid;
    for (const PipelineVersion &v : std::as_const(store.versions)) {
        pid = v.pipelineId;
        vid = v.id;
        break;
    }
    // Test data for state filters: CANCELED included, though an Argo-backed server never reports
    // it (docs/sandbox-fidelity.md, known differences).
    static const RunState states[] = {RunState::Succeeded, RunState::Succeeded, RunState::Failed,
                                      RunState::Succeeded, RunState::Canceled};
    store.runs.reserve(store.runs.size() + count);
    const int base = store.runs.size();
    for (int i = 0; i < count; ++i) {
        Run r;
        r.id = newId();
        r.name = QStringLiteral("bulk-run-%1").arg(base + i, 6, 10, QLatin1Char('0'));
        r.experimentId = experiments[i % experiments.size()];
        r.ns = ns;
        r.source.pipelineId = pid;
        r.source.pipelineVersionId = vid;
        r.createdAt = r.scheduledAt = now - (count - i) * 30LL;
        r.finishedAt = running ? 0 : r.createdAt + 20;
        r.state = running ? RunState::Running : states[i % 5];
        store.runs.insert(r.id, r);
    }
    for (const QString &e : experiments)
        store.experiments[e].lastRunCreatedAt = now - 30;
    store.touch();
}

} // namespace kfp::sandbox
