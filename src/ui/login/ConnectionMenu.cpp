#include "ConnectionMenu.h"

#include "ConnectionController.h"
#include "auth/ProfileStore.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace kfp {

ConnectionMenu::ConnectionMenu(ConnectionController *controller, ProfileStore *profiles,
                               QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_profiles(profiles)
{
    m_connect = new QAction(tr("&Connect to a Cluster…"), this);
    m_connect->setObjectName(QStringLiteral("actionConnect"));
    m_connect->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_connect->setStatusTip(tr("Log in to a Kubeflow Pipelines server or edit a profile"));
    connect(m_connect, &QAction::triggered, m_controller,
            [this] { m_controller->showLoginDialog(); });

    m_logout = new QAction(tr("Log &Out"), this);
    m_logout->setObjectName(QStringLiteral("actionLogout"));
    m_logout->setStatusTip(tr("Sign out at the gateway and remove the stored session"));
    connect(m_logout, &QAction::triggered, m_controller, &ConnectionController::logout);

    m_share = new QAction(tr("&Share This Login with the kfp Python SDK…"), this);
    m_share->setObjectName(QStringLiteral("actionShareWithSdk"));
    connect(m_share, &QAction::triggered, m_controller, &ConnectionController::shareWithSdk);

    connect(m_profiles, &ProfileStore::profilesChanged, this, &ConnectionMenu::rebuildProfiles);
    connect(m_profiles, &ProfileStore::currentChanged, this, &ConnectionMenu::rebuildProfiles);
    connect(m_controller, &ConnectionController::connected, this, &ConnectionMenu::updateStates);
    connect(m_controller, &ConnectionController::disconnected, this, &ConnectionMenu::updateStates);
}

void ConnectionMenu::install(QMenu *menu)
{
    QAction *first = menu->actions().value(0);
    m_profilesMenu = new QMenu(tr("&Profiles"), menu);
    m_profilesMenu->setObjectName(QStringLiteral("menuProfiles"));
    menu->insertAction(first, m_connect);
    menu->insertMenu(first, m_profilesMenu);
    menu->insertAction(first, m_share);
    menu->insertAction(first, m_logout);
    menu->insertSeparator(first);
    rebuildProfiles();
    updateStates();
}

void ConnectionMenu::rebuildProfiles()
{
    if (!m_profilesMenu)
        return;
    m_profilesMenu->clear();
    const QStringList names = m_profiles->names();
    auto *group = new QActionGroup(m_profilesMenu);
    for (const QString &name : names) {
        QAction *action = m_profilesMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(name == m_controller->currentProfile());
        group->addAction(action);
        connect(action, &QAction::triggered, m_controller,
                [this, name] { m_controller->switchProfile(name); });
    }
    m_profilesMenu->setEnabled(!names.isEmpty());
}

void ConnectionMenu::updateStates()
{
    const bool connected = m_controller->isConnected();
    m_logout->setEnabled(connected);
    m_share->setEnabled(connected);
    rebuildProfiles();
}

} // namespace kfp
