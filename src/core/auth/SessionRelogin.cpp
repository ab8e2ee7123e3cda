// Session, part two: the one shared re-login when the gateway says the session is gone, and the
// replay of the requests that were waiting for it (docs/login.md).

#include "Session.h"

#include "net/Logging.h"

#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>

namespace kfp {

void Session::setLoginCredentials(const LoginCredentials &credentials)
{
    m_credentials = credentials;
}

void Session::clearLoginCredentials()
{
    m_credentials = {};
}

void Session::resumeAfterUserAction()
{
    m_autoLoginBlocked = false;
    m_lastAutomaticLogin.invalidate();
}

DexLogin *Session::login(const LoginCredentials &credentials)
{
    if (m_relogin) { // a user-driven login replaces whatever was running
        m_relogin->disconnect(this);
        m_relogin->cancel();
        m_relogin->deleteLater();
    }
    m_waitingForUser = false;
    m_credentials = credentials;
    auto *dex = new DexLogin(baseUrl(), credentials, this);
    dex->setTlsTrust(tlsTrust());
    dex->setTimeout(defaultTimeout());
    m_relogin = dex;
    m_reloginAutomatic = false;
    connect(dex, &DexLogin::finished, this, [this, dex] { onLoginFinished(dex, false); });
    dex->start();
    return dex;
}

bool Session::requestRelogin(quint64 sentGeneration, QObject *context,
                             std::function<void(const ApiError &)> resume)
{
    if (authMode() == AuthMode::Bearer)
        return false; // a pasted token is not renewed by logging in (JwtRejected is an error)
    if (sentGeneration != credentialGeneration() && !m_relogin && !m_waitingForUser) {
        // The request went out with the previous session; a newer one exists: just replay it.
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, resume] {
                if (guard)
                    resume(ApiError());
            },
            Qt::QueuedConnection);
        return true;
    }
    const bool canAsk = isSignalConnected(QMetaMethod::fromSignal(&Session::credentialsRequired));
    const bool busy = m_relogin || m_waitingForUser;
    if (!busy) {
        const bool rateLimited =
            m_lastAutomaticLogin.isValid() &&
            m_lastAutomaticLogin.elapsed() < MinSecondsBetweenAutomaticLogins * 1000;
        const bool automatic = hasLoginCredentials() && !m_autoLoginBlocked && !rateLimited;
        if (!automatic && !canAsk)
            return false;
        m_waiters.append({QPointer<QObject>(context), std::move(resume)});
        Q_EMIT sessionExpired();
        if (automatic) {
            startAutomaticLogin();
        } else {
            m_waitingForUser = true;
            Q_EMIT credentialsRequired(
                m_autoLoginBlocked ? tr("The last automatic login failed. Please log in again.")
                                   : tr("Your session has expired. Please log in again."));
        }
        return true;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(resume)});
    return true;
}

void Session::startAutomaticLogin()
{
    ++m_automaticLogins;
    m_lastAutomaticLogin.start();
    qCInfo(lcAuth) << "session gone: logging in again automatically";
    auto *dex = new DexLogin(baseUrl(), m_credentials, this);
    dex->setTlsTrust(tlsTrust());
    dex->setTimeout(defaultTimeout());
    m_relogin = dex;
    m_reloginAutomatic = true;
    connect(dex, &DexLogin::finished, this, [this, dex] { onLoginFinished(dex, true); });
    // An automatic login cannot ask anything: a connector choice or a missing password fails it.
    connect(dex, &DexLogin::needsUserInput, dex, [dex] { dex->cancel(); });
    Q_EMIT reloginStarted(dex);
    dex->start();
}

void Session::onLoginFinished(DexLogin *dex, bool automatic)
{
    if (m_relogin == dex)
        m_relogin = nullptr;
    dex->deleteLater();
    if (dex->ok()) {
        if (dex->loginRequired())
            setCookies(dex->sessionCookies());
        else
            setAuthNone(); // the API is open: nothing to send
        m_autoLoginBlocked = false;
        Q_EMIT cookiesChanged();
        Q_EMIT reloginFinished(true, {});
        resumeWaiters(ApiError());
        return;
    }
    if (automatic) {
        // No second automatic attempt until the user acts: a wrong stored password must not lock
        // the account or flood Dex (docs/login.md, "Re-login and replay").
        m_autoLoginBlocked = true;
    }
    Q_EMIT reloginFinished(false, dex->errorMessage());
    if (!automatic) {
        // The dialog stays open for another try; the waiting requests keep waiting for it (or
        // for cancelRelogin()).
        m_waitingForUser = !m_waiters.isEmpty();
        return;
    }
    if (isSignalConnected(QMetaMethod::fromSignal(&Session::credentialsRequired))) {
        m_waitingForUser = true;
        Q_EMIT credentialsRequired(dex->errorMessage());
        return;
    }
    ApiError error(ApiError::Kind::Unauthorized,
                   dex->errorDetails().isEmpty() ? dex->errorMessage() : dex->errorDetails());
    error.setDetails(dex->errorMessage());
    resumeWaiters(error);
}

void Session::cancelRelogin()
{
    if (m_relogin) {
        m_relogin->disconnect(this);
        m_relogin->cancel();
        m_relogin->deleteLater();
        m_relogin = nullptr;
    }
    m_waitingForUser = false;
    resumeWaiters(ApiError(ApiError::Kind::Unauthorized,
                           QStringLiteral("login canceled: the session has expired")));
}

void Session::completeRelogin()
{
    if (m_relogin) { // the outside login supersedes any attempt still running here
        m_relogin->disconnect(this);
        m_relogin->cancel();
        m_relogin->deleteLater();
        m_relogin = nullptr;
    }
    m_autoLoginBlocked = false;
    m_lastAutomaticLogin.invalidate();
    Q_EMIT reloginFinished(true, {});
    resumeWaiters(ApiError());
}

void Session::resumeWaiters(const ApiError &error)
{
    m_waitingForUser = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.resume(error);
    }
}

} // namespace kfp
