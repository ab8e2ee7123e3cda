#include "sandbox/ResourceNamespaces.h"

#include "sandbox/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kfp::sandbox {
namespace {

// An EXPERIMENT (1) or NAMESPACE (5) resource reference key, by name or by number.
bool isReferenceType(const QJsonValue &v, const char *name, int number)
{
    return v.toString() == QLatin1String(name) || v.toString() == QString::number(number) ||
           (v.isDouble() && v.toInt() == number);
}

QJsonObject jsonBody(const HttpRequest &req)
{
    if (req.body.isEmpty() || req.body.size() > (1 << 20))
        return {};
    return QJsonDocument::fromJson(req.body).object();
}

// The RBAC verb of a request on one resource (common.RbacResourceVerb*).
QString verbOf(const QByteArray &method, const QString &action)
{
    if (!action.isEmpty())
        return action; // archive, unarchive, terminate, retry, enable, disable
    if (method == "DELETE")
        return QStringLiteral("delete");
    if (method == "PATCH")
        return QStringLiteral("update");
    if (method == "POST")
        return QStringLiteral("create");
    return QStringLiteral("get");
}

// A namespace named by the request itself: `namespace` (v2 query or body), a v1 NAMESPACE
// resource reference (query key or body).
QString namedNamespace(const HttpRequest &req, bool *named)
{
    *named = true;
    if (req.hasParam(QStringLiteral("namespace")))
        return req.param(QStringLiteral("namespace"));
    if (isReferenceType(req.param(QStringLiteral("resource_reference_key.type")), "NAMESPACE", 5))
        return req.param(QStringLiteral("resource_reference_key.id"));
    if (req.method != "GET" && req.header("content-type").contains("json")) {
        const QJsonObject body = jsonBody(req);
        if (body.value("namespace").isString())
            return body.value("namespace").toString();
        const QJsonValue refs = body.contains("resource_references")
                                    ? body.value("resource_references")
                                    : body.value("resourceReferences");
        for (const QJsonValue &ref : refs.toArray()) {
            const QJsonObject key = ref.toObject().value("key").toObject();
            if (isReferenceType(key.value("type"), "NAMESPACE", 5))
                return key.value("id").toString();
        }
    }
    *named = false;
    return {};
}

} // namespace

QString ResourceNamespaces::experimentOfCreate(const HttpRequest &req, bool v1)
{
    const QJsonObject body = jsonBody(req);
    if (!v1) {
        const QString id = body.value("experiment_id").toString();
        return id.isEmpty() ? body.value("experimentId").toString() : id;
    }
    const QJsonValue refs = body.contains("resource_references") ? body.value("resource_references")
                                                                 : body.value("resourceReferences");
    for (const QJsonValue &ref : refs.toArray()) {
        const QJsonObject key = ref.toObject().value("key").toObject();
        if (isReferenceType(key.value("type"), "EXPERIMENT", 1))
            return key.value("id").toString();
    }
    return {};
}

QString ResourceNamespaces::experimentNamespace(const QString &id, bool *found) const
{
    const auto it = m_store.experiments.constFind(id);
    *found = it != m_store.experiments.constEnd();
    return *found ? it->ns : QString();
}

QString ResourceNamespaces::runNamespace(const QString &id, bool *found) const
{
    const auto it = m_store.runs.constFind(id);
    *found = it != m_store.runs.constEnd();
    if (!*found)
        return {};
    bool exp = false;
    return it->ns.isEmpty() ? experimentNamespace(it->experimentId, &exp) : it->ns;
}

QString ResourceNamespaces::recurringRunNamespace(const QString &id, bool *found) const
{
    const auto it = m_store.recurringRuns.constFind(id);
    *found = it != m_store.recurringRuns.constEnd();
    if (!*found)
        return {};
    bool exp = false;
    return it->ns.isEmpty() ? experimentNamespace(it->experimentId, &exp) : it->ns;
}

QString ResourceNamespaces::pipelineNamespace(const QString &id, bool *found) const
{
    const auto it = m_store.pipelines.constFind(id);
    *found = it != m_store.pipelines.constEnd();
    return *found ? it->ns : QString();
}

QString ResourceNamespaces::versionNamespace(const QString &id, bool *found) const
{
    const auto it = m_store.versions.constFind(id);
    *found = it != m_store.versions.constEnd();
    return *found ? pipelineNamespace(it->pipelineId, found) : QString();
}

