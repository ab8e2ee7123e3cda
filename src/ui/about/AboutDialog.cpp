#include "AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QUrl>

// kfpui is a static library: the linker keeps about.qrc's object only when something refers to
// its initialiser, and Q_INIT_RESOURCE must be called outside any namespace.
static void initAboutResources()
{
    Q_INIT_RESOURCE(about);
}

namespace kfp {

AboutDialog::AboutDialog(const QString &version, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    // The application's icon (set by main.cpp from its resources); none in a bare test process.
    const QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        m_ui->iconLabel->hide();
    else
        m_ui->iconLabel->setPixmap(icon.pixmap(64, 64));
    m_ui->versionLabel->setText(tr("Version %1").arg(version));
    // Run time and build time differ when the distribution updates Qt under an installed build.
    m_ui->qtVersionLabel->setText(
        tr("Qt %1 (built with Qt %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    m_ui->docsLabel->setText(
        QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(docsUrl().toString(), tr("Kubeflow Pipelines documentation").toHtmlEscaped()));
    m_ui->licenseText->setPlainText(licenseText());
    // Open wide and tall enough to read the licence (its lines are up to ~80 characters), in the
    // user's font; the layout's own minimum still applies, and the dialog can be resized.
    const QFontMetrics fm = m_ui->licenseText->fontMetrics();
    resize(sizeHint().expandedTo(
        QSize(fm.horizontalAdvance(QString(84, QLatin1Char('n'))), fm.lineSpacing() * 32)));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

AboutDialog::~AboutDialog() = default;

QUrl AboutDialog::docsUrl()
{
    return QUrl(QStringLiteral("https://www.kubeflow.org/docs/components/pipelines/"));
}

QString AboutDialog::licenseText()
{
    initAboutResources();
    QFile file(QStringLiteral(":/about/LICENSE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace kfp
