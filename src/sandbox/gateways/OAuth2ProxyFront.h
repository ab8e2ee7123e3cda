#pragma once

#include "sandbox/gateways/LoginFront.h"

#include <QStringList>

namespace kfp::sandbox {

// oauth2-proxy as configured by kubeflow/manifests (see docs/login.md): cookie
// `oauth2_proxy_kubeflow` (split into _0, _1 when large), CSRF cookie `oauth2_proxy_kubeflow_csrf`,
// /oauth2/start, /oauth2/callback, /oauth2/sign_out.
// - Kubeflow 1.8's optional overlay (v7.4.0, no cookie_name, no skip_provider_button): cookie
//   `_oauth2_proxy` (168 h), the 403 "Sign In" page for every unauthenticated request, APIs
//   included; approval_prompt=force, which Dex 2.36 ignores.
// - Kubeflow 1.9.0 (skip_provider_button, no api_routes): every unauthenticated request is
//   302'd to Dex with approval_prompt=force, which makes Dex show its approval page.
// - Kubeflow >= 1.9.1: 401 `{}` for api_routes (/api/, /apis/, ^/ml_metadata), 403 "Sign In"
//   page otherwise; prompt=none (no approval page); any request with an Authorization header
//   skips oauth2-proxy and is judged by Istio's JWT validation alone.
class OAuth2ProxyFront final : public LoginFront
{
public:
    OAuth2ProxyFront(const AuthOptions &options, AuthState &state, const JwtIssuer &jwt);

    QString callbackPath() const override { return QStringLiteral("/oauth2/callback"); }
    bool ownsPath(const QString &path) const override;
    HttpResponse handle(const HttpRequest &req) override;
    Verdict authenticate(const HttpRequest &req) override;

private:
    bool v190() const { return m_options.mode == AuthMode::OAuth2Proxy190; }
    bool v18() const { return m_options.mode == AuthMode::OAuth2Proxy18; }
    bool current() const { return m_options.mode == AuthMode::OAuth2Proxy; } // >= 1.9.1
    QString cookieName() const;
    QString csrfCookieName() const { return cookieName() + QStringLiteral("_csrf"); }
    HttpResponse start(const QString &rd);
    HttpResponse callback(const HttpRequest &req);
    HttpResponse signOut(const HttpRequest &req);
    HttpResponse signInPage(const HttpRequest &req, const QString &rd) const;
    // The session value the request carries (whole cookie or its parts joined), and the names
    // of the session cookies it sent.
    QString sessionValue(const HttpRequest &req, QStringList *names = nullptr) const;
    QString newSessionValue() const;
    bool emailAllowed(const QString &email) const; // email_domains
};

} // namespace kfp::sandbox
