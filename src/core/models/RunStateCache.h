#pragma once

// What the app knows of each run's state, in one place: the run lists, the details monitor, the
// run watcher and the actions' enablement all write what they learn here and read it back, so a
// run that ended shows as ended everywhere as soon as any of them saw it.
//
// A fact is keyed by run id and carries the state, the run's times and when it was observed:
// the moment the request that brought it was *sent* (the answer tells how the run was at that
// moment or later). A fact observed earlier than the one held never replaces it, so a slow list
// page cannot bring back a state the details monitor already saw change. Every accepted fact that
// changes what is known is announced once (runStateChanged), by run id, for the holders of that
// run to update in place.
//
//     auto sentAt = RunStateCache::now();          // before sending the request
//     ... answer arrives:
//     cache->update(run, sentAt);                  // false: a newer fact is held
//     run = cache->overlay(run);                   // show what is known newest

#include "api/ApiTypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace kfp {

struct RunStateFact
{
    RunState state = RunState::Unspecified;
    QDateTime createdAt;
    QDateTime scheduledAt;
    QDateTime finishedAt;
    QString errorMessage;
    QDateTime observedAt; // UTC, client clock: when the request that brought it was sent

    bool isValid() const { return observedAt.isValid(); }
    static RunStateFact fromRun(const Run &run, const QDateTime &observedAt);
    // Same state and times (the observation time aside).
    bool sameAs(const RunStateFact &other) const;
};

class RunStateCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunStateCache)
public:
    explicit RunStateCache(QObject *parent = nullptr);
    ~RunStateCache() override;

    // The observation time to give a request about to be sent.
    static QDateTime now();

    // Takes the fact unless one observed later is held for the run. Returns whether it was taken
    // (emits runStateChanged when it changed the state or a time).
    bool update(const QString &runId, const RunStateFact &fact);
    bool update(const Run &run, const QDateTime &observedAt);
    // The newest fact held (invalid for an unknown run).
    RunStateFact fact(const QString &runId) const;
    bool contains(const QString &runId) const { return m_facts.contains(runId); }
    // `run` with the state fields of the fact held, when that fact was observed later than
    // `observedAt` (an invalid time: whenever a fact is held).
    Run overlay(const Run &run, const QDateTime &observedAt = {}) const;
    // The run was deleted: forget it.
    void remove(const QString &runId);
    int size() const { return int(m_facts.size()); }

Q_SIGNALS:
    void runStateChanged(const QString &runId, const kfp::RunStateFact &fact);

private:
    QHash<QString, RunStateFact> m_facts;
};

} // namespace kfp

Q_DECLARE_METATYPE(kfp::RunStateFact)
