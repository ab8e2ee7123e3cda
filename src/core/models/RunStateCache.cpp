#include "RunStateCache.h"

namespace kfp {

RunStateFact RunStateFact::fromRun(const Run &run, const QDateTime &observedAt)
{
    RunStateFact f;
    f.state = run.state;
    f.createdAt = run.createdAt;
    f.scheduledAt = run.scheduledAt;
    f.finishedAt = run.finishedAt;
    f.errorMessage = run.errorMessage;
    f.observedAt = observedAt;
    return f;
}

bool RunStateFact::sameAs(const RunStateFact &o) const
{
    return state == o.state && finishedAt == o.finishedAt && createdAt == o.createdAt &&
           scheduledAt == o.scheduledAt && errorMessage == o.errorMessage;
}

RunStateCache::RunStateCache(QObject *parent)
    : QObject(parent)
{}

RunStateCache::~RunStateCache() = default;

QDateTime RunStateCache::now()
{
    return QDateTime::currentDateTimeUtc();
}

bool RunStateCache::update(const QString &runId, const RunStateFact &fact)
{
    if (runId.isEmpty() || !fact.isValid())
        return false;
    auto it = m_facts.find(runId);
    if (it == m_facts.end()) {
        m_facts.insert(runId, fact);
        Q_EMIT runStateChanged(runId, fact);
        return true;
    }
    if (fact.observedAt < it->observedAt)
        return false; // what was seen later stands
    const bool changed = !it->sameAs(fact);
    *it = fact;
    if (changed)
        Q_EMIT runStateChanged(runId, fact);
    return true;
}

bool RunStateCache::update(const Run &run, const QDateTime &observedAt)
{
    return update(run.id, RunStateFact::fromRun(run, observedAt));
}

RunStateFact RunStateCache::fact(const QString &runId) const
{
    return m_facts.value(runId);
}

Run RunStateCache::overlay(const Run &run, const QDateTime &observedAt) const
{
    const auto it = m_facts.constFind(run.id);
    if (it == m_facts.cend() || (observedAt.isValid() && it->observedAt <= observedAt))
        return run;
    Run out = run;
    if (out.state != it->state)
        out.rawState.clear(); // the server's spelling was of the older state
    out.state = it->state;
    out.createdAt = it->createdAt.isValid() ? it->createdAt : out.createdAt;
    out.scheduledAt = it->scheduledAt.isValid() ? it->scheduledAt : out.scheduledAt;
    out.finishedAt = it->finishedAt;
    out.errorMessage = it->errorMessage;
    return out;
}

void RunStateCache::remove(const QString &runId)
{
    m_facts.remove(runId);
}

} // namespace kfp
