// KfpClient: calls made of several requests. Each returns a composite job that drives its steps
// (one at a time, as its "current step") and ends through finishWith(), so it too emits
// finished() exactly once, including when aborted mid-way (the step is aborted with it).

#include "KfpClient.h"

#include "KfpClientJobs.h"
#include "net/Logging.h"

#include <QTimer>

namespace kfp {

namespace {

// Errors worth another poll rather than giving up on a run being watched.
bool isTransient(const ApiError &error)
{
    using Kind = ApiError::Kind;
    return error.kind() == Kind::Network || error.kind() == Kind::Timeout ||
           error.kind() == Kind::ServerError;
}

// healthz on v2beta1 failed in a way that a 1.8 server (no v2 routes) would produce.
bool worthTryingV1(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind()) {
    case Kind::NotFound:
    case Kind::InvalidResponse: // e.g. a 1.8 UI server answering its index.html
    case Kind::ClientError:
    case Kind::InvalidArgument:
    case Kind::ServerError:
        return true;
    default: // network, timeout, auth: v1 would fail the same way
        return false;
    }
}

ListQuery byName(const QString &key, const QString &name, const QString &namespaceName)
{
    // The SDK's get_pipeline_id / get_experiment: one EQUALS predicate on the display name
    // (the v1 dialect renames the key to `name`).
    return ListQuery()
        .withPageSize(2)
        .where(Predicate::equals(key, name))
        .inNamespace(namespaceName);
}

} // namespace

ResultJob<HealthInfo> *KfpClient::detectApi()
{
    auto *job = newComposite<HealthInfo>();
    const bool forced = m_versionForced;
    auto apply = [this, job](const HealthInfo &info) {
        m_dialect = ApiDialect::create(info.apiVersion);
        m_multiUser = info.multiUser;
        qCInfo(lcApi) << "API" << (info.apiVersion == ApiVersion::V2Beta1 ? "v2beta1" : "v1beta1")
                      << "multi-user:" << info.multiUser << "tag:" << info.tagName;
        job->setResult(info);
        job->finishWith({});
    };
    auto *first = probeHealthz(forced ? apiVersion() : ApiVersion::V2Beta1);
    job->setCurrentStep(first);
    connect(first, &ApiJob::finished, job, [this, job, first, forced, apply] {
        if (first->ok()) {
            apply(first->result());
            return;
        }
        if (forced || !worthTryingV1(first->error())) {
            job->finishWith(first->error());
            return;
        }
        auto *second = probeHealthz(ApiVersion::V1Beta1);
        job->setCurrentStep(second);
        connect(second, &ApiJob::finished, job, [job, second, apply] {
            if (second->ok())
                apply(second->result());
            else
                job->finishWith(second->error());
        });
    });
    return job;
}

// The SDK's get_pipeline_id matches display_name. A v2 pipeline also has a technical `name`
// (the upload's `name`, which may differ from its display name): when no display name matches,
// the lookup tries `name`. v1 has a single name, so one query is enough there.
ResultJob<Pipeline> *KfpClient::getPipelineByName(const QString &name, const QString &namespaceName)
{
    auto *job = newComposite<Pipeline>();
    const QStringList keys =
        apiVersion() == ApiVersion::V2Beta1
            ? QStringList{QStringLiteral("display_name"), QStringLiteral("name")}
            : QStringList{QStringLiteral("display_name")};
    lookUpPipeline(job, keys, name, namespaceName);
    return job;
}

void KfpClient::lookUpPipeline(ResultJob<Pipeline> *job, QStringList keys, const QString &name,
                               const QString &namespaceName)
{
    auto *list = listPipelines(byName(keys.takeFirst(), name, namespaceName));
    job->setCurrentStep(list);
    connect(list, &ApiJob::finished, job, [this, job, list, keys, name, namespaceName] {
        if (!list->ok()) {
            job->finishWith(list->error());
        } else if (!list->result().items.isEmpty()) {
            job->setResult(list->result().items.first());
            job->finishWith({});
        } else if (!keys.isEmpty()) {
            lookUpPipeline(job, keys, name, namespaceName);
        } else {
            job->finishWith(ApiError(ApiError::Kind::NotFound,
                                     QStringLiteral("no pipeline named \"%1\"").arg(name), 404));
        }
    });
}

