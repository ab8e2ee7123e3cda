#pragma once

// One way of reaching a KFP server (docs/login.md): everything but the secrets, which live in
// the CredentialStore under the profile's name.

#include <QString>
#include <QUrl>

namespace kfp {

struct ConnectionProfile
{
    enum class AuthMode
    {
        None,   // standalone KFP or a port-forward to ml-pipeline
        Dex,    // Dex form login through oauth2-proxy or oidc-authservice
        Token,  // a pasted bearer token (Dex ID token or a service-account token)
        Cookie, // a pasted "name=value; ..." cookie string copied from a browser
    };

    QString name;
    QUrl url; // as the user gave it, normalized: e.g. https://kubeflow.example.com/pipeline
    AuthMode authMode = AuthMode::None;
    QString username;
    QString connectorId; // Dex connector: "local", "ldap"...; empty = ask when there is a choice
    QString namespaceName;
    QString apiVersion = QStringLiteral("auto"); // auto, v1beta1, v2beta1
    bool rememberPassword = false;               // off by default (docs/login.md)
    QString caFile;                              // extra CAs (PEM) for this profile
    QString pinnedSha256; // the leaf certificate the user chose to trust, for this profile only
    bool sdkContextShared = false; // the login was written to ~/.config/kfp/context.json

    // Trims, adds https:// when no scheme is given, drops the trailing '/' (keeps any path such
    // as /pipeline: that is where the API answers behind the dashboard).
    static QUrl normalizeUrl(const QString &text);
    // The URL where the gateway's own paths (/dex, /oauth2, /api/workgroup) live: the base URL
    // without a trailing "/pipeline".
    static QUrl gatewayRoot(const QUrl &baseUrl);
    // A password sent over plain http to a host that is not this machine can be read on the way.
    static bool passwordWouldBeExposed(const QUrl &url);

    static QString authModeKey(AuthMode mode);
    static AuthMode authModeFromKey(const QString &key);
};

} // namespace kfp
