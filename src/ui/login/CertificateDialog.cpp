#include "CertificateDialog.h"

#include "ui_CertificateDialog.h"

#include <QLocale>
#include <QPushButton>

namespace kfp {

namespace {

QString formatDate(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

CertificateDialog::CertificateDialog(const CertificateInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CertificateDialog>())
    , m_info(info)
{
    m_ui->setupUi(this);
    m_ui->hostValue->setText(info.host);
    m_ui->subjectValue->setText(info.subject);
    m_ui->issuerValue->setText(info.issuer);
    m_ui->validityValue->setText(
        tr("%1 to %2").arg(formatDate(info.notBefore), formatDate(info.notAfter)));
    m_ui->fingerprintValue->setText(info.sha256);
    m_ui->problemsValue->setText(info.errors.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!info.errors.isEmpty());
    m_ui->problemsValue->setVisible(!info.errors.isEmpty());

    auto *trust =
        m_ui->buttonBox->addButton(tr("&Trust This Certificate"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    trust->setAutoDefault(false); // trusting must be a deliberate choice, never Enter by habit
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));

    if (info.pinMismatch) {
        // Someone may be in the middle, or the server was re-keyed: only the user's own check
        // (asking the cluster's administrator) can tell, so nothing here overrides the pin.
        setWindowTitle(tr("Server Certificate Changed"));
        m_ui->introLabel->setText(
            tr("The certificate of %1 is not the one you trusted before. This can mean that "
               "someone is intercepting the connection. Ask your cluster administrator whether the "
               "certificate was replaced; to accept the new one, remove the pinned certificate "
               "from the profile.")
                .arg(info.host));
        m_ui->pinnedValue->setText(info.pinnedSha256);
        trust->hide();
        cancel->setText(tr("Close"));
        cancel->setDefault(true);
    } else {
        setWindowTitle(tr("Untrusted Server Certificate"));
        m_ui->introLabel->setText(
            tr("No certificate authority known to this computer vouches for %1. Compare the "
               "fingerprint below with the one your cluster administrator gives you before "
               "trusting it. It will be trusted for this profile only.")
                .arg(info.host));
        m_ui->pinnedLabel->hide();
        m_ui->pinnedValue->hide();
        cancel->setDefault(true);
        cancel->setFocus();
    }
}

CertificateDialog::~CertificateDialog() = default;

} // namespace kfp
