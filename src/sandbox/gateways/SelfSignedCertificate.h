#pragma once

#include <QSslCertificate>
#include <QSslKey>

namespace kfp::sandbox {

// A fresh self-signed certificate for 127.0.0.1 / localhost (EC P-256, valid from an hour ago
// for 30 days), made in memory with OpenSSL at start: no files, no external tools.
struct SelfSignedCertificate
{
    QSslCertificate certificate;
    QSslKey key;

    static SelfSignedCertificate generate(); // null certificate on failure
};

} // namespace kfp::sandbox
