#pragma once

// The resources of the Kubeflow Pipelines API as the rest of the program sees them: one set of
// plain structs for both dialects (v2beta1 and v1beta1). The dialects translate the wire JSON
// into these; nothing outside core/api sees a dialect's field names.

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kfp {

enum class ApiVersion
{
    V2Beta1,
    V1Beta1
};

// v2 RuntimeState. v1 status strings (Argo phases) map onto it: Pending, Running, Succeeded,
// Skipped, Failed/Error, Terminating → Canceling. Terminal: Succeeded, Skipped, Failed, Canceled.
enum class RunState
{
    Unspecified,
    Pending,
    Running,
    Succeeded,
    Skipped,
    Failed,
    Canceling,
    Canceled,
    Paused
};
bool isFinal(RunState state);
QString runStateName(RunState state); // "SUCCEEDED" … (v2 wire names, stable, not translated)
RunState runStateFromName(const QString &name); // accepts v2 names and v1 status strings

enum class StorageState
{
    Unspecified,
    Available,
    Archived
};

// One entry of a state history (run or task).
struct StateChange
{
    QDateTime updateTime;
    RunState state = RunState::Unspecified;
    QString errorMessage;
};

// An input parameter declared by a pipeline (v1 Pipeline.parameters, or read from a v2 spec).
// v1 values are always strings; v2 defaults are typed JSON.
struct ParameterSpec
{
    QString name;
    QJsonValue defaultValue; // Undefined when there is none
};

struct Pipeline
{
    QString id;
    QString name;
    QString displayName; // v2; equal to name for v1
    QString description;
    QString namespaceName;
    QDateTime createdAt; // invalid when unset
    QMap<QString, QString> tags;
    QList<ParameterSpec> parameters; // v1 only
    QString defaultVersionId;        // v1 only
    QString errorMessage;            // set when the server could not load the item

    QString title() const { return displayName.isEmpty() ? name : displayName; }
};

struct PipelineVersion
{
    QString id;
    QString pipelineId;
    QString name;
    QString displayName;
    QString description;
    QDateTime createdAt;
    QString packageUrl;
    QString codeSourceUrl;
    QJsonObject
        pipelineSpec; // v2: the compiled spec (GET only); may wrap pipeline_spec + platform_spec
    QList<ParameterSpec> parameters; // v1
    QString templateText; // v1 GetPipelineVersion: the Argo workflow YAML (…/templates)
    QMap<QString, QString> tags;
    QString errorMessage;

    QString title() const { return displayName.isEmpty() ? name : displayName; }
};

struct Experiment
{
    QString id;
    QString displayName;
    QString description;
    QString namespaceName;
    QDateTime createdAt;
    QDateTime lastRunCreatedAt;
    StorageState storageState = StorageState::Unspecified;
    QString errorMessage;
};

struct TaskDetail
{
    QString taskId;
    QString runId;
    QString displayName;
    QString podName;
    QString parentTaskId;
    RunState state = RunState::Unspecified;
    QDateTime createTime;
    QDateTime startTime;
    QDateTime endTime;
    QString errorMessage;
    QStringList childTaskIds;
    QList<StateChange> stateHistory;
};

// A run parameter value. v2 sends typed JSON; v1 sends strings (lists and objects as JSON text).
struct RunParameter
{
    QString name;
    QJsonValue value;
};

struct Run
{
    QString id;
    QString displayName;
    QString description;
    QString experimentId;
    QString namespaceName;
    QString pipelineId;
    QString pipelineVersionId;
    QString recurringRunId;
    QString serviceAccount;
    StorageState storageState = StorageState::Unspecified;
    RunState state = RunState::Unspecified;
    QString rawState; // as the server wrote it ("SUCCEEDED", "Succeeded", "Error", "")
    QDateTime createdAt;
    QDateTime scheduledAt;
    QDateTime finishedAt; // invalid while running (the wire's 1970 epoch means unset)
    QList<RunParameter> parameters;
    QString pipelineRoot;
    QString errorMessage;
    QList<StateChange> stateHistory;
    QList<TaskDetail> tasks;  // v2 run_details.task_details; v1 from the Argo workflow status
    QJsonObject pipelineSpec; // v2 inline spec, when the run was created from one
    QString workflowManifest; // v1 inline Argo workflow (JSON or YAML text)
};

struct Trigger
{
    enum class Kind
    {
        None,
        Cron,
        Periodic
    };
    Kind kind = Kind::None;
    QString cron;               // KFP's 6-field syntax, seconds first
    qint64 intervalSeconds = 0; // periodic
    QDateTime startTime;
    QDateTime endTime;
};

struct RecurringRun
{
    QString id;
    QString displayName;
    QString description;
    QString experimentId;
    QString namespaceName;
    QString pipelineId;
    QString pipelineVersionId;
    QString serviceAccount;
    Trigger trigger;
    qint64 maxConcurrency = 1;
    bool noCatchup = false;
    bool enabled = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<RunParameter> parameters;
    QString pipelineRoot;
    QString rawStatus;
    QString errorMessage;
    QJsonObject pipelineSpec;
    QString workflowManifest;
};

// GET …/healthz, from the API server ({commit_sha, tag_name, multi_user}) or from the UI server
// behind /pipeline ({apiServerCommitHash, apiServerTagName, multi_user, …}).
struct HealthInfo
{
    ApiVersion apiVersion = ApiVersion::V2Beta1; // the dialect that answered
    bool multiUser = false;
    QString commitSha;
    QString tagName;
    QString pipelineStore;
    bool viaUiServer = false;
};

// What createRun() sends. Either a pipeline version reference (pipelineId, optional
// pipelineVersionId) or an inline spec (pipelineSpec for v2, workflowManifest for v1).
struct RunRequest
{
    QString displayName;
    QString description;
    QString experimentId;
    QString pipelineId;
    QString pipelineVersionId;
    QJsonObject pipelineSpec;
    QString workflowManifest;
    QList<RunParameter> parameters;
    QString pipelineRoot;
    QString serviceAccount;
};

struct RecurringRunRequest
{
    RunRequest run;
    Trigger trigger;
    qint64 maxConcurrency = 1; // 1 to 10
    bool noCatchup = false;
    bool enabled = true;
};

// Multipart upload of a pipeline package. The file is streamed from disk.
struct PipelineUpload
{
    QString filePath;
    QString name;        // empty: the server takes the file name
    QString displayName; // v2 only (2.14+)
    QString description;
    QString namespaceName;
};

struct PipelineVersionUpload
{
    QString filePath;
    QString pipelineId;
    QString name;
    QString displayName; // v2 only
    QString description;
};

} // namespace kfp
