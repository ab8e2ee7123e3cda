#pragma once

// Everything the run wizard (and kfpctl run create) collects, as plain data, and its conversion
// to the RunRequest / RecurringRunRequest that KfpClient sends. requestBody() gives the exact JSON
// the client will POST, built by the same dialect object, so the Review page shows the truth.

#include "api/ApiTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace kfp {

class ApiDialect;

struct RunDraft
{
    enum class Source
    {
        PipelineVersion, // pipelineId (+ pipelineVersionId)
        Package          // inline: pipelineSpec (v2) or workflowManifest (v1)
    };
    enum class Schedule
    {
        OneOff,
        Periodic,
        Cron
    };

    Source source = Source::PipelineVersion;
    QString pipelineId;
    QString pipelineVersionId;
    QString pipelineName; // for summaries only
    QString versionName;  // for summaries only
    QString packagePath;  // for summaries only
    QJsonObject pipelineSpec;
    QString workflowManifest;

    QString displayName;
    QString description;
    QString experimentId;
    QString experimentName; // for summaries only
    QString serviceAccount;
    QList<RunParameter> parameters;

    Schedule schedule = Schedule::OneOff;
    qint64 intervalSeconds = 3600;
    QString cron;
    QDateTime startTime; // invalid: none
    QDateTime endTime;   // invalid: none
    int maxConcurrency = 1;
    bool catchUp = true;
    bool enabled = true;

    bool isRecurring() const { return schedule != Schedule::OneOff; }
};

class RunRequestBuilder
{
public:
    static RunRequest runRequest(const RunDraft &draft);
    static RecurringRunRequest recurringRunRequest(const RunDraft &draft);
    // The body KfpClient::createRun / createRecurringRun will send with this dialect.
    static QByteArray requestBody(const RunDraft &draft, const ApiDialect &dialect);
    // The draft a clone starts from: everything of the original but its identity.
    static RunDraft fromRun(const Run &run);
    static RunDraft fromRecurringRun(const RecurringRun &recurringRun);
};

} // namespace kfp
