#include "sandbox/RouteHelpers.h"

#include "sandbox/CronSchedule.h"
#include "sandbox/PipelineUpload.h"
#include "sandbox/RunSimulator.h"

namespace kfp::sandbox {

QJsonObject listResponse(const QString &key, const QJsonArray &items, int total,
                         const QString &nextToken)
{
    // Default values are omitted on the wire: no empty list, no total_size 0, no empty token.
    QJsonObject o;
    if (!items.isEmpty())
        o.insert(key, items);
    if (total > 0)
        o.insert("total_size", total);
    if (!nextToken.isEmpty())
        o.insert("next_page_token", nextToken);
    return o;
}

namespace {

using Switch = std::function<Result(const QString &id, bool on)>;

// POST <collection>/{id}<separator><onVerb> and <separator><offVerb>: set(id, true / false).
void addSwitchRoutes(ApiRouter &router, const QString &collection, QChar separator,
                     const char *onVerb, const char *offVerb, Dialect dialect, const Switch &set)
{
    const QString item = collection + QStringLiteral("/{id}") + separator;
    router.add("POST", item + QLatin1String(onVerb), dialect,
               [set](const HttpRequest &, const QStringList &a) { return set(a[0], true); });
    router.add("POST", item + QLatin1String(offVerb), dialect,
               [set](const HttpRequest &, const QStringList &a) { return set(a[0], false); });
}

} // namespace

void addUploadRoutes(ApiRouter &router, const QString &pipelines, Dialect dialect,
                     const ApiContext &ctx,
                     std::function<QJsonObject(const Pipeline &)> renderPipeline,
                     std::function<QJsonObject(const PipelineVersion &)> renderVersion)
{
    Store &store = ctx.store;
    router.add("POST", pipelines + QStringLiteral("/upload"), dialect,
               [&ctx, &store, renderPipeline](const HttpRequest &req, auto) {
                   UploadResult r;
                   if (ApiError e = PipelineUpload::handle(store, req, false, ctx.multiUser, &r);
                       e.isError())
                       return Result(e, true);
                   return Result(renderPipeline(store.pipelines[r.pipelineId]));
               });
    router.add("POST", pipelines + QStringLiteral("/upload_version"), dialect,
               [&ctx, &store, renderVersion](const HttpRequest &req, auto) {
                   UploadResult r;
                   if (ApiError e = PipelineUpload::handle(store, req, true, ctx.multiUser, &r);
                       e.isError())
                       return Result(e, true);
                   return Result(renderVersion(store.versions[r.versionId]));
               });
}

Handler deleteExperimentHandler(Store &store)
{
    const Handler remove = deleteHandler(store, store.experiments, QStringLiteral("Experiment"));
    return [&store, remove](const HttpRequest &req, const QStringList &a) {
        if (store.isDefaultExperiment(a[0]))
            return Result(ApiError::aborted(
                QStringLiteral("Failed to delete experiment %1. The default experiment cannot be "
                               "deleted")
                    .arg(a[0])));
        return remove(req, a);
    };
}

void addExperimentArchiveRoutes(ApiRouter &router, const QString &experiments, Dialect dialect,
                                Store &store)
{
    auto setArchived = [&store](const QString &id, bool archived) {
        auto it = store.experiments.find(id);
        if (it == store.experiments.end())
            return Result(ApiError::notFound("Experiment", id));
        it->archived = archived;
        if (archived) {
            for (Run &r : store.runs)
                if (r.experimentId == id)
                    r.archived = true;
            for (RecurringRun &rr : store.recurringRuns)
                if (rr.experimentId == id)
                    rr.enabled = false;
        }
        store.touch();
        return Result(QJsonObject{});
    };
    addSwitchRoutes(router, experiments, QLatin1Char(':'), "archive", "unarchive", dialect,
                    setArchived);
}

void addRunArchiveRoutes(ApiRouter &router, const QString &runs, Dialect dialect, Store &store)
{
    auto setArchived = [&store](const QString &id, bool archived) {
        auto it = store.runs.find(id);
        if (it == store.runs.end())
            return Result(ApiError::notFound("Run", id));
        // resource_manager.go UnarchiveRun: not while the run's experiment is archived.
        if (!archived && store.experiments.value(it->experimentId).archived)
            return Result(ApiError::failedPrecondition(
                QStringLiteral("Failed to unarchive run %1 as experiment %2 must be un-archived "
                               "first")
                    .arg(id, it->experimentId)));
        it->archived = archived;
        store.touch();
        return Result(QJsonObject{});
    };
    addSwitchRoutes(router, runs, QLatin1Char(':'), "archive", "unarchive", dialect, setArchived);
}

void addRunControlRoutes(ApiRouter &router, const QString &runs, QChar separator, Dialect dialect,
                         RunSimulator &simulator)
{
    router.add("POST", runs + QStringLiteral("/{id}") + separator + QStringLiteral("terminate"),
               dialect, [&simulator](const HttpRequest &, const QStringList &a) {
                   const ApiError e = simulator.terminate(a[0]);
                   return e.isError() ? Result(e) : Result(QJsonObject{});
               });
    router.add("POST", runs + QStringLiteral("/{id}") + separator + QStringLiteral("retry"),
               dialect, [&simulator](const HttpRequest &, const QStringList &a) {
                   const ApiError e = simulator.retry(a[0]);
                   return e.isError() ? Result(e) : Result(QJsonObject{});
               });
}

void addRecurringRunSwitchRoutes(ApiRouter &router, const QString &collection, QChar separator,
                                 Dialect dialect, const ApiContext &ctx, const QString &kind)
{
    auto setEnabled = [&ctx, kind](const QString &id, bool enabled) {
        auto it = ctx.store.recurringRuns.find(id);
        if (it == ctx.store.recurringRuns.end())
            return Result(ApiError::notFound(kind, id));
        it->enabled = enabled;
        it->nextFireMs = 0;
        it->updatedAt = nowSecs();
        ctx.store.touch();
        ctx.simulator.resume();
        return Result(QJsonObject{});
    };
    addSwitchRoutes(router, collection, separator, "enable", "disable", dialect, setEnabled);
}

void removeVersion(Store &store, const QString &versionId)
{
    const QString pid = store.versions.value(versionId).pipelineId;
    store.versions.remove(versionId);
    if (auto p = store.pipelines.find(pid);
        p != store.pipelines.end() && p->defaultVersionId == versionId) {
        const PipelineVersion *latest = store.latestVersion(pid);
        p->defaultVersionId = latest ? latest->id : QString();
    }
    store.touch();
}

ApiError addExperiment(Store &store, Experiment *e)
{
    if (store.experimentByName(e->name, e->ns))
        return ApiError::alreadyExists(
            QStringLiteral("Failed to create a new experiment. The name %1 already exists. "
                           "Please specify a new name")
                .arg(e->name));
    e->id = newId();
    e->createdAt = nowSecs();
    store.experiments.insert(e->id, *e);
    store.touch();
    return {};
}

void addRecurringRun(const ApiContext &ctx, RecurringRun *rr)
{
    rr->id = newId();
    rr->createdAt = rr->updatedAt = nowSecs();
    ctx.store.recurringRuns.insert(rr->id, *rr);
    ctx.store.touch();
    ctx.simulator.resume();
}

ApiError readTrigger(const QJsonObject &trigger, RecurringRun *rr)
{
    const QJsonObject cron = field(trigger, "cron_schedule").toObject();
    const QJsonObject periodic = field(trigger, "periodic_schedule").toObject();
    const QJsonObject sched = cron.isEmpty() ? periodic : cron;
    bool ok = true;
    rr->startTime = hasField(sched, "start_time")
                        ? parseRfc3339(field(sched, "start_time").toString(), &ok)
                        : 0;
    rr->endTime =
        hasField(sched, "end_time") ? parseRfc3339(field(sched, "end_time").toString(), &ok) : 0;
    if (!cron.isEmpty()) {
        rr->cron = true;
        rr->cronExpr = field(cron, "cron").toString();
        CronSchedule cs;
        QString error;
        if (!CronSchedule::parse(rr->cronExpr, &cs, &error))
            return ApiError::invalid(error);
    } else {
        rr->intervalSecs = int64Value(field(periodic, "interval_second"), 0);
        if (rr->intervalSecs <= 0)
            return ApiError::invalid(QStringLiteral("Found invalid periodic schedule: "
                                                    "interval_second must be > 0"));
    }
    return {};
}

QJsonObject triggerJson(const RecurringRun &rr)
{
    QJsonObject sched;
    if (rr.startTime > 0)
        sched.insert("start_time", rfc3339(rr.startTime));
    if (rr.endTime > 0)
        sched.insert("end_time", rfc3339(rr.endTime));
    if (rr.cron) {
        sched.insert("cron", rr.cronExpr);
        return {{"cron_schedule", sched}};
    }
    sched.insert("interval_second", QString::number(rr.intervalSecs));
    return {{"periodic_schedule", sched}};
}

} // namespace kfp::sandbox
