#include "PipelineTreeModel.h"

#include "RunStatePresentation.h"

#include "api/KfpClient.h"

namespace kfp {

namespace {

bool samePipeline(const Pipeline &a, const Pipeline &b)
{
    return a.name == b.name && a.displayName == b.displayName && a.description == b.description &&
           a.createdAt == b.createdAt && a.namespaceName == b.namespaceName &&
           a.errorMessage == b.errorMessage && a.tags == b.tags &&
           a.defaultVersionId == b.defaultVersionId;
}

bool sameVersion(const PipelineVersion &a, const PipelineVersion &b)
{
    return a.name == b.name && a.displayName == b.displayName && a.description == b.description &&
           a.createdAt == b.createdAt && a.errorMessage == b.errorMessage && a.tags == b.tags &&
           a.packageUrl == b.packageUrl && a.codeSourceUrl == b.codeSourceUrl;
}

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

PipelineTreeModel::PipelineTreeModel(KfpClient *client, QObject *parent)
    : PagedTreeModel(client, parent)
{
    setDefaultSort(CreatedColumn, Qt::DescendingOrder); // the KFP UI lists newest first
}

PipelineTreeModel::~PipelineTreeModel() = default;

int PipelineTreeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

QVariant PipelineTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedTreeModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DescriptionColumn:
        return tr("Description");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

QString PipelineTreeModel::sortField(int column) const
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("display_name"); // the v1 dialect sends `name`
    case DescriptionColumn:
        return QStringLiteral("description");
    case CreatedColumn:
        return QStringLiteral("created_at");
    }
    return {};
}

Pipeline PipelineTreeModel::pipelineAt(const QModelIndex &index) const
{
    const Pipeline *p = itemAt<Pipeline>(index, NodeKind::Pipeline);
    return p ? *p : Pipeline();
}

PipelineVersion PipelineTreeModel::versionAt(const QModelIndex &index) const
{
    const PipelineVersion *v = itemAt<PipelineVersion>(index, NodeKind::PipelineVersion);
    return v ? *v : PipelineVersion();
}

QModelIndex PipelineTreeModel::pipelineIndexOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const QModelIndex first = index.siblingAtColumn(0);
    if (nodeKind(first) == NodeKind::Pipeline)
        return first;
    const QModelIndex up = first.parent();
    return nodeKind(up) == NodeKind::Pipeline ? up : QModelIndex();
}

ApiJob *PipelineTreeModel::startFetch(const Node *parent, const ListQuery &query)
{
    if (parent == root())
        return client()->listPipelines(query);
    ListQuery q = query;
    if (q.pageToken.isEmpty())
        q.sortedBy(QStringLiteral("created_at"), true); // newest version first, as the KFP UI
    return client()->listPipelineVersions(parent->id, q);
}

PagedTreeModel::PageNodes PipelineTreeModel::takePage(const Node *parent, ApiJob *job)
{
    PageNodes out;
    if (parent == root()) {
        const auto &page = static_cast<ResultJob<Page<Pipeline>> *>(job)->result();
        out.nextPageToken = page.nextPageToken;
        out.totalSize = page.totalSize;
        for (const Pipeline &p : page.items) {
            auto node = std::make_unique<ItemNode<Pipeline>>(NodeKind::Pipeline, p.id, p);
            giveBranch(node.get()); // versions: fetched on expand
            out.nodes.push_back(std::move(node));
        }
        return out;
    }
    const auto &page = static_cast<ResultJob<Page<PipelineVersion>> *>(job)->result();
    out.nextPageToken = page.nextPageToken;
    out.totalSize = page.totalSize;
    for (PipelineVersion v : page.items) {
        // A version's compiled spec can be large and is read by the details pane on demand.
        v.pipelineSpec = {};
        v.templateText.clear();
        if (v.pipelineId.isEmpty())
            v.pipelineId = parent->id;
        out.nodes.push_back(
            std::make_unique<ItemNode<PipelineVersion>>(NodeKind::PipelineVersion, v.id, v));
    }
    return out;
}

bool PipelineTreeModel::updateItem(Node *target, const Node &fresh)
{
    if (target->kind == NodeKind::Pipeline)
        return replaceItem<Pipeline>(target, fresh, samePipeline);
    return replaceItem<PipelineVersion>(target, fresh, sameVersion);
}

QVariant PipelineTreeModel::itemData(const Node *node, int column, int role) const
{
    const bool isPipeline = node->kind == NodeKind::Pipeline;
    const QString title =
        isPipeline ? itemOf<Pipeline>(node).title() : itemOf<PipelineVersion>(node).title();
    const QString &description =
        isPipeline ? itemOf<Pipeline>(node).description : itemOf<PipelineVersion>(node).description;
    const QDateTime &created =
        isPipeline ? itemOf<Pipeline>(node).createdAt : itemOf<PipelineVersion>(node).createdAt;
    const QString &error = isPipeline ? itemOf<Pipeline>(node).errorMessage
                                      : itemOf<PipelineVersion>(node).errorMessage;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return title;
        case DescriptionColumn:
            return firstLine(description); // one line in the table; the details pane has all
        case CreatedColumn:
            return RunStatePresentation::dateText(created);
        }
        return {};
    case Qt::ToolTipRole:
        if (!error.isEmpty())
            return error;
        if (column == DescriptionColumn && !description.isEmpty())
            return description;
        return {};
    case IdRole:
        return node->id;
    case NameRole:
        return title;
    case DescriptionRole:
        return description;
    case CreatedAtRole:
        return created;
    case ErrorMessageRole:
        return error;
    case NamespaceRole:
        return isPipeline ? itemOf<Pipeline>(node).namespaceName : QString();
    case ObjectRole:
        return isPipeline ? QVariant::fromValue(itemOf<Pipeline>(node))
                          : QVariant::fromValue(itemOf<PipelineVersion>(node));
    case ParentIdRole:
        return isPipeline ? QString() : itemOf<PipelineVersion>(node).pipelineId;
    case PipelineIdRole:
        return isPipeline ? node->id : itemOf<PipelineVersion>(node).pipelineId;
    case PipelineVersionIdRole:
        return isPipeline ? QString() : node->id;
    }
    return {};
}

} // namespace kfp
