#include "sandbox/gateways/AuthState.h"

#include "sandbox/gateways/GatewayHttp.h"

#include <QDateTime>

namespace kfp::sandbox {

qint64 AuthState::now() const
{
    return QDateTime::currentSecsSinceEpoch() + m_offset;
}

DexAuthRequest &AuthState::newAuthRequest(qint64 ttlSecs)
{
    DexAuthRequest r;
    r.id = gw::randomId();
    r.hmac = gw::randomToken(32);
    r.expiresAt = now() + ttlSecs;
    return m_authRequests.insert(r.id, r).value();
}

DexAuthRequest *AuthState::authRequest(const QString &id)
{
    auto it = m_authRequests.find(id);
    if (it == m_authRequests.end())
        return nullptr;
    if (it->expiresAt <= now()) {
        m_authRequests.erase(it);
        return nullptr;
    }
    return &it.value();
}

DexAuthRequest *AuthState::storedAuthRequest(const QString &id)
{
    auto it = m_authRequests.find(id);
    return it == m_authRequests.end() ? nullptr : &it.value();
}

QString AuthState::issueCode(const QString &user, const QString &redirectUri)
{
    const QString code = gw::randomId();
    m_codes.insert(code, {user, now() + 1800, redirectUri});
    return code;
}

std::optional<QString> AuthState::redeemCode(const QString &code, const QString &redirectUri)
{
    const auto it = m_codes.constFind(code);
    if (it == m_codes.constEnd())
        return std::nullopt;
    const Expiring grant = *it;
    m_codes.erase(it);
    if (grant.expiresAt <= now() || grant.extra != redirectUri)
        return std::nullopt;
    return grant.value;
}

void AuthState::addSession(const QString &value, const QString &user, qint64 ttlSecs)
{
    m_sessions.insert(value, {user, now() + ttlSecs, {}});
}

std::optional<QString> AuthState::sessionUser(const QString &value) const
{
    const auto it = m_sessions.constFind(value);
    if (value.isEmpty() || it == m_sessions.constEnd() || it->expiresAt <= now())
        return std::nullopt;
    return it->value;
}

void AuthState::putNonce(const QString &nonce, const QString &payload, qint64 ttlSecs)
{
    m_nonces.insert(nonce, {payload, now() + ttlSecs, {}});
}

std::optional<QString> AuthState::takeNonce(const QString &nonce)
{
    const auto it = m_nonces.constFind(nonce);
    if (it == m_nonces.constEnd())
        return std::nullopt;
    const Expiring n = *it;
    m_nonces.erase(it);
    if (n.expiresAt <= now())
        return std::nullopt;
    return n.value;
}

} // namespace kfp::sandbox
