#pragma once

// Route handlers and store steps that the two dialects share: the logic is the same in v1beta1
// and v2beta1, only the path, the dialect (error shape) and the names differ. V1Api and V2Api
// register them with their own paths; what a dialect does differently stays in its own file.

#include "sandbox/ApiRouter.h"

#include <functional>

namespace kfp::sandbox {

class RunSimulator;

// A list answer: {<key>: items, total_size, next_page_token}, with the defaults omitted.
QJsonObject listResponse(const QString &key, const QJsonArray &items, int total,
                         const QString &nextToken);

// A list call: parses the query (`fields`, default order created_at), keeps the items `keep`
// selects, sorts and pages them (`get` reads a field, id breaks ties) and answers the page, each
// item rendered with `render`, under `listKey`.
template<class T, class Keep, class Get, class Render>
Result listItems(const HttpRequest &req, Dialect dialect, const QHash<QString, QString> &fields,
                 const QHash<QString, T> &items, Keep keep, Get get, Render render,
                 const QString &listKey)
{
    ListQuery q;
    if (ApiError e = ListEngine::parse(req, dialect, fields, "created_at", &q); e.isError())
        return Result(e);
    int total = 0;
    QString next;
    const QList<const T *> page = ListEngine::apply(items, keep, get, "id", q, &total, &next);
    QJsonArray out;
    for (const T *item : page)
        out.append(render(*item));
    return Result(listResponse(listKey, out, total, next));
}

// What a run or recurring-run list keeps: one experiment's, or (multi-user) one namespace's.
struct RunScope
{
    QString experimentId; // empty: any
    QString ns;
    bool byNs = false;

    template<class T> bool contains(const T &item) const
    {
        return (experimentId.isEmpty() || item.experimentId == experimentId) &&
               (!byNs || item.ns == ns);
    }
};

// GET …/{id}: the item rendered with `render`, or NOT_FOUND naming `kind`.
template<class T, class Render>
Handler getHandler(const QHash<QString, T> &items, const QString &kind, Render render)
{
    return [&items, kind, render](const HttpRequest &, const QStringList &a) {
        auto it = items.constFind(a[0]);
        if (it == items.constEnd())
            return Result(ApiError::notFound(kind, a[0]));
        return Result(render(*it));
    };
}

// DELETE …/{id} of an item nothing else is removed with: {}, or NOT_FOUND naming `kind`.
template<class T> Handler deleteHandler(Store &store, QHash<QString, T> &items, const QString &kind)
{
    return [&store, &items, kind](const HttpRequest &, const QStringList &a) {
        if (!items.remove(a[0]))
            return Result(ApiError::notFound(kind, a[0]));
        store.touch();
        return Result(QJsonObject{});
    };
}

// DELETE <experiments>/{id}; the default experiment is refused (resource_manager.go
// DeleteExperiment: a BadRequestError, 409).
Handler deleteExperimentHandler(Store &store);

// POST <pipelines>/upload and <pipelines>/upload_version (multipart), answered with the new
// pipeline or version as `renderPipeline` / `renderVersion` write it.
void addUploadRoutes(ApiRouter &router, const QString &pipelines, Dialect dialect,
                     const ApiContext &ctx,
                     std::function<QJsonObject(const Pipeline &)> renderPipeline,
                     std::function<QJsonObject(const PipelineVersion &)> renderVersion);
// POST <experiments>/{id}:archive and :unarchive. Archiving an experiment also archives its runs
// and disables its recurring runs; unarchiving leaves the runs archived.
void addExperimentArchiveRoutes(ApiRouter &router, const QString &experiments, Dialect dialect,
                                Store &store);
// POST <runs>/{id}:archive and :unarchive.
void addRunArchiveRoutes(ApiRouter &router, const QString &runs, Dialect dialect, Store &store);
// POST <runs>/{id}<separator>terminate and <separator>retry.
void addRunControlRoutes(ApiRouter &router, const QString &runs, QChar separator, Dialect dialect,
                         RunSimulator &simulator);
// POST <collection>/{id}<separator>enable and <separator>disable of recurring runs; `kind` names
// them in a NOT_FOUND error.
void addRecurringRunSwitchRoutes(ApiRouter &router, const QString &collection, QChar separator,
                                 Dialect dialect, const ApiContext &ctx, const QString &kind);

// Removes a pipeline version; when it was its pipeline's default version, the latest remaining
// one becomes the default.
void removeVersion(Store &store, const QString &versionId);
// Stores a new experiment (new id, created now) unless its name is taken in its namespace.
ApiError addExperiment(Store &store, Experiment *e);
// Stores a new recurring run (new id, created now) and lets the simulator schedule it.
void addRecurringRun(const ApiContext &ctx, RecurringRun *rr);
// The schedule of a recurring run from a `trigger` {cron_schedule | periodic_schedule}.
ApiError readTrigger(const QJsonObject &trigger, RecurringRun *rr);
// The `trigger` of a recurring run as both dialects write it.
QJsonObject triggerJson(const RecurringRun &rr);

} // namespace kfp::sandbox
