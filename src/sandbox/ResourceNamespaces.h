#pragma once

#include "sandbox/HttpTypes.h"
#include "sandbox/JsonUtil.h"

namespace kfp::sandbox {

class Store;

// What a KFP request touches, for the multi-user authorization (the SubjectAccessReview the API
// server makes): the namespace of the resource, found the way the server finds it — from the
// run, recurring run, experiment or pipeline named by id, from the experiment a list or a create
// names, or from a namespace named in the query or the body.
struct NamespaceTarget
{
    bool checked = false; // false: nothing namespaced is touched (healthz, shared pipelines, ...)
    QString ns;           // the namespace to authorize against (may be empty: denied)
    QString verb;         // get, list, create, delete, archive, terminate, ... (RbacResourceVerb*)
    QString resource;     // runs, jobs, experiments, pipelines (RbacResourceType*)
    bool upload = false;  // an upload handler: a denial is 400 {error_message}, not 403
    QString uploadWhat;   // "pipeline" / "pipeline version", for the upload's wording
    // The request is invalid before any authorization (an empty experiment_id on a multi-user
    // create: ResourceManager.GetValidExperimentNamespacePair).
    ApiError invalid;
};

// Resolves NamespaceTarget from the store. One place for both API versions; the routes stay free
// of authorization.
class ResourceNamespaces final
{
public:
    ResourceNamespaces(const Store &store, bool multiUser)
        : m_store(store)
        , m_multiUser(multiUser)
    {}

    NamespaceTarget resolve(const HttpRequest &req) const;

private:
    QString runNamespace(const QString &id, bool *found) const;
    QString recurringRunNamespace(const QString &id, bool *found) const;
    QString experimentNamespace(const QString &id, bool *found) const;
    QString pipelineNamespace(const QString &id, bool *found) const;
    QString versionNamespace(const QString &id, bool *found) const;
    // The experiment a create names: v2 `experiment_id`, v1 an EXPERIMENT resource reference.
    static QString experimentOfCreate(const HttpRequest &req, bool v1);

    const Store &m_store;
    bool m_multiUser = false;
};

} // namespace kfp::sandbox
