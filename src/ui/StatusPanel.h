#pragma once

// The main window's status bar: a notice (e.g. "Sandbox"), the progress of a bulk action, then,
// permanently, profile, user, namespace, server, API version and the connection state.
//
// The connection state is the Connection's (the main window passes it on); this only shows it.

#include "connection/Connection.h"

#include <QDateTime>
#include <QObject>
#include <QString>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace kfp {

class StatusPanel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPanel)
public:
    using Connection = kfp::Connection::State;

    explicit StatusPanel(QStatusBar *bar);
    ~StatusPanel() override;

    void setNotice(const QString &text);
    // Empty profile/user: "—" (no login yet, or no auth).
    void setProfile(const QString &profile);
    void setUser(const QString &user);
    void setNamespace(const QString &namespaceName);
    void setServer(const QString &server);
    void setApi(const QString &text);

    Connection connection() const { return m_connection; }
    // nextAttempt: when Retrying or Offline, the time of the next automatic attempt (shown in
    // the tooltip); invalid when none is planned.
    void setConnection(Connection connection, const QDateTime &nextAttempt = {});

    // A bulk action: 0/total … total/total; hide() when done.
    void showProgress(const QString &label, int done, int total);
    void hideProgress();

private:
    QLabel *addLabel(const QString &name, const QString &toolTip);

    QStatusBar *m_bar;
    QLabel *m_notice;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QLabel *m_profile;
    QLabel *m_user;
    QLabel *m_namespace;
    QLabel *m_server;
    QLabel *m_api;
    QLabel *m_connectionLabel;
    Connection m_connection = Connection::Disconnected;
};

} // namespace kfp
