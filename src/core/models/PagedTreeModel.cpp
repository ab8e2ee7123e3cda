#include "PagedTreeModel.h"

#include "api/KfpClient.h"
#include "net/ApiJob.h"

#include <QColor>

#include <algorithm>

namespace kfp {

PagedTreeModel::PagedTreeModel(KfpClient *client, QObject *parent)
    : QAbstractItemModel(parent)
    , m_client(client)
{}

PagedTreeModel::~PagedTreeModel()
{
    // No signals from a dying model: forget the calls first, so their finished() is ignored.
    abortAllJobs();
}

// --- tree structure ---------------------------------------------------------------------------

PagedTreeModel::Node *PagedTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : root();
}

QModelIndex PagedTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == root())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex PagedTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount(parent) ||
        (parent.isValid() && parent.column() != 0))
        return {};
    const Node *node = nodeAt(parent);
    if (!node->branch || row >= int(node->branch->children.size()))
        return {};
    return createIndex(row, column, node->branch->children[size_t(row)].get());
}

QModelIndex PagedTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeAt(child)->parent);
}

int PagedTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *node = nodeAt(parent);
    return node->branch ? int(node->branch->children.size()) : 0;
}

bool PagedTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeAt(parent);
    if (!node->branch)
        return false;
    // Not fetched yet: say yes, so that the view shows an expander and asks on expand.
    return node->branch->state == LoadState::NotFetched || !node->branch->children.empty();
}

// --- data ------------------------------------------------------------------------------------

QVariant PagedTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const Node *node = nodeAt(index);
    switch (role) {
    case NodeKindRole:
        return int(node->kind);
    case LoadingRole:
        return node->kind == NodeKind::Loading;
    case ErrorRole:
        return node->kind == NodeKind::Error;
    case LoadStateRole:
        return node->branch ? QVariant(int(node->branch->state)) : QVariant();
    default:
        break;
    }
    if (node->kind == NodeKind::Loading) {
        if (role == Qt::DisplayRole && index.column() == 0)
            return tr("Loading…");
        return {};
    }
    if (node->kind == NodeKind::Error) {
        const ApiError &error = node->parent->branch->error;
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0 ? error.userMessage() : QVariant();
        case ErrorMessageRole:
            return error.userMessage();
        case Qt::ToolTipRole:
            return error.fullMessage();
        case Qt::ForegroundRole:
            return QColor(0xc6, 0x28, 0x28); // the red of the KFP UI's error icon
        }
        return {};
    }
    if (role == Qt::DisplayRole)
        noteDisplayed(node);
    return itemData(node, index.column(), role);
}

Qt::ItemFlags PagedTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    const Node *node = nodeAt(index);
    if (node->kind == NodeKind::Loading)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!node->branch)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QHash<int, QByteArray> PagedTreeModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NameRole, "name");
    names.insert(DescriptionRole, "description");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(NamespaceRole, "namespace");
    names.insert(StateRole, "state");
    names.insert(ErrorMessageRole, "errorMessage");
    names.insert(NodeKindRole, "nodeKind");
    names.insert(ErrorRole, "isError");
    names.insert(LoadingRole, "isLoading");
    names.insert(LoadStateRole, "loadState");
    names.insert(ObjectRole, "object");
    names.insert(ParentIdRole, "parentId");
    names.insert(StorageStateRole, "storageState");
    names.insert(FinishedAtRole, "finishedAt");
    names.insert(DurationRole, "durationMs");
    names.insert(EnabledRole, "enabled");
    names.insert(ExperimentIdRole, "experimentId");
    names.insert(PipelineIdRole, "pipelineId");
    names.insert(PipelineVersionIdRole, "pipelineVersionId");
    names.insert(RecurringRunIdRole, "recurringRunId");
    return names;
}

// --- accessors --------------------------------------------------------------------------------

NodeKind PagedTreeModel::nodeKind(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index)->kind : NodeKind::Loading;
}

QString PagedTreeModel::idAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index)->id : QString();
}

bool PagedTreeModel::isStatusRow(const QModelIndex &index) const
{
    if (!index.isValid())
        return false;
    return PagedTree::isStatusKind(nodeAt(index)->kind);
}

LoadState PagedTreeModel::loadState(const QModelIndex &parent) const
{
    const Node *node = nodeAt(parent);
    return node->branch ? node->branch->state : LoadState::Fetched;
}

