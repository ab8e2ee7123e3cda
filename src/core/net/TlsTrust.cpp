#include "TlsTrust.h"

#include "net/Logging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <functional>

namespace kfp {

bool TlsTrust::setCaFile(const QString &path, QString *error)
{
    m_caFile = path;
    m_caCertificates.clear();
    if (path.isEmpty())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the CA file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    m_caCertificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (m_caCertificates.isEmpty())
        m_caCertificates = QSslCertificate::fromData(data, QSsl::Der);
    if (m_caCertificates.isEmpty()) {
        if (error)
            *error = tr("The file %1 holds no certificate in PEM or DER form.").arg(path);
        return false;
    }
    return true;
}

void TlsTrust::apply(QNetworkRequest &request) const
{
    if (request.url().scheme() != QLatin1String("https") || m_caCertificates.isEmpty())
        return;
    QSslConfiguration ssl = request.sslConfiguration();
    ssl.addCaCertificates(m_caCertificates);
    request.setSslConfiguration(ssl);
}

QString TlsTrust::sha256(const QSslCertificate &certificate)
{
    return normalize(QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()));
}

QString TlsTrust::normalize(const QString &fingerprint)
{
    QString hex;
    for (QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            hex.append(c.toUpper());
    }
    QString out;
    for (int i = 0; i < hex.size(); i += 2) {
        if (!out.isEmpty())
            out.append(QLatin1Char(':'));
        out.append(hex.mid(i, 2));
    }
    return out;
}

TlsTrust::Verdict TlsTrust::judge(const QSslCertificate &leaf) const
{
    if (m_pinned.isEmpty())
        return Verdict::Refuse;
    return sha256(leaf) == m_pinned ? Verdict::Accept : Verdict::PinMismatch;
}

CertificateInfo TlsTrust::describe(const QSslCertificate &certificate, const QString &host)
{
    CertificateInfo info;
    info.host = host;
    info.certificate = certificate;
    info.subject = certificate.subjectDisplayName();
    if (info.subject.isEmpty())
        info.subject =
            certificate.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", "));
    info.issuer = certificate.issuerDisplayName();
    if (info.issuer.isEmpty())
        info.issuer = certificate.issuerInfo(QSslCertificate::CommonName).join(QLatin1String(", "));
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.sha256 = sha256(certificate);
    return info;
}

QString TlsTrust::userMessage(const CertificateInfo &info)
{
    if (info.pinMismatch) {
        return tr("The certificate of %1 has changed since you trusted it. This may be an attack; "
                  "the connection was refused.\nTrusted SHA-256: %2\nPresented SHA-256: %3")
            .arg(info.host, info.pinnedSha256, info.sha256);
    }
    return tr("The certificate of %1 is not trusted.\nSubject: %2\nIssuer: %3\n"
              "Valid from %4 to %5\nSHA-256: %6")
        .arg(info.host, info.subject, info.issuer, info.notBefore.toString(Qt::ISODate),
             info.notAfter.toString(Qt::ISODate), info.sha256);
}

void TlsTrust::watchReply(QNetworkReply *reply,
                          std::function<void(const CertificateInfo &)> onRefused) const
{
    if (reply->url().scheme() != QLatin1String("https"))
        return;
    const TlsTrust self = *this; // the reply may outlive the profile's trust object
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply,
        [reply, self, onRefused](const QList<QSslError> &errors) {
            const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
            CertificateInfo info = describe(leaf, reply->url().host());
            for (const QSslError &e : errors)
                info.errors.append(e.errorString());
            switch (self.judge(leaf)) {
            case Verdict::Accept:
                reply->ignoreSslErrors(errors); // exactly the errors of the certificate we pinned
                return;
            case Verdict::PinMismatch:
                info.pinMismatch = true;
                info.pinnedSha256 = self.m_pinned;
                break;
            case Verdict::Refuse:
                break;
            }
            qCWarning(lcAuth).noquote() << "certificate refused for" << info.host << info.sha256;
            onRefused(info);
        });
    // A pinned certificate that changed to one the system trusts gives no sslErrors: check the
    // leaf on every handshake.
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, self, onRefused] {
        if (self.m_pinned.isEmpty())
            return;
        const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
        if (self.judge(leaf) != Verdict::PinMismatch)
            return;
        CertificateInfo info = describe(leaf, reply->url().host());
        info.pinMismatch = true;
        info.pinnedSha256 = self.m_pinned;
        onRefused(info);
        reply->abort();
    });
}

} // namespace kfp
