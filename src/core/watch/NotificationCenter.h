#pragma once

// The app's notifications about finished runs, independent of any widget: it listens to
// RunWatcher::runFinished, keeps the ones the settings want (final state, "only runs started
// here") as a list model, newest first, with an unread count, and pops each one up through the
// Notifier (the desktop's service) when the settings say so. The UI shows this model in its
// notification list and the unread count on its bell/tray icon; activated(runId) — from the
// desktop notification's "Open run" or from activate(row) — tells it to raise and select the run.

#include "NotificationSettings.h"
#include "RunNotification.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace kfp {

class Notifier;
class RunWatcher;
struct Run;

class NotificationCenter final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationCenter)
public:
    // Besides these, rows answer the shared roles of models/roles.h: IdRole (run id), NameRole,
    // StateRole, FinishedAtRole, DurationRole, NamespaceRole, ExperimentIdRole, ErrorMessageRole.
    // Qt::DisplayRole is the summary, Qt::ToolTipRole the body.
    enum NotificationRole
    {
        UnreadRole = Qt::UserRole + 0x200, // bool
        NotifiedAtRole,                    // QDateTime (UTC): when the end was seen
        SummaryRole,                       // QString
        BodyRole,                          // QString
    };

    static constexpr int MaxEntries = 200; // the oldest entries fall off the end

    // watcher: required. notifier: the desktop's service; nullptr = in-app list only.
    NotificationCenter(RunWatcher *watcher, Notifier *notifier, QObject *parent = nullptr);
    ~NotificationCenter() override;

    void setNotifier(Notifier *notifier);
    Notifier *notifier() const { return m_notifier; }
    void setSettings(const NotificationSettings &settings) { m_settings = settings; }
    NotificationSettings settings() const { return m_settings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    RunNotification entryAt(int row) const;
    QList<RunNotification> entries() const;
    int unreadCount() const { return m_unread; }
    bool isUnread(int row) const;

    void markRead(int row);
    void markRunRead(const QString &runId); // every entry of that run
    void markAllRead();
    void clear();
    // The user opened an entry of the in-app list: mark it read and emit activated().
    void activate(int row);

    // Adds an entry directly (what onRunFinished does once the filters passed).
    void add(const RunNotification &notification);

Q_SIGNALS:
    void unreadCountChanged(int count);
    void notificationAdded(const kfp::RunNotification &notification);
    // Raise the app and select this run.
    void activated(const QString &runId);

private:
    void onRunFinished(const Run &run);
    void onNotifierActivated(const QString &runId);
    void setUnread(int row, bool unread);

    struct Entry
    {
        RunNotification notification;
        bool unread = true;
    };

    RunWatcher *m_watcher;
    QPointer<Notifier> m_notifier;
    NotificationSettings m_settings;
    QList<Entry> m_entries; // newest first
    int m_unread = 0;
};

} // namespace kfp
