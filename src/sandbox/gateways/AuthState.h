#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace kfp::sandbox {

// One Dex authorization request (Dex's storage.AuthRequest): created when the client reaches the
// connector, logged in by the password POST, consumed when Dex redirects with a code.
struct DexAuthRequest
{
    QString id;
    QString connector;
    QString redirectUri;        // the OAuth client's callback, e.g. "/oauth2/callback"
    QString clientState;        // the client's `state`, handed back with the code
    bool forceApproval = false; // approval_prompt=force (oauth2-proxy 1.9.0)
    QString user;               // set once the password was accepted
    QString hmac;               // base64url, guards /dex/approval
    qint64 expiresAt = 0;
};

// Everything the gateway remembers, with one clock. Sessions are kept server-side (unlike the
// real oauth2-proxy cookie store) so that sign-out and expireSessions() can end them for tests.
class AuthState final
{
public:
    struct Counters
    {
        int loginAttempts = 0;                   // password POSTs to Dex, any outcome
        QHash<QString, int> loginAttemptsByUser; // by the `login` field as typed
        int successfulLogins = 0;                // session cookies issued by a callback
        int signOuts = 0;
        int gatewayHits = 0;    // requests the gateway answered itself (not passed to the API)
        int deniedRequests = 0; // of those, "not logged in" / bad token answers
    };

    qint64 now() const;
    void advanceClock(qint64 secs) { m_offset += secs; }

    DexAuthRequest &newAuthRequest(qint64 ttlSecs);
    DexAuthRequest *authRequest(const QString &id); // nullptr when unknown or expired
    // Also an expired request that Dex's storage still holds (Dex collects them only every few
    // minutes); nullptr when unknown or already consumed.
    DexAuthRequest *storedAuthRequest(const QString &id);
    void dropAuthRequest(const QString &id) { m_authRequests.remove(id); }

    // Dex authorization codes: one use, for the same redirect_uri, 30 minutes (Dex server.go).
    QString issueCode(const QString &user, const QString &redirectUri);
    std::optional<QString> redeemCode(const QString &code, const QString &redirectUri);

    // Sessions are keyed by the complete cookie value the client must send back.
    void addSession(const QString &value, const QString &user, qint64 ttlSecs);
    std::optional<QString> sessionUser(const QString &value) const;
    void revokeSession(const QString &value) { m_sessions.remove(value); }
    void expireSessions() { m_sessions.clear(); }

    // One-shot login nonces (oauth2-proxy CSRF, authservice state) with what to return to.
    void putNonce(const QString &nonce, const QString &payload, qint64 ttlSecs);
    std::optional<QString> takeNonce(const QString &nonce);

    Counters counters;

private:
    struct Expiring
    {
        QString value;
        qint64 expiresAt = 0;
        QString extra;
    };
    QHash<QString, DexAuthRequest> m_authRequests;
    QHash<QString, Expiring> m_codes;
    QHash<QString, Expiring> m_sessions;
    QHash<QString, Expiring> m_nonces;
    qint64 m_offset = 0;
};

} // namespace kfp::sandbox
