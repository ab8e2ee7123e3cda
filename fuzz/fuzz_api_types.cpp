// JSON → types, for every resource of both dialects: a reply body goes through the same
// parseObject() the client uses, then through every parser of v2beta1 and v1beta1 (a body meant
// for one parser must not break another: a proxy or an older server can answer anything).
// v1's RunDetail carries the Argo workflow as a JSON string (pipeline_runtime.workflow_manifest),
// parsed a second time into tasks; the seeds include one.

#include "FuzzInput.h"

#include "api/ApiDialect.h"
#include "api/ApiTypes.h"
#include "api/WireJson.h"

#include <cstdlib>

using namespace kfp;

namespace {

void exerciseRun(const Run &run)
{
    // What the views do with a parsed run: its state name and final-ness.
    (void)runStateName(run.state);
    (void)isFinal(run.state);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::FuzzInput in(data, size);
    QJsonObject json;
    QString why;
    if (!wire::parseObject(in.rest(), &json, &why)) {
        if (why.isEmpty())
            std::abort(); // a failed parse must say why (it becomes the error's details)
        return 0;
    }
    for (const ApiVersion version : {ApiVersion::V2Beta1, ApiVersion::V1Beta1}) {
        const ApiDialect &d = ApiDialect::of(version);
        (void)d.parseHealthz(json);
        (void)d.parsePipeline(json);
        (void)d.parsePipelines(json);
        (void)d.parsePipelineVersion(json);
        (void)d.parsePipelineVersions(json);
        (void)d.parseExperiment(json);
        (void)d.parseExperiments(json);
        exerciseRun(d.parseRun(json));
        for (const Run &run : d.parseRuns(json).items)
            exerciseRun(run);
        (void)d.parseRecurringRun(json);
        (void)d.parseRecurringRuns(json);
    }
    return 0;
}
