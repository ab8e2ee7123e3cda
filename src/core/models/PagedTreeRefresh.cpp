#include "PagedTreeRefresh.h"

#include "PagedTreeModel.h"
#include "net/ApiJob.h"

#include <QSet>

#include <algorithm>

namespace kfp {

void PagedTreeRefresh::start()
{
    if (m_pending > 0)
        return; // one refresh at a time; the running one reads the current state anyway
    // Every branch the user has opened, top level first. Fixed branches (experiment groups)
    // are not fetched themselves, but their children are.
    std::vector<Node *> branches;
    PagedTree::forEachNode(m_model.m_tree.root(), [&branches](Node *n) {
        if (n->branch && !n->branch->fixed && n->branch->state != LoadState::NotFetched)
            branches.push_back(n);
    });
    if (branches.empty()) {
        Q_EMIT m_model.refreshed();
        return;
    }
    for (Node *n : branches) {
        PagedTree::Branch *branch = n->branch.get();
        // A page in flight is superseded: the refresh reads that branch from the start.
        QList<ApiJob *> pending;
        for (auto it = m_model.m_jobs.cbegin(); it != m_model.m_jobs.cend(); ++it) {
            if (it.value().node == n)
                pending.append(it.key());
        }
        for (ApiJob *job : std::as_const(pending)) {
            m_model.m_jobs.remove(job);
            job->abort();
            m_model.jobEnded();
        }
        const int items = PagedTree::itemCount(n);
        if (items == 0 && branch->state != LoadState::Failed) {
            // Nothing to keep in place: an ordinary first page does it.
            branch->nextPageToken.clear();
            m_model.startPage(n);
            continue;
        }
        if (branch->state == LoadState::Fetching) {
            branch->state = LoadState::Fetched;
            m_model.setStatusRow(n, LoadState::Fetched);
        }
        branch->refreshed.clear();
        branch->refreshTarget = std::max(items, m_model.pageSize());
        ++m_pending;
        startPage(n, {});
    }
    if (m_pending == 0)
        Q_EMIT m_model.refreshed();
}

void PagedTreeRefresh::startPage(Node *parent, const QString &pageToken)
{
    m_model.track(m_model.startFetch(parent, m_model.queryFor(parent, pageToken)), parent, true);
}

void PagedTreeRefresh::pageFinished(Node *parent, ApiJob *job)
{
    PagedTree::Branch *branch = parent->branch.get();
    if (!job->ok()) {
        // The rows stay as they are: a failed refresh is reported, not shown as an error row in
        // a branch that was fine (a failed branch keeps its error row, with the new error).
        branch->refreshed.clear();
        if (branch->state == LoadState::Failed) {
            branch->error = job->error();
            m_model.setStatusRow(parent, LoadState::Failed);
        }
        m_model.m_lastError = job->error();
        Q_EMIT m_model.errorOccurred(job->error());
        branchDone();
        return;
    }
    PagedTree::PageNodes page = m_model.takePage(parent, job);
    for (NodePtr &n : page.nodes)
        branch->refreshed.push_back(std::move(n));
    // Re-read as many rows as the branch had, then stop where that page ends.
    if (!page.nextPageToken.isEmpty() && int(branch->refreshed.size()) < branch->refreshTarget) {
        startPage(parent, page.nextPageToken);
        return;
    }
    if (parent == m_model.m_tree.root())
        m_model.m_totalSize = page.totalSize;
    m_model.m_lastError = {};
    applyFresh(parent, std::exchange(branch->refreshed, {}), page.nextPageToken);
    m_model.rowsArrived(parent);
    Q_EMIT m_model.pageLoaded(m_model.indexOf(parent));
    branchDone();
}

void PagedTreeRefresh::branchDone()
{
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT m_model.refreshed();
}

void PagedTreeRefresh::updateRow(Node *parent, int row, const Node &fresh)
{
    auto &children = parent->branch->children;
    if (!m_model.updateItem(children[size_t(row)].get(), fresh))
        return;
    const QModelIndex parentIndex = m_model.indexOf(parent);
    const int lastColumn = m_model.columnCount(parentIndex) - 1;
    Q_EMIT m_model.dataChanged(m_model.index(row, 0, parentIndex),
                               m_model.index(row, lastColumn, parentIndex));
}

void PagedTreeRefresh::applyFresh(Node *parent, std::vector<NodePtr> freshIn,
                                  const QString &nextToken)
{
    PagedTree::Branch *branch = parent->branch.get();
    // Paging state first, as after an ordinary page: views may ask canFetchMore() from a signal.
    branch->nextPageToken = nextToken;
    branch->state = LoadState::Fetched;
    branch->error = {};
    m_model.setStatusRow(parent, LoadState::Fetched);

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

    // The usual case: the same rows in the same order, only items may have changed. Steps 1 and
    // 2 below would then remove, insert and move nothing and only update in place: do just that,
    // without building their sets (with 100,000 loaded runs, most of the time of a refresh).
    const auto sameId = [](const NodePtr &a, const NodePtr &b) {
        return a->id == b->id;
    };
    if (std::equal(children.cbegin(), children.cend(), fresh.cbegin(), fresh.cend(), sameId)) {
        for (int i = 0; i < int(fresh.size()); ++i)
            updateRow(parent, i, *fresh[size_t(i)]);
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
        m_model.removeChildren(parent, first, i);
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
            updateRow(parent, i, *fresh[size_t(i)]);
            continue;
        }
        if (!present.contains(id)) {
            int end = i + 1;
            while (end < int(fresh.size()) && !present.contains(fresh[size_t(end)]->id))
                ++end;
            std::vector<NodePtr> batch;
            for (int k = i; k < end; ++k)
                batch.push_back(std::move(fresh[size_t(k)]));
            m_model.insertChildren(parent, i, std::move(batch));
            i = end - 1;
            continue;
        }
        int from = i + 1;
        while (children[size_t(from)]->id != id)
            ++from;
        m_model.moveChild(parent, from, i);
        updateRow(parent, i, *fresh[size_t(i)]);
    }
}

} // namespace kfp
