#include "ExperimentTreeModel.h"

#include "NameCache.h"
#include "RecurringRunModel.h"

#include "api/KfpClient.h"

#include <functional>

namespace kfp {

namespace {

bool sameExperiment(const Experiment &a, const Experiment &b)
{
    return a.displayName == b.displayName && a.description == b.description &&
           a.createdAt == b.createdAt && a.lastRunCreatedAt == b.lastRunCreatedAt &&
           a.storageState == b.storageState && a.namespaceName == b.namespaceName &&
           a.errorMessage == b.errorMessage;
}

bool sameRecurringRun(const RecurringRun &a, const RecurringRun &b)
{
    return a.displayName == b.displayName && a.enabled == b.enabled && a.updatedAt == b.updatedAt &&
           a.description == b.description && a.rawStatus == b.rawStatus &&
           a.errorMessage == b.errorMessage;
}

} // namespace

ExperimentTreeModel::ExperimentTreeModel(KfpClient *client, NameCache *names, QObject *parent)
    : PagedTreeModel(client, parent)
    , m_names(names)
{
    setDefaultSort(CreatedColumn, Qt::DescendingOrder); // the KFP UI lists newest first
}

ExperimentTreeModel::~ExperimentTreeModel() = default;

int ExperimentTreeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

QVariant ExperimentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedTreeModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

QString ExperimentTreeModel::sortField(int column) const
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("display_name");
    case CreatedColumn:
        return QStringLiteral("created_at");
    case DescriptionColumn:
        return QStringLiteral("description");
    }
    return {};
}

Experiment ExperimentTreeModel::experimentAt(const QModelIndex &index) const
{
    const Experiment *e = itemAt<Experiment>(index, NodeKind::Experiment);
    return e ? *e : Experiment();
}

Run ExperimentTreeModel::runAt(const QModelIndex &index) const
{
    const RunSummary *s = itemAt<RunSummary>(index, NodeKind::Run);
    return s ? s->toRun(idAt(index)) : Run();
}

RecurringRun ExperimentTreeModel::recurringRunAt(const QModelIndex &index) const
{
    const RecurringRun *r = itemAt<RecurringRun>(index, NodeKind::RecurringRun);
    return r ? *r : RecurringRun();
}

QModelIndex ExperimentTreeModel::experimentIndexOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    QModelIndex i = index.siblingAtColumn(0);
    while (i.isValid() && nodeKind(i) != NodeKind::Experiment)
        i = i.parent();
    return i;
}

PagedTreeModel::NodePtr ExperimentTreeModel::makeExperimentNode(const Experiment &experiment) const
{
    // Two fixed group rows, each a lazily fetched branch, as the KFP UI's experiment page has a
    // run list and a recurring run list.
    auto node =
        std::make_unique<ItemNode<Experiment>>(NodeKind::Experiment, experiment.id, experiment);
    giveBranch(node.get(), true);
    for (NodeKind group : {NodeKind::RunGroup, NodeKind::RecurringRunGroup}) {
        auto child = std::make_unique<Node>(group);
        giveBranch(child.get());
        addFixedChild(node.get(), std::move(child));
    }
    return node;
}

ApiJob *ExperimentTreeModel::startFetch(const Node *parent, const ListQuery &query)
{
    if (parent == root())
        return client()->listExperiments(query);
    ListQuery q = query;
    q.experimentId = parent->parent->id; // a group's parent is its experiment
    if (parent->kind == NodeKind::RecurringRunGroup) {
        if (q.pageToken.isEmpty())
            q.sortedBy(QStringLiteral("created_at"), true);
        return client()->listRecurringRuns(q);
    }
    if (q.pageToken.isEmpty()) {
        q.sortedBy(QStringLiteral("created_at"), true);
        // The runs with the storage of the list the experiment is in (active or archived).
        addStoragePredicate(q, storage());
    }
    return client()->listRuns(q);
}

