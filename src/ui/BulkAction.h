#pragma once

// Runs one API call per item (archive 50 runs, delete 3 pipelines…) with bounded concurrency,
// reports progress, and tells per item what happened: done, refused by the server (a 4xx answer,
// with the server's reason), failed (no answer, a server error), or left unchanged because the
// action had nothing to do for it (addUnchanged(), e.g. terminating a run that already finished).
// No widgets: the window shows progress() in the status bar and summary()/report() in its banner.
//
// (It belongs next to KfpClient in core once other front ends need it; kfpctl runs one item at a
// time today.)
//
//     auto *bulk = new BulkAction(tr("Archive"), items,
//                                 [client](const BulkItem &i) { return client->archiveRun(i.id); },
//                                 this);
//     connect(bulk, &BulkAction::finished, this, [bulk] { ...; bulk->deleteLater(); });
//     bulk->start();

#include "net/ApiError.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace kfp {

class ApiJob;

struct BulkItem
{
    QString id;
    QString label;    // what the user recognises (display name); the id when there is none
    QString parentId; // e.g. a version's pipeline id
    int kind = 0;     // the caller's own tag (the window uses NodeKind)
};

struct BulkFailure
{
    BulkItem item;
    ApiError error;
    // The server answered and said no (4xx: invalid state, conflict, not found, forbidden), as
    // opposed to a call that could not be carried out (network, timeout, 5xx).
    bool refused() const;
};

// An item the action leaves as it is, and why (translated).
struct BulkUnchanged
{
    BulkItem item;
    QString reason;
};

class BulkAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkAction)
public:
    // Starts the call for one item and returns the started job (KfpClient's jobs are).
    using Starter = std::function<ApiJob *(const BulkItem &)>;

    // A server takes a few requests at once well; more only queue behind each other in QNAM
    // (6 connections per host) and starve the window's own list requests.
    static constexpr int DefaultConcurrency = 4;

    BulkAction(const QString &actionName, QList<BulkItem> items, Starter starter,
               QObject *parent = nullptr);
    ~BulkAction() override;

    void setMaxConcurrent(int count);
    // Before start(): an item that was chosen but that the action has nothing to do for. It is
    // not sent, and is reported as unchanged with `reason`.
    void addUnchanged(const BulkItem &item, const QString &reason);
    int maxConcurrent() const { return m_maxConcurrent; }

    void start();
    // Starts no further item; the calls in flight still finish (and are counted).
    void cancel();

    QString actionName() const { return m_actionName; }
    int total() const { return int(m_items.size()); }
    int doneCount() const { return m_done; }
    int inFlight() const { return m_inFlight; }
    int peakInFlight() const { return m_peakInFlight; }
    bool isFinished() const { return m_finished; }
    bool isCanceled() const { return m_canceled; }
    QStringList succeededIds() const { return m_succeeded; }
    QList<BulkFailure> failures() const { return m_failures; }
    QList<BulkUnchanged> unchanged() const { return m_unchanged; }
    int refusedCount() const;
    int skippedCount() const { return total() - m_done; } // after cancel()
    // Every call was made and done, and no item was left unchanged.
    bool allDone() const;

    // One translated sentence: "Archive: all 3 items done." only when all were done, otherwise
    // the counts, e.g. "Terminate: 1 done, 1 refused by the server, 2 unchanged."
    QString summary() const;
    // Per item, grouped: refused (with the server's reason, bounded), failed, unchanged (why),
    // not started (canceled), done.
    QString report() const;
    // One line per failed or refused item: "name (id): reason".
    QString failureDetails() const;

    // The server's reason for a refusal as shown per item: its own text, at most this long.
    static constexpr int MaxReasonLength = 300;

Q_SIGNALS:
    void progress(int done, int total);
    void itemFinished(const QString &id, bool ok);
    void finished();

private:
    void startMore();
    void onJobFinished(ApiJob *job, int index);
    void finishIfDone();

    QString m_actionName;
    QList<BulkItem> m_items;
    Starter m_starter;
    int m_maxConcurrent = DefaultConcurrency;
    int m_next = 0;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    int m_done = 0;
    bool m_started = false;
    bool m_canceled = false;
    bool m_finished = false;
    QStringList m_succeeded;
    QList<BulkFailure> m_failures;
    QList<BulkUnchanged> m_unchanged;
};

} // namespace kfp
