#pragma once

// What a pasted bearer token says about itself (Token mode, docs/login.md). The payload is
// decoded locally without verification: the gateway verifies it; we only show who it names and
// when it expires, and warn before it does.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace kfp {

class JwtInfo final
{
    Q_DECLARE_TR_FUNCTIONS(kfp::JwtInfo)
public:
    static JwtInfo decode(const QString &token);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // translated
    QString issuer() const { return m_issuer; }
    QString subject() const { return m_subject; }
    QString email() const { return m_email; }
    // email when present (Dex ID tokens), else sub (Kubernetes service accounts).
    QString identity() const { return m_email.isEmpty() ? m_subject : m_email; }
    QDateTime expiry() const { return m_expiry; } // invalid when the token has no exp
    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    bool expiresWithin(qint64 seconds,
                       const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // "Expired", "Expires in 5 minutes"...: empty when the token is fine for more than an hour.
    QString expiryWarning(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    QString m_error;
    QString m_issuer;
    QString m_subject;
    QString m_email;
    QDateTime m_expiry;
};

} // namespace kfp
