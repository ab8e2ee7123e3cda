#include "RunRequestBuilder.h"

#include "api/ApiDialect.h"

#include <QJsonDocument>

namespace kfp {

RunRequest RunRequestBuilder::runRequest(const RunDraft &draft)
{
    RunRequest r;
    r.displayName = draft.displayName;
    r.description = draft.description;
    r.experimentId = draft.experimentId;
    r.serviceAccount = draft.serviceAccount;
    r.parameters = draft.parameters;
    if (draft.source == RunDraft::Source::PipelineVersion) {
        r.pipelineId = draft.pipelineId;
        r.pipelineVersionId = draft.pipelineVersionId;
    } else {
        // A local file goes inline; the dialect sends the field its API version knows.
        r.pipelineSpec = draft.pipelineSpec;
        r.workflowManifest = draft.workflowManifest;
    }
    return r;
}

RecurringRunRequest RunRequestBuilder::recurringRunRequest(const RunDraft &draft)
{
    RecurringRunRequest r;
    r.run = runRequest(draft);
    r.trigger.kind =
        draft.schedule == RunDraft::Schedule::Cron ? Trigger::Kind::Cron : Trigger::Kind::Periodic;
    r.trigger.cron = draft.cron;
    r.trigger.intervalSeconds = draft.intervalSeconds;
    r.trigger.startTime = draft.startTime;
    r.trigger.endTime = draft.endTime;
    r.maxConcurrency = draft.maxConcurrency;
    r.noCatchup = !draft.catchUp;
    r.enabled = draft.enabled;
    return r;
}

QByteArray RunRequestBuilder::requestBody(const RunDraft &draft, const ApiDialect &dialect)
{
    const QByteArray body = draft.isRecurring()
                                ? dialect.createRecurringRun(recurringRunRequest(draft)).body
                                : dialect.createRun(runRequest(draft)).body;
    // Indented for reading; the same JSON the client sends compactly.
    return QJsonDocument::fromJson(body).toJson(QJsonDocument::Indented);
}

RunDraft RunRequestBuilder::fromRun(const Run &run)
{
    RunDraft d;
    d.description = run.description;
    d.experimentId = run.experimentId;
    d.serviceAccount = run.serviceAccount;
    d.parameters = run.parameters;
    d.pipelineId = run.pipelineId;
    d.pipelineVersionId = run.pipelineVersionId;
    // A run created from an inline spec has no version to point at: clone the spec itself.
    if (run.pipelineId.isEmpty() && run.pipelineVersionId.isEmpty() &&
        (!run.pipelineSpec.isEmpty() || !run.workflowManifest.isEmpty())) {
        d.source = RunDraft::Source::Package;
        d.pipelineSpec = run.pipelineSpec;
        d.workflowManifest = run.workflowManifest;
    }
    return d;
}

RunDraft RunRequestBuilder::fromRecurringRun(const RecurringRun &rr)
{
    Run asRun;
    asRun.description = rr.description;
    asRun.experimentId = rr.experimentId;
    asRun.serviceAccount = rr.serviceAccount;
    asRun.parameters = rr.parameters;
    asRun.pipelineId = rr.pipelineId;
    asRun.pipelineVersionId = rr.pipelineVersionId;
    asRun.pipelineSpec = rr.pipelineSpec;
    asRun.workflowManifest = rr.workflowManifest;
    RunDraft d = fromRun(asRun);
    d.schedule = rr.trigger.kind == Trigger::Kind::Cron ? RunDraft::Schedule::Cron
                                                        : RunDraft::Schedule::Periodic;
    d.cron = rr.trigger.cron;
    if (rr.trigger.intervalSeconds > 0)
        d.intervalSeconds = rr.trigger.intervalSeconds;
    d.startTime = rr.trigger.startTime;
    d.endTime = rr.trigger.endTime;
    d.maxConcurrency = int(qBound(qint64(1), rr.maxConcurrency, qint64(10)));
    d.catchUp = !rr.noCatchup;
    d.enabled = rr.enabled;
    return d;
}

} // namespace kfp
