#pragma once

// Notifications through the desktop's notification service on Linux: org.freedesktop.Notifications
// on the session bus (Desktop Notifications Specification 1.2), which GNOME, KDE, XFCE and the
// others implement — GNOME has no system tray, so this is the one path that works everywhere.
//
// Notify(app_name, replaces_id = 0, app_icon = "kfp-desktop", summary, body,
//        actions = ["default", "Open run", "open", "Open run"],
//        hints = {desktop-entry: "kfp-desktop", urgency: 1 normal | 2 critical for failures},
//        expire_timeout = -1 (the server's default))
// The "default" action is what a click on the notification itself invokes. ActionInvoked(id, key)
// from the service becomes activated(runId). All calls are asynchronous.

#include "Notifier.h"

#include <QDBusConnection>
#include <QHash>

namespace kfp {

class FreedesktopNotifier final : public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreedesktopNotifier)
public:
    static constexpr const char *Service = "org.freedesktop.Notifications";
    static constexpr const char *Path = "/org/freedesktop/Notifications";
    static constexpr const char *Interface = "org.freedesktop.Notifications";
    static constexpr const char *DesktopEntry = "kfp-desktop"; // kfp-desktop.desktop, the icon

    // bus: normally QDBusConnection::sessionBus().
    explicit FreedesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);
    ~FreedesktopNotifier() override;

    bool isConnected() const { return m_bus.isConnected(); }
    void setAppName(const QString &name) { m_appName = name; }
    QString appName() const { return m_appName; }

    void notify(const RunNotification &notification) override;

    // Runs with a notification on screen (for "Open run" to find), by notification id.
    int pendingCount() const { return int(m_runByNotification.size()); }

Q_SIGNALS:
    // The service accepted a notification and gave it this id.
    void notificationShown(uint notificationId, const QString &runId);
    // The call failed (no notification service, bus gone…); the message is D-Bus's, for a log.
    void notifyFailed(const QString &runId, const QString &message);

private Q_SLOTS:
    // QtDBus delivers bus signals only to slots named with SLOT() (no function-pointer form).
    void onActionInvoked(uint notificationId, const QString &actionKey);
    void onNotificationClosed(uint notificationId, uint reason);

private:
    void readCapabilities();

    QDBusConnection m_bus;
    QString m_appName;
    QHash<uint, QString> m_runByNotification;
    QList<uint> m_order;       // ids oldest first
    bool m_bodyMarkup = false; // the service renders <b>, & …: escape the body then
};

} // namespace kfp
