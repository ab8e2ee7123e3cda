#include "ItemParse.h"

#include "ApiDialect.h"
#include "WireJson.h"

namespace kfp::wire {

const ItemKeys v1Keys = {
    "id",       // pipelineId
    "id",       // versionId
    "id",       // experimentId
    "id",       // runId
    "id",       // recurringRunId
    "name",     // displayName
    "status",   // runState
    "versions", // versionList
    "jobs",     // recurringRunList
    nullptr,    // recurringRunListAlt
};
// The recurring-run list key is camelCase "recurringRuns" (as spelled in the proto), unlike every
// other key; "recurring_runs" is accepted too.
const ItemKeys v2Keys = {
    "pipeline_id",         // pipelineId
    "pipeline_version_id", // versionId
    "experiment_id",       // experimentId
    "run_id",              // runId
    "recurring_run_id",    // recurringRunId
    "display_name",        // displayName
    "state",               // runState
    "pipeline_versions",   // versionList
    "recurringRuns",       // recurringRunList
    "recurring_runs",      // recurringRunListAlt
};

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

Pipeline readPipeline(const QJsonObject &o, const ItemKeys &keys)
{
    Pipeline p;
    p.id = str(o, keys.pipelineId);
    p.name = str(o, "name");
    p.displayName = str(o, keys.displayName);
    p.description = str(o, "description");
    p.createdAt = readTime(o.value(QLatin1String("created_at")));
    p.errorMessage = readItemError(o.value(QLatin1String("error")));
    return p;
}

PipelineVersion readPipelineVersion(const QJsonObject &o, const ItemKeys &keys)
{
    PipelineVersion v;
    v.id = str(o, keys.versionId);
    v.name = str(o, "name");
    v.displayName = str(o, keys.displayName);
    v.description = str(o, "description");
    v.createdAt = readTime(o.value(QLatin1String("created_at")));
    v.packageUrl = str(o.value(QLatin1String("package_url")).toObject(), "pipeline_url");
    v.codeSourceUrl = str(o, "code_source_url");
    v.errorMessage = readItemError(o.value(QLatin1String("error")));
    return v;
}

Experiment readExperiment(const QJsonObject &o, const ItemKeys &keys)
{
    Experiment e;
    e.id = str(o, keys.experimentId);
    e.displayName = str(o, keys.displayName);
    e.description = str(o, "description");
    e.createdAt = readTime(o.value(QLatin1String("created_at")));
    e.errorMessage = readItemError(o.value(QLatin1String("error")));
    return e;
}

namespace {

// The fields a Run and a RecurringRun (v1: Job) share in both dialects.
template<class T> void readRunBasics(const QJsonObject &o, const ItemKeys &keys, T *item)
{
    item->displayName = str(o, keys.displayName);
    item->description = str(o, "description");
    item->serviceAccount = str(o, "service_account");
    item->errorMessage = readItemError(o.value(QLatin1String("error")));
}

} // namespace

Run readRun(const QJsonObject &o, const ItemKeys &keys)
{
    Run r;
    r.id = str(o, keys.runId);
    readRunBasics(o, keys, &r);
    r.rawState = str(o, keys.runState);
    r.state = runStateFromName(r.rawState);
    // v2's toApiRun always writes the three times; the epoch means "not yet".
    r.createdAt = readTime(o.value(QLatin1String("created_at")));
    r.scheduledAt = readTime(o.value(QLatin1String("scheduled_at")));
    r.finishedAt = readTime(o.value(QLatin1String("finished_at")));
    return r;
}

RecurringRun readRecurringRun(const QJsonObject &o, const ItemKeys &keys)
{
    RecurringRun r;
    r.id = str(o, keys.recurringRunId);
    readRunBasics(o, keys, &r);
    r.trigger = readTrigger(o.value(QLatin1String("trigger")).toObject());
    r.maxConcurrency = readInt64(o.value(QLatin1String("max_concurrency")), 1);
    r.noCatchup = o.value(QLatin1String("no_catchup")).toBool();
    r.createdAt = readTime(o.value(QLatin1String("created_at")));
    r.updatedAt = readTime(o.value(QLatin1String("updated_at")));
    r.rawStatus = str(o, "status");
    return r;
}

Trigger readTrigger(const QJsonObject &o)
{
    Trigger t;
    const QJsonObject cron = o.value(QLatin1String("cron_schedule")).toObject();
    const QJsonObject periodic = o.value(QLatin1String("periodic_schedule")).toObject();
    const QJsonObject &schedule = cron.isEmpty() ? periodic : cron;
    if (!cron.isEmpty()) {
        t.kind = Trigger::Kind::Cron;
        t.cron = str(cron, "cron");
    } else if (!periodic.isEmpty()) {
        t.kind = Trigger::Kind::Periodic;
        t.intervalSeconds = readInt64(periodic.value(QLatin1String("interval_second")));
    }
    t.startTime = readTime(schedule.value(QLatin1String("start_time")));
    t.endTime = readTime(schedule.value(QLatin1String("end_time")));
    return t;
}

} // namespace kfp::wire

namespace kfp {

Page<Pipeline> ApiDialect::parsePipelines(const QJsonObject &json) const
{
    return parsePage<Pipeline>(json, QStringLiteral("pipelines"),
                               [this](const QJsonObject &o) { return parsePipeline(o); });
}

Page<PipelineVersion> ApiDialect::parsePipelineVersions(const QJsonObject &json) const
{
    return parsePage<PipelineVersion>(
        json, QLatin1String(itemKeys().versionList),
        [this](const QJsonObject &o) { return parsePipelineVersion(o); });
}

Page<Experiment> ApiDialect::parseExperiments(const QJsonObject &json) const
{
    return parsePage<Experiment>(json, QStringLiteral("experiments"),
                                 [this](const QJsonObject &o) { return parseExperiment(o); });
}

Page<Run> ApiDialect::parseRuns(const QJsonObject &json) const
{
    return parsePage<Run>(json, QStringLiteral("runs"),
                          [this](const QJsonObject &o) { return parseRun(o); });
}

Page<RecurringRun> ApiDialect::parseRecurringRuns(const QJsonObject &json) const
{
    const wire::ItemKeys &keys = itemKeys();
    QString key = QLatin1String(keys.recurringRunList);
    if (keys.recurringRunListAlt && !json.contains(key) &&
        json.contains(QLatin1String(keys.recurringRunListAlt)))
        key = QLatin1String(keys.recurringRunListAlt);
    return parsePage<RecurringRun>(json, key,
                                   [this](const QJsonObject &o) { return parseRecurringRun(o); });
}

} // namespace kfp
