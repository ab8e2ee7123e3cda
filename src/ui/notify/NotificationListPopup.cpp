#include "NotificationListPopup.h"

#include "ui_NotificationListPopup.h"
#include "watch/NotificationCenter.h"
#include "watch/Notifier.h"

#include <QGuiApplication>
#include <QScreen>
#include <QStyledItemDelegate>

namespace kfp {

namespace {

// Summary on the first line, the body (final state, duration, error) under it; unread in bold.
class EntryDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text = index.data(NotificationCenter::SummaryRole).toString() + QLatin1Char('\n') +
                       index.data(NotificationCenter::BodyRole).toString();
        option->font.setBold(index.data(NotificationCenter::UnreadRole).toBool());
    }
};

} // namespace

NotificationListPopup::NotificationListPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_ui(std::make_unique<Ui::NotificationListPopup>())
{
    m_ui->setupUi(this);
    m_ui->notificationList->setItemDelegate(new EntryDelegate(m_ui->notificationList));
    connect(m_ui->notificationList, &QAbstractItemView::clicked, this,
            &NotificationListPopup::onClicked);
    // Enter on the keyboard as well as a click.
    connect(m_ui->notificationList, &QAbstractItemView::activated, this,
            &NotificationListPopup::onClicked);
    connect(m_ui->markAllReadButton, &QPushButton::clicked, this, [this] {
        if (m_center)
            m_center->markAllRead();
    });
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        if (m_center)
            m_center->clear();
    });
    connect(m_ui->settingsButton, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT settingsRequested();
    });
    updateState();
}

NotificationListPopup::~NotificationListPopup() = default;

void NotificationListPopup::setCenter(NotificationCenter *center)
{
    if (m_center)
        disconnect(m_center, nullptr, this, nullptr);
    m_center = center;
    m_ui->notificationList->setModel(center);
    if (center) {
        connect(center, &NotificationCenter::unreadCountChanged, this,
                &NotificationListPopup::updateState);
        connect(center, &QAbstractItemModel::rowsInserted, this,
                &NotificationListPopup::updateState);
        connect(center, &QAbstractItemModel::rowsRemoved, this,
                &NotificationListPopup::updateState);
        connect(center, &QAbstractItemModel::modelReset, this, &NotificationListPopup::updateState);
    }
    updateState();
}

NotificationCenter *NotificationListPopup::center() const
{
    return m_center;
}

void NotificationListPopup::popupAt(const QPoint &globalPos)
{
    adjustSize();
    QPoint pos = globalPos;
    // Keep it on the screen: a bell at the right edge would push the list off it.
    if (const QScreen *screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        pos.setX(qMax(area.left(), qMin(pos.x(), area.right() - width())));
        pos.setY(qMax(area.top(), qMin(pos.y(), area.bottom() - height())));
    }
    move(pos);
    show();
    m_ui->notificationList->setFocus();
}

void NotificationListPopup::onClicked(const QModelIndex &index)
{
    if (!m_center || !index.isValid())
        return;
    hide();
    m_center->activate(index.row()); // marks it read; the controller opens the run
}

void NotificationListPopup::updateState()
{
    const int rows = m_center ? m_center->rowCount() : 0;
    const int unread = m_center ? m_center->unreadCount() : 0;
    m_ui->emptyLabel->setVisible(rows == 0);
    m_ui->notificationList->setVisible(rows > 0);
    m_ui->markAllReadButton->setEnabled(unread > 0);
    m_ui->clearButton->setEnabled(rows > 0);
    m_ui->titleLabel->setText(unread > 0 ? tr("Finished runs (%n unread)", nullptr, unread)
                                         : tr("Finished runs"));
}

} // namespace kfp
