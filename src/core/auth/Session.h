#pragma once

// The HttpSession of a Kubeflow gateway: the same requests, plus logging in again when the
// gateway says the session is gone (401 {}, a 302 to /dex or /oauth2, the 403 sign-in page, HTML
// where JSON was expected). ApiJob calls requestRelogin(): the Session runs ONE shared re-login
// for all waiting requests (with the credentials given by setLoginCredentials(), else it asks the
// UI through credentialsRequired() and waits for login() or cancelRelogin()), then each waiting
// request is replayed once. Loops are impossible: at most one automatic login per 30 s, and none
// at all after an automatic login failed, until the user acts (login() or
// resumeAfterUserAction()). The rules and their tests: docs/login.md.

#include "DexLogin.h"
#include "net/HttpSession.h"

#include <QElapsedTimer>
#include <QPointer>

namespace kfp {

class Session final : public HttpSession
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)
public:
    explicit Session(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~Session() override;

    // Credentials kept in memory for automatic re-login (from the keychain when "remember
    // password" was ticked, or typed in this run).
    void setLoginCredentials(const LoginCredentials &credentials);
    void clearLoginCredentials();
    bool hasLoginCredentials() const { return !m_credentials.password.isEmpty(); }
    LoginCredentials loginCredentials() const { return m_credentials; }

    // A user-driven login with these credentials: on success the session's cookies are set,
    // waiting requests are replayed and automatic re-login is allowed again. The returned login is
    // owned by the session; connect to its signals for progress and errors (see DexLogin.h).
    DexLogin *login(const LoginCredentials &credentials);
    bool requestRelogin(quint64 sentGeneration, QObject *context,
                        std::function<void(const ApiError &)> resume) override;
    // Fails every waiting request (the user closed the login dialog).
    void cancelRelogin();
    // The credentials were renewed outside the session (e.g. a login dialog ran its own attempt
    // and set the new cookies or token): the waiting requests are replayed with them now.
    void completeRelogin();
    // The user acted (e.g. pressed "Retry"): automatic re-login is allowed again.
    void resumeAfterUserAction();
    bool isReloginBlocked() const { return m_autoLoginBlocked; }
    bool isReloginInProgress() const { return m_relogin || m_waitingForUser; }
    int automaticLoginCount() const { return m_automaticLogins; }
    static constexpr int MinSecondsBetweenAutomaticLogins = 30;

Q_SIGNALS:
    // The gateway said the session is gone; a re-login is starting or being asked for.
    void sessionExpired();
    // No stored password (or automatic login is not allowed now): the UI should ask the user and
    // call login(), or cancelRelogin(). reason is translated.
    void credentialsRequired(const QString &reason);
    void reloginStarted(kfp::DexLogin *login);
    // ok false: message is translated (Dex's own message for a wrong password).
    void reloginFinished(bool ok, const QString &message);
    // New session cookies (after any login): the app stores them in the keychain.
    void cookiesChanged();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(const ApiError &)> resume;
    };
    void startAutomaticLogin();
    void onLoginFinished(DexLogin *login, bool automatic);
    void resumeWaiters(const ApiError &error);

    LoginCredentials m_credentials;
    QPointer<DexLogin> m_relogin;
    bool m_reloginAutomatic = false;
    bool m_waitingForUser = false;
    bool m_autoLoginBlocked = false;
    QElapsedTimer m_lastAutomaticLogin;
    int m_automaticLogins = 0;
    QList<Waiter> m_waiters;
};

} // namespace kfp
