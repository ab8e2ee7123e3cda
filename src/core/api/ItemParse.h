#pragma once

// What the two dialects' parsers share: the fields an item has in both, read once with the key
// names of the dialect (a table per dialect). Each dialect then reads what only it has (v1:
// resource_references, pipeline_spec.parameters, the Argo workflow; v2: tags, task details).
// Pure functions, safe on any thread.

#include "ApiTypes.h"

#include <QJsonObject>

namespace kfp::wire {

// The JSON key names that differ between the dialects for the same field.
struct ItemKeys
{
    const char *pipelineId;       // a Pipeline's id
    const char *versionId;        // a PipelineVersion's id
    const char *experimentId;     // an Experiment's id
    const char *runId;            // a Run's id
    const char *recurringRunId;   // a RecurringRun's (v1: Job's) id
    const char *displayName;      // the display name (v1 has only `name`)
    const char *runState;         // a Run's state
    const char *versionList;      // the list key of ListPipelineVersions
    const char *recurringRunList; // the list key of ListRecurringRuns (v1: ListJobs)
    // Another spelling of recurringRunList that some servers write; nullptr: none.
    const char *recurringRunListAlt;
};

extern const ItemKeys v1Keys;
extern const ItemKeys v2Keys;

QString str(const QJsonObject &o, const char *key);

// id, name, display name, description, created_at, error.
Pipeline readPipeline(const QJsonObject &o, const ItemKeys &keys);
// id, name, display name, description, created_at, package_url, code_source_url, error.
PipelineVersion readPipelineVersion(const QJsonObject &o, const ItemKeys &keys);
// id, display name, description, created_at, error.
Experiment readExperiment(const QJsonObject &o, const ItemKeys &keys);
// id, display name, description, service account, error, state and the three times.
Run readRun(const QJsonObject &o, const ItemKeys &keys);
// id, display name, description, service account, error, trigger, max_concurrency, no_catchup,
// created_at, updated_at and the raw status.
RecurringRun readRecurringRun(const QJsonObject &o, const ItemKeys &keys);
// {cron_schedule | periodic_schedule}, each with start_time and end_time.
Trigger readTrigger(const QJsonObject &o);

} // namespace kfp::wire
