#include "sandbox/gateways/DexEmulator.h"

#include "sandbox/gateways/AuthState.h"
#include "sandbox/gateways/DexPages.h"
#include "sandbox/gateways/GatewayHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kfp::sandbox {
namespace {

// Kubeflow's one static Dex client (common/dex/base/config-map.yaml).
const QString kClientId = QStringLiteral("kubeflow-oidc-authservice");
constexpr qint64 kAuthRequestTtl = 24 * 3600; // Dex expiry.authRequests default

QString connectorName(const QString &id)
{
    if (id == QLatin1String("local"))
        return QStringLiteral("Email"); // cmd/dex/serve.go names the password DB "Email"
    if (id == QLatin1String("ldap"))
        return QStringLiteral("LDAP");
    return QStringLiteral("GitHub");
}

// What the password page asks for: the local connector logs in by email, LDAP by username.
QString usernamePrompt(const QString &id)
{
    return id == QLatin1String("ldap") ? QStringLiteral("Username")
                                       : QStringLiteral("Email Address");
}

HttpResponse errorPage(int status, const QString &message)
{
    return gw::html(status, dexpages::error(status, message));
}

} // namespace

DexEmulator::DexEmulator(const AuthOptions &options, AuthState &state, const QString &redirectUri,
                         bool tls)
    : m_options(options)
    , m_state(state)
    , m_redirectUri(redirectUri)
    , m_tls(tls)
{}

HttpResponse DexEmulator::handle(const HttpRequest &req)
{
    const QStringList seg = req.path.mid(5).split(QLatin1Char('/')); // after "/dex/"
    if (req.path == QLatin1String("/dex/auth"))
        return authorize(req);
    if (seg.size() == 2 && seg[0] == QLatin1String("auth"))
        return legacy() ? legacyPasswordPage(req, seg[1]) : connectorStart(req, seg[1]);
    if (seg.size() == 3 && seg[0] == QLatin1String("auth") && seg[2] == QLatin1String("login") &&
        !legacy())
        return passwordPage(req, seg[1]);
    if (req.path == QLatin1String("/dex/approval"))
        return approval(req);
    if (seg.size() == 2 && seg[0] == QLatin1String("mfa") && seg[1] == QLatin1String("totp"))
        return mfa(req);
    if (req.path == QLatin1String("/dex/healthz"))
        return gw::text(200, "Health check passed");
    if (req.path == QLatin1String("/dex/.well-known/openid-configuration")) {
        const QString issuer = m_options.jwtIssuer;
        return HttpResponse::json({{"issuer", issuer},
                                   {"authorization_endpoint", issuer + QStringLiteral("/auth")},
                                   {"token_endpoint", issuer + QStringLiteral("/token")},
                                   {"jwks_uri", issuer + QStringLiteral("/keys")},
                                   {"response_types_supported", QJsonArray{"code"}}});
    }
    return gw::text(404, "404 page not found\n");
}

bool DexEmulator::validClient(const HttpRequest &req, HttpResponse *error) const
{
    if (req.param(QStringLiteral("client_id")) != kClientId) {
        *error = errorPage(400, QStringLiteral("Invalid client_id (\"%1\").")
                                    .arg(req.param(QStringLiteral("client_id"))));
        return false;
    }
    if (req.param(QStringLiteral("redirect_uri")) != m_redirectUri) {
        *error = errorPage(400, QStringLiteral("Unregistered redirect_uri (\"%1\").")
                                    .arg(req.param(QStringLiteral("redirect_uri"))));
        return false;
    }
    return true;
}

DexAuthRequest &DexEmulator::newAuthRequest(const HttpRequest &req, const QString &connector)
{
    DexAuthRequest &r = m_state.newAuthRequest(kAuthRequestTtl);
    r.connector = connector;
    r.redirectUri = req.param(QStringLiteral("redirect_uri"));
    r.clientState = req.param(QStringLiteral("state"));
    // Only approval_prompt=force asks for approval (Dex ForceApprovalPrompt; server/oauth2.go).
    r.forceApproval = req.param(QStringLiteral("approval_prompt")) == QLatin1String("force");
    return r;
}

