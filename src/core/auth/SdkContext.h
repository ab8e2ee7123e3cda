#pragma once

// Interop with the kfp Python SDK's context file, ~/.config/kfp/context.json (the SDK builds the
// path from the home directory, not from XDG_CONFIG_HOME). The SDK reads `namespace` as the
// default namespace and `client_authentication_cookie` as the Cookie header of kfp.Client().
//
// We read `namespace` as the default namespace of a new profile. We write only on the user's
// explicit "share this login" action (the cookie then sits in a plain file: the caller warns), and
// remove on logout exactly what we wrote, leaving the file's other keys alone.

#include <QCoreApplication>
#include <QString>

namespace kfp {

class SdkContext final
{
    Q_DECLARE_TR_FUNCTIONS(kfp::SdkContext)
public:
    explicit SdkContext(QString path = defaultPath());
    static QString defaultPath();
    QString path() const { return m_path; }

    QString readNamespace() const; // "" when the file or the key is missing
    QString readCookie() const;
    // Sets `namespace` (when non-empty) and `client_authentication_cookie`, keeping other keys;
    // the file is created with owner-only permissions. False and *error (translated) on failure.
    bool write(const QString &namespaceName, const QString &cookieHeader, QString *error = nullptr);
    // Removes `client_authentication_cookie` when it is the value we wrote (a newer login by the
    // SDK is left alone), and `namespace` when it equals namespaceName.
    bool remove(const QString &cookieHeader, const QString &namespaceName,
                QString *error = nullptr);

private:
    QString m_path;
};

} // namespace kfp
