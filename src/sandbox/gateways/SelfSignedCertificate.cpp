#include "sandbox/gateways/SelfSignedCertificate.h"

#include <QRandomGenerator>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace kfp::sandbox {
namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<int>(size));
}

bool addName(X509_NAME *name, const char *field, const char *value)
{
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_ASC,
                                      reinterpret_cast<const unsigned char *>(value), -1, -1,
                                      0) == 1;
}

} // namespace

SelfSignedCertificate SelfSignedCertificate::generate()
{
    SelfSignedCertificate out;
    KeyPtr key(EVP_EC_gen("P-256"));
    CertPtr cert(X509_new());
    if (!key || !cert)
        return out;
    X509_set_version(cert.get(), 2); // v3, needed for subjectAltName
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()),
                     static_cast<long>(QRandomGenerator::system()->bounded(1, 1 << 30)));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 30L * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    if (!addName(name, "O", "kfp-sandbox") || !addName(name, "CN", "127.0.0.1"))
        return out;
    X509_set_issuer_name(cert.get(), name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    // Clients check the host against subjectAltName, not CN.
    ExtPtr san(
        X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost"));
    if (!san || X509_add_ext(cert.get(), san.get(), -1) != 1)
        return out;
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return out;

    BioPtr certPem(BIO_new(BIO_s_mem()));
    BioPtr keyPem(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certPem.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey_traditional(keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                             nullptr) != 1)
        return out;
    out.certificate = QSslCertificate(drain(certPem.get()), QSsl::Pem);
    out.key = QSslKey(drain(keyPem.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (out.key.isNull())
        out.certificate = QSslCertificate();
    return out;
}

} // namespace kfp::sandbox
