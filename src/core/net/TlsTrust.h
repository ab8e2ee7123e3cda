#pragma once

// TLS trust for one profile (docs/login.md). Verification is always on: the
// system CAs, plus an optional CA file of the profile, plus at most one pinned leaf certificate
// (its SHA-256 fingerprint) that the user chose to trust after seeing it. A pinned certificate
// that changes is a hard error showing both fingerprints, even if the new one is otherwise valid.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <functional>

class QNetworkReply;
class QNetworkRequest;

namespace kfp {

// What the user must see before trusting a certificate.
struct CertificateInfo
{
    QString host;
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;       // "AB:CD:..." of the DER leaf certificate
    QStringList errors;   // Qt's (English) descriptions of what failed
    QString pinnedSha256; // set when a pinned certificate was replaced by this one
    bool pinMismatch = false;
    QSslCertificate certificate;

    bool isNull() const { return sha256.isEmpty(); }
};

class TlsTrust final
{
    Q_DECLARE_TR_FUNCTIONS(kfp::TlsTrust)
public:
    // Extra CAs from a PEM file; false and *error (translated) when unreadable or empty.
    bool setCaFile(const QString &path, QString *error = nullptr);
    QString caFile() const { return m_caFile; }
    void setPinnedSha256(const QString &fingerprint) { m_pinned = normalize(fingerprint); }
    QString pinnedSha256() const { return m_pinned; }

    // Adds the profile's CAs to an https request.
    void apply(QNetworkRequest &request) const;
    // Connects to reply's sslErrors/encrypted: ignores the errors of the pinned certificate (and
    // only them), aborts on a changed pin. onRefused(info) is called once when the reply fails
    // because of the certificate, so the caller can offer "Trust this certificate".
    template<class F> void watch(QNetworkReply *reply, F onRefused) const;

    static CertificateInfo describe(const QSslCertificate &certificate, const QString &host);
    static QString sha256(const QSslCertificate &certificate);
    static QString normalize(const QString &fingerprint); // upper-case hex pairs with ':'
    // One translated paragraph for a dialog or a CLI.
    static QString userMessage(const CertificateInfo &info);

    // The decision for one handshake; public for tests.
    enum class Verdict
    {
        Accept, // pinned certificate matched: ignore the listed errors
        Refuse, // unknown certificate: ask the user
        PinMismatch
    };
    Verdict judge(const QSslCertificate &leaf) const;

private:
    void watchReply(QNetworkReply *reply,
                    std::function<void(const CertificateInfo &)> onRefused) const;

    QString m_caFile;
    QList<QSslCertificate> m_caCertificates;
    QString m_pinned;
};

template<class F> void TlsTrust::watch(QNetworkReply *reply, F onRefused) const
{
    watchReply(reply, std::function<void(const CertificateInfo &)>(std::move(onRefused)));
}

} // namespace kfp
