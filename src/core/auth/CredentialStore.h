#pragma once

// Where a profile's secrets live: the session cookies (with their expiry), a bearer token, and
// the password only when "Remember password" is ticked. One entry per (profile, kind); the keys
// are "<profile>/cookies", "<profile>/token" and "<profile>/password".
//
// The interface is asynchronous because the OS keychain is (QtKeychain jobs need the event loop).
// Every call answers exactly once through `done`, queued, on the context object's thread, and not
// at all when `context` is destroyed first.

#include <QDateTime>
#include <QList>
#include <QNetworkCookie>
#include <QObject>
#include <QString>
#include <functional>

namespace kfp {

struct CredentialResult
{
    bool ok = false;
    bool notFound = false;     // read/remove: no such entry (not an error for remove)
    bool inMemoryOnly = false; // write: no keychain answered, kept for this run only
    QString value;             // read
    QString error;             // the backend's message (English)
};

class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)
public:
    enum class Kind
    {
        Cookies,
        Token,
        Password
    };
    using Callback = std::function<void(const CredentialResult &)>;

    ~CredentialStore() override;

    static QString key(const QString &profile, Kind kind);

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context,
                       Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
    // Removes the three entries of a profile; done gets the first real error, if any.
    void removeProfile(const QString &profile, QObject *context, Callback done);

    // True once secrets are only held in memory (no keychain answered).
    virtual bool isMemoryOnly() const = 0;

    // Cookies as stored: JSON [{"name","value","expires"(ISO, optional),"path"}]. Session cookies
    // without an expiry are stored as they are; decodeCookies drops the expired ones.
    static QString encodeCookies(const QList<QNetworkCookie> &cookies);
    static QList<QNetworkCookie>
    decodeCookies(const QString &text, const QDateTime &now = QDateTime::currentDateTimeUtc());

Q_SIGNALS:
    // Emitted once when the store falls back to memory; reason is the keychain's message.
    void fellBackToMemory(const QString &reason);

protected:
    explicit CredentialStore(QObject *parent = nullptr);
    // Calls done(result) from the event loop, unless context is gone by then.
    static void answerLater(QObject *context, Callback done, CredentialResult result);
};

} // namespace kfp
