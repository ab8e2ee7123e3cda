#include "RunListModel.h"

#include "DurationText.h"
#include "NameCache.h"
#include "RunStateCache.h"
#include "RunStatePresentation.h"

#include "api/KfpClient.h"

#include <QSet>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace kfp {

namespace {

// The running rows' Duration column ticks once a second, like the KFP UI's.
constexpr int kDurationTickMs = 1000;
// A page's request carries when it was sent: the observation time of the states it brings.
const char *const kSentAtProperty = "kfpSentAt";

bool isLive(RunState state)
{
    return state != RunState::Unspecified && !isFinal(state);
}

} // namespace

RunListModel::RunListModel(KfpClient *client, NameCache *names, QObject *parent)
    : PagedTreeModel(client, parent)
    , m_names(names)
    , m_durationTimer(new QTimer(this))
{
    // The KFP UI's run list: newest first.
    setDefaultSort(StartedColumn, Qt::DescendingOrder);
    m_durationTimer->setInterval(kDurationTickMs);
    connect(m_durationTimer, &QTimer::timeout, this, &RunListModel::tickDurations);
    connect(
        m_names, &NameCache::namesResolved, this,
        [this](NameCache::Kind kind, const QStringList &ids) { onNamesResolved(int(kind), ids); });
}

RunListModel::~RunListModel() = default;

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedTreeModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Run name");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case ExperimentColumn:
        return tr("Experiment");
    case PipelineVersionColumn:
        return tr("Pipeline version");
    case RecurringRunColumn:
        return tr("Recurring run");
    case StartedColumn:
        return tr("Start time");
    case FinishedColumn:
        return tr("Finish time");
    }
    return {};
}

void RunListModel::setStateFilter(const QList<RunState> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    scopeChanged();
}

void RunListModel::setExperimentId(const QString &experimentId)
{
    if (experimentId == m_experimentId)
        return;
    m_experimentId = experimentId;
    scopeChanged();
}

const RunSummary *RunListModel::summaryAt(const QModelIndex &index) const
{
    return itemAt<RunSummary>(index, NodeKind::Run);
}

Run RunListModel::runAt(const QModelIndex &index) const
{
    const RunSummary *s = summaryAt(index);
    return s ? s->toRun(nodeAt(index)->id) : Run();
}

void RunListModel::setRunStateCache(RunStateCache *cache)
{
    if (m_stateCache)
        disconnect(m_stateCache, nullptr, this, nullptr);
    m_stateCache = cache;
    if (m_stateCache)
        connect(m_stateCache, &RunStateCache::runStateChanged, this,
                &RunListModel::onRunStateChanged);
}

void RunListModel::onRunStateChanged(const QString &runId, const RunStateFact &fact)
{
    Node *node = m_byId.value(runId);
    if (!node)
        return;
    RunSummary &run = itemOf<RunSummary>(node);
    RunSummary updated = run;
    updated.state = fact.state;
    if (fact.createdAt.isValid())
        updated.createdAt = fact.createdAt;
    if (fact.scheduledAt.isValid())
        updated.scheduledAt = fact.scheduledAt;
    updated.finishedAt = fact.finishedAt;
    updated.errorMessage = fact.errorMessage;
    if (updated == run)
        return;
    run = std::move(updated);
    trackLiveness(node); // final: its Duration stops; running again (retry): it ticks
    Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
    rowsArrived(node->parent);
}

QString RunListModel::sortField(int column) const
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("display_name");
    case StartedColumn:
        return QStringLiteral("created_at"); // the KFP UI's "Start time" is the creation time
    case FinishedColumn:
        return QStringLiteral("finished_at");
    }
    return {}; // status, duration and the resolved names are not server-sortable
}

void RunListModel::addPredicates(ListQuery &query) const
{
    if (!m_states.isEmpty()) {
        QStringList names;
        for (RunState s : m_states)
            names.append(runStateName(s));
        names.removeDuplicates();
        query.where(Predicate::in(QStringLiteral("state"), names));
    }
    query.experimentId = m_experimentId;
}

ApiJob *RunListModel::startFetch(const Node *, const ListQuery &query)
{
    ListQuery q = query;
    q.experimentId = m_experimentId; // a scope parameter: sent with every page
    const QDateTime sentAt = RunStateCache::now();
    ApiJob *job = client()->listRuns(q);
    job->setProperty(kSentAtProperty, sentAt);
    return job;
}

PagedTreeModel::PageNodes RunListModel::takePage(const Node *, ApiJob *job)
{
    const auto &page = static_cast<ResultJob<Page<Run>> *>(job)->result();
    PageNodes out;
    out.nextPageToken = page.nextPageToken;
    out.totalSize = page.totalSize;
    out.nodes.reserve(size_t(page.items.size()));
    const QDateTime sentAt = job->property(kSentAtProperty).toDateTime();
    for (const Run &listed : page.items) {
        // What the cache holds newer (the watcher or the details monitor saw the run since this
        // page was asked for) wins over the page.
        Run run = listed;
        if (m_stateCache) {
            m_stateCache->update(listed, sentAt);
            run = m_stateCache->overlay(listed, sentAt);
        }
        RunSummary summary = RunSummary::fromRun(run);
        summary.experimentId = m_refs.intern(summary.experimentId);
        summary.namespaceName = m_refs.intern(summary.namespaceName);
        summary.pipelineId = m_refs.intern(summary.pipelineId);
        summary.pipelineVersionId = m_refs.intern(summary.pipelineVersionId);
        summary.recurringRunId = m_refs.intern(summary.recurringRunId);
        out.nodes.push_back(
            std::make_unique<ItemNode<RunSummary>>(NodeKind::Run, run.id, std::move(summary)));
    }
    return out;
}