PagedTreeModel::PageNodes ExperimentTreeModel::takePage(const Node *parent, ApiJob *job)
{
    PageNodes out;
    if (parent == root()) {
        const auto &page = static_cast<ResultJob<Page<Experiment>> *>(job)->result();
        out.nextPageToken = page.nextPageToken;
        out.totalSize = page.totalSize;
        for (const Experiment &e : page.items) {
            out.nodes.push_back(makeExperimentNode(e));
            if (m_names)
                m_names->insert(NameCache::Kind::Experiment, e.id, e.displayName);
        }
        return out;
    }
    if (parent->kind == NodeKind::RecurringRunGroup) {
        const auto &page = static_cast<ResultJob<Page<RecurringRun>> *>(job)->result();
        out.nextPageToken = page.nextPageToken;
        for (const RecurringRun &r : page.items)
            out.nodes.push_back(
                std::make_unique<ItemNode<RecurringRun>>(NodeKind::RecurringRun, r.id, r));
        return out;
    }
    const auto &page = static_cast<ResultJob<Page<Run>> *>(job)->result();
    out.nextPageToken = page.nextPageToken;
    for (const Run &run : page.items)
        out.nodes.push_back(std::make_unique<ItemNode<RunSummary>>(NodeKind::Run, run.id,
                                                                   RunSummary::fromRun(run)));
    return out;
}

bool ExperimentTreeModel::updateItem(Node *target, const Node &fresh)
{
    switch (target->kind) {
    case NodeKind::Experiment:
        if (sameExperiment(itemOf<Experiment>(target), itemOf<Experiment>(&fresh)))
            return false;
        itemOf<Experiment>(target) = itemOf<Experiment>(&fresh);
        if (m_names)
            m_names->insert(NameCache::Kind::Experiment, target->id,
                            itemOf<Experiment>(target).displayName);
        return true;
    case NodeKind::Run:
        return replaceItem<RunSummary>(target, fresh, std::equal_to<RunSummary>());
    case NodeKind::RecurringRun:
        return replaceItem<RecurringRun>(target, fresh, sameRecurringRun);
    default:
        return false;
    }
}

QVariant ExperimentTreeModel::itemData(const Node *node, int column, int role) const
{
    switch (node->kind) {
    case NodeKind::RunGroup:
    case NodeKind::RecurringRunGroup:
        if (role == Qt::DisplayRole && column == NameColumn)
            return node->kind == NodeKind::RunGroup ? tr("Runs") : tr("Recurring runs");
        if (role == ParentIdRole || role == ExperimentIdRole)
            return node->parent->id;
        return {};
    case NodeKind::Run: {
        const RunSummary &run = itemOf<RunSummary>(node);
        if (role == Qt::DisplayRole) {
            switch (column) {
            case NameColumn:
                return run.displayName;
            case StatusColumn:
                return RunStatePresentation::text(run.state);
            case CreatedColumn:
                return RunStatePresentation::dateText(run.createdAt);
            case DescriptionColumn:
                return run.description.section(QLatin1Char('\n'), 0, 0);
            }
            return {};
        }
        if (role == Qt::DecorationRole)
            return column == StatusColumn ? QVariant(m_icons.icon(run.state)) : QVariant();
        if (role == Qt::ToolTipRole)
            return column == StatusColumn ? run.errorMessage : QString();
        return run.roleData(node->id, role);
    }
    case NodeKind::RecurringRun: {
        const RecurringRun &r = itemOf<RecurringRun>(node);
        switch (role) {
        case Qt::DisplayRole:
            switch (column) {
            case NameColumn:
                return r.displayName;
            case StatusColumn:
                return r.enabled ? tr("Enabled") : tr("Disabled");
            case CreatedColumn:
                return RunStatePresentation::dateText(r.createdAt);
            case DescriptionColumn:
                return r.description.section(QLatin1Char('\n'), 0, 0);
            }
            return {};
        }
        return RecurringRunModel::itemRoleData(r, role);
    }
    case NodeKind::Experiment: {
        const Experiment &e = itemOf<Experiment>(node);
        switch (role) {
        case Qt::DisplayRole:
            switch (column) {
            case NameColumn:
                return e.displayName;
            case CreatedColumn:
                return RunStatePresentation::dateText(e.createdAt);
            case DescriptionColumn:
                return e.description.section(QLatin1Char('\n'), 0, 0);
            }
            return {};
        case Qt::ToolTipRole:
            return column == DescriptionColumn ? e.description : QString();
        case IdRole:
            return node->id;
        case NameRole:
            return e.displayName;
        case DescriptionRole:
            return e.description;
        case CreatedAtRole:
            return e.createdAt;
        case NamespaceRole:
            return e.namespaceName;
        case ErrorMessageRole:
            return e.errorMessage;
        case ObjectRole:
            return QVariant::fromValue(e);
        case StorageStateRole:
            return int(e.storageState);
        case ExperimentIdRole:
            return node->id;
        }
        return {};
    }
    default:
        return {};
    }
}

} // namespace kfp
