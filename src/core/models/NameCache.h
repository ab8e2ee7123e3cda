#pragma once

// Resolves the ids a run or recurring run refers to (experiment, pipeline, pipeline version,
// recurring run) into display names, for list columns — never one request per row.
//
//     QString n = names->name(NameCache::Kind::Experiment, run.experimentId);
//     if (n.isEmpty()) ... show a placeholder; namesResolved() follows when it arrives
//
// name() answers from the cache. An unknown id is queued, and all ids queued during one pass of
// the event loop (a view painting 40 rows, a page of 200 runs) go out together as list calls
// with an IN filter on the id: one request per kind per 200 ids (pipeline versions: per pipeline,
// since versions are listed under their pipeline). A version whose pipeline is unknown (a KFP 1.8
// run that references only its version) is read by id on v1 — one call per distinct version —
// and stays unresolved on v2, which has no such call (v2 runs always carry the pipeline id).
// Each id is asked at most once: ids the server does not return (deleted) are remembered as
// unresolved and name() keeps answering "" for them until clear(). A lookup that fails (a 500, a
// server that refuses the IN filter) is asked again after a back-off (2 s, doubling up to 60 s,
// back to 2 s after a lookup that works); until then text() shows the id, never a blank cell.
//
// Models that already hold names (ExperimentTreeModel's experiments) feed them with insert().

#include "net/ApiError.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QTimer;

namespace kfp {

class KfpClient;

class NameCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NameCache)
public:
    enum class Kind
    {
        Experiment,
        Pipeline,
        PipelineVersion,
        RecurringRun
    };
    Q_ENUM(Kind)

    explicit NameCache(KfpClient *client, QObject *parent = nullptr);
    ~NameCache() override;

    // Multi-user mode: experiments and recurring runs are listed in this namespace. Clears.
    void setNamespace(const QString &namespaceName);

    // The display name, or "" when not known yet (then the id is queued) or unresolved.
    // `pipelineId` helps PipelineVersion lookups (listed under their pipeline); may be empty.
    QString name(Kind kind, const QString &id, const QString &pipelineId = {}) const;
    // What a cell shows: the name; the id itself when the lookup failed or found nothing; ""
    // only while the first lookup is on its way.
    QString text(Kind kind, const QString &id, const QString &pipelineId = {}) const;
    bool isResolved(Kind kind, const QString &id) const;   // known (a name arrived)
    bool isUnresolved(Kind kind, const QString &id) const; // asked and not found / failed
    bool isFailed(Kind kind, const QString &id) const;     // failed, to be asked again

    // The first delay before failed lookups are asked again (doubles up to 30 times it).
    void setRetryDelay(int ms);

    void insert(Kind kind, const QString &id, const QString &name);
    // Forgets every name and every unresolved id (e.g. after a rename on the server).
    void clear();

    // Requests sent so far (for tests and the bench) and lookups in flight.
    int requestCount() const { return m_requestCount; }
    bool isBusy() const { return m_inFlight > 0; }

Q_SIGNALS:
    // Names of these ids arrived (or were found unresolved): rows showing them should repaint.
    void namesResolved(kfp::NameCache::Kind kind, const QStringList &ids);
    void lookupFailed(const kfp::ApiError &error);

private:
    struct Pending
    {
        QSet<QString> ids;                      // experiments, pipelines, recurring runs
        QHash<QString, QSet<QString>> versions; // pipeline id ("" = unknown) → version ids
    };

    void schedule() const;
    void flush();
    void lookUpByList(Kind kind, const QStringList &ids, const QString &pipelineId);
    void lookUpOrphanVersions(const QStringList &ids);
    void finishLookup(Kind kind, const QStringList &asked, const QHash<QString, QString> &found,
                      bool failed, const ApiError &error, const QString &pipelineId = {});
    void retryFailed();
    static QString key(Kind kind, const QString &id);

    KfpClient *m_client;
    QString m_namespace;
    QHash<QString, QString> m_names; // key(kind, id) → name
    QSet<QString> m_unresolved;      // key(kind, id)
    struct Failed
    {
        Kind kind;
        QString id;
        QString pipelineId;
    };
    QHash<QString, Failed> m_failed; // key(kind, id): asked again when m_retryTimer fires
    QTimer *m_retryTimer = nullptr;
    int m_firstRetryDelay = 2000;
    int m_retryDelay = 2000;
    mutable QSet<QString> m_asked; // key(kind, id): queued or in flight
    mutable Pending m_pending[4];  // by Kind
    mutable bool m_flushScheduled = false;
    int m_requestCount = 0;
    int m_inFlight = 0;
    quint64 m_generation = 0; // bumped by clear(): answers of older lookups are dropped
};

} // namespace kfp
