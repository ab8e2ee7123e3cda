#pragma once

// Notifications through the system tray on Windows and macOS (QSystemTrayIcon::showMessage: a
// balloon on Windows, Notification Center on macOS). The tray shows one message at a time, so a
// click on the message opens the run of the last one shown.

#include "watch/Notifier.h"

#include <QPointer>

class QSystemTrayIcon;

namespace kfp {

class TrayNotifier final : public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)
public:
    static constexpr int MessageTimeoutMs = 10000;

    // tray: not owned; it must be visible for messages to show.
    explicit TrayNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);
    ~TrayNotifier() override;

    void notify(const RunNotification &notification) override;
    QString lastRunId() const { return m_lastRunId; }

private:
    QPointer<QSystemTrayIcon> m_tray;
    QString m_lastRunId;
};

} // namespace kfp