// GET /dex/auth: one connector → straight to it; several → the chooser (login.html).
HttpResponse DexEmulator::authorize(const HttpRequest &req)
{
    HttpResponse error;
    if (!validClient(req, &error))
        return error;
    const QString connectorId = req.param(QStringLiteral("connector_id"));
    if (!connectorId.isEmpty() && !m_options.connectors.contains(connectorId))
        return errorPage(400, QStringLiteral("Connector ID does not match a valid Connector"));
    // prompt=none exists only with DEX_SESSIONS_ENABLED (server/authflow/authorize.go on master);
    // the sandbox's Dex never has a browser session, so the answer is always login_required.
    if (m_options.mfa && req.param(QStringLiteral("prompt")) == QLatin1String("none"))
        return gw::redirect(303,
                            req.param(QStringLiteral("redirect_uri")) + QLatin1Char('?') +
                                gw::encodeQuery({{"error", "login_required"},
                                                 {"state", req.param(QStringLiteral("state"))}}));
    const QString query = req.query.toString(QUrl::FullyEncoded);
    if (legacy()) {
        // Dex <= 2.28.1 stores the request here and hands its id to the connector pages.
        const DexAuthRequest &r = newAuthRequest(req, {});
        const auto link = [&r](const QString &id) {
            return QStringLiteral("/dex/auth/%1?req=%2").arg(id, r.id);
        };
        if (!connectorId.isEmpty())
            return gw::redirect(302, link(connectorId));
        if (m_options.connectors.size() == 1)
            return gw::redirect(302, link(m_options.connectors.first()));
        QList<QPair<QString, QString>> links;
        for (const QString &id : m_options.connectors)
            links.append({link(id), connectorName(id)});
        return gw::html(200, dexpages::chooser(links));
    }
    if (!connectorId.isEmpty())
        return gw::redirect(302, QStringLiteral("/dex/auth/%1?%2").arg(connectorId, query));
    if (m_options.connectors.size() == 1)
        return gw::redirect(
            302, QStringLiteral("/dex/auth/%1?%2").arg(m_options.connectors.first(), query));
    QList<QPair<QString, QString>> links;
    for (const QString &id : m_options.connectors)
        links.append({QStringLiteral("/dex/auth/%1?%2").arg(id, query), connectorName(id)});
    return gw::html(200, dexpages::chooser(links));
}

// GET /dex/auth/<id> (Dex >= 2.29): create the auth request, then the password page or the IdP.
HttpResponse DexEmulator::connectorStart(const HttpRequest &req, const QString &connector)
{
    if (!m_options.connectors.contains(connector))
        return errorPage(400, QStringLiteral("Requested resource does not exist."));
    if (req.method != "GET")
        return errorPage(400, QStringLiteral("Unsupported request method."));
    HttpResponse error;
    if (!validClient(req, &error))
        return error;
    const DexAuthRequest &r = newAuthRequest(req, connector);
    if (connector == QLatin1String("github"))
        return githubRedirect(req, r);
    // `back` returns to the chooser, and exists only when there is one.
    const QString back = m_options.connectors.size() > 1
                             ? QStringLiteral("/dex/auth?") + req.query.toString(QUrl::FullyEncoded)
                             : QString();
    return gw::redirect(302,
                        QStringLiteral("/dex/auth/%1/login?%2")
                            .arg(connector, gw::encodeQuery({{"back", back}, {"state", r.id}})));
}

// GET/POST /dex/auth/<id>?req= (Dex <= 2.28.1): the form lives on the connector URL itself.
HttpResponse DexEmulator::legacyPasswordPage(const HttpRequest &req, const QString &connector)
{
    if (!m_options.connectors.contains(connector))
        return errorPage(400, QStringLiteral("Requested resource does not exist."));
    const QString reqId = req.param(QStringLiteral("req"));
    if (reqId.isEmpty()) {
        // A client that names the connector directly: store the request, then come back with req.
        HttpResponse error;
        if (!validClient(req, &error))
            return error;
        const DexAuthRequest &r = newAuthRequest(req, connector);
        return gw::redirect(302, QStringLiteral("/dex/auth/%1?req=%2").arg(connector, r.id));
    }
    DexAuthRequest *r = m_state.authRequest(reqId);
    if (!r)
        return errorPage(400, QStringLiteral("Requested resource does not exist."));
    r->connector = connector;
    if (connector == QLatin1String("github"))
        return githubRedirect(req, *r);
    const QString postUrl = QStringLiteral("/dex/auth/%1?req=%2").arg(connector, reqId);
    if (req.method == "POST")
        return checkCredentials(req, *r, postUrl, {});
    return gw::html(200, dexpages::password(postUrl, usernamePrompt(connector), {}, {}, {}));
}

// GET/POST /dex/auth/<id>/login?back=&state= (Dex >= 2.29).
HttpResponse DexEmulator::passwordPage(const HttpRequest &req, const QString &connector)
{
    const QString stateId = req.param(QStringLiteral("state"));
    if (stateId.isEmpty())
        return errorPage(400, QStringLiteral("User session error."));
    DexAuthRequest *r = m_state.authRequest(stateId);
    if (!r)
        return errorPage(400, QStringLiteral("Requested resource does not exist."));
    if (r->connector != connector)
        return errorPage(500, QStringLiteral("Requested resource does not exist."));
    const QString back = req.param(QStringLiteral("back"));
    const QString postUrl = gw::requestUri(req); // the form posts to the URL it was served at
    if (req.method == "POST")
        return checkCredentials(req, *r, postUrl, back);
    if (req.method != "GET")
        return errorPage(400, QStringLiteral("Unsupported request method."));
    return gw::html(200, dexpages::password(postUrl, usernamePrompt(connector), {}, {}, back));
}

