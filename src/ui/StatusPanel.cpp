#include "StatusPanel.h"

#include "DisplayText.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

namespace kfp {

StatusPanel::StatusPanel(QStatusBar *bar)
    : QObject(bar)
    , m_bar(bar)
{
    m_notice = new QLabel(bar);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->hide();
    bar->addWidget(m_notice);
    m_progressLabel = new QLabel(bar);
    m_progressLabel->setObjectName(QStringLiteral("bulkProgressLabel"));
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setTextVisible(true);
    bar->addWidget(m_progressLabel);
    bar->addWidget(m_progress);
    hideProgress();

    m_profile = addLabel(QStringLiteral("profileLabel"), tr("Connection profile"));
    m_user = addLabel(QStringLiteral("userLabel"), tr("Signed-in user"));
    m_namespace = addLabel(QStringLiteral("namespaceLabel"), tr("Namespace"));
    m_server = addLabel(QStringLiteral("serverLabel"), tr("Server"));
    m_api = addLabel(QStringLiteral("apiLabel"), tr("API version"));
    m_connectionLabel = addLabel(QStringLiteral("connectionLabel"), tr("Connection state"));
    setProfile({});
    setUser({});
    setNamespace({});
    setConnection(Connection::Disconnected);
}

StatusPanel::~StatusPanel() = default;

QLabel *StatusPanel::addLabel(const QString &name, const QString &toolTip)
{
    auto *label = new QLabel(m_bar);
    label->setObjectName(name);
    label->setToolTip(toolTip);
    m_bar->addPermanentWidget(label);
    return label;
}

void StatusPanel::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void StatusPanel::setProfile(const QString &profile)
{
    m_profile->setText(tr("Profile: %1").arg(DisplayText::orNone(profile)));
}

void StatusPanel::setUser(const QString &user)
{
    m_user->setText(tr("User: %1").arg(DisplayText::orNone(user)));
}

void StatusPanel::setNamespace(const QString &namespaceName)
{
    m_namespace->setText(tr("Namespace: %1").arg(DisplayText::orNone(namespaceName)));
}

void StatusPanel::setServer(const QString &server)
{
    m_server->setText(server);
}

void StatusPanel::setApi(const QString &text)
{
    m_api->setText(text);
}

void StatusPanel::setConnection(Connection connection, const QDateTime &nextAttempt)
{
    m_connection = connection;
    switch (connection) {
    case Connection::Disconnected:
        m_connectionLabel->setText(tr("Not connected"));
        break;
    case Connection::Connecting:
        m_connectionLabel->setText(tr("Connecting…"));
        break;
    case Connection::Online:
        m_connectionLabel->setText(tr("Online"));
        break;
    case Connection::NeedsLogin:
        m_connectionLabel->setText(tr("Login needed"));
        break;
    case Connection::Retrying:
        m_connectionLabel->setText(tr("Retrying…"));
        break;
    case Connection::Offline:
        m_connectionLabel->setText(tr("Offline"));
        break;
    case Connection::Failed:
        m_connectionLabel->setText(tr("Cannot connect"));
        break;
    }
    m_connectionLabel->setToolTip(
        nextAttempt.isValid()
            ? tr("Connection state; next attempt at %1")
                  .arg(QLocale().toString(nextAttempt.time(), QLocale::LongFormat))
            : tr("Connection state"));
}

void StatusPanel::showProgress(const QString &label, int done, int total)
{
    m_progressLabel->setText(label);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progressLabel->show();
    m_progress->show();
}

void StatusPanel::hideProgress()
{
    m_progressLabel->hide();
    m_progress->hide();
}

} // namespace kfp
