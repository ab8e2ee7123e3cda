// PagedTreeModel::refresh(): re-read what is loaded and turn the rows into the server's answer
// with the smallest signals (removes, moves, inserts, dataChanged) — never a reset — so that the
// view keeps selection, expansion and scroll position. Nodes that stay keep their identity (and
// thereby their loaded children); only their item is updated.

#include "PagedTreeModel.h"

#include "net/ApiJob.h"

#include <QSet>

#include <algorithm>

namespace kfp {

template<class Visit> void PagedTreeModel::forEachNode(Node *node, const Visit &visit) const
{
    visit(node);
    if (!node->branch)
        return;
    for (const NodePtr &child : node->branch->children)
        forEachNode(child.get(), visit);
}

void PagedTreeModel::refresh()
{
    if (m_refreshPending > 0)
        return; // one refresh at a time; the running one reads the current state anyway
    // Every branch the user has opened, top level first. Fixed branches (experiment groups)
    // are not fetched themselves, but their children are.
    std::vector<Node *> branches;
    forEachNode(m_root.get(), [&branches](Node *n) {
        if (n->branch && !n->branch->fixed && n->branch->state != LoadState::NotFetched)
            branches.push_back(n);
    });
    if (branches.empty()) {
        Q_EMIT refreshed();
        return;
    }
    for (Node *n : branches) {
        Branch *branch = n->branch.get();
        // A page in flight is superseded: the refresh reads that branch from the start.
        QList<ApiJob *> pending;
        for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
            if (it.value().node == n)
                pending.append(it.key());
        }
        for (ApiJob *job : std::as_const(pending)) {
            m_jobs.remove(job);
            job->abort();
            jobEnded();
        }
        const int items = itemCount(n);
        if (items == 0 && branch->state != LoadState::Failed) {
            // Nothing to keep in place: an ordinary first page does it.
            branch->nextPageToken.clear();
            startPage(n);
            continue;
        }
        if (branch->state == LoadState::Fetching) {
            branch->state = LoadState::Fetched;
            setStatusRow(n, LoadState::Fetched);
        }
        branch->refreshed.clear();
        branch->refreshTarget = std::max(items, m_pageSize);
        ++m_refreshPending;
        startRefreshPage(n, {});
    }
    if (m_refreshPending == 0)
        Q_EMIT refreshed();
}

void PagedTreeModel::startRefreshPage(Node *parent, const QString &pageToken)
{
    track(startFetch(parent, queryFor(parent, pageToken)), parent, true);
}

void PagedTreeModel::onRefreshPageFinished(Node *parent, ApiJob *job)
{
    Branch *branch = parent->branch.get();
    if (!job->ok()) {
        // The rows stay as they are: a failed refresh is reported, not shown as an error row in
        // a branch that was fine (a failed branch keeps its error row, with the new error).
        branch->refreshed.clear();
        if (branch->state == LoadState::Failed) {
            branch->error = job->error();
            setStatusRow(parent, LoadState::Failed);
        }
        m_lastError = job->error();
        Q_EMIT errorOccurred(job->error());
        refreshBranchDone();
        return;
    }
    PageNodes page = takePage(parent, job);
    for (NodePtr &n : page.nodes)
        branch->refreshed.push_back(std::move(n));
    // Re-read as many rows as the branch had, then stop where that page ends.
    if (!page.nextPageToken.isEmpty() && int(branch->refreshed.size()) < branch->refreshTarget) {
        startRefreshPage(parent, page.nextPageToken);
        return;
    }
    if (parent == m_root.get())
        m_totalSize = page.totalSize;
    m_lastError = {};
    applyFresh(parent, std::exchange(branch->refreshed, {}), page.nextPageToken);
    rowsArrived(parent);
    Q_EMIT pageLoaded(indexOf(parent));
    refreshBranchDone();
}

void PagedTreeModel::refreshBranchDone()
{
    if (m_refreshPending > 0 && --m_refreshPending == 0)
        Q_EMIT refreshed();
}

void PagedTreeModel::applyFresh(Node *parent, std::vector<NodePtr> freshIn,
                                const QString &nextToken)
{
    Branch *branch = parent->branch.get();
    // Paging state first, as in onPageFinished(): views may ask canFetchMore() from a signal.
    branch->nextPageToken = nextToken;
    branch->state = LoadState::Fetched;
    branch->error = {};
    setStatusRow(parent, LoadState::Fetched);

    std::vector<NodePtr> fresh;
    fresh.reserve(freshIn.size());
    QSet<QString> freshIds;
    freshIds.reserve(qsizetype(freshIn.size()));
    for (NodePtr &n : freshIn) {
        if (!freshIds.contains(n->id)) {
            freshIds.insert(n->id);
            fresh.push_back(std::move(n));
        }
    }
    auto &children = branch->children;
    const QModelIndex parentIndex = indexOf(parent);
    const int lastColumn = columnCount(parentIndex) - 1;

    // The usual case: the same rows in the same order, only items may have changed. Steps 1 and
    // 2 below would then remove, insert and move nothing and only update in place: do just that,
    // without building their sets (with 100,000 loaded runs, most of the time of a refresh).
    const auto sameId = [](const NodePtr &a, const NodePtr &b) {
        return a->id == b->id;
    };
    if (std::equal(children.cbegin(), children.cend(), fresh.cbegin(), fresh.cend(), sameId)) {
        for (int i = 0; i < int(fresh.size()); ++i) {
            if (updateItem(children[size_t(i)].get(), *fresh[size_t(i)]))
                Q_EMIT dataChanged(index(i, 0, parentIndex), index(i, lastColumn, parentIndex));
        }
        return;
    }

    // 1. Remove rows that are gone, in contiguous ranges from the bottom.
    for (int i = int(children.size()) - 1; i >= 0;) {
        if (freshIds.contains(children[size_t(i)]->id)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !freshIds.contains(children[size_t(first - 1)]->id))
            --first;
        removeChildren(parent, first, i);
        i = first - 1;
    }

    // 2. Walk the new order: keep (updating the item), insert runs of new rows, or move a row up.
    QSet<QString> present;
    present.reserve(qsizetype(children.size()));
    for (const NodePtr &n : children)
        present.insert(n->id);
    for (int i = 0; i < int(fresh.size()); ++i) {
        const QString &id = fresh[size_t(i)]->id;
        if (i < int(children.size()) && children[size_t(i)]->id == id) {
            if (updateItem(children[size_t(i)].get(), *fresh[size_t(i)]))
                Q_EMIT dataChanged(index(i, 0, parentIndex), index(i, lastColumn, parentIndex));
            continue;
        }
        if (!present.contains(id)) {
            int end = i + 1;
            while (end < int(fresh.size()) && !present.contains(fresh[size_t(end)]->id))
                ++end;
            std::vector<NodePtr> batch;
            for (int k = i; k < end; ++k)
                batch.push_back(std::move(fresh[size_t(k)]));
            insertChildren(parent, i, std::move(batch));
            i = end - 1;
            continue;
        }
        int from = i + 1;
        while (children[size_t(from)]->id != id)
            ++from;
        ++m_changing;
        beginMoveRows(parentIndex, from, from, parentIndex, i);
        NodePtr moving = std::move(children[size_t(from)]);
        children.erase(children.begin() + from);
        children.insert(children.begin() + i, std::move(moving));
        renumber(parent, i);
        endMoveRows();
        --m_changing;
        if (updateItem(children[size_t(i)].get(), *fresh[size_t(i)]))
            Q_EMIT dataChanged(index(i, 0, parentIndex), index(i, lastColumn, parentIndex));
    }
}

} // namespace kfp
