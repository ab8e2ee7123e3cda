#pragma once

// The actions on what is selected in the current section: archive, unarchive, terminate, retry,
// enable, disable, delete, copy id, open in the KFP web UI. Each works on a multi-selection where
// the API allows it: the items it applies to run as one BulkAction (4 calls at a time), progress
// goes to bulkProgress(), and the summary — with, per item, what was done, what the server refused
// and why, and what was left unchanged — to the section's banner, until the user moves on to
// another section or starts another action. Destructive actions ask first, through the Prompter,
// listing what is affected.
//
// Run actions are enabled only where the KFP server accepts them, judged from the run states of
// the RunStateCache (the newest any view or the watcher saw), and a disabled one says why in its
// tool tip and status tip. A retried run is handed to the run watcher.

#include "BulkAction.h"
#include "SectionView.h"
#include "models/RunStateCache.h"
#include "watch/RunWatcher.h"

#include <QObject>
#include <QPointer>

class QAction;
class QTimer;
class QMenu;
class QWidget;

namespace kfp {

class KfpClient;
class MessageBanner;
class Prompter;

class ResourceActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceActions)
public:
    enum class Verb
    {
        Archive,
        Unarchive,
        Terminate,
        Retry,
        Enable,
        Disable,
        Delete
    };

    ResourceActions(KfpClient *client, Prompter *prompter, QWidget *window,
                    QObject *parent = nullptr);
    ~ResourceActions() override;

    void setSection(SectionView *section);
    SectionView *section() const { return m_section; }
    // The app's run states, which the enablement follows (not owned; nullptr: the rows' states).
    void setRunStateCache(RunStateCache *cache);
    // Where retried runs are watched (not owned; nullptr: not watched).
    void setRunWatcher(RunWatcher *watcher);

    QAction *archiveAction() const { return m_archive; }
    QAction *unarchiveAction() const { return m_unarchive; }
    QAction *terminateAction() const { return m_terminate; }
    QAction *retryAction() const { return m_retry; }
    QAction *enableAction() const { return m_enable; }
    QAction *disableAction() const { return m_disable; }
    QAction *deleteAction() const { return m_delete; }
    QAction *copyIdAction() const { return m_copyId; }
    QAction *openInWebAction() const { return m_openInWeb; }
    QList<QAction *> actions() const;

    // The actions that apply to the selection, for a context menu.
    void fillContextMenu(QMenu *menu) const;
    void updateEnabled();

    // The items of `selection` that `verb` applies to.
    static QList<SelectedItem> applicable(Verb verb, const QList<SelectedItem> &selection);
    // Why `verb` may not apply to a selection (translated), for the disabled action's tips;
    // empty where the action's name says enough.
    static QString notApplicableReason(Verb verb);
    // The KFP web UI page of an item (Router.tsx routes), under the server's base URL.
    static QUrl webUrl(const QUrl &base, const SelectedItem &item);

    BulkAction *currentBulk() const { return m_bulk; }

Q_SIGNALS:
    void bulkStarted(kfp::BulkAction *bulk);
    void bulkFinished(kfp::BulkAction *bulk);
    void callFinished(bool ok, const kfp::ApiError &error);

private:
    QAction *makeAction(const QString &name, const QString &text, const QString &icon);
    void trigger(Verb verb);
    QList<SelectedItem> currentSelection() const; // with the cached run states
    void confirmThenRun(Verb verb, const QList<SelectedItem> &items,
                        const QList<BulkUnchanged> &unchanged);
    void run(Verb verb, const QList<SelectedItem> &items, const QList<BulkUnchanged> &unchanged,
             bool cascade);
    static BulkItem bulkItem(const SelectedItem &item);
    // Why `verb` leaves an item of the selection as it is (translated).
    static QString unchangedReason(Verb verb, const SelectedItem &item);
    // Hides the banner with the last action's result, if it still shows it.
    void dismissResult();
    ApiJob *startCall(Verb verb, const BulkItem &item, bool cascade) const;
    void onBulkFinished(SectionView *section);
    QString verbName(Verb verb) const;
    void copyIds();
    void openInWeb();

    KfpClient *m_client;
    Prompter *m_prompter;
    QWidget *m_window;
    QPointer<SectionView> m_section;
    QPointer<BulkAction> m_bulk;
    QPointer<RunStateCache> m_stateCache;
    QPointer<RunWatcher> m_watcher;
    QTimer *m_enableTimer; // a burst of state updates: one re-evaluation
    QPointer<MessageBanner> m_resultBanner; // shows the last action's result
    QAction *m_archive;
    QAction *m_unarchive;
    QAction *m_terminate;
    QAction *m_retry;
    QAction *m_enable;
    QAction *m_disable;
    QAction *m_delete;
    QAction *m_copyId;
    QAction *m_openInWeb;
};

} // namespace kfp