bool RunListModel::updateItem(Node *target, const Node &fresh)
{
    RunSummary &mine = itemOf<RunSummary>(target);
    const RunSummary &theirs = itemOf<RunSummary>(&fresh);
    if (mine == theirs)
        return false;
    mine = theirs;
    trackLiveness(target); // a refresh may have seen it finish (or start again: retry)
    return true;
}

void RunListModel::trackLiveness(const Node *node)
{
    if (node->kind == NodeKind::Run && isLive(itemOf<RunSummary>(node).state))
        m_liveRuns.insert(node);
    else
        m_liveRuns.remove(node);
}

void RunListModel::nodesInserted(const Node *parent, int first, int last)
{
    const auto &children = parent->branch->children;
    for (int i = first; i <= last; ++i) {
        Node *node = children[size_t(i)].get();
        if (node->kind == NodeKind::Run)
            m_byId.insert(node->id, node);
        trackLiveness(node);
    }
}

void RunListModel::nodesAboutToBeRemoved(const Node *parent, int first, int last)
{
    const auto &children = parent->branch->children;
    for (int i = first; i <= last; ++i) {
        const Node *node = children[size_t(i)].get();
        m_liveRuns.remove(node);
        const auto it = m_byId.constFind(node->id);
        if (it != m_byId.cend() && *it == node)
            m_byId.erase(it);
    }
}

void RunListModel::nodesAboutToBeCleared()
{
    m_liveRuns.clear();
    m_byId.clear();
}

QVariant RunListModel::itemData(const Node *node, int column, int role) const
{
    const RunSummary &run = itemOf<RunSummary>(node);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return run.displayName;
        case StatusColumn:
            return RunStatePresentation::text(run.state);
        case DurationColumn:
            return DurationText::milliseconds(run.durationMs(QDateTime::currentDateTimeUtc()));
        case ExperimentColumn:
            return m_names->text(NameCache::Kind::Experiment, run.experimentId);
        case PipelineVersionColumn:
            // KFP 1.8 runs may name the pipeline only (no version reference).
            if (run.pipelineVersionId.isEmpty())
                return m_names->text(NameCache::Kind::Pipeline, run.pipelineId);
            return m_names->text(NameCache::Kind::PipelineVersion, run.pipelineVersionId,
                                 run.pipelineId);
        case RecurringRunColumn:
            return m_names->text(NameCache::Kind::RecurringRun, run.recurringRunId);
        case StartedColumn:
            return RunStatePresentation::dateText(run.createdAt);
        case FinishedColumn:
            return RunStatePresentation::dateText(run.finishedAt);
        }
        return {};
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return m_icons.icon(run.state);
        return {};
    case Qt::ToolTipRole:
        if (column == StatusColumn && !run.errorMessage.isEmpty())
            return run.errorMessage;
        if (column == NameColumn && !run.description.isEmpty())
            return run.description;
        return {};
    }
    return run.roleData(node->id, role);
}

void RunListModel::rowsArrived(const Node *)
{
    if (!m_liveRuns.isEmpty() && !m_durationTimer->isActive())
        m_durationTimer->start();
}

void RunListModel::tickDurations()
{
    if (m_liveRuns.isEmpty()) {
        m_durationTimer->stop(); // restarted when live rows arrive
        return;
    }
    // The Duration cells of the running rows, as few contiguous ranges as they form: a finished
    // run between two running ones gets no signal (its duration is fixed).
    std::vector<int> rows;
    rows.reserve(size_t(m_liveRuns.size()));
    for (const Node *n : std::as_const(m_liveRuns))
        rows.push_back(n->row);
    std::sort(rows.begin(), rows.end());
    size_t start = 0;
    for (size_t i = 1; i <= rows.size(); ++i) {
        if (i == rows.size() || rows[i] != rows[i - 1] + 1) {
            emitColumnChanged(root(), rows[start], rows[i - 1], DurationColumn);
            start = i;
        }
    }
}

void RunListModel::onNamesResolved(int kind, const QStringList &ids)
{
    int column = -1;
    switch (NameCache::Kind(kind)) {
    case NameCache::Kind::Experiment:
        column = ExperimentColumn;
        break;
    case NameCache::Kind::Pipeline:
    case NameCache::Kind::PipelineVersion:
        column = PipelineVersionColumn;
        break;
    case NameCache::Kind::RecurringRun:
        column = RecurringRunColumn;
        break;
    }
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    const Node *top = root();
    int first = -1;
    int last = -1;
    for (const NodePtr &n : top->branch->children) {
        if (n->kind != NodeKind::Run)
            continue;
        const RunSummary &run = itemOf<RunSummary>(n.get());
        const QString &ref = column == ExperimentColumn               ? run.experimentId
                             : column == RecurringRunColumn           ? run.recurringRunId
                             : kind == int(NameCache::Kind::Pipeline) ? run.pipelineId
                                                                      : run.pipelineVersionId;
        if (!ref.isEmpty() && wanted.contains(ref)) {
            if (first < 0)
                first = n->row;
            last = n->row;
        }
    }
    if (first >= 0)
        emitColumnChanged(top, first, last, column);
}

} // namespace kfp
