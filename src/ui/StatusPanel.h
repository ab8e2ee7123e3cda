#pragma once

// The main window's status bar: a notice (e.g. "Sandbox"), the progress of a bulk action, then,
// permanently, profile, user, namespace, server, API version and the connection state.
//
// The connection state is derived from the answers of the window's calls (callFinished): any
// answer from the server means online; a call that could not reach it (network error, timeout,
// a gateway's 502/503/504) means retrying the first time and offline when it happens again.

#include "api/ApiError.h"

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
    enum class Connection
    {
        Disconnected,
        Connecting,
        Online,
        Retrying,
        Offline
    };
    Q_ENUM(Connection)

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
    void setConnection(Connection connection);
    // Feeds one call's outcome into the connection state.
    void noteCall(bool ok, const ApiError &error);
    // The window tries again (F5, the retry timer): if that fails too, the state becomes offline.
    // Several calls of one attempt failing together count once.
    void newAttempt();
    static bool isUnreachable(const ApiError &error);

    // A bulk action: 0/total … total/total; hide() when done.
    void showProgress(const QString &label, int done, int total);
    void hideProgress();

Q_SIGNALS:
    void connectionChanged(kfp::StatusPanel::Connection connection);

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
    bool m_retried = false; // an attempt was started while retrying
};

} // namespace kfp