NamespaceTarget ResourceNamespaces::resolve(const HttpRequest &req) const
{
    NamespaceTarget t;
    if (!m_multiUser)
        return t;
    // /apis/<version>/<collection>[/<id>[:<action>]][/<sub>[/<id>]]...
    const QStringList seg = req.apiPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (seg.size() < 3 || seg[0] != QLatin1String("apis"))
        return t;
    const bool v1 = seg[1] == QLatin1String("v1beta1");
    const QString collection = seg[2].section(QLatin1Char(':'), 0, 0);
    const QString id = seg.size() > 3 ? seg[3].section(QLatin1Char(':'), 0, 0) : QString();
    QString action = seg.size() > 3 ? seg[3].section(QLatin1Char(':'), 1, 1) : QString();
    if (action.isEmpty() && v1 && seg.size() == 5 && req.method == "POST")
        action = seg[4]; // v1: /runs/{id}/terminate, /jobs/{id}/enable, ...
    bool found = false;
    const auto byId = [&](const QString &resource, const QString &ns) {
        t.checked = found;
        t.ns = ns;
        t.resource = resource;
        t.verb = verbOf(req.method, action);
    };

    const bool runs = collection == QLatin1String("runs");
    const bool jobs =
        collection == QLatin1String("recurringruns") || collection == QLatin1String("jobs");
    if ((runs || jobs) && id.isEmpty() && req.method == "POST") {
        // createRun / createJob: GetValidExperimentNamespacePair, then authorize the experiment's
        // namespace.
        const QString experiment = experimentOfCreate(req, v1);
        if (experiment.isEmpty()) {
            t.invalid = ApiError::invalid(
                QStringLiteral("Experiment id can not be empty in multi-user mode"));
            t.invalid.message =
                QStringLiteral("Failed to create a %1 due to invalid experimentId and namespace "
                               "combination: %2")
                    .arg(runs ? QStringLiteral("run") : QStringLiteral("recurring run"),
                         t.invalid.message);
            return t;
        }
        byId(runs ? QStringLiteral("runs") : QStringLiteral("jobs"),
             experimentNamespace(experiment, &found));
        return t;
    }
    if (runs && id.isEmpty() && req.method == "GET") {
        // listRuns: an experiment_id (v2) or EXPERIMENT reference (v1) decides the namespace.
        QString experiment = req.param(QStringLiteral("experiment_id"));
        if (experiment.isEmpty() &&
            isReferenceType(req.param(QStringLiteral("resource_reference_key.type")), "EXPERIMENT",
                            1))
            experiment = req.param(QStringLiteral("resource_reference_key.id"));
        if (!experiment.isEmpty()) {
            byId(QStringLiteral("runs"), experimentNamespace(experiment, &found));
            t.verb = QStringLiteral("list");
            return t;
        }
    }
    if (!id.isEmpty()) {
        if (runs) {
            byId(QStringLiteral("runs"), runNamespace(id, &found));
            return t;
        }
        if (jobs) {
            byId(QStringLiteral("jobs"), recurringRunNamespace(id, &found));
            return t;
        }
        if (collection == QLatin1String("experiments")) {
            byId(QStringLiteral("experiments"), experimentNamespace(id, &found));
            return t;
        }
        if (collection == QLatin1String("pipeline_versions")) {
            byId(QStringLiteral("pipelines"), versionNamespace(id, &found));
            t.checked = found && !t.ns.isEmpty(); // shared pipelines: everyone's
            return t;
        }
        if (collection == QLatin1String("pipelines") && id == QLatin1String("upload_version")) {
            byId(QStringLiteral("pipelines"),
                 pipelineNamespace(req.param(QStringLiteral("pipelineid")), &found));
            t.checked = found && !t.ns.isEmpty();
            t.upload = true;
            t.uploadWhat = QStringLiteral("pipeline version");
            return t;
        }
        if (collection == QLatin1String("pipelines") && id != QLatin1String("upload") &&
            id != QLatin1String("names")) {
            byId(QStringLiteral("pipelines"), pipelineNamespace(id, &found));
            t.checked = found && !t.ns.isEmpty();
            return t;
        }
    }
    // A namespace the request names itself (lists, creates of experiments and pipelines,
    // uploads).
    bool named = false;
    const QString ns = namedNamespace(req, &named);
    if (!named || ns.isEmpty())
        return t;
    t.checked = true;
    t.ns = ns;
    t.resource = collection;
    t.verb = req.method == "GET" ? QStringLiteral("list") : verbOf(req.method, action);
    if (collection == QLatin1String("pipelines") && id == QLatin1String("upload")) {
        t.upload = true;
        t.uploadWhat = QStringLiteral("pipeline");
        t.verb = QStringLiteral("create");
    }
    return t;
}

} // namespace kfp::sandbox
