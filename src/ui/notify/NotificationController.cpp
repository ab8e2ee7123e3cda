#include "NotificationController.h"

#include "NotificationListPopup.h"
#include "NotificationSettingsDialog.h"
#include "RunDetails.h"
#include "SectionView.h"
#include "Workbench.h"
#include "models/RunListModel.h"
#include "models/roles.h"
#include "watch/NotificationCenter.h"
#include "watch/Notifier.h"
#include "watch/RunWatcher.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QTreeView>

namespace kfp {

namespace {

// Not part of NotificationSettings (that is what notifies; this is what is watched).
const char *const WatchAllActiveKey = "notifications/watchAllActive";

} // namespace

NotificationController::NotificationController(Workbench *workbench, KfpClient *client,
                                               QSettings *settings, QMenuBar *menuBar,
                                               QMenu *actionsMenu, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_window(workbench->mainWindow())
    , m_client(client)
    , m_settings(settings)
    , m_dataDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
    , m_popup(new NotificationListPopup(m_window))
{
    m_popup->setObjectName(QStringLiteral("notificationPopup"));
    if (m_settings) {
        m_notifySettings = NotificationSettings::load(*m_settings);
        m_watchAllActive = m_settings->value(QLatin1String(WatchAllActiveKey), false).toBool();
    }
    connect(m_popup, &NotificationListPopup::settingsRequested, this,
            &NotificationController::showSettings);

    m_settingsAction = new QAction(tr("&Notification Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("actionNotificationSettings"));
    connect(m_settingsAction, &QAction::triggered, this, &NotificationController::showSettings);

    setupBell(menuBar);
    setupPin(actionsMenu);
    setupTray();

    // A run that was not loaded when its notification was opened: select it once it is.
    RunListModel *runs = m_workbench->runModel();
    connect(runs, &QAbstractItemModel::rowsInserted, this,
            &NotificationController::selectPendingRun);
    connect(runs, &QAbstractItemModel::modelReset, this, &NotificationController::selectPendingRun);
    updateUnread();
}

NotificationController::~NotificationController()
{
    m_workbench->setRunWatcher(nullptr);
    delete m_center; // before its watcher
    delete m_watcher;
}

QString NotificationController::stateFileName(const QString &key)
{
    // Profile names and URLs may hold '/', ':' and spaces; run ids are per server, so the key
    // must stay distinct per server but only needs to be a safe file name.
    QString safe = key;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    if (safe.isEmpty())
        safe = QStringLiteral("default");
    return QStringLiteral("run-watcher-%1.json").arg(safe);
}

void NotificationController::setNotifier(Notifier *notifier)
{
    m_notifier = notifier;
    if (m_center)
        m_center->setNotifier(notifier);
}

void NotificationController::connectTo(const QString &key, const QString &namespaceName)
{
    // The old pair first: the center listens to the watcher; the watcher saves its file.
    if (m_center)
        m_popup->setCenter(nullptr);
    delete m_center;
    m_center = nullptr;
    delete m_watcher;

    QDir().mkpath(m_dataDir);
    m_watcher = new RunWatcher(m_client, QDir(m_dataDir).filePath(stateFileName(key)), this);
    m_watcher->setObjectName(QStringLiteral("runWatcher"));
    m_watcher->setNamespace(namespaceName);
    m_watcher->setWatchAllActive(m_watchAllActive);
    m_watcher->setOnline(m_online);
    m_center = new NotificationCenter(m_watcher, m_notifier, this);
    m_center->setSettings(m_notifySettings);
    connect(m_center, &NotificationCenter::unreadCountChanged, this,
            &NotificationController::updateUnread);
    connect(m_center, &NotificationCenter::activated, this, &NotificationController::selectRun);
    m_popup->setCenter(m_center);
    m_workbench->setRunWatcher(m_watcher);
    m_watcher->start();
    updateUnread();
    updatePinAction();
    Q_EMIT watcherChanged(m_watcher);
}

void NotificationController::setNamespace(const QString &namespaceName)
{
    if (m_watcher)
        m_watcher->setNamespace(namespaceName);
}

void NotificationController::setOnline(bool online)
{
    m_online = online;
    if (m_watcher)
        m_watcher->setOnline(online);
}

void NotificationController::applySettings(const NotificationSettings &settings,
                                           bool watchAllActive)
{
    m_notifySettings = settings;
    m_watchAllActive = watchAllActive;
    if (m_center)
        m_center->setSettings(settings);
    if (m_watcher)
        m_watcher->setWatchAllActive(watchAllActive);
    if (m_settings) {
        settings.save(*m_settings);
        m_settings->setValue(QLatin1String(WatchAllActiveKey), watchAllActive);
        m_settings->sync();
    }
}

// --- the bell and its list ------------------------------------------------------------------

void NotificationController::setupBell(QMenuBar *menuBar)
{
    m_bell = new QToolButton(m_window);
    m_bell->setObjectName(QStringLiteral("notificationButton"));
    m_bell->setIcon(
        QIcon::fromTheme(QStringLiteral("preferences-desktop-notification"),
                         m_window->style()->standardIcon(QStyle::SP_MessageBoxInformation)));
    m_bell->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_bell, &QToolButton::clicked, this, &NotificationController::showList);
    // In the menu bar's corner, where a full toolbar cannot push it into its overflow menu.
    if (menuBar)
        menuBar->setCornerWidget(m_bell, Qt::TopRightCorner);
    m_bell->show(); // a corner widget set after the bar was shown stays hidden otherwise
}

void NotificationController::showList()
{
    m_popup->popupAt(m_bell->mapToGlobal(QPoint(0, m_bell->height())));
}

void NotificationController::updateUnread()
{
    const int unread = m_center ? m_center->unreadCount() : 0;
    // The count as the button's own text: a badge that reads the same in every style and to a
    // screen reader.
    m_bell->setText(unread > 0 ? tr("%n new", nullptr, unread) : tr("Notifications"));
    m_bell->setToolTip(unread > 0 ? tr("%n unread notification(s)", nullptr, unread)
                                  : tr("No unread notifications"));
    QFont font = m_bell->font();
    font.setBold(unread > 0);
    m_bell->setFont(font);
    if (m_trayUnread) {
        m_trayUnread->setText(m_bell->toolTip());
        m_tray->setToolTip(unread > 0 ? tr("KFP Desktop — %n unread", nullptr, unread)
                                      : tr("KFP Desktop"));
    }
}

NotificationSettingsDialog *NotificationController::settingsDialog() const
{
    return m_dialog;
}

void NotificationController::showSettings()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new NotificationSettingsDialog(m_window);
    dialog->setObjectName(QStringLiteral("notificationSettingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(m_notifySettings, m_watchAllActive);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { applySettings(dialog->settings(), dialog->watchAllActive()); });
    m_dialog = dialog;
    dialog->open(); // window-modal, no nested event loop
}

// --- pinning --------------------------------------------------------------------------------

void NotificationController::setupPin(QMenu *actionsMenu)
{
    m_pin = new QAction(tr("&Pin Run"), this);
    m_pin->setObjectName(QStringLiteral("actionPinRun"));
    m_pin->setCheckable(true);
    m_pin->setToolTip(tr("Watch this run and notify when it finishes"));
    connect(m_pin, &QAction::triggered, this, [this](bool checked) {
        const QString id = selectedRunId();
        if (!m_watcher || id.isEmpty())
            return;
        if (checked)
            m_watcher->pin(id);
        else
            m_watcher->unpin(id);
        updatePinAction();
    });
    if (actionsMenu) {
        actionsMenu->addSeparator();
        actionsMenu->addAction(m_pin);
        actionsMenu->addAction(m_settingsAction);
    }
    m_workbench->addContextMenuContributor(this, [this](QMenu *menu) { onContextMenu(menu); });
    for (SectionView *view :
         {m_workbench->sectionView(Section::Runs), m_workbench->archivedRunsView()}) {
        if (view)
            connect(view, &SectionView::selectionChanged, this,
                    &NotificationController::updatePinAction);
    }
}

QString NotificationController::selectedRunId() const
{
    const SectionView *view = m_workbench->currentView();
    if (!view)
        return {};
    const SelectedItem item = view->currentItem();
    return item.kind == NodeKind::Run ? item.id : QString();
}

void NotificationController::updatePinAction()
{
    const QString id = selectedRunId();
    const bool pinned = m_watcher && !id.isEmpty() && m_watcher->isPinned(id);
    m_pin->setEnabled(m_watcher && !id.isEmpty());
    m_pin->setChecked(pinned);
    m_pin->setText(pinned ? tr("Un&pin Run") : tr("&Pin Run"));
}

void NotificationController::onContextMenu(QMenu *menu)
{
    if (selectedRunId().isEmpty())
        return;
    updatePinAction();
    menu->addSeparator();
    menu->addAction(m_pin);
}

// --- opening a run --------------------------------------------------------------------------

void NotificationController::selectRun(const QString &runId)
{
    if (runId.isEmpty())
        return;
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    m_workbench->setCurrentSection(Section::Runs);
    SectionView *view = m_workbench->sectionView(Section::Runs);
    const QModelIndex index = m_workbench->runModel()->indexForId(runId, NodeKind::Run);
    if (index.isValid()) {
        m_pendingRun.clear();
        view->view()->setCurrentIndex(index);
        view->view()->scrollTo(index);
        return;
    }
    // Not among the loaded rows (another page, a filter): its details by id at once, and the row
    // selected if a later load brings it.
    m_pendingRun = runId;
    view->view()->setCurrentIndex({});
    auto *pane = qobject_cast<RunDetails *>(view->detailsFor(NodeKind::Run));
    if (!pane)
        return;
    if (auto *stack = qobject_cast<QStackedWidget *>(pane->parentWidget()))
        stack->setCurrentWidget(pane);
    pane->showRun(runId);
}

void NotificationController::selectPendingRun()
{
    if (m_pendingRun.isEmpty())
        return;
    const QModelIndex index = m_workbench->runModel()->indexForId(m_pendingRun, NodeKind::Run);
    if (!index.isValid())
        return;
    m_pendingRun.clear();
    SectionView *view = m_workbench->sectionView(Section::Runs);
    view->view()->setCurrentIndex(index);
    view->view()->scrollTo(index);
}

// --- the tray -------------------------------------------------------------------------------

void NotificationController::setupTray()
{
    // GNOME has no tray: there the bell button and the desktop's notifications do the work.
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    auto *menu = new QMenu(m_window);
    menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *show = menu->addAction(tr("&Show KFP Desktop"));
    show->setObjectName(QStringLiteral("actionTrayShow"));
    connect(show, &QAction::triggered, this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    m_trayUnread = menu->addAction(QString());
    m_trayUnread->setObjectName(QStringLiteral("actionTrayUnread"));
    connect(m_trayUnread, &QAction::triggered, this, [this] {
        m_window->showNormal();
        m_window->raise();
        showList();
    });
    menu->addSeparator();
    QAction *quit = menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionTrayQuit"));
    connect(quit, &QAction::triggered, qApp, &QCoreApplication::quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                    m_window->showNormal();
                    m_window->raise();
                    m_window->activateWindow();
                }
            });
    m_tray->show();
}

} // namespace kfp
