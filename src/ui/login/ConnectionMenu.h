#pragma once

// The connection entries of the File menu: Connect…, the profiles to switch to, Log out and
// "Share this login with the kfp Python SDK…". It only turns menu clicks into
// ConnectionController calls and keeps the profile list and enabled states current.

#include <QObject>
#include <QMenu>
#include <QPointer>

class QAction;

namespace kfp {

class ConnectionController;
class ProfileStore;

class ConnectionMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionMenu)
public:
    ConnectionMenu(ConnectionController *controller, ProfileStore *profiles,
                   QObject *parent = nullptr);

    // Puts the entries at the top of `menu`, followed by a separator.
    void install(QMenu *menu);

    QAction *connectAction() const { return m_connect; }
    QAction *logoutAction() const { return m_logout; }
    QAction *shareAction() const { return m_share; }
    QMenu *profilesMenu() const { return m_profilesMenu; }

private:
    void rebuildProfiles();
    void updateStates();

    ConnectionController *m_controller;
    ProfileStore *m_profiles;
    QAction *m_connect = nullptr;
    QAction *m_logout = nullptr;
    QAction *m_share = nullptr;
    QPointer<QMenu> m_profilesMenu;
};

} // namespace kfp
