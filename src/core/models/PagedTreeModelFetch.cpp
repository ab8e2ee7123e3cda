// PagedTreeModel: fetching pages, the status rows ("Loading…", error), structural changes of a
// branch, and the bookkeeping of calls in flight (each one tied to the branch it fills).

#include "PagedTreeModel.h"

#include "api/KfpClient.h"
#include "net/ApiJob.h"

#include <QSet>
#include <QTimer>

namespace kfp {

namespace {

// Counts the structural changes in progress (their signals included).
struct ChangeGuard
{
    explicit ChangeGuard(int &depth)
        : m_depth(depth)
    {
        ++m_depth;
    }
    ~ChangeGuard() { --m_depth; }
    ChangeGuard(const ChangeGuard &) = delete;
    ChangeGuard &operator=(const ChangeGuard &) = delete;
    int &m_depth;
};

} // namespace

// --- fetching ---------------------------------------------------------------------------------

bool PagedTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeAt(parent);
    if (!node->branch || node->branch->fixed)
        return false;
    switch (node->branch->state) {
    case LoadState::NotFetched:
        return true;
    case LoadState::Fetched:
        return !node->branch->nextPageToken.isEmpty() &&
               (!m_fetchOnDemand || node->branch->tailShown);
    case LoadState::Fetching:
    case LoadState::Failed: // retry() is explicit: a view must not hammer a failing server
        return false;
    }
    return false;
}

void PagedTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startPage(nodeAt(parent));
}

void PagedTreeModel::fetchNextPage(const QModelIndex &parent)
{
    Node *node = nodeAt(parent);
    if (!node->branch || node->branch->fixed)
        return;
    const Branch &b = *node->branch;
    if (b.state == LoadState::NotFetched ||
        (b.state == LoadState::Fetched && !b.nextPageToken.isEmpty()))
        startPage(node);
}

bool PagedTreeModel::hasMorePages(const QModelIndex &parent) const
{
    const Node *node = nodeAt(parent);
    if (!node->branch || node->branch->fixed)
        return false;
    return node->branch->state == LoadState::NotFetched || !node->branch->nextPageToken.isEmpty();
}

void PagedTreeModel::noteDisplayed(const Node *node) const
{
    Node *parent = node->parent;
    if (!m_fetchOnDemand || !parent || !parent->branch)
        return;
    Branch &b = *parent->branch;
    if (b.tailShown || b.state != LoadState::Fetched || b.nextPageToken.isEmpty() ||
        node->row != PagedTree::itemCount(parent) - 1)
        return;
    b.tailShown = true;
    // Asked while the view paints: fetch once it is done, if the list is still there.
    auto *self = const_cast<PagedTreeModel *>(this);
    const bool isRoot = parent == root();
    const QPersistentModelIndex where(indexOf(parent));
    QMetaObject::invokeMethod(
        self,
        [self, isRoot, where] {
            if (isRoot || where.isValid())
                self->fetchMore(isRoot ? QModelIndex() : QModelIndex(where));
        },
        Qt::QueuedConnection);
}

void PagedTreeModel::retry(const QModelIndex &index)
{
    Node *node = nodeAt(index);
    if (node->kind == NodeKind::Error)
        node = node->parent;
    if (!node->branch || node->branch->state != LoadState::Failed)
        return;
    startPage(node); // the failed page again: nextPageToken is still the one that failed
}

void PagedTreeModel::track(ApiJob *job, Node *node, bool refresh)
{
    m_jobs.insert(job, {node, refresh});
    jobStarted();
    connect(job, &ApiJob::finished, this, [this, job] { onJobFinished(job); });
}

void PagedTreeModel::startPage(Node *parent)
{
    Branch *branch = parent->branch.get();
    ApiJob *job = startFetch(parent, queryFor(parent, branch->nextPageToken));
    branch->state = LoadState::Fetching;
    track(job, parent, false);
    if (m_changing == 0) {
        setStatusRow(parent, LoadState::Fetching);
        return;
    }
    // Asked from inside another change's signal (a view expanding a row as it is inserted):
    // rows must not be inserted from there, so the "Loading…" row follows from the event loop —
    // if the page has not arrived (or the branch gone) by then.
    QTimer::singleShot(0, this, [this, parent, job] {
        const auto it = m_jobs.constFind(job);
        if (it != m_jobs.cend() && it->node == parent && !it->refresh)
            setStatusRow(parent, LoadState::Fetching);
    });
}

void PagedTreeModel::onJobFinished(ApiJob *job)
{
    const auto it = m_jobs.constFind(job);
    if (it == m_jobs.cend())
        return; // dropped: its branch is gone, or the model reloaded
    const JobInfo info = *it;
    m_jobs.erase(it);
    if (info.refresh)
        m_refresh.pageFinished(info.node, job);
    else
        onPageFinished(info.node, job);
    jobEnded(); // last, so that loadingChanged(false) comes after the rows
}

void PagedTreeModel::onPageFinished(Node *parent, ApiJob *job)
{
    Branch *branch = parent->branch.get();
    if (!job->ok()) {
        branch->state = LoadState::Failed;
        branch->error = job->error();
        m_lastError = job->error();
        setStatusRow(parent, LoadState::Failed);
        Q_EMIT errorOccurred(job->error());
        return;
    }
    PageNodes page = takePage(parent, job);
    // State first: a view (or QAbstractItemModelTester) may call canFetchMore()/fetchMore()
    // from inside rowsInserted, and must see the new token then.
    branch->nextPageToken = page.nextPageToken;
    branch->state = LoadState::Fetched;
    branch->tailShown = false; // a new last row, not displayed yet
    branch->error = {};
    m_lastError = {};
    if (parent == root())
        m_totalSize = page.totalSize;
    setStatusRow(parent, LoadState::Fetched);
    appendNodes(parent, std::move(page.nodes));
    rowsArrived(parent);
    Q_EMIT pageLoaded(indexOf(parent));
}

