#pragma once

// The app side of run notifications, for one main window:
//  * one RunWatcher and one NotificationCenter per connection (run ids are per server), the
//    watcher's state in its own file per profile/host, started once the API dialect is known;
//  * the toolbar's bell button with the unread count, opening the in-app list (every desktop);
//  * a tray icon where a tray exists (show window, unread count, quit);
//  * "Pin run" in the run context menu and the Actions menu (RunWatcher::pin), checked when pinned;
//  * the settings dialog (which ends notify, "only runs I started", desktop pop-ups, all active);
//  * opening a run from a notification: raise the window, the Runs section, that run selected —
//    or its details by id when the run is not among the loaded rows.
//
// The desktop notifier (FreedesktopNotifier on Linux, TrayNotifier elsewhere) is given by main().
// WindowControllers makes it with the window (as a Workbench), the menu bar whose corner holds
// the bell and the Actions menu that gets "Pin Run" and "Notification Settings…".

#include "watch/NotificationSettings.h"
#include "watch/Notifier.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;
class QMenuBar;
class QSettings;
class QSystemTrayIcon;
class QToolButton;

namespace kfp {

class KfpClient;
class NotificationCenter;
class NotificationListPopup;
class NotificationSettingsDialog;
class RunWatcher;
class Workbench;

class NotificationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationController)
public:
    // settings: where NotificationSettings live (nullptr: defaults, nothing saved). The bell goes
    // in `menuBar`'s corner, the pin and settings entries at the end of `actionsMenu` (nullptr:
    // no such entries). Destroy it before the window.
    NotificationController(Workbench *workbench, KfpClient *client, QSettings *settings,
                           QMenuBar *menuBar, QMenu *actionsMenu, QObject *parent = nullptr);
    ~NotificationController() override;

    // Where the watchers' state files go; default: QStandardPaths::AppDataLocation.
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    // The desktop's notifier (not owned); nullptr = the in-app list only.
    void setNotifier(Notifier *notifier);
    Notifier *notifier() const { return m_notifier; }

    // A (new) connection: `key` names it (profile name, or host) and picks the state file. The
    // previous watcher is saved and replaced; the new one starts polling at once, so call this
    // once the client's API dialect is known.
    void connectTo(const QString &key, const QString &namespaceName);
    void setNamespace(const QString &namespaceName);
    // Network reachability: offline pauses polling.
    void setOnline(bool online);
    static QString stateFileName(const QString &key); // "run-watcher-<safe key>.json"

    RunWatcher *watcher() const { return m_watcher; }
    NotificationCenter *center() const { return m_center; }
    NotificationListPopup *popup() const { return m_popup; }
    QToolButton *bellButton() const { return m_bell; }
    QAction *pinAction() const { return m_pin; }
    QAction *settingsAction() const { return m_settingsAction; }
    QSystemTrayIcon *trayIcon() const { return m_tray; } // nullptr without a system tray
    NotificationSettingsDialog *settingsDialog() const;  // while open

    NotificationSettings notificationSettings() const { return m_notifySettings; }
    bool watchAllActive() const { return m_watchAllActive; }
    // Applies and saves what the settings dialog returns.
    void applySettings(const NotificationSettings &settings, bool watchAllActive);

    void showList();
    void showSettings();
    // Raise the window with this run selected in the Runs section.
    void selectRun(const QString &runId);

Q_SIGNALS:
    void watcherChanged(kfp::RunWatcher *watcher);

private:
    void setupBell(QMenuBar *menuBar);
    void setupPin(QMenu *actionsMenu);
    void setupTray();
    void updateUnread();
    void updatePinAction();
    void onContextMenu(QMenu *menu);
    void selectPendingRun();
    QString selectedRunId() const;

    Workbench *m_workbench;
    QMainWindow *m_window;
    KfpClient *m_client;
    QSettings *m_settings;
    QString m_dataDir;
    QPointer<Notifier> m_notifier;
    NotificationSettings m_notifySettings;
    bool m_watchAllActive = false;
    bool m_online = true;

    RunWatcher *m_watcher = nullptr;
    NotificationCenter *m_center = nullptr;
    NotificationListPopup *m_popup;
    QPointer<NotificationSettingsDialog> m_dialog;
    QToolButton *m_bell = nullptr;
    QAction *m_pin = nullptr;
    QAction *m_settingsAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_trayUnread = nullptr;
    QString m_pendingRun; // to select once the Runs list has loaded it
};

} // namespace kfp
