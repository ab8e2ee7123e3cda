#include "CreateOnce.h"

#include "KfpClient.h"
#include "ListQuery.h"
#include "net/Logging.h"

namespace kfp {

namespace {

// Newest first: an item created by a lost attempt is on the first page.
constexpr int LookupPageSize = 100;

// Items named `name` in the experiment (or, with none, the namespace), newest first.
ListQuery sameNamed(const QString &experimentId, const QString &ns, const QString &name)
{
    ListQuery q;
    if (!experimentId.isEmpty())
        q.inExperiment(experimentId);
    else
        q.inNamespace(ns);
    return q.where(Predicate::equals(QStringLiteral("display_name"), name))
        .sortedBy(QStringLiteral("created_at"), true)
        .withPageSize(LookupPageSize);
}

// The two kinds CreateOnce handles, told apart at compile time.
template<class Item> struct Kind;
template<> struct Kind<Run>
{
    static constexpr const char *name = "run";
    static auto list(KfpClient *c, const ListQuery &q) { return c->listRuns(q); }
    static auto create(KfpClient *c, const RunRequest &r) { return c->createRun(r); }
    static const RunRequest &run(const RunRequest &r) { return r; }
};
template<> struct Kind<RecurringRun>
{
    static constexpr const char *name = "recurring run";
    static auto list(KfpClient *c, const ListQuery &q) { return c->listRecurringRuns(q); }
    static auto create(KfpClient *c, const RecurringRunRequest &r)
    {
        return c->createRecurringRun(r);
    }
    static const RunRequest &run(const RecurringRunRequest &r) { return r.run; }
};

} // namespace

CreateOnce::CreateOnce(KfpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

CreateOnce::~CreateOnce() = default;

void CreateOnce::createRun(const RunRequest &request)
{
    start<Run>(request);
}

void CreateOnce::createRecurringRun(const RecurringRunRequest &request)
{
    start<RecurringRun>(request);
}

template<class Item, class Request> void CreateOnce::start(const Request &request)
{
    if (m_busy || !m_client)
        return;
    const RunRequest &run = Kind<Item>::run(request);
    const QString key = QLatin1String(Kind<Item>::name) + QLatin1Char('\n') + run.experimentId +
                        QLatin1Char('\n') + run.displayName;
    if (key != m_key) { // another item than last time: what was noted no longer applies
        m_key = key;
        m_name = run.displayName;
        m_experimentId = run.experimentId;
        m_before.clear();
        m_haveBefore = false;
        m_uncertain = false;
    }
    m_busy = true;
    lookThenSend<Item>(request);
}

template<class Item, class Request> void CreateOnce::lookThenSend(const Request &request)
{
    if (m_haveBefore && !m_uncertain) {
        send<Item>(request);
        return;
    }
    auto *job = Kind<Item>::list(m_client, sameNamed(m_experimentId, m_namespace, m_name));
    connect(job, &ApiJob::finished, this, [this, job, request] {
        if (!job->ok()) {
            // Nothing was sent this time; an earlier unclear attempt stays unclear.
            finishFailed(job->error());
            return;
        }
        QSet<QString> ids;
        for (const Item &item : job->result().items)
            ids.insert(item.id);
        if (!m_haveBefore) {
            m_before = ids;
            m_haveBefore = true;
        } else {
            for (const Item &item : job->result().items) {
                if (!m_before.contains(item.id)) {
                    finishCreated(item, true);
                    return;
                }
            }
        }
        send<Item>(request);
    });
}

template<class Item, class Request> void CreateOnce::send(const Request &request)
{
    auto *job = Kind<Item>::create(m_client, request);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->ok()) {
            finishCreated(job->result(), false);
            return;
        }
        if (!job->error().outcomeUnknown()) {
            m_uncertain = false; // refused or never delivered: certainly not created
            finishFailed(job->error());
            return;
        }
        m_uncertain = true;
        lookAfterUnclearFailure<Item>(job->error());
    });
}

template<class Item> void CreateOnce::lookAfterUnclearFailure(const ApiError &sendError)
{
    qCInfo(lcApi).noquote() << "the answer to creating a" << Kind<Item>::name
                            << "was lost; looking whether it exists";
    auto *job = Kind<Item>::list(m_client, sameNamed(m_experimentId, m_namespace, m_name));
    connect(job, &ApiJob::finished, this, [this, job, sendError] {
        if (job->ok()) {
            for (const Item &item : job->result().items) {
                if (!m_before.contains(item.id)) {
                    finishCreated(item, true);
                    return;
                }
            }
        }
        // Not there (yet), or the look failed too: stay unclear, so the next attempt looks first.
        finishFailed(sendError);
    });
}

template<class Item> void CreateOnce::finishCreated(const Item &item, bool adopted)
{
    // Created: a further create() of the same name is a new, intended item.
    m_key.clear();
    m_haveBefore = false;
    m_uncertain = false;
    m_busy = false;
    if constexpr (std::is_same_v<Item, Run>)
        Q_EMIT runCreated(item, adopted);
    else
        Q_EMIT recurringRunCreated(item, adopted);
}

void CreateOnce::finishFailed(const ApiError &error)
{
    m_busy = false;
    Q_EMIT failed(error, m_uncertain);
}

} // namespace kfp
