#pragma once

// A stand-in for the desktop's notification daemon: org.freedesktop.Notifications on the test's
// private session bus (tools/with-test-session.sh), recording every Notify call and able to emit
// ActionInvoked / NotificationClosed as a daemon does when the user clicks.

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace watchtest {

struct NotifyCall
{
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
    uint id = 0; // what the fake answered
};

class FakeNotificationService final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    static constexpr const char *Service = "org.freedesktop.Notifications";
    static constexpr const char *Path = "/org/freedesktop/Notifications";

    // Claims the name on `bus`. False (with *error) if there is no bus or the name is taken.
    bool registerOn(QDBusConnection bus, QString *error)
    {
        if (!bus.isConnected()) {
            *error = QStringLiteral("no D-Bus session bus (run under tools/with-test-session.sh)");
            return false;
        }
        if (!bus.registerObject(QLatin1String(Path), this,
                                QDBusConnection::ExportAllSlots |
                                    QDBusConnection::ExportAllSignals)) {
            *error = bus.lastError().message();
            return false;
        }
        if (!bus.registerService(QLatin1String(Service))) {
            *error = bus.lastError().message();
            bus.unregisterObject(QLatin1String(Path));
            return false;
        }
        m_bus = bus;
        m_registered = true;
        return true;
    }
    ~FakeNotificationService() override
    {
        if (m_registered) {
            m_bus.unregisterService(QLatin1String(Service));
            m_bus.unregisterObject(QLatin1String(Path));
        }
    }

    QList<NotifyCall> calls;
    QStringList capabilities{QStringLiteral("actions"), QStringLiteral("body")};

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout)
    {
        NotifyCall c{appName, replacesId, appIcon,       summary,   body,
                     actions, hints,      expireTimeout, m_nextId++};
        calls.append(c);
        return c.id;
    }
    QStringList GetCapabilities() { return capabilities; }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("kfp-desktop tests");
        version = QStringLiteral("1.0");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake-notifications");
    }
    void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); } // 3: closed by call

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus{QString()};
    bool m_registered = false;
    uint m_nextId = 41;
};

} // namespace watchtest