void PagedTreeModel::setStatusRow(Node *parent, LoadState state)
{
    const NodeKind want = state == LoadState::Fetching ? NodeKind::Loading
                          : state == LoadState::Failed ? NodeKind::Error
                                                       : NodeKind::Run; // Run: no status row
    const bool wanted = want != NodeKind::Run;
    auto &children = parent->branch->children;
    if (PagedTree::hasStatusRow(parent)) {
        const int row = int(children.size()) - 1;
        if (!wanted) {
            removeChildren(parent, row, row);
            return;
        }
        // Loading ⇄ Error in place: the same row changes its text and flags.
        const ChangeGuard guard(m_changing);
        children.back()->kind = want;
        Q_EMIT dataChanged(index(row, 0, indexOf(parent)),
                           index(row, columnCount() - 1, indexOf(parent)));
        return;
    }
    if (wanted) {
        std::vector<NodePtr> one;
        one.push_back(std::make_unique<Node>(want));
        insertChildren(parent, int(children.size()), std::move(one));
    }
}

void PagedTreeModel::appendNodes(Node *parent, std::vector<NodePtr> nodes)
{
    // Offset paging shifts when rows are created or deleted between two pages, so a page can
    // repeat the last rows of the previous one. Those can only be near the end: compare there
    // (two pages' worth), which stays cheap with 100,000 loaded rows.
    const auto &children = parent->branch->children;
    const int end = PagedTree::itemCount(parent);
    QSet<QString> recent;
    for (int i = std::max(0, end - 2 * m_pageSize); i < end; ++i)
        recent.insert(children[size_t(i)]->id);
    std::vector<NodePtr> fresh;
    fresh.reserve(nodes.size());
    for (NodePtr &n : nodes) {
        if (n->id.isEmpty() || !recent.contains(n->id)) {
            recent.insert(n->id);
            fresh.push_back(std::move(n));
        }
    }
    if (!fresh.empty())
        insertChildren(parent, end, std::move(fresh));
}

void PagedTreeModel::insertChildren(Node *parent, int at, std::vector<NodePtr> nodes)
{
    if (nodes.empty())
        return;
    const ChangeGuard guard(m_changing);
    const int last = at + int(nodes.size()) - 1;
    beginInsertRows(indexOf(parent), at, last);
    PagedTree::insert(parent, at, std::move(nodes));
    nodesInserted(parent, at, last);
    endInsertRows();
}

void PagedTreeModel::removeChildren(Node *parent, int first, int last)
{
    const ChangeGuard guard(m_changing);
    beginRemoveRows(indexOf(parent), first, last);
    dropJobsUnder(parent, first, last);
    nodesAboutToBeRemoved(parent, first, last);
    PagedTree::erase(parent, first, last);
    endRemoveRows();
}

void PagedTreeModel::moveChild(Node *parent, int from, int to)
{
    const ChangeGuard guard(m_changing);
    const QModelIndex parentIndex = indexOf(parent);
    beginMoveRows(parentIndex, from, from, parentIndex, to);
    PagedTree::move(parent, from, to);
    endMoveRows();
}

// --- calls in flight --------------------------------------------------------------------------

void PagedTreeModel::dropJobsUnder(const Node *parent, int first, int last)
{
    // A call whose branch is being removed is aborted and forgotten (its nodes are about to go).
    QList<ApiJob *> doomed;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        for (const Node *n = it.value().node; n && n->parent; n = n->parent) {
            if (n->parent == parent && n->row >= first && n->row <= last) {
                doomed.append(it.key());
                break;
            }
        }
    }
    for (ApiJob *job : std::as_const(doomed)) {
        const JobInfo info = m_jobs.take(job);
        job->abort();
        jobEnded();
        if (info.refresh)
            m_refresh.branchDone();
    }
}

void PagedTreeModel::abortAllJobs()
{
    const auto jobs = std::exchange(m_jobs, {});
    for (auto it = jobs.cbegin(); it != jobs.cend(); ++it)
        it.key()->abort();
    m_refresh.forget();
    if (std::exchange(m_activeJobs, 0) > 0)
        Q_EMIT loadingChanged(false);
}

void PagedTreeModel::jobStarted()
{
    if (m_activeJobs++ == 0)
        Q_EMIT loadingChanged(true);
}

void PagedTreeModel::jobEnded()
{
    if (m_activeJobs > 0 && --m_activeJobs == 0)
        Q_EMIT loadingChanged(false);
}

void PagedTreeModel::reload()
{
    abortAllJobs();
    beginResetModel();
    nodesAboutToBeCleared();
    m_tree.clear();
    m_totalSize = 0;
    // The first page is asked inside the reset, and the reset already contains its "Loading…"
    // row: a view (or QAbstractItemModelTester) reacting to modelReset with fetchMore() then
    // finds the fetch in progress instead of inserting rows from inside the reset signal.
    Branch *branch = root()->branch.get();
    ApiJob *job = startFetch(root(), queryFor(root(), {}));
    branch->state = LoadState::Fetching;
    auto loadingRow = std::make_unique<Node>(NodeKind::Loading);
    loadingRow->parent = root();
    branch->children.push_back(std::move(loadingRow));
    endResetModel();
    track(job, root(), false);
}

void PagedTreeModel::refresh()
{
    m_refresh.start();
}

void PagedTreeModel::emitColumnChanged(const Node *parent, int first, int last, int column)
{
    if (first > last)
        return;
    const QModelIndex p = indexOf(parent);
    Q_EMIT dataChanged(index(first, column, p), index(last, column, p));
}

} // namespace kfp