ApiError PagedTreeModel::errorAt(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    if (node->kind == NodeKind::Error)
        node = node->parent;
    return node->branch ? node->branch->error : ApiError();
}

int PagedTreeModel::loadedCount() const
{
    return PagedTree::itemCount(root());
}

QModelIndex PagedTreeModel::indexForId(const QString &id, int column) const
{
    return indexOf(m_tree.find(id, nullptr), column);
}

QModelIndex PagedTreeModel::indexForId(const QString &id, NodeKind kind, int column) const
{
    return indexOf(m_tree.find(id, &kind), column);
}

// --- filters and sort -------------------------------------------------------------------------

void PagedTreeModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    scopeChanged();
}

void PagedTreeModel::setCreatedRange(const QDateTime &from, const QDateTime &to)
{
    if (from == m_createdFrom && to == m_createdTo)
        return;
    m_createdFrom = from;
    m_createdTo = to;
    scopeChanged();
}

void PagedTreeModel::setStorage(Storage storage)
{
    if (storage == m_storage)
        return;
    m_storage = storage;
    if (hasStorageState())
        scopeChanged();
}

void PagedTreeModel::setNamespace(const QString &namespaceName)
{
    if (namespaceName == m_namespace)
        return;
    m_namespace = namespaceName;
    scopeChanged();
}

void PagedTreeModel::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 200); // the server caps page_size at 200
}

bool PagedTreeModel::isColumnSortable(int column) const
{
    return !sortField(column).isEmpty();
}

QVariant PagedTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= 0 &&
        section < columnCount() && !isColumnSortable(section))
        return tr("The server cannot sort by this column.");
    return QAbstractItemModel::headerData(section, orientation, role);
}

void PagedTreeModel::setDefaultSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

void PagedTreeModel::sort(int column, Qt::SortOrder order)
{
    if (!isColumnSortable(column)) {
        // Tell the view which sort is really in effect, so its header indicator can go back.
        Q_EMIT sortChanged(m_sortColumn, m_sortOrder);
        return;
    }
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT sortChanged(column, order);
    scopeChanged();
}

void PagedTreeModel::addPredicates(ListQuery &) const {}

void PagedTreeModel::rowsArrived(const Node *) {}

void PagedTreeModel::nodesInserted(const Node *, int, int) {}

void PagedTreeModel::nodesAboutToBeRemoved(const Node *, int, int) {}

void PagedTreeModel::nodesAboutToBeCleared() {}

void PagedTreeModel::scopeChanged()
{
    // Nothing asked yet (the UI is still configuring the model): the view's first fetchMore()
    // will use the new scope. Otherwise the user is looking: load the first page right away.
    if (root()->branch->state == LoadState::NotFetched && root()->branch->children.empty())
        return;
    reload();
}

ListQuery PagedTreeModel::queryFor(const Node *parent, const QString &pageToken) const
{
    ListQuery query;
    query.pageSize = m_pageSize;
    query.namespaceName = m_namespace;
    if (parent == root()) {
        if (!m_searchText.isEmpty())
            query.where(Predicate::substring(QStringLiteral("display_name"), m_searchText));
        if (m_createdFrom.isValid())
            query.where(Predicate::compare(QStringLiteral("created_at"),
                                           Predicate::Op::GreaterThanEquals, m_createdFrom));
        if (m_createdTo.isValid())
            query.where(Predicate::compare(QStringLiteral("created_at"),
                                           Predicate::Op::LessThanEquals, m_createdTo));
        if (hasStorageState())
            addStoragePredicate(query, m_storage);
        addPredicates(query);
        if (m_sortColumn >= 0 && isColumnSortable(m_sortColumn))
            query.sortedBy(sortField(m_sortColumn), m_sortOrder == Qt::DescendingOrder);
    }
    // A page token carries the sort and filter it was made with; the server rejects a request
    // that repeats them differently, so later pages send the token alone (plus size and scope).
    if (!pageToken.isEmpty())
        return query.nextPage(pageToken);
    return query;
}

void PagedTreeModel::addStoragePredicate(ListQuery &query, Storage storage)
{
    if (storage == Storage::Active)
        query.where(
            Predicate::notEquals(QStringLiteral("storage_state"), QStringLiteral("ARCHIVED")));
    else if (storage == Storage::Archived)
        query.where(Predicate::equals(QStringLiteral("storage_state"), QStringLiteral("ARCHIVED")));
}

} // namespace kfp
