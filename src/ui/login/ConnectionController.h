#pragma once

// The login side of the app's Connection: the dialogs and the profile and secret bookkeeping
// around it. Connecting itself (stored credentials, API detection, namespaces) is the
// Connection's; this shows the LoginDialog whenever the Connection needs a login, and hands the
// dialog's result back to it.
//
//   start()          at launch: the Connection opens the current profile (the stored session,
//                    no password prompt while it is valid; a remembered password renews it),
//                    else the LoginDialog opens (first start, session gone with no password).
//   showLoginDialog  the user's "Connect…" action; also opened when the Session asks for
//                    credentials in the middle of work (credentialsRequired).
//   switchProfile    connect with another saved profile.
//   logout           gateway sign-out, keychain entries and SDK context entries removed.
//   shareWithSdk     "Share this login with the kfp Python SDK": asks first (the cookie then sits
//                    in a plain file), then writes ~/.config/kfp/context.json.
//
// Non-modal throughout: dialogs are opened with open(), answers arrive as signals.

#include "LoginDialog.h"
#include "api/ApiTypes.h"
#include "auth/ConnectionProfile.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace kfp {

class Connection;
class CredentialStore;
class ProfileStore;
class Prompter;
class Session;
struct LoginResult;

class ConnectionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionController)
public:
    // None is owned. window: parent of the dialogs (may be nullptr in tests).
    ConnectionController(ProfileStore *profiles, CredentialStore *credentials,
                         Connection *connection, Prompter *prompter, QWidget *window,
                         QObject *parent = nullptr);
    ~ConnectionController() override;

    void setSdkContextPath(const QString &path) { m_sdkContextPath = path; }

    void start();
    // Connects with this profile (an unnamed one: a plain URL such as the sandbox's).
    void open(const ConnectionProfile &profile);
    void showLoginDialog(const QString &reason = {});
    void switchProfile(const QString &name);
    void logout();
    void shareWithSdk();

    bool isConnected() const { return m_connected; }
    QString currentProfile() const;
    QString userName() const;
    QString namespaceName() const;
    ApiVersion apiVersion() const;
    bool isMultiUser() const;
    QString statusText() const; // one line for the status bar, translated
    LoginDialog *loginDialog() const { return m_dialog; }

Q_SIGNALS:
    // The live Session works with currentProfile(): (re)load what is shown.
    void connected();
    // No usable connection any more (logout, switching profile).
    void disconnected();
    void profileChanged(const QString &name);
    void namespaceChanged(const QString &namespaceName);
    void statusChanged(const QString &text);
    // The SDK context file was written (true) or removed (false).
    void sdkContextShared(bool shared);

private:
    void onStateChanged();
    void onLoggedIn(const ConnectionProfile &profile, const LoginResult &result,
                    const QString &password);
    void storeSecrets(const ConnectionProfile &profile, const LoginResult &result,
                      const QString &password);
    void finishLogout();
    void setConnected(bool on);
    void writeSdkContext();

    Session *session() const;
    // The current profile as saved (else as the connection has it).
    ConnectionProfile storedProfile() const;

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    Connection *m_connection;
    Prompter *m_prompter;
    QPointer<QWidget> m_window;
    QPointer<LoginDialog> m_dialog;
    QString m_sdkContextPath;
    bool m_connected = false;
};

} // namespace kfp
