#pragma once

// The rows of a PagedTreeModel as a plain tree, without Qt's model signals: nodes, the branches
// that hold a node's children with their paging state, the status row ("Loading…" or an error)
// at the end of a branch, and lookups by id. PagedTreeModel owns one and announces each change
// it makes to it.

#include "net/ApiError.h"
#include "roles.h"

#include <QString>

#include <memory>
#include <vector>

namespace kfp {

class PagedTree
{
public:
    struct Branch;

    // One row. Item nodes of subclasses derive from it (see ItemNode). Status rows are plain Nodes.
    struct Node
    {
        Node(NodeKind k, QString i = {})
            : kind(k)
            , id(std::move(i))
        {}
        virtual ~Node();
        Node *parent = nullptr;
        int row = 0; // index in parent->branch->children, kept current
        NodeKind kind;
        QString id;
        std::unique_ptr<Branch> branch; // set on nodes that can have children
    };
    template<class T> struct ItemNode final : Node
    {
        ItemNode(NodeKind k, QString i, T v)
            : Node(k, std::move(i))
            , item(std::move(v))
        {}
        T item;
    };
    using NodePtr = std::unique_ptr<Node>;

    // The children of a node and their paging state.
    struct Branch
    {
        std::vector<NodePtr> children; // items, then at most one status row at the end
        LoadState state = LoadState::NotFetched;
        QString nextPageToken;
        ApiError error;
        bool fixed = false;     // children made locally (experiment groups): never fetched
        bool tailShown = false; // on demand: the last row was displayed since the last page
        // refresh in progress: the rows read again so far, and how many the branch had
        std::vector<NodePtr> refreshed;
        int refreshTarget = 0;
    };

    // A page converted to nodes (each a subclass' ItemNode, with a Branch when it has children).
    struct PageNodes
    {
        std::vector<NodePtr> nodes;
        QString nextPageToken;
        int totalSize = 0;
    };

    PagedTree();
    ~PagedTree();
    PagedTree(const PagedTree &) = delete;
    PagedTree &operator=(const PagedTree &) = delete;

    // The invisible node whose branch is the top level.
    Node *root() const { return m_root.get(); }
    // Drops every row: the top level becomes an empty, not fetched branch.
    void clear();

    // The loaded node with that id (any depth, first match breadth first per level; `kind`, when
    // not null, narrows it). Null if none.
    const Node *find(const QString &id, const NodeKind *kind) const;

    // Calls visit(node) for `node` and every node below it, in tree order.
    template<class Visit> static void forEachNode(Node *node, const Visit &visit)
    {
        visit(node);
        if (!node->branch)
            return;
        for (const NodePtr &child : node->branch->children)
            forEachNode(child.get(), visit);
    }

    // --- a branch's rows (`parent` has a branch) -----------------------------------------------
    static bool isStatusKind(NodeKind kind)
    {
        return kind == NodeKind::Loading || kind == NodeKind::Error;
    }
    static bool hasStatusRow(const Node *parent);
    static int itemCount(const Node *parent); // children without the status row
    // Puts `nodes` at row `at` of parent's branch / takes rows [first, last] out of it / moves
    // row `from` to row `to`; the rows after them are renumbered.
    static void insert(Node *parent, int at, std::vector<NodePtr> nodes);
    static void erase(Node *parent, int first, int last);
    static void move(Node *parent, int from, int to);

    // --- building nodes (before they are in the tree) -----------------------------------------
    // Gives `node` an empty lazy branch (children fetched on expand), or a fixed one.
    static void giveBranch(Node *node, bool fixed = false);
    // Adds a child to a fixed branch.
    static void addFixedChild(Node *node, NodePtr child);

    template<class T> static const T &itemOf(const Node *node)
    {
        return static_cast<const ItemNode<T> *>(node)->item;
    }
    template<class T> static T &itemOf(Node *node)
    {
        return static_cast<ItemNode<T> *>(node)->item;
    }

private:
    static void renumber(Node *parent, int from);
    static const Node *findBelow(const Node *parent, const QString &id, const NodeKind *kind);

    std::unique_ptr<Node> m_root;
};

} // namespace kfp
