#include "RecurringRunModel.h"

#include "DurationText.h"
#include "NameCache.h"
#include "RunStatePresentation.h"

#include "api/KfpClient.h"

#include <QSet>

namespace kfp {

namespace {

bool sameRecurringRun(const RecurringRun &a, const RecurringRun &b)
{
    return a.displayName == b.displayName && a.enabled == b.enabled && a.updatedAt == b.updatedAt &&
           a.description == b.description && a.maxConcurrency == b.maxConcurrency &&
           a.noCatchup == b.noCatchup && a.trigger.kind == b.trigger.kind &&
           a.trigger.cron == b.trigger.cron &&
           a.trigger.intervalSeconds == b.trigger.intervalSeconds && a.rawStatus == b.rawStatus &&
           a.errorMessage == b.errorMessage && a.experimentId == b.experimentId &&
           a.pipelineVersionId == b.pipelineVersionId;
}

} // namespace

RecurringRunModel::RecurringRunModel(KfpClient *client, NameCache *names, QObject *parent)
    : PagedTreeModel(client, parent)
    , m_names(names)
{
    setDefaultSort(CreatedColumn, Qt::DescendingOrder);
    connect(
        m_names, &NameCache::namesResolved, this,
        [this](NameCache::Kind kind, const QStringList &ids) { onNamesResolved(int(kind), ids); });
}

RecurringRunModel::~RecurringRunModel() = default;

int RecurringRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

QVariant RecurringRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedTreeModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case TriggerColumn:
        return tr("Trigger");
    case ExperimentColumn:
        return tr("Experiment");
    case PipelineVersionColumn:
        return tr("Pipeline version");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

QString RecurringRunModel::triggerText(const Trigger &trigger)
{
    switch (trigger.kind) {
    case Trigger::Kind::Cron:
        return tr("Cron: %1").arg(trigger.cron);
    case Trigger::Kind::Periodic:
        return DurationText::interval(trigger.intervalSeconds);
    case Trigger::Kind::None:
        break;
    }
    return tr("No trigger");
}

void RecurringRunModel::setExperimentId(const QString &experimentId)
{
    if (experimentId == m_experimentId)
        return;
    m_experimentId = experimentId;
    scopeChanged();
}

RecurringRun RecurringRunModel::recurringRunAt(const QModelIndex &index) const
{
    const RecurringRun *r = itemAt<RecurringRun>(index, NodeKind::RecurringRun);
    return r ? *r : RecurringRun();
}

QString RecurringRunModel::sortField(int column) const
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("display_name");
    case CreatedColumn:
        return QStringLiteral("created_at");
    }
    return {};
}

ApiJob *RecurringRunModel::startFetch(const Node *, const ListQuery &query)
{
    ListQuery q = query;
    q.experimentId = m_experimentId;
    return client()->listRecurringRuns(q);
}

PagedTreeModel::PageNodes RecurringRunModel::takePage(const Node *, ApiJob *job)
{
    const auto &page = static_cast<ResultJob<Page<RecurringRun>> *>(job)->result();
    PageNodes out;
    out.nextPageToken = page.nextPageToken;
    out.totalSize = page.totalSize;
    for (const RecurringRun &r : page.items)
        out.nodes.push_back(
            std::make_unique<ItemNode<RecurringRun>>(NodeKind::RecurringRun, r.id, r));
    return out;
}

bool RecurringRunModel::updateItem(Node *target, const Node &fresh)
{
    return replaceItem<RecurringRun>(target, fresh, sameRecurringRun);
}

QVariant RecurringRunModel::itemData(const Node *node, int column, int role) const
{
    const RecurringRun &r = itemOf<RecurringRun>(node);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return r.displayName;
        case StatusColumn:
            return r.enabled ? tr("Enabled") : tr("Disabled");
        case TriggerColumn:
            return triggerText(r.trigger);
        case ExperimentColumn:
            return m_names->text(NameCache::Kind::Experiment, r.experimentId);
        case PipelineVersionColumn:
            if (r.pipelineVersionId.isEmpty())
                return m_names->text(NameCache::Kind::Pipeline, r.pipelineId);
            return m_names->text(NameCache::Kind::PipelineVersion, r.pipelineVersionId,
                                 r.pipelineId);
        case CreatedColumn:
            return RunStatePresentation::dateText(r.createdAt);
        }
        return {};
    case Qt::ToolTipRole:
        if (!r.errorMessage.isEmpty())
            return r.errorMessage;
        if (column == NameColumn && !r.description.isEmpty())
            return r.description;
        return {};
    }
    return itemRoleData(r, role);
}

QVariant RecurringRunModel::itemRoleData(const RecurringRun &r, int role)
{
    switch (role) {
    case IdRole:
        return r.id;
    case NameRole:
        return r.displayName;
    case DescriptionRole:
        return r.description;
    case CreatedAtRole:
        return r.createdAt;
    case NamespaceRole:
        return r.namespaceName;
    case ErrorMessageRole:
        return r.errorMessage;
    case ObjectRole:
        return QVariant::fromValue(r);
    case ParentIdRole:
    case ExperimentIdRole:
        return r.experimentId;
    case EnabledRole:
        return r.enabled;
    case PipelineIdRole:
        return r.pipelineId;
    case PipelineVersionIdRole:
        return r.pipelineVersionId;
    }
    return {};
}

void RecurringRunModel::onNamesResolved(int kind, const QStringList &ids)
{
    const NameCache::Kind k = NameCache::Kind(kind);
    if (k == NameCache::Kind::RecurringRun)
        return;
    const int column = k == NameCache::Kind::Experiment ? ExperimentColumn : PipelineVersionColumn;
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    int first = -1;
    int last = -1;
    for (const NodePtr &n : root()->branch->children) {
        if (n->kind != NodeKind::RecurringRun)
            continue;
        const RecurringRun &r = itemOf<RecurringRun>(n.get());
        const QString &ref = k == NameCache::Kind::Experiment ? r.experimentId
                             : k == NameCache::Kind::Pipeline ? r.pipelineId
                                                              : r.pipelineVersionId;
        if (!ref.isEmpty() && wanted.contains(ref)) {
            if (first < 0)
                first = n->row;
            last = n->row;
        }
    }
    if (first >= 0)
        emitColumnChanged(root(), first, last, column);
}

} // namespace kfp
