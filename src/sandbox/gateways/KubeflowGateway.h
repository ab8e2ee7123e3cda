#pragma once

#include "sandbox/Gateway.h"
#include "sandbox/ResourceNamespaces.h"
#include "sandbox/gateways/AuthOptions.h"
#include "sandbox/gateways/AuthState.h"
#include "sandbox/gateways/DexEmulator.h"
#include "sandbox/gateways/JwtIssuer.h"

#include <memory>

namespace kfp::sandbox {

class LoginFront;

// The Istio ingress of a Kubeflow cluster, in front of the emulated API: Dex under /dex/, the
// login front (oauth2-proxy or oidc-authservice) with its own paths, the Central Dashboard's
// /api/workgroup/env-info, and the KFP UI at /pipeline (whose /pipeline/apis/... the API
// answers). Direct /apis/... is the in-cluster ml-pipeline service, which no gateway guards.
class KubeflowGateway final : public Gateway
{
public:
    KubeflowGateway(const AuthOptions &options, bool multiUser, bool tls);
    ~KubeflowGateway() override;

    bool intercept(const HttpRequest &request, HttpResponse *response) override;

    // Where the multi-user check learns the namespace of the resource a request touches (the
    // sandbox's store); without it only a namespace named in the request is checked.
    void setResourceNamespaces(const ResourceNamespaces *namespaces) { m_namespaces = namespaces; }

    AuthState &state() { return m_state; }
    const AuthState &state() const { return m_state; }
    const JwtIssuer &jwt() const { return m_jwt; }

    // The profile namespace of a user: "kubeflow-" + the lowercased email with every character
    // outside [a-z0-9-] replaced by '-' (user@example.com → kubeflow-user-example-com), as the
    // Kubeflow manifests name the default profile.
    static QString namespaceForUser(const QString &user);

private:
    bool inCluster(const HttpRequest &req, HttpResponse *response) const;
    HttpResponse envInfo(const QString &user) const;
    // KFP's SubjectAccessReview, done here because only the gateway knows the identity: the
    // namespace of what the request touches (ResourceNamespaces) is not the user's → 403 code 7
    // (400 {error_message} for an upload).
    bool namespaceDenied(const HttpRequest &req, const QString &user, HttpResponse *response) const;

    AuthOptions m_options;
    bool m_multiUser = false;
    AuthState m_state;
    JwtIssuer m_jwt;
    std::unique_ptr<LoginFront> m_front;
    const ResourceNamespaces *m_namespaces = nullptr;
    DexEmulator m_dex;
};

} // namespace kfp::sandbox
