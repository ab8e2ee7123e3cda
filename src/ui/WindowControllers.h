#pragma once

// The controllers that extend the main window, made and owned in one place: the connection
// (ConnectionController, and ConnectionMenu's File entries), the run wizard (New run…), pipeline
// upload (Upload Pipeline…, drops), View → Language and run notifications (the bell, Pin Run).
// Each gets the window as a Workbench and the menus or toolbar it extends, in the order that
// gives the File menu its layout: the connection entries, Upload Pipeline…, New run….
//
//     WindowControllers controllers(&window, {window.menuBar(), window.fileMenu(),
//                                   window.viewMenu(), window.actionsMenu(), window.toolBar()},
//                                   &connection, &settings, &profiles, &credentials, &prompter);
//     controllers.login()->start();
//
// Destroy it before the window (a local declared after it does).

#include <QtGlobal>

#include <memory>

class QMenu;
class QMenuBar;
class QSettings;
class QToolBar;

namespace kfp {

class Connection;
class ConnectionController;
class ConnectionMenu;
class CredentialStore;
class LanguageMenu;
class NotificationController;
class ProfileStore;
class Prompter;
class RunWizardLauncher;
class UploadController;
class Workbench;

// The parts of the window the controllers extend.
struct WindowMenus
{
    QMenuBar *menuBar = nullptr; // its corner: the notifications bell
    QMenu *file = nullptr;       // the connection entries, Upload Pipeline…, New run…
    QMenu *view = nullptr;       // Language
    QMenu *actions = nullptr;    // Pin Run, Notification Settings…
    QToolBar *toolBar = nullptr; // New run…
};

class WindowControllers final
{
    Q_DISABLE_COPY_MOVE(WindowControllers)
public:
    // None is owned; settings also keep the language and the notification settings.
    WindowControllers(Workbench *workbench, const WindowMenus &menus, Connection *connection,
                      QSettings *settings, ProfileStore *profiles, CredentialStore *credentials,
                      Prompter *prompter);
    ~WindowControllers();

    ConnectionController *login() const { return m_login.get(); }
    ConnectionMenu *connectionMenu() const { return m_connectionMenu.get(); }
    RunWizardLauncher *runWizard() const { return m_runWizard.get(); }
    UploadController *upload() const { return m_upload.get(); }
    LanguageMenu *languageMenu() const { return m_languageMenu.get(); }
    NotificationController *notifications() const { return m_notifications.get(); }

private:
    // Declared in the order they are made (and destroyed in reverse).
    std::unique_ptr<ConnectionController> m_login;
    std::unique_ptr<RunWizardLauncher> m_runWizard;
    std::unique_ptr<UploadController> m_upload;
    std::unique_ptr<ConnectionMenu> m_connectionMenu;
    std::unique_ptr<LanguageMenu> m_languageMenu;
    std::unique_ptr<NotificationController> m_notifications;
};

} // namespace kfp
