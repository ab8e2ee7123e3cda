#pragma once

#include "sandbox/HttpTypes.h"
#include "sandbox/JsonUtil.h"
#include "sandbox/ListEngine.h"
#include "sandbox/Store.h"

#include <functional>

namespace kfp::sandbox {

class RunSimulator;

// What a route handler answers: a JSON body or an error (rendered in the route's dialect, or in
// the upload handlers' own shape).
struct Result
{
    QJsonObject json;
    ApiError error;
    bool uploadShape = false;

    Result(const QJsonObject &j = {})
        : json(j)
    {}
    Result(const ApiError &e, bool upload = false)
        : error(e)
        , uploadShape(upload)
    {}
};

using Handler = std::function<Result(const HttpRequest &, const QStringList &args)>;

// State shared by the two dialects.
struct ApiContext
{
    Store &store;
    RunSimulator &simulator;
    bool multiUser = false;
};

// Route table for "/apis/..." paths. Patterns use {x} captures; a final segment may be
// "{x}:verb" (gRPC custom methods such as ":archive").
class ApiRouter final
{
public:
    void add(const QByteArray &method, const QString &pattern, Dialect dialect, Handler handler);
    HttpResponse dispatch(const HttpRequest &req) const;
    static HttpResponse render(Dialect dialect, const Result &result);

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Dialect dialect;
        Handler handler;
    };
    QList<Route> m_routes;
};

// Sortable/filterable field names (API names of both dialects → model field) and accessors.
namespace fields {
const QHash<QString, QString> &pipelines();
const QHash<QString, QString> &versions();
const QHash<QString, QString> &experiments();
const QHash<QString, QString> &runs();
const QHash<QString, QString> &recurringRuns();

FieldValue pipeline(const Pipeline &p, const QString &f);
FieldValue version(const PipelineVersion &v, const QString &f);
FieldValue experiment(const Experiment &e, const QString &f, Dialect d);
FieldValue run(const Run &r, const QString &f, Dialect d);
FieldValue recurringRun(const RecurringRun &r, const QString &f);
} // namespace fields

// Reads a JSON request body; an empty body is an empty object.
ApiError parseBody(const HttpRequest &req, QJsonObject *out);

} // namespace kfp::sandbox
