#include "MessageBanner.h"

#include "ui_MessageBanner.h"

#include <QStyle>

namespace kfp {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::MessageBanner>())
{
    m_ui->setupUi(this);
    m_ui->detailsScroll->hide();
    // Details can be long (a bulk action's failures, one per line): at most about ten lines
    // tall, scrolling beyond, so the view under the banner keeps its room.
    m_ui->detailsScroll->setMaximumHeight(fontMetrics().lineSpacing() * 10);
    m_ui->detailsScroll->setBackgroundRole(QPalette::NoRole);
    m_ui->detailsContents->setAutoFillBackground(false);
    connect(m_ui->detailsButton, &QToolButton::toggled, this, [this](bool on) {
        m_ui->detailsScroll->setVisible(on);
        m_ui->detailsButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    connect(m_ui->closeButton, &QToolButton::clicked, this, &QWidget::hide);
    m_ui->closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::showMessage(Kind kind, const QString &message, const QString &details,
                                bool retryable)
{
    applyKind(kind);
    m_ui->messageLabel->setText(message);
    m_ui->detailsLabel->setText(details);
    m_ui->detailsButton->setVisible(!details.isEmpty());
    m_ui->detailsButton->setChecked(false);
    m_ui->detailsScroll->hide();
    m_ui->retryButton->setVisible(retryable);
    show();
}

QString MessageBanner::message() const
{
    return m_ui->messageLabel->text();
}

QString MessageBanner::details() const
{
    return m_ui->detailsLabel->text();
}

bool MessageBanner::isDetailsShown() const
{
    return m_ui->detailsScroll->isVisible();
}

void MessageBanner::applyKind(Kind kind)
{
    // Colours from the palette's own roles blended toward red/blue, so dark themes still read.
    const bool error = kind == Kind::Error;
    const QColor accent = error ? QColor(0xda, 0x44, 0x53) : QColor(0x3d, 0xae, 0xe9);
    QColor bg = palette().color(QPalette::Window);
    bg = QColor::fromRgbF(bg.redF() * 0.8 + accent.redF() * 0.2,
                          bg.greenF() * 0.8 + accent.greenF() * 0.2,
                          bg.blueF() * 0.8 + accent.blueF() * 0.2);
    setStyleSheet(QStringLiteral("kfp--MessageBanner { background: %1; border: 1px solid %2;"
                                 " border-radius: 4px; }")
                      .arg(bg.name(), accent.name()));
    const auto icon = style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                  : QStyle::SP_MessageBoxInformation);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(icon.pixmap(size, size));
}

} // namespace kfp
