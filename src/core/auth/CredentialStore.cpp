#include "CredentialStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace kfp {

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::key(const QString &profile, Kind kind)
{
    switch (kind) {
    case Kind::Cookies:
        return profile + QLatin1String("/cookies");
    case Kind::Token:
        return profile + QLatin1String("/token");
    case Kind::Password:
        break;
    }
    return profile + QLatin1String("/password");
}

void CredentialStore::answerLater(QObject *context, Callback done, CredentialResult result)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, done = std::move(done), result = std::move(result)] {
        if (guard)
            done(result);
    });
}

namespace {
CredentialResult okResult()
{
    CredentialResult r;
    r.ok = true;
    return r;
}
} // namespace

void CredentialStore::removeProfile(const QString &profile, QObject *context, Callback done)
{
    struct State
    {
        int pending = 3;
        CredentialResult outcome = okResult();
    };
    auto state = std::make_shared<State>();
    for (Kind kind : {Kind::Cookies, Kind::Token, Kind::Password}) {
        remove(key(profile, kind), context, [state, done](const CredentialResult &r) {
            if (!r.ok && !r.notFound && state->outcome.ok)
                state->outcome = r;
            if (--state->pending == 0)
                done(state->outcome);
        });
    }
}

QString CredentialStore::encodeCookies(const QList<QNetworkCookie> &cookies)
{
    QJsonArray array;
    for (const QNetworkCookie &c : cookies) {
        QJsonObject o{
            {QStringLiteral("name"), QString::fromUtf8(c.name())},
            {QStringLiteral("value"), QString::fromUtf8(c.value())},
            {QStringLiteral("path"), c.path().isEmpty() ? QStringLiteral("/") : c.path()}};
        if (!c.isSessionCookie())
            o.insert(QStringLiteral("expires"), c.expirationDate().toUTC().toString(Qt::ISODate));
        if (c.isSecure())
            o.insert(QStringLiteral("secure"), true);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QNetworkCookie> CredentialStore::decodeCookies(const QString &text, const QDateTime &now)
{
    QList<QNetworkCookie> out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        QNetworkCookie c(o.value(QLatin1String("name")).toString().toUtf8(),
                         o.value(QLatin1String("value")).toString().toUtf8());
        if (c.name().isEmpty())
            continue;
        c.setPath(o.value(QLatin1String("path")).toString(QStringLiteral("/")));
        c.setSecure(o.value(QLatin1String("secure")).toBool());
        const QString expires = o.value(QLatin1String("expires")).toString();
        if (!expires.isEmpty()) {
            const QDateTime when = QDateTime::fromString(expires, Qt::ISODate);
            if (when.isValid() && when <= now)
                continue; // expired: useless, and the gateway would only say "session gone"
            c.setExpirationDate(when);
        }
        out.append(c);
    }
    return out;
}

} // namespace kfp
