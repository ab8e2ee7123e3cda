#pragma once

#include <QByteArray>
#include <QString>

namespace kfp::sandbox {

// Mints and checks JWT-shaped bearer tokens the way Istio's RequestAuthentication judges Dex ID
// tokens: header.payload.signature in base64url, HS256 with a key made at start (a test double:
// a client only decodes the payload, it never verifies the signature).
class JwtIssuer final
{
public:
    explicit JwtIssuer(const QString &issuer);

    struct Verdict
    {
        bool ok = false;
        QString email;     // claim `email` (Dex) or else `sub` (Kubernetes service accounts)
        QByteArray reason; // Istio jwt_authn's body text when !ok
    };

    QString issuer() const { return m_issuer; }
    // Claims iss, sub, aud, email, email_verified, iat, exp. An empty issuer = the configured one;
    // ttlSecs <= 0 makes a token that is already expired.
    QString mint(const QString &email, qint64 ttlSecs, qint64 nowSecs,
                 const QString &issuer = {}) const;
    Verdict verify(const QString &token, qint64 nowSecs) const;

private:
    QByteArray sign(const QByteArray &signingInput) const;

    QString m_issuer;
    QByteArray m_key;
};

} // namespace kfp::sandbox
