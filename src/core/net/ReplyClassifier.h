#pragma once

// Names what a reply from a Kubeflow install means (docs/login.md, Classifying): a JSON answer from
// KFP, one of the gateways saying "no session", a Dex page of the login flow, or a refusal by KFP
// or Istio. Used by both the login state machine (DexLogin) and the API interceptor (Session).
// Pure: looks only at the facts copied out of a reply, so it is tested without a network.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace kfp {

struct ReplyFacts
{
    int status = 0;               // HTTP status, 0 if none (transport error)
    bool transportError = false;  // QNetworkReply error without an HTTP status
    QByteArray contentType;       // Content-Type header, as sent
    QUrl url;                     // the request URL
    QUrl location;                // Location header resolved against url (redirects)
    QList<QByteArray> setCookies; // names of the cookies the reply sets
    QByteArray wwwAuthenticate;   // WWW-Authenticate header
    QByteArray body;              // the first bytes of the body (64 KB are plenty)
    QUrl baseUrl;                 // the profile's base URL (for "external" redirects)
};

class ReplyClassifier final
{
public:
    enum class Signal
    {
        JsonOk,
        GatewayUnauth401Json, // oauth2-proxy >= 1.9.1 on an API route: 401 application/json {}
        JwtRejected401,       // Istio jwt_authn: "Jwt is expired", "Jwks doesn't have key..."
        KfpUnauthenticated,   // reached KFP without a kubeflow-userid header
        KfpPermissionDenied,  // 403 JSON code 7
        IstioRbacDenied,      // 403 "RBAC: access denied"
        Oauth2SignInPage,     // 403 HTML sign-in page of oauth2-proxy >= 1.9.1
        Oauth2ErrorPage,      // "Login Failed: ..." at /oauth2/callback
        RedirectToDex,
        RedirectToOauth2,
        RedirectToApproval,
        RedirectToMfa,
        RedirectToCallback,
        RedirectExternal,
        RedirectOther,
        DexChooser,
        DexPasswordForm,
        DexInvalidCredentials,
        DexApprovalPage,
        DexErrorPage,
        HtmlWhereJsonExpected,
        HeaderTooLarge,
        NotFound,
        TransportError,
        OtherError, // any other 4xx/5xx
        OtherOk,    // any other 2xx (e.g. a non-JSON body where none was expected)
    };

    static Signal classify(const ReplyFacts &facts);

    // The signals after which the gateway has refused the request because there is no valid
    // session: the request never reached KFP, so it may be replayed after a new login.
    static bool isSessionGone(Signal signal, bool tokenMode);
    static bool isRedirect(int status) { return status >= 300 && status < 400 && status != 304; }
    static bool isHtml(const ReplyFacts &facts);
    static const char *name(Signal signal);
};

// What the Dex pages hold, read structurally (distributions re-theme the templates).
namespace DexHtml {

struct Connector
{
    QString id;   // last path segment of /dex/auth/<id>
    QString name; // link text after "Log in with"
    QUrl url;     // resolved href
};

QList<Connector> connectors(const QByteArray &html, const QUrl &pageUrl);
// The form's action resolved against the page URL; the page URL when the form has none.
QUrl formAction(const QByteArray &html, const QUrl &pageUrl);
QString hiddenInput(const QByteArray &html, const QString &name);
// The text of <div id="login-error">, e.g. "Invalid Email Address and password."
QString loginError(const QByteArray &html);
// The label of the `login` input (Dex's UsernamePrompt, e.g. "Email Address").
QString usernamePrompt(const QByteArray &html);
// Dex's error page: "<h2>Bad Request</h2><p>User session error.</p>" -> "User session error."
QString errorMessage(const QByteArray &html);
QString decodeEntities(QString text);

} // namespace DexHtml

} // namespace kfp
