#include "NotificationCenter.h"

#include "Notifier.h"
#include "RunWatcher.h"
#include "WatchLogging.h"
#include "models/roles.h"

namespace kfp {

NotificationCenter::NotificationCenter(RunWatcher *watcher, Notifier *notifier, QObject *parent)
    : QAbstractListModel(parent)
    , m_watcher(watcher)
{
    connect(m_watcher, &RunWatcher::runFinished, this, &NotificationCenter::onRunFinished);
    setNotifier(notifier);
}

NotificationCenter::~NotificationCenter() = default;

void NotificationCenter::setNotifier(Notifier *notifier)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_notifier = notifier;
    if (m_notifier)
        connect(m_notifier, &Notifier::activated, this, &NotificationCenter::onNotifierActivated);
}

void NotificationCenter::onRunFinished(const Run &run)
{
    if (!m_settings.notifiesFor(run.state))
        return;
    // Read while runFinished is being emitted: the watcher still holds the run's record.
    if (m_settings.onlyStartedHere && !m_watcher->origins(run.id).testFlag(WatchOrigin::Created)) {
        qCDebug(lcWatch) << "not notifying" << run.id << "(not started here)";
        return;
    }
    add(RunNotification::fromRun(run));
}

void NotificationCenter::add(const RunNotification &notification)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(Entry{notification, true});
    endInsertRows();
    if (m_entries.size() > MaxEntries) {
        const int first = MaxEntries;
        const int last = int(m_entries.size()) - 1;
        beginRemoveRows({}, first, last);
        for (int i = last; i >= first; --i)
            if (m_entries.takeLast().unread)
                --m_unread;
        endRemoveRows();
    }
    ++m_unread;
    Q_EMIT unreadCountChanged(m_unread);
    Q_EMIT notificationAdded(notification);
    if (m_settings.desktop && m_notifier)
        m_notifier->notify(notification);
}

void NotificationCenter::onNotifierActivated(const QString &runId)
{
    markRunRead(runId);
    Q_EMIT activated(runId);
}

int NotificationCenter::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant NotificationCenter::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const RunNotification &n = e.notification;
    switch (role) {
    case Qt::DisplayRole:
    case SummaryRole:
        return n.summary();
    case Qt::ToolTipRole:
    case BodyRole:
        return n.body();
    case UnreadRole:
        return e.unread;
    case NotifiedAtRole:
        return n.notifiedAt;
    case IdRole:
        return n.runId;
    case NameRole:
        return n.runName;
    case StateRole:
        return int(n.state);
    case FinishedAtRole:
        return n.finishedAt;
    case DurationRole:
        return n.durationMs;
    case NamespaceRole:
        return n.namespaceName;
    case ExperimentIdRole:
        return n.experimentId;
    case ErrorMessageRole:
        return n.errorMessage;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationCenter::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(UnreadRole, "unread");
    names.insert(NotifiedAtRole, "notifiedAt");
    names.insert(SummaryRole, "summary");
    names.insert(BodyRole, "body");
    names.insert(IdRole, "runId");
    names.insert(NameRole, "runName");
    names.insert(StateRole, "state");
    names.insert(FinishedAtRole, "finishedAt");
    names.insert(DurationRole, "durationMs");
    return names;
}

RunNotification NotificationCenter::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).notification : RunNotification();
}

QList<RunNotification> NotificationCenter::entries() const
{
    QList<RunNotification> out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        out.append(e.notification);
    return out;
}

bool NotificationCenter::isUnread(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries.at(row).unread;
}

void NotificationCenter::setUnread(int row, bool unread)
{
    Entry &e = m_entries[row];
    if (e.unread == unread)
        return;
    e.unread = unread;
    m_unread += unread ? 1 : -1;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {UnreadRole});
}

void NotificationCenter::markRead(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const int before = m_unread;
    setUnread(row, false);
    if (m_unread != before)
        Q_EMIT unreadCountChanged(m_unread);
}

void NotificationCenter::markRunRead(const QString &runId)
{
    const int before = m_unread;
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).notification.runId == runId)
            setUnread(row, false);
    if (m_unread != before)
        Q_EMIT unreadCountChanged(m_unread);
}

void NotificationCenter::markAllRead()
{
    const int before = m_unread;
    for (int row = 0; row < m_entries.size(); ++row)
        setUnread(row, false);
    if (m_unread != before)
        Q_EMIT unreadCountChanged(m_unread);
}

void NotificationCenter::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    const bool changed = m_unread != 0;
    m_unread = 0;
    if (changed)
        Q_EMIT unreadCountChanged(0);
}

void NotificationCenter::activate(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const QString runId = m_entries.at(row).notification.runId;
    markRead(row);
    Q_EMIT activated(runId);
}

} // namespace kfp
