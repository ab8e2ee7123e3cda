#pragma once

// Shows a "run finished" notification through the desktop's own service. Implementations:
// FreedesktopNotifier (Linux, org.freedesktop.Notifications over D-Bus — works on GNOME, which
// has no tray), and on Windows/macOS a QSystemTrayIcon-based one in the UI layer.

#include "RunNotification.h"

#include <QObject>

namespace kfp {

class Notifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)
public:
    explicit Notifier(QObject *parent = nullptr);
    ~Notifier() override;

    // Shows the notification; never blocks. Failures are logged, not reported: the in-app list
    // (NotificationCenter) still has the entry.
    virtual void notify(const RunNotification &notification) = 0;

Q_SIGNALS:
    // The user clicked the notification or its "Open run" action: raise the app, select the run.
    void activated(const QString &runId);
};

} // namespace kfp
