#include "sandbox/gateways/KubeflowGateway.h"

#include "sandbox/JsonUtil.h"
#include "sandbox/gateways/AuthServiceFront.h"
#include "sandbox/gateways/GatewayHttp.h"
#include "sandbox/gateways/OAuth2ProxyFront.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace kfp::sandbox {
namespace {

std::unique_ptr<LoginFront> makeFront(const AuthOptions &options, AuthState &state,
                                      const JwtIssuer &jwt)
{
    if (isAuthService(options.mode))
        return std::make_unique<AuthServiceFront>(options, state, jwt);
    return std::make_unique<OAuth2ProxyFront>(options, state, jwt);
}

HttpResponse uiPage(const QString &title)
{
    return gw::html(200, QStringLiteral("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\">"
                                        "<title>%1</title></head>\n<body><div id=\"root\">%1 "
                                        "(kfp-sandbox)</div></body>\n</html>\n")
                             .arg(title));
}

// Without a store to look ids up in: the namespace a request names itself.
NamespaceTarget namedOnly(const HttpRequest &req)
{
    NamespaceTarget t;
    QString ns;
    if (req.hasParam(QStringLiteral("namespace")))
        ns = req.param(QStringLiteral("namespace"));
    else if (req.param(QStringLiteral("resource_reference_key.type")) == QLatin1String("NAMESPACE"))
        ns = req.param(QStringLiteral("resource_reference_key.id"));
    t.checked = !ns.isEmpty();
    t.ns = ns;
    t.resource = req.apiPath.section(QLatin1Char('/'), 3, 3).section(QLatin1Char(':'), 0, 0);
    t.verb = req.method == "GET" ? QStringLiteral("list") : QStringLiteral("create");
    return t;
}

} // namespace

KubeflowGateway::KubeflowGateway(const AuthOptions &options, bool multiUser, bool tls)
    : m_options(options)
    , m_multiUser(multiUser)
    , m_jwt(options.jwtIssuer)
    , m_front(makeFront(m_options, m_state, m_jwt))
    , m_dex(m_options, m_state, m_front->callbackPath(), tls)
{}

KubeflowGateway::~KubeflowGateway() = default;

QString KubeflowGateway::namespaceForUser(const QString &user)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9-]"));
    return QStringLiteral("kubeflow-") + user.toLower().replace(other, QStringLiteral("-"));
}

bool KubeflowGateway::intercept(const HttpRequest &req, HttpResponse *response)
{
    // Istio routes /dex/ and the front's own paths without ext-authz.
    if (req.path.startsWith(QLatin1String("/dex/"))) {
        ++m_state.counters.gatewayHits;
        *response = m_dex.handle(req);
        return true;
    }
    if (m_front->ownsPath(req.path)) {
        ++m_state.counters.gatewayHits;
        *response = m_front->handle(req);
        return true;
    }
    if (req.path.startsWith(QLatin1String("/apis/")))
        return inCluster(req, response);

    const Verdict verdict = m_front->authenticate(req);
    if (!verdict.ok) {
        ++m_state.counters.gatewayHits;
        ++m_state.counters.deniedRequests;
        *response = verdict.denial;
        return true;
    }
    if (req.path == QLatin1String("/api/workgroup/env-info")) {
        ++m_state.counters.gatewayHits;
        *response = envInfo(verdict.user);
        return true;
    }
    if (req.path == QLatin1String("/") || req.path == QLatin1String("/pipeline") ||
        req.path == QLatin1String("/pipeline/")) {
        ++m_state.counters.gatewayHits;
        *response =
            uiPage(req.path == QLatin1String("/") ? QStringLiteral("Kubeflow Central Dashboard")
                                                  : QStringLiteral("Kubeflow Pipelines"));
        return true;
    }
    return m_multiUser && namespaceDenied(req, verdict.user, response);
}

// ml-pipeline:8888 reached without the ingress: single-user KFP answers anyone; multi-user KFP
// needs the kubeflow-userid header the gateway would have set.
bool KubeflowGateway::inCluster(const HttpRequest &req, HttpResponse *response) const
{
    if (!m_multiUser || req.path.endsWith(QLatin1String("/healthz")))
        return false;
    const QString user = QString::fromUtf8(req.header("kubeflow-userid"));
    if (user.isEmpty()) {
        const ApiError e{grpc::Unauthenticated,
                         QStringLiteral("Request header error: there is no user identity header."),
                         QStringLiteral("Request header error: there is no user identity header.")};
        const bool v1 = req.path.startsWith(QLatin1String("/apis/v1beta1"));
        *response = HttpResponse::json(v1 ? errorBodyV1(e) : errorBodyV2(e), 401);
        return true;
    }
    return namespaceDenied(req, user, response);
}

HttpResponse KubeflowGateway::envInfo(const QString &user) const
{
    const bool authservice = isAuthService(m_options.mode);
    const QJsonObject platform{
        {"provider", "other://"},
        {"providerName", "other"},
        {"kubeflowVersion", kubeflowVersion(m_options.mode)},
        {"logoutUrl", authservice ? "/authservice/logout" : "/oauth2/sign_out"}};
    const QJsonArray namespaces{
        QJsonObject{{"user", user}, {"namespace", namespaceForUser(user)}, {"role", "owner"}}};
    return HttpResponse::json({{"user", user},
                               {"platform", platform},
                               {"namespaces", namespaces},
                               {"isClusterAdmin", false}});
}

bool KubeflowGateway::namespaceDenied(const HttpRequest &req, const QString &user,
                                      HttpResponse *response) const
{
    const NamespaceTarget t = m_namespaces ? m_namespaces->resolve(req) : namedOnly(req);
    // An invalid request (an empty experiment on a create) fails its validation first; the API
    // answers it.
    if (!t.checked || t.invalid.isError() || t.ns == namespaceForUser(user))
        return false;
    const QString api = req.apiPath.section(QLatin1Char('/'), 2, 2); // v1beta1 / v2beta1
    // KFP's wording (resource_manager.go IsAuthorized: a SubjectAccessReview that says no).
    const QString reason =
        QStringLiteral("PermissionDenied: User '%1' is not authorized with reason:  (request: "
                       "&ResourceAttributes{Namespace:%2,Verb:%3,Group:pipelines.kubeflow.org,"
                       "Version:v1beta1,Resource:%4,Subresource:,Name:,})")
            .arg(user, t.ns, t.verb, t.resource);
    const QString userMessage =
        QStringLiteral("User '%1' is not authorized in namespace '%2'").arg(user, t.ns);
    if (t.upload) {
        // The upload handlers answer every error 400 with {error_message, error_details}.
        const ApiError e{grpc::InvalidArgument,
                         QStringLiteral("Failed to create a %1 due to authorization error: %2")
                             .arg(t.uploadWhat, reason),
                         userMessage};
        *response = HttpResponse::json(errorBodyUpload(e), 400);
        return true;
    }
    const ApiError e{
        grpc::PermissionDenied,
        QStringLiteral("Failed to authorize with API: Failed to authorize with API: %1")
            .arg(reason),
        userMessage};
    const bool v1 = api == QLatin1String("v1beta1");
    *response = HttpResponse::json(v1 ? errorBodyV1(e) : errorBodyV2(e), 403);
    return true;
}

} // namespace kfp::sandbox
