#include "TrayNotifier.h"

#include <QSystemTrayIcon>

namespace kfp {

TrayNotifier::TrayNotifier(QSystemTrayIcon *tray, QObject *parent)
    : Notifier(parent)
    , m_tray(tray)
{
    connect(tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastRunId.isEmpty())
            Q_EMIT activated(m_lastRunId);
    });
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::notify(const RunNotification &notification)
{
    if (!m_tray)
        return;
    m_lastRunId = notification.runId;
    // A failure gets the warning icon, as FreedesktopNotifier marks it critical.
    m_tray->showMessage(notification.summary(), notification.body(),
                        notification.isFailure() ? QSystemTrayIcon::Warning
                                                 : QSystemTrayIcon::Information,
                        MessageTimeoutMs);
}

} // namespace kfp
