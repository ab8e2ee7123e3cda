#pragma once

// What the user must see before trusting a server certificate that no CA vouches for (a
// self-signed Kubeflow ingress, see docs/login.md): host, subject, issuer, validity, the SHA-256
// fingerprint, with "Trust this certificate" (the caller pins it for this profile only) and
// Cancel. A pinned certificate that changed is a hard error: both fingerprints, no trust button.
//
// Opened window-modal with open(); the answer is accepted() (trust) or rejected().

#include "net/TlsTrust.h"

#include <QDialog>
#include <memory>

namespace Ui {
class CertificateDialog;
}

namespace kfp {

class CertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDialog)
public:
    explicit CertificateDialog(const CertificateInfo &info, QWidget *parent = nullptr);
    ~CertificateDialog() override;

    const CertificateInfo &certificate() const { return m_info; }

private:
    std::unique_ptr<Ui::CertificateDialog> m_ui;
    CertificateInfo m_info;
};

} // namespace kfp
