#include "PagedTree.h"

#include <algorithm>
#include <iterator>

namespace kfp {

PagedTree::Node::~Node() = default;

PagedTree::PagedTree()
    : m_root(std::make_unique<Node>(NodeKind::Loading))
{
    giveBranch(m_root.get());
}

PagedTree::~PagedTree() = default;

void PagedTree::clear()
{
    m_root->branch = std::make_unique<Branch>();
}

const PagedTree::Node *PagedTree::find(const QString &id, const NodeKind *kind) const
{
    return findBelow(m_root.get(), id, kind);
}

const PagedTree::Node *PagedTree::findBelow(const Node *parent, const QString &id,
                                            const NodeKind *kind)
{
    if (id.isEmpty() || !parent->branch)
        return nullptr;
    // Breadth first per level: a top-level match wins over a deeper one with the same id.
    for (const NodePtr &child : parent->branch->children) {
        if (child->id == id && (!kind || child->kind == *kind))
            return child.get();
    }
    for (const NodePtr &child : parent->branch->children) {
        if (const Node *found = findBelow(child.get(), id, kind))
            return found;
    }
    return nullptr;
}

bool PagedTree::hasStatusRow(const Node *parent)
{
    const auto &children = parent->branch->children;
    return !children.empty() && isStatusKind(children.back()->kind);
}

int PagedTree::itemCount(const Node *parent)
{
    const int n = int(parent->branch->children.size());
    return hasStatusRow(parent) ? n - 1 : n;
}

void PagedTree::insert(Node *parent, int at, std::vector<NodePtr> nodes)
{
    auto &children = parent->branch->children;
    for (NodePtr &n : nodes)
        n->parent = parent;
    children.insert(children.begin() + at, std::make_move_iterator(nodes.begin()),
                    std::make_move_iterator(nodes.end()));
    renumber(parent, at);
}

void PagedTree::erase(Node *parent, int first, int last)
{
    auto &children = parent->branch->children;
    children.erase(children.begin() + first, children.begin() + last + 1);
    renumber(parent, first);
}

void PagedTree::move(Node *parent, int from, int to)
{
    auto &children = parent->branch->children;
    NodePtr moving = std::move(children[size_t(from)]);
    children.erase(children.begin() + from);
    children.insert(children.begin() + to, std::move(moving));
    renumber(parent, std::min(from, to));
}

void PagedTree::renumber(Node *parent, int from)
{
    auto &children = parent->branch->children;
    for (size_t i = size_t(std::max(from, 0)); i < children.size(); ++i)
        children[i]->row = int(i);
}

void PagedTree::giveBranch(Node *node, bool fixed)
{
    node->branch = std::make_unique<Branch>();
    node->branch->fixed = fixed;
    if (fixed)
        node->branch->state = LoadState::Fetched;
}

void PagedTree::addFixedChild(Node *node, NodePtr child)
{
    child->parent = node;
    child->row = int(node->branch->children.size());
    node->branch->children.push_back(std::move(child));
}

} // namespace kfp
