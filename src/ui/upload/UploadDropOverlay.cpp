#include "UploadDropOverlay.h"

#include "ui_UploadDropOverlay.h"

#include <QPainter>

namespace kfp {

UploadDropOverlay::UploadDropOverlay(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UploadDropOverlay>())
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    QFont font = m_ui->dropLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_ui->dropLabel->setFont(font);
    hide();
}

UploadDropOverlay::~UploadDropOverlay() = default;

void UploadDropOverlay::showFor(int uploadable, int refused)
{
    m_refusing = uploadable == 0;
    if (m_refusing)
        m_ui->dropLabel->setText(tr("Only pipeline files can be uploaded: .yaml, .yml, .json, "
                                    ".zip or .tar.gz"));
    else if (refused > 0)
        m_ui->dropLabel->setText(tr("Drop to upload %n pipeline file(s)", nullptr, uploadable) +
                                 QLatin1Char('\n') +
                                 tr("%n file(s) of other types will be skipped", nullptr, refused));
    else
        m_ui->dropLabel->setText(tr("Drop to upload %n pipeline file(s)", nullptr, uploadable));
    setGeometry(parentWidget()->rect());
    raise();
    show();
    update();
}

QString UploadDropOverlay::text() const
{
    return m_ui->dropLabel->text();
}

void UploadDropOverlay::paintEvent(QPaintEvent *)
{
    // The palette's highlight (or a muted tone when refusing), translucent over the window.
    QPainter painter(this);
    QColor fill = palette().color(m_refusing ? QPalette::Mid : QPalette::Highlight);
    QColor border = fill;
    fill.setAlpha(60);
    painter.fillRect(rect(), fill);
    QPen pen(border, 3, Qt::DashLine);
    painter.setPen(pen);
    painter.drawRect(rect().adjusted(2, 2, -3, -3));
}

} // namespace kfp
