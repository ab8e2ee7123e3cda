#include "sandbox/gateways/JwtIssuer.h"

#include "sandbox/gateways/GatewayHttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace kfp::sandbox {
namespace {

constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// Istio jwt_authn's answers (Envoy's JwtVerificationFailure texts).
const QByteArray kMalformed = "Jwt is not in the form of Header.Payload.Signature";
const QByteArray kVerifyFails = "Jwt verification fails";
const QByteArray kExpired = "Jwt is expired";
const QByteArray kUnknownIssuer = "Jwt issuer is not configured";

} // namespace

JwtIssuer::JwtIssuer(const QString &issuer)
    : m_issuer(issuer)
    , m_key(gw::randomToken(32).toLatin1())
{}

QByteArray JwtIssuer::sign(const QByteArray &signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256)
        .toBase64(kB64);
}

QString JwtIssuer::mint(const QString &email, qint64 ttlSecs, qint64 nowSecs,
                        const QString &issuer) const
{
    const QJsonObject header{{"alg", "HS256"}, {"kid", "kfp-sandbox"}, {"typ", "JWT"}};
    // Dex's `sub` is an opaque base64 of the user id and connector; this one is stable per user.
    const QString sub =
        QString::fromLatin1((email + QStringLiteral("/local")).toUtf8().toBase64(kB64));
    const qint64 iat = ttlSecs > 0 ? nowSecs : nowSecs + ttlSecs - 60;
    const QJsonObject payload{{"iss", issuer.isEmpty() ? m_issuer : issuer},
                              {"sub", sub},
                              {"aud", "kubeflow-oidc-authservice"},
                              {"email", email},
                              {"email_verified", true},
                              {"iat", iat},
                              {"exp", nowSecs + ttlSecs}};
    const QByteArray input = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kB64) +
                             '.' +
                             QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(kB64);
    return QString::fromLatin1(input + '.' + sign(input));
}

JwtIssuer::Verdict JwtIssuer::verify(const QString &token, qint64 nowSecs) const
{
    Verdict v;
    const QByteArray raw = token.toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() != 3) {
        v.reason = kMalformed;
        return v;
    }
    const QJsonObject payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], kB64)).object();
    if (payload.isEmpty()) {
        v.reason = kMalformed;
        return v;
    }
    // Istio looks the issuer up first, then checks the signature, then the time claims.
    if (payload.value("iss").toString() != m_issuer) {
        v.reason = kUnknownIssuer;
        return v;
    }
    if (sign(parts[0] + '.' + parts[1]) != parts[2]) {
        v.reason = kVerifyFails;
        return v;
    }
    if (payload.value("exp").toInteger() <= nowSecs) {
        v.reason = kExpired;
        return v;
    }
    v.ok = true;
    v.email = payload.value("email").toString();
    if (v.email.isEmpty())
        v.email = payload.value("sub").toString();
    return v;
}

} // namespace kfp::sandbox
