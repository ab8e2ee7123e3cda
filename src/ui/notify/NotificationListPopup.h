#pragma once

// The in-app notification list: the finished runs NotificationCenter kept, newest first, unread
// ones in bold, in a popup under the toolbar's bell button. It works on every desktop (GNOME has
// no tray). Clicking an entry opens its run; "Mark all read" and "Clear" act on the model.

#include <QFrame>
#include <QPointer>

#include <memory>

class QModelIndex;

namespace Ui {
class NotificationListPopup;
}

namespace kfp {

class NotificationCenter;

class NotificationListPopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationListPopup)
public:
    explicit NotificationListPopup(QWidget *parent = nullptr);
    ~NotificationListPopup() override;

    void setCenter(NotificationCenter *center);
    NotificationCenter *center() const;
    // Shows the popup with its top left corner at `globalPos` (kept on screen).
    void popupAt(const QPoint &globalPos);

Q_SIGNALS:
    void settingsRequested();

private:
    void onClicked(const QModelIndex &index);
    void updateState();

    std::unique_ptr<Ui::NotificationListPopup> m_ui;
    QPointer<NotificationCenter> m_center;
};

} // namespace kfp