HttpResponse DexEmulator::checkCredentials(const HttpRequest &req, DexAuthRequest &authReq,
                                           const QString &postUrl, const QString &back)
{
    const QMap<QString, QString> form = gw::parseForm(req.body);
    const QString login = form.value(QStringLiteral("login"));
    ++m_state.counters.loginAttempts;
    ++m_state.counters.loginAttemptsByUser[login];
    const QString email =
        authenticate(authReq.connector, login, form.value(QStringLiteral("password")));
    if (email.isEmpty()) {
        // Dex >= 2.36 answers 401 (commit 7016a825); older Dex 200, with the same page.
        const QString message =
            QStringLiteral("Invalid %1 and password.").arg(usernamePrompt(authReq.connector));
        return gw::html(
            current() ? 401 : 200,
            dexpages::password(postUrl, usernamePrompt(authReq.connector), login, message, back));
    }
    authReq.user = email;
    if (m_options.mfa)
        return gw::redirect(
            303, QStringLiteral("/dex/mfa/totp?%1")
                     .arg(gw::encodeQuery({{"req", authReq.id}, {"hmac", authReq.hmac}})));
    // Dex <= 2.35 (finalizeLogin) always goes through /dex/approval, whose GET skips itself;
    // 2.31.2, what Kubeflow 1.6 - 1.7 ship, has no hmac yet (it came with 2.35).
    if (!current())
        return gw::redirect(303, QStringLiteral("/dex/approval?req=%1").arg(authReq.id));
    if (authReq.forceApproval && dexHonoursForcedApproval(m_options.mode))
        return gw::redirect(
            303, QStringLiteral("/dex/approval?req=%1&hmac=%2").arg(authReq.id, authReq.hmac));
    return sendCode(authReq);
}

// handleApproval: the request is looked up in storage first (unknown or consumed: 500
// "Database error."), expiry is only checked when the code is sent (sendCodeResponse).
HttpResponse DexEmulator::approval(const HttpRequest &req)
{
    DexAuthRequest *r = m_state.storedAuthRequest(req.param(QStringLiteral("req")));
    if (!r)
        return errorPage(500, QStringLiteral("Database error."));
    if (r->user.isEmpty())
        return errorPage(500, QStringLiteral("Login process not yet finalized."));
    if (current() && req.param(QStringLiteral("hmac")) != r->hmac)
        return errorPage(401, QStringLiteral("Unauthorized request"));
    const bool showPage = r->forceApproval && dexHonoursForcedApproval(m_options.mode);
    if (req.method == "GET") {
        if (!showPage) // skipApprovalScreen: true
            return sendCode(*r);
        return gw::html(200, dexpages::approval(r->id, kClientId));
    }
    if (req.method != "POST")
        return errorPage(400, QStringLiteral("Unsupported request method."));
    if (gw::parseForm(req.body).value(QStringLiteral("approval")) != QLatin1String("approve"))
        return errorPage(500, QStringLiteral("Approval rejected."));
    return sendCode(*r);
}

HttpResponse DexEmulator::sendCode(const DexAuthRequest &authReq)
{
    if (authReq.expiresAt <= m_state.now())
        return errorPage(400, QStringLiteral("User session has expired."));
    return toCallback(authReq);
}

// The sandbox has no TOTP secret a client could know: the page can only be shown, never passed.
HttpResponse DexEmulator::mfa(const HttpRequest &req)
{
    DexAuthRequest *r = m_state.authRequest(req.param(QStringLiteral("req")));
    if (!r || r->user.isEmpty())
        return errorPage(400, QStringLiteral("User session has expired."));
    if (req.param(QStringLiteral("hmac")) != r->hmac)
        return errorPage(401, QStringLiteral("Unauthorized request"));
    if (req.method == "POST")
        return gw::html(401, dexpages::totp(QStringLiteral("Invalid code. Please try again.")));
    return gw::html(200, dexpages::totp({}));
}

HttpResponse DexEmulator::toCallback(const DexAuthRequest &authReq)
{
    const QString code = m_state.issueCode(authReq.user, authReq.redirectUri);
    const QString location = authReq.redirectUri + QLatin1Char('?') +
                             gw::encodeQuery({{"code", code}, {"state", authReq.clientState}});
    m_state.dropAuthRequest(authReq.id);
    return gw::redirect(303, location);
}

HttpResponse DexEmulator::githubRedirect(const HttpRequest &req,
                                         const DexAuthRequest &authReq) const
{
    const QString host = QString::fromLatin1(req.header("host"));
    const QString callback =
        QStringLiteral("%1://%2/dex/callback").arg(m_tls ? "https" : "http", host);
    return gw::redirect(302, QStringLiteral("https://github.com/login/oauth/authorize?") +
                                 gw::encodeQuery({{"client_id", "kfp-sandbox-github-client"},
                                                  {"redirect_uri", callback},
                                                  {"response_type", "code"},
                                                  {"scope", "user:email read:org"},
                                                  {"state", authReq.id}}));
}

QString DexEmulator::authenticate(const QString &connector, const QString &login,
                                  const QString &password) const
{
    for (const auto &user : m_options.users) {
        if (user.second != password)
            continue;
        // Dex's local connector matches the email case-insensitively.
        if (user.first.compare(login, Qt::CaseInsensitive) == 0)
            return user.first;
        if (connector == QLatin1String("ldap") &&
            user.first.section(QLatin1Char('@'), 0, 0) == login)
            return user.first;
    }
    return {};
}

} // namespace kfp::sandbox
