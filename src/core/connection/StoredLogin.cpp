#include "StoredLogin.h"

#include "auth/ConnectionProfile.h"
#include "auth/CredentialStore.h"
#include "auth/JwtInfo.h"
#include "auth/Session.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

namespace kfp {

namespace {

// The texts belong to the Connection, which shows them (translation context kfp::Connection).
QString loginNeeded(const ConnectionProfile &profile)
{
    return QCoreApplication::translate("kfp::Connection", "Log in to %1.").arg(profile.name);
}

void restoreCookies(CredentialStore *store, Session *session, const ConnectionProfile &profile,
                    QObject *context, const QString &stored,
                    std::function<void(const StoredLogin &)> done)
{
    const QList<QNetworkCookie> jar = CredentialStore::decodeCookies(stored);
    if (!jar.isEmpty())
        session->setCookies(jar);
    StoredLogin login;
    if (profile.authMode != ConnectionProfile::AuthMode::Dex || !profile.rememberPassword) {
        if (jar.isEmpty()) { // expired or never stored, and nothing to log in with
            login.usable = false;
            login.missing = loginNeeded(profile);
        }
        done(login);
        return;
    }
    QPointer<Session> guard(session);
    store->read(
        CredentialStore::key(profile.name, CredentialStore::Kind::Password), context,
        [guard, profile, empty = jar.isEmpty(), done](const CredentialResult &r) {
            if (!guard)
                return;
            if (r.ok && !r.value.isEmpty())
                guard->setLoginCredentials({profile.username, r.value, profile.connectorId});
            // Without a cookie the first request meets the gateway's "not logged in";
            // the Session then logs in with the remembered password and replays it.
            StoredLogin login;
            if (empty && !guard->hasLoginCredentials()) {
                login.usable = false;
                login.missing = loginNeeded(profile);
            }
            done(login);
        });
}

} // namespace

void restoreStoredLogin(CredentialStore *store, Session *session, const ConnectionProfile &profile,
                        QObject *context, std::function<void(const StoredLogin &)> done)
{
    using Mode = ConnectionProfile::AuthMode;
    if (!store || profile.name.isEmpty() || profile.authMode == Mode::None) {
        QMetaObject::invokeMethod(
            context, [done] { done(StoredLogin()); }, Qt::QueuedConnection);
        return;
    }
    QPointer<Session> guard(session);
    if (profile.authMode == Mode::Token) {
        store->read(CredentialStore::key(profile.name, CredentialStore::Kind::Token), context,
                    [guard, done](const CredentialResult &r) {
                        if (!guard)
                            return;
                        StoredLogin login;
                        if (!r.ok || r.value.isEmpty()) {
                            login.usable = false;
                            login.missing = QCoreApplication::translate(
                                "kfp::Connection",
                                "No token is stored for this profile: paste one to connect.");
                            done(login);
                            return;
                        }
                        guard->setBearerToken(r.value);
                        const JwtInfo jwt = JwtInfo::decode(r.value);
                        if (jwt.isValid())
                            login.user = jwt.identity();
                        done(login);
                    });
        return;
    }
    store->read(CredentialStore::key(profile.name, CredentialStore::Kind::Cookies), context,
                [store, guard, profile, context, done](const CredentialResult &r) {
                    if (guard)
                        restoreCookies(store, guard, profile, context, r.ok ? r.value : QString(),
                                       done);
                });
}

} // namespace kfp