ResultJob<PipelineVersion> *KfpClient::getPipelineVersion(const QString &pipelineId,
                                                          const QString &versionId)
{
    if (apiVersion() == ApiVersion::V2Beta1) // the spec comes inline as pipeline_spec
        return startJob<PipelineVersion>(m_dialect->getPipelineVersion(pipelineId, versionId),
                                         &ApiDialect::parsePipelineVersion);

    // v1: the version, then its template ({"template": "<Argo workflow YAML>"}).
    auto *job = newComposite<PipelineVersion>();
    auto *version = startJob<PipelineVersion>(m_dialect->getPipelineVersion(pipelineId, versionId),
                                              &ApiDialect::parsePipelineVersion);
    job->setCurrentStep(version);
    connect(version, &ApiJob::finished, job, [this, job, version, versionId] {
        if (!version->ok()) {
            job->finishWith(version->error());
            return;
        }
        job->setResult(version->result());
        auto *tmpl = startJob<QString>(m_dialect->getPipelineVersionTemplate(versionId),
                                       [](const ApiDialect &, const QJsonObject &json) {
                                           return json.value(QLatin1String("template")).toString();
                                       });
        job->setCurrentStep(tmpl);
        connect(tmpl, &ApiJob::finished, job, [job, tmpl] {
            if (!tmpl->ok()) {
                job->finishWith(tmpl->error());
                return;
            }
            PipelineVersion result = job->result();
            result.templateText = tmpl->result();
            job->setResult(result);
            job->finishWith({});
        });
    });
    return job;
}

ResultJob<Experiment> *KfpClient::getExperimentByName(const QString &displayName,
                                                      const QString &namespaceName)
{
    auto *job = newComposite<Experiment>();
    auto *list =
        listExperiments(byName(QStringLiteral("display_name"), displayName, namespaceName));
    job->setCurrentStep(list);
    connect(list, &ApiJob::finished, job, [job, list, displayName] {
        if (!list->ok()) {
            job->finishWith(list->error());
        } else if (list->result().items.isEmpty()) {
            job->finishWith(ApiError(ApiError::Kind::NotFound,
                                     QStringLiteral("no experiment named \"%1\"").arg(displayName),
                                     404));
        } else {
            job->setResult(list->result().items.first());
            job->finishWith({});
        }
    });
    return job;
}

ResultJob<Experiment> *KfpClient::ensureExperiment(const QString &displayName,
                                                   const QString &description,
                                                   const QString &namespaceName)
{
    auto *job = newComposite<Experiment>();
    // Adopts `step`'s outcome as the job's result.
    auto finishFrom = [job](ResultJob<Experiment> *step) {
        if (step->ok())
            job->setResult(step->result());
        job->finishWith(step->error());
    };
    auto *lookup = getExperimentByName(displayName, namespaceName);
    job->setCurrentStep(lookup);
    connect(lookup, &ApiJob::finished, job, [=] {
        if (lookup->error().kind() != ApiError::Kind::NotFound) {
            finishFrom(lookup);
            return;
        }
        auto *create = createExperiment(displayName, description, namespaceName);
        job->setCurrentStep(create);
        connect(create, &ApiJob::finished, job, [=] {
            if (create->error().kind() != ApiError::Kind::Conflict) {
                finishFrom(create);
                return;
            }
            // Someone created it in between: take theirs.
            auto *again = getExperimentByName(displayName, namespaceName);
            job->setCurrentStep(again);
            connect(again, &ApiJob::finished, job, [=] { finishFrom(again); });
        });
    });
    return job;
}

ResultJob<Run> *KfpClient::waitForRunCompletion(const QString &runId, int timeoutMs, int pollMs)
{
    auto *job = newComposite<Run>();
    if (timeoutMs > 0) {
        QTimer::singleShot(timeoutMs, job, [job] {
            // result() keeps the last state seen; finishWith() aborts the poll in flight.
            job->finishWith(ApiError(ApiError::Kind::Timeout,
                                     QStringLiteral("the run did not finish in time")));
        });
    }
    pollRun(job, runId, qMax(pollMs, 10));
    return job;
}

void KfpClient::pollRun(ResultJob<Run> *job, const QString &runId, int pollMs)
{
    if (job->isFinished())
        return;
    auto *step = getRun(runId);
    job->setCurrentStep(step);
    connect(step, &ApiJob::finished, job, [this, job, step, runId, pollMs] {
        if (step->ok()) {
            job->setResult(step->result());
            if (isFinal(step->result().state)) { // CANCELED counts: it never changes again
                job->finishWith({});
                return;
            }
        } else if (!isTransient(step->error())) {
            job->finishWith(step->error());
            return;
        }
        QTimer::singleShot(pollMs, job,
                           [this, job, runId, pollMs] { pollRun(job, runId, pollMs); });
    });
}

} // namespace kfp
