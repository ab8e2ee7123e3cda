#include "NameCache.h"

#include "api/KfpClient.h"
#include "net/ApiJob.h"

#include <QTimer>

namespace kfp {

namespace {

// The server caps page_size at 200, so an IN filter with more ids could not answer them all.
constexpr int kBatch = 200;

template<class T> QHash<QString, QString> namesOf(const QList<T> &items)
{
    QHash<QString, QString> found;
    for (const T &item : items)
        found.insert(item.id, item.displayName.isEmpty() ? item.name : item.displayName);
    return found;
}

// Experiments and recurring runs have no `name` field, only displayName.
QHash<QString, QString> displayNamesOf(const QList<Experiment> &items)
{
    QHash<QString, QString> found;
    for (const Experiment &e : items)
        found.insert(e.id, e.displayName);
    return found;
}
QHash<QString, QString> displayNamesOf(const QList<RecurringRun> &items)
{
    QHash<QString, QString> found;
    for (const RecurringRun &r : items)
        found.insert(r.id, r.displayName);
    return found;
}

} // namespace

NameCache::NameCache(KfpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &NameCache::retryFailed);
}

NameCache::~NameCache() = default;

QString NameCache::key(Kind kind, const QString &id)
{
    return QString::number(int(kind)) + QLatin1Char('/') + id;
}

void NameCache::setNamespace(const QString &namespaceName)
{
    if (namespaceName == m_namespace)
        return;
    m_namespace = namespaceName;
    clear();
}

QString NameCache::name(Kind kind, const QString &id, const QString &pipelineId) const
{
    if (id.isEmpty())
        return {};
    const QString k = key(kind, id);
    const auto it = m_names.constFind(k);
    if (it != m_names.cend())
        return *it;
    if (m_unresolved.contains(k) || m_asked.contains(k) || m_failed.contains(k))
        return {};
    m_asked.insert(k);
    Pending &pending = m_pending[int(kind)];
    if (kind == Kind::PipelineVersion)
        pending.versions[pipelineId].insert(id);
    else
        pending.ids.insert(id);
    schedule();
    return {};
}

QString NameCache::text(Kind kind, const QString &id, const QString &pipelineId) const
{
    const QString n = name(kind, id, pipelineId);
    if (!n.isEmpty() || id.isEmpty())
        return n;
    const QString k = key(kind, id);
    return m_unresolved.contains(k) || m_failed.contains(k) ? id : QString();
}

bool NameCache::isFailed(Kind kind, const QString &id) const
{
    return m_failed.contains(key(kind, id));
}

void NameCache::setRetryDelay(int ms)
{
    m_firstRetryDelay = m_retryDelay = ms;
}

bool NameCache::isResolved(Kind kind, const QString &id) const
{
    return m_names.contains(key(kind, id));
}

bool NameCache::isUnresolved(Kind kind, const QString &id) const
{
    const QString k = key(kind, id);
    return m_unresolved.contains(k) || m_failed.contains(k);
}

void NameCache::insert(Kind kind, const QString &id, const QString &name)
{
    const QString k = key(kind, id);
    const auto it = m_names.constFind(k);
    if (it != m_names.cend() && *it == name)
        return;
    m_names.insert(k, name);
    m_unresolved.remove(k);
    m_failed.remove(k);
    Q_EMIT namesResolved(kind, {id});
}

void NameCache::clear()
{
    ++m_generation;
    m_names.clear();
    m_unresolved.clear();
    m_failed.clear();
    m_retryTimer->stop();
    m_retryDelay = m_firstRetryDelay;
    m_asked.clear();
    for (Pending &p : m_pending)
        p = {};
}

void NameCache::schedule() const
{
    // Every name() of one event-loop pass (a view painting its rows, a model inserting a page)
    // joins one batch.
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QTimer::singleShot(0, const_cast<NameCache *>(this), &NameCache::flush);
}

void NameCache::flush()
{
    m_flushScheduled = false;
    for (int kind = 0; kind < 4; ++kind) {
        Pending pending = std::exchange(m_pending[kind], {});
        if (Kind(kind) == Kind::PipelineVersion) {
            for (auto it = pending.versions.cbegin(); it != pending.versions.cend(); ++it) {
                const QStringList ids(it.value().cbegin(), it.value().cend());
                if (it.key().isEmpty()) {
                    lookUpOrphanVersions(ids);
                    continue;
                }
                for (int i = 0; i < ids.size(); i += kBatch)
                    lookUpByList(Kind::PipelineVersion, ids.mid(i, kBatch), it.key());
            }
        } else {
            const QStringList ids(pending.ids.cbegin(), pending.ids.cend());
            for (int i = 0; i < ids.size(); i += kBatch)
                lookUpByList(Kind(kind), ids.mid(i, kBatch), {});
        }
    }
}

