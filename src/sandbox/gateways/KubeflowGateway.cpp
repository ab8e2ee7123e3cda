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

// The namespace a KFP request is about: `namespace` (v2), `resource_reference_key` (v1), or the
// same in a JSON body (experiments, pipelines, v1 runs' resource_references).
QString requestedNamespace(const HttpRequest &req)
{
    if (req.hasParam(QStringLiteral("namespace")))
        return req.param(QStringLiteral("namespace"));
    if (req.param(QStringLiteral("resource_reference_key.type")) == QLatin1String("NAMESPACE"))
        return req.param(QStringLiteral("resource_reference_key.id"));
    if (req.method == "GET" || req.body.isEmpty() || req.body.size() > (1 << 20) ||
        !req.header("content-type").contains("json"))
        return {};
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    if (body.value("namespace").isString())
        return body.value("namespace").toString();
    const QJsonValue refs = body.contains("resource_references") ? body.value("resource_references")
                                                                 : body.value("resourceReferences");
    for (const QJsonValue &ref : refs.toArray()) {
        const QJsonObject key = ref.toObject().value("key").toObject();
        if (key.value("type").toString() == QLatin1String("NAMESPACE"))
            return key.value("id").toString();
    }
    return {};
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
    const QString ns = requestedNamespace(req);
    if (ns.isEmpty() || ns == namespaceForUser(user))
        return false;
    const QString api = req.apiPath.section(QLatin1Char('/'), 2, 2); // v1beta1 / v2beta1
    const QString resource =
        req.apiPath.section(QLatin1Char('/'), 3, 3).section(QLatin1Char(':'), 0, 0);
    const QString verb = req.method == "GET"      ? QStringLiteral("list")
                         : req.method == "DELETE" ? QStringLiteral("delete")
                                                  : QStringLiteral("create");
    // KFP's wording (backend/src/apiserver/resource: authorization via SubjectAccessReview).
    const QString message =
        QStringLiteral("Failed to authorize with API: Failed to authorize with API: "
                       "PermissionDenied: User '%1' is not authorized with reason:  (request: "
                       "&ResourceAttributes{Namespace:%2,Verb:%3,Group:pipelines.kubeflow.org,"
                       "Version:%4,Resource:%5,Subresource:,Name:,})")
            .arg(user, ns, verb, api, resource);
    const ApiError e{grpc::PermissionDenied, message,
                     QStringLiteral("User '%1' is not authorized in namespace '%2'").arg(user, ns)};
    const bool v1 = api == QLatin1String("v1beta1");
    *response = HttpResponse::json(v1 ? errorBodyV1(e) : errorBodyV2(e), 403);
    return true;
}

} // namespace kfp::sandbox
