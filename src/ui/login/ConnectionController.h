#pragma once

// Keeps the app connected with the current profile, and is what the main window asks about it.
//
//   start()          at launch: reuse the stored session (cookie or token from the keychain, no
//                    password prompt while it is valid; a remembered password renews it), else
//                    open the LoginDialog (first start, session gone with no stored password).
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

class CredentialStore;
class KfpClient;
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
    ConnectionController(ProfileStore *profiles, CredentialStore *credentials, Session *session,
                         KfpClient *client, Prompter *prompter, QWidget *window,
                         QObject *parent = nullptr);
    ~ConnectionController() override;

    void setSdkContextPath(const QString &path) { m_sdkContextPath = path; }

    void start();
    void showLoginDialog(const QString &reason = {});
    void switchProfile(const QString &name);
    void logout();
    void shareWithSdk();

    bool isConnected() const { return m_connected; }
    QString currentProfile() const { return m_profile.name; }
    QString userName() const { return m_user; }
    QString namespaceName() const { return m_profile.namespaceName; }
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
    void applyProfile(const ConnectionProfile &profile);
    void connectStored();
    void useStoredCookies(const ConnectionProfile &profile, const QString &cookies);
    void validate();
    void onLoggedIn(const ConnectionProfile &profile, const LoginResult &result,
                    const QString &password);
    void storeSecrets(const ConnectionProfile &profile, const LoginResult &result,
                      const QString &password);
    void finishLogout();
    void setConnected(bool on);
    void writeSdkContext();

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    Session *m_session;
    KfpClient *m_client;
    Prompter *m_prompter;
    QPointer<QWidget> m_window;
    QPointer<LoginDialog> m_dialog;
    ConnectionProfile m_profile;
    QString m_user;
    QString m_sdkContextPath;
    quint64 m_attempt = 0; // stale answers of an earlier start/switch are ignored
    bool m_connected = false;
};

} // namespace kfp