void NameCache::lookUpByList(Kind kind, const QStringList &ids, const QString &pipelineId)
{
    ListQuery query;
    query.pageSize = kBatch;
    ++m_requestCount;
    ++m_inFlight;
    const quint64 generation = m_generation;
    // One handler shape for every kind: the job's typed page turned into id → name.
    auto finish = [this, kind, ids, generation, pipelineId](ApiJob *job,
                                                            QHash<QString, QString> found) {
        --m_inFlight;
        if (generation != m_generation)
            return; // clear() since: the answer may belong to another namespace
        finishLookup(kind, ids, found, !job->ok(), job->error(), pipelineId);
    };
    switch (kind) {
    case Kind::Experiment: {
        query.namespaceName = m_namespace;
        query.where(Predicate::in(QStringLiteral("experiment_id"), ids));
        auto *job = m_client->listExperiments(query);
        connect(job, &ApiJob::finished, this, [job, finish] {
            finish(job,
                   job->ok() ? displayNamesOf(job->result().items) : QHash<QString, QString>());
        });
        break;
    }
    case Kind::RecurringRun: {
        query.namespaceName = m_namespace;
        query.where(Predicate::in(QStringLiteral("recurring_run_id"), ids));
        auto *job = m_client->listRecurringRuns(query);
        connect(job, &ApiJob::finished, this, [job, finish] {
            finish(job,
                   job->ok() ? displayNamesOf(job->result().items) : QHash<QString, QString>());
        });
        break;
    }
    case Kind::Pipeline: {
        // Pipelines may be shared (no namespace): look them up without one.
        query.where(Predicate::in(QStringLiteral("pipeline_id"), ids));
        auto *job = m_client->listPipelines(query);
        connect(job, &ApiJob::finished, this, [job, finish] {
            finish(job, job->ok() ? namesOf(job->result().items) : QHash<QString, QString>());
        });
        break;
    }
    case Kind::PipelineVersion: {
        query.where(Predicate::in(QStringLiteral("pipeline_version_id"), ids));
        auto *job = m_client->listPipelineVersions(pipelineId, query);
        connect(job, &ApiJob::finished, this, [job, finish] {
            finish(job, job->ok() ? namesOf(job->result().items) : QHash<QString, QString>());
        });
        break;
    }
    }
}

void NameCache::lookUpOrphanVersions(const QStringList &ids)
{
    // Versions are listed under their pipeline, so without it there is no list call. A KFP 1.8
    // run may reference only its version (a PIPELINE_VERSION resource reference); v1 reads a
    // version by id alone (GET pipeline_versions/{id}): one call per distinct version, which a
    // list of runs has few of. v2 has no such call (and its runs always carry the pipeline id).
    if (m_client->apiVersion() != ApiVersion::V1Beta1) {
        finishLookup(Kind::PipelineVersion, ids, {}, true, {});
        return;
    }
    for (const QString &id : ids) {
        ++m_requestCount;
        ++m_inFlight;
        const quint64 generation = m_generation;
        auto *job = m_client->getPipelineVersion({}, id);
        connect(job, &ApiJob::finished, this, [this, job, id, generation] {
            --m_inFlight;
            if (generation != m_generation)
                return;
            QHash<QString, QString> found;
            if (job->ok()) {
                const PipelineVersion &v = job->result();
                found.insert(id, v.displayName.isEmpty() ? v.name : v.displayName);
            }
            // A deleted version (404) is unresolved, as an id a list does not return; other
            // failures are reported.
            const bool failed = !job->ok() && job->error().kind() != ApiError::Kind::NotFound;
            finishLookup(Kind::PipelineVersion, {id}, found, failed, job->error());
        });
    }
}

void NameCache::finishLookup(Kind kind, const QStringList &asked,
                             const QHash<QString, QString> &found, bool failed,
                             const ApiError &error, const QString &pipelineId)
{
    // A failed call is asked again later; an id a working call did not return is unresolved.
    const bool retry = failed && error.isError();
    for (const QString &id : asked) {
        const QString k = key(kind, id);
        m_asked.remove(k);
        const auto it = found.constFind(id);
        if (it != found.cend())
            m_names.insert(k, *it);
        else if (retry)
            m_failed.insert(k, Failed{kind, id, pipelineId});
        else
            m_unresolved.insert(k); // deleted, not visible to us, or no call can tell
    }
    if (retry) {
        if (!m_retryTimer->isActive())
            m_retryTimer->start(m_retryDelay);
        Q_EMIT lookupFailed(error);
    } else if (!failed) {
        m_retryDelay = m_firstRetryDelay;
    }
    Q_EMIT namesResolved(kind, asked);
}

void NameCache::retryFailed()
{
    m_retryDelay = qMin(m_retryDelay * 2, 30 * m_firstRetryDelay);
    const QHash<QString, Failed> failed = std::exchange(m_failed, {});
    for (const Failed &f : failed)
        name(f.kind, f.id, f.pipelineId); // queues it again
}

} // namespace kfp
