#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace kfp::sandbox {

// v2 RuntimeState numbering (run.proto); v1 status strings are derived from it.
enum class RunState
{
    Unspecified = 0,
    Pending = 1,
    Running = 2,
    Succeeded = 3,
    Skipped = 4,
    Failed = 5,
    Canceling = 6,
    Canceled = 7,
    Paused = 8
};
QString runStateName(RunState s);               // "SUCCEEDED"
QString runStatusV1(RunState s);                // "Succeeded" (model.RuntimeState.ToV1)
RunState runStateFromName(const QString &name); // accepts both spellings
bool isTerminal(RunState s);

struct StateEvent
{
    qint64 timeMs = 0;
    RunState state = RunState::Pending;
};

struct Pipeline
{
    QString id, name, displayName, description, ns;
    qint64 createdAt = 0;
    QString defaultVersionId; // v1 default_version (the latest upload unless changed)
    QJsonObject tags;
};

struct PipelineVersion
{
    QString id, pipelineId, name, displayName, description;
    qint64 createdAt = 0;
    QString packageUrl, codeSourceUrl;
    QByteArray yaml;      // the template as uploaded (v1 /templates)
    QJsonObject spec;     // first YAML doc as JSON (IR or Argo workflow)
    QJsonObject platform; // second YAML doc (platform spec), may be empty
    QJsonObject tags;
    bool isArgo = false;
    QJsonArray v1Params; // [{name,value}]
};

struct Experiment
{
    QString id, name, description, ns;
    qint64 createdAt = 0;
    qint64 lastRunCreatedAt = 0;
    bool archived = false;
    // Neither AVAILABLE nor ARCHIVED: v2 answers STORAGE_STATE_UNSPECIFIED (the enum's zero value
    // in backend/api/v2beta1/experiment.proto), e.g. for rows older than the storage state.
    bool storageUnspecified = false;
};

struct Task
{
    QString id, name, displayName, podName;
    QString message; // the Argo message of the task's pod ("Error (exit code 1)", ...)
    QStringList deps;
    qint64 durationMs = 0;
    RunState state = RunState::Pending;
    qint64 createMs = 0, startMs = 0, endMs = 0;
    int attempts = 0;
    QList<StateEvent> history;
};

// Where a run or recurring run takes its pipeline from (the `pipeline_source` oneof).
struct PipelineSource
{
    QString pipelineId, pipelineVersionId;
    QJsonObject inlineSpec;   // v2 inline pipeline_spec (Struct)
    QString workflowManifest; // v1 inline Argo workflow (JSON or YAML string)
};

struct Run
{
    QString id, name, description, experimentId, ns, recurringRunId, serviceAccount, pipelineRoot;
    PipelineSource source;
    QJsonObject params; // runtime_config.parameters (v1 parameters become strings)
    qint64 createdAt = 0, scheduledAt = 0, finishedAt = 0;
    RunState state = RunState::Pending;
    bool archived = false;
    QList<Task> tasks;
    QList<StateEvent> history;
    // simulation bookkeeping
    qint64 phaseUntilMs = 0; // end of the current PENDING / CANCELING phase
    int retries = 0;
};

struct RecurringRun
{
    QString id, name, description, experimentId, ns, serviceAccount, pipelineRoot;
    PipelineSource source;
    QJsonObject params;
    qint64 maxConcurrency = 1;
    bool cron = false;
    QString cronExpr;
    qint64 intervalSecs = 0;
    qint64 startTime = 0, endTime = 0;
    qint64 createdAt = 0, updatedAt = 0;
    bool enabled = true;
    bool noCatchup = false;
    qint64 nextFireMs = 0; // not persisted
};

// All sandbox state. Plain containers; the API layers and the simulator mutate them and call
// touch() so the server can persist (debounced).
class Store final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Store)

public:
    explicit Store(QObject *parent = nullptr);

    QHash<QString, Pipeline> pipelines;
    QHash<QString, PipelineVersion> versions;
    QHash<QString, Experiment> experiments;
    QHash<QString, Run> runs;
    QHash<QString, RecurringRun> recurringRuns;

    void touch() { emit changed(); }

    const Pipeline *pipelineByName(const QString &name, const QString &ns) const;
    QList<const PipelineVersion *> versionsOf(const QString &pipelineId) const;
    const PipelineVersion *latestVersion(const QString &pipelineId) const;
    // The server's default experiment (single-user: "Default" without a namespace).
    bool isDefaultExperiment(const QString &id) const;
    const Experiment *experimentByName(const QString &name, const QString &ns) const;
    // Finds or creates the experiment "Default" of a namespace (KFP's default experiment).
    QString defaultExperimentId(const QString &ns);

    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &o);

signals:
    void changed();
};

} // namespace kfp::sandbox
