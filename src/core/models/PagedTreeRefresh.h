#pragma once

// The refresh of a PagedTreeModel (PagedTreeModel::refresh()): re-reads what is loaded, every
// opened branch from its first page, and turns the rows into the server's answer with the
// smallest signals (removes, moves, inserts, dataChanged) — never a reset — so that the view
// keeps selection, expansion and scroll position. Nodes that stay keep their identity (and
// thereby their loaded children); only their item is updated. The model owns one and hands it
// the answers of its refresh calls.

#include "PagedTree.h"

#include <vector>

namespace kfp {

class ApiJob;
class PagedTreeModel;

class PagedTreeRefresh
{
public:
    using Node = PagedTree::Node;
    using NodePtr = PagedTree::NodePtr;

    explicit PagedTreeRefresh(PagedTreeModel &model)
        : m_model(model)
    {}
    PagedTreeRefresh(const PagedTreeRefresh &) = delete;
    PagedTreeRefresh &operator=(const PagedTreeRefresh &) = delete;

    // Starts a refresh unless one is running (the running one reads the current state anyway).
    void start();
    // A refresh call of parent's branch answered.
    void pageFinished(Node *parent, ApiJob *job);
    // A branch's refresh ended without an answer (its call was dropped with the branch).
    void branchDone();
    // Every call was aborted (reload, destruction): no refresh is running any more.
    void forget() { m_pending = 0; }

private:
    void startPage(Node *parent, const QString &pageToken);
    void applyFresh(Node *parent, std::vector<NodePtr> fresh, const QString &nextToken);
    void updateRow(Node *parent, int row, const Node &fresh);

    PagedTreeModel &m_model;
    int m_pending = 0; // branch refreshes in flight
};

} // namespace kfp
