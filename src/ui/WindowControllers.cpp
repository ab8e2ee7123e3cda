#include "WindowControllers.h"

#include "ConnectionController.h"
#include "ConnectionMenu.h"
#include "LanguageMenu.h"
#include "NotificationController.h"
#include "RunWizardLauncher.h"
#include "UploadController.h"
#include "Workbench.h"
#include "connection/Connection.h"

#include <QMainWindow>

namespace kfp {

WindowControllers::WindowControllers(Workbench *workbench, const WindowMenus &menus,
                                     Connection *connection, QSettings *settings,
                                     ProfileStore *profiles, CredentialStore *credentials,
                                     Prompter *prompter)
{
    QMainWindow *window = workbench->mainWindow();
    KfpClient *client = connection->client();
    m_login =
        std::make_unique<ConnectionController>(profiles, credentials, connection, prompter, window);
    // Each puts its entry first in the File menu: the last made leads it. Upload Pipeline…
    // also separates itself from what follows.
    m_runWizard = std::make_unique<RunWizardLauncher>(workbench, client, menus.file, menus.toolBar);
    m_upload = std::make_unique<UploadController>(workbench, client, menus.file);
    m_connectionMenu = std::make_unique<ConnectionMenu>(m_login.get(), profiles);
    m_connectionMenu->install(menus.file);
    m_languageMenu = std::make_unique<LanguageMenu>(settings, prompter);
    m_languageMenu->install(menus.view, window);
    m_notifications = std::make_unique<NotificationController>(workbench, client, settings,
                                                               menus.menuBar, menus.actions);
}

WindowControllers::~WindowControllers() = default;

} // namespace kfp
