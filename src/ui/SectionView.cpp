#include "SectionView.h"

#include "DisplayText.h"
#include "EmptyResultNote.h"
#include "ExperimentDetails.h"
#include "MessageBanner.h"
#include "PipelineDetails.h"
#include "RecurringRunDetails.h"
#include "RunDetails.h"
#include "SectionFilters.h"
#include "SelectionKeeper.h"
#include "UiLogging.h"
#include "VersionDetails.h"
#include "models/RunListModel.h"
#include "models/RunStatePresentation.h"
#include "ui_SectionView.h"

#include <QHeaderView>
#include <QSettings>
#include <QTimer>

namespace kfp {

SectionView::SectionView(Kind kind, PagedTreeModel *model, KfpClient *client, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SectionView>())
    , m_kind(kind)
    , m_model(model)
    , m_client(client)
    , m_selectionTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(key() + QStringLiteral("Section"));
    m_ui->itemView->setObjectName(key() + QStringLiteral("View"));
    // Flat lists need no expand arrows; the pipeline and experiment trees do.
    m_ui->itemView->setRootIsDecorated(kind == Kind::Pipelines || kind == Kind::Experiments ||
                                       kind == Kind::ArchivedExperiments);
    m_ui->contentSplitter->setStretchFactor(0, 3);
    m_ui->contentSplitter->setStretchFactor(1, 2);
    m_ui->contentSplitter->setSizes({3, 2});
    SectionFilters::Options filters;
    filters.states = kind == Kind::Runs || kind == Kind::ArchivedRuns;
    filters.storageChoice = kind == Kind::Runs || kind == Kind::Experiments;
    filters.archivedOnly = kind == Kind::ArchivedRuns || kind == Kind::ArchivedExperiments;
    m_filters = new SectionFilters(m_ui.get(), m_model, filters, this);
    m_keeper = std::make_unique<SelectionKeeper>(m_ui->itemView, m_model);
    // Under the banner, above the list it speaks about.
    m_emptyResult = new EmptyResultNote(this);
    m_ui->sectionLayout->insertWidget(m_ui->sectionLayout->indexOf(m_ui->contentSplitter),
                                      m_emptyResult);
    connect(m_emptyResult, &EmptyResultNote::clearRequested, m_filters, &SectionFilters::clear);

    // Retry does again what failed: a page of the list is fetched again; otherwise a refresh or
    // a child list (a pipeline's versions, an experiment's runs) failed, and a refresh reads the
    // rows and every opened branch again, the failed one included.
    // A page at a time, as the user scrolls: never every page of 100,000 runs at once.
    m_model->setFetchOnDemand(true);
    connect(m_ui->banner, &MessageBanner::retryRequested, this, [this] {
        if (m_model->loadState() == LoadState::Failed)
            m_model->retry();
        else
            m_model->refresh();
    });
    connect(m_ui->itemView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        Q_EMIT contextMenuRequested(m_ui->itemView->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &PagedTreeModel::errorOccurred, this, &SectionView::onModelError);
    connect(m_model, &PagedTreeModel::pageLoaded, this, [this](const QModelIndex &parent) {
        // A page arrived: whatever the banner said about loading is over.
        if (m_ui->banner->isVisible() && m_ui->banner->property("modelError").toBool())
            m_ui->banner->hide();
        // After a sort, the rows the user had selected stay selected (those on this page);
        // otherwise start with the first row current, so the details pane shows something.
        auto *view = m_ui->itemView;
        if (m_attached && !parent.isValid() && m_keeper->isPending()) {
            m_keeper->restore();
        } else if (m_attached && !parent.isValid() && !view->currentIndex().isValid() &&
                   m_model->rowCount() > 0 && !m_model->isStatusRow(m_model->index(0, 0))) {
            view->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                    QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
        }
        updateCount();
        updateEmptyResult();
        Q_EMIT callFinished(true, {});
    });
    connect(m_model, &PagedTreeModel::refreshed, this, [this] {
        updateCount();
        updateEmptyResult();
        // A refresh that failed has already been reported through errorOccurred().
        if (!m_model->lastError().isError())
            Q_EMIT callFinished(true, {});
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SectionView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SectionView::updateCount);
    // A reset starts loading another set of rows: no verdict on it until its page arrives.
    connect(m_model, &QAbstractItemModel::modelReset, m_emptyResult, &QWidget::hide);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SectionView::updateEmptyResult);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SectionView::updateEmptyResult);
    connect(m_model, &PagedTreeModel::sortChanged, this, &SectionView::syncSortIndicator);

    // A refresh changes rows in place (a run finished, a recurring run was disabled): what the
    // actions may do with the selection changes with them. The live duration column ticking
    // every second changes nothing an action cares about.
    m_selectionTimer->setSingleShot(true);
    m_selectionTimer->setInterval(100);
    connect(m_selectionTimer, &QTimer::timeout, this, &SectionView::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const bool durationOnly = runModel() &&
                                          topLeft.column() == RunListModel::DurationColumn &&
                                          bottomRight.column() == RunListModel::DurationColumn;
                if (!durationOnly)
                    m_selectionTimer->start();
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, m_selectionTimer,
            qOverload<>(&QTimer::start));
}

SectionView::~SectionView() = default;

QString SectionView::key() const
{
    switch (m_kind) {
    case Kind::Pipelines:
        return QStringLiteral("pipelines");
    case Kind::Experiments:
        return QStringLiteral("experiments");
    case Kind::Runs:
        return QStringLiteral("runs");
    case Kind::RecurringRuns:
        return QStringLiteral("recurringRuns");
    case Kind::ArchivedRuns:
        return QStringLiteral("archivedRuns");
    case Kind::ArchivedExperiments:
        return QStringLiteral("archivedExperiments");
    }
    return {};
}

QTreeView *SectionView::view() const
{
    return m_ui->itemView;
}

MessageBanner *SectionView::banner() const
{
    return m_ui->banner;
}

RunListModel *SectionView::runModel() const
{
    return qobject_cast<RunListModel *>(m_model);
}

void SectionView::attach()
{
    if (m_attached)
        return;
    m_attached = true;
    auto *view = m_ui->itemView;
    view->setModel(m_model);
    auto *header = view->header();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setStretchLastSection(true);
    applyPendingHeaderState();
    syncSortIndicator();
    connect(header, &QHeaderView::sortIndicatorChanged, this, &SectionView::onSortIndicatorChanged);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SectionView::onCurrentChanged);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SectionView::selectionChanged);
    // A refresh that replaces the current row's data shows it in the details too.
    connect(m_model, &QAbstractItemModel::modelReset, this, &SectionView::onCurrentChanged);
}

void SectionView::applyPendingHeaderState()
{
    auto *header = m_ui->itemView->header();
    if (!m_pendingHeaderState.isEmpty())
        header->restoreState(m_pendingHeaderState);
    else
        header->resizeSection(0, header->fontMetrics().averageCharWidth() * 40);
    m_pendingHeaderState.clear();
    if (m_pendingSortColumn >= 0 && m_model->isColumnSortable(m_pendingSortColumn))
        m_model->sort(m_pendingSortColumn, m_pendingSortOrder);
    m_pendingSortColumn = -1;
}

void SectionView::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (m_syncingSort)
        return;
    if (!m_model->isColumnSortable(column)) {
        // The server cannot sort by this column: keep the arrow where the data is sorted.
        syncSortIndicator();
        return;
    }
    if (column == m_model->sortColumn() && order == m_model->sortOrder())
        return;
    // The sorted list is a new first page (a reset): remember what was selected, by id.
    m_keeper->remember();
    m_model->sort(column, order);
}

void SectionView::syncSortIndicator()
{
    if (!m_attached)
        return;
    m_syncingSort = true;
    auto *header = m_ui->itemView->header();
    header->setSortIndicator(m_model->sortColumn() < 0 ? -1 : m_model->sortColumn(),
                             m_model->sortOrder());
    m_syncingSort = false;
}

QList<SelectedItem> SectionView::selectedItems() const
{
    QList<SelectedItem> items;
    if (!m_attached)
        return items;
    const QModelIndexList rows = m_ui->itemView->selectionModel()->selectedRows(0);
    for (const QModelIndex &row : rows) {
        const auto kind = NodeKind(row.data(NodeKindRole).toInt());
        if (m_model->isStatusRow(row) || kind == NodeKind::RunGroup ||
            kind == NodeKind::RecurringRunGroup)
            continue;
        SelectedItem item;
        item.kind = kind;
        item.id = row.data(IdRole).toString();
        item.label = row.data(NameRole).toString();
        item.parentId = kind == NodeKind::PipelineVersion ? row.data(PipelineIdRole).toString()
                                                          : row.data(ParentIdRole).toString();
        item.storage = StorageState(row.data(StorageStateRole).toInt());
        item.state = RunState(row.data(StateRole).toInt());
        item.enabled = row.data(EnabledRole).toBool();
        if (!item.id.isEmpty())
            items.append(item);
    }
    return items;
}

SelectedItem SectionView::currentItem() const
{
    SelectedItem item;
    if (!m_attached)
        return item;
    const QModelIndex row = m_ui->itemView->currentIndex().siblingAtColumn(0);
    if (!row.isValid() || m_model->isStatusRow(row))
        return item;
    item.kind = NodeKind(row.data(NodeKindRole).toInt());
    item.id = row.data(IdRole).toString();
    item.label = row.data(NameRole).toString();
    item.parentId = item.kind == NodeKind::PipelineVersion ? row.data(PipelineIdRole).toString()
                                                           : row.data(ParentIdRole).toString();
    return item;
}

DetailsPane *SectionView::currentDetails() const
{
    return qobject_cast<DetailsPane *>(m_ui->detailsStack->currentWidget());
}

DetailsPane *SectionView::detailsFor(NodeKind kind)
{
    if (DetailsPane *pane = m_panes.value(int(kind)))
        return pane;
    DetailsPane *pane = nullptr;
    switch (kind) {
    case NodeKind::Pipeline: {
        auto *p = new PipelineDetails(m_client, this);
        p->setObjectName(QStringLiteral("pipelineDetails"));
        connect(p, &PipelineDetails::versionActivated, this, &SectionView::selectVersion);
        pane = p;
        break;
    }
    case NodeKind::PipelineVersion:
        pane = new VersionDetails(m_client, this);
        pane->setObjectName(QStringLiteral("versionDetails"));
        break;
    case NodeKind::Experiment:
        pane = new ExperimentDetails(m_client, this);
        pane->setObjectName(QStringLiteral("experimentDetails"));
        break;
    case NodeKind::Run: {
        auto *runPane = new RunDetails(m_client, this);
        runPane->setRunStateCache(m_runStates);
        pane = runPane;
        pane->setObjectName(QStringLiteral("runDetails"));
        break;
    }
    case NodeKind::RecurringRun:
        pane = new RecurringRunDetails(m_client, this);
        pane->setObjectName(QStringLiteral("recurringRunDetails"));
        break;
    default:
        return nullptr;
    }
    pane->setNameCache(m_names);
    connect(pane, &DetailsPane::loaded, this, [this] { Q_EMIT callFinished(true, {}); });
    connect(pane, &DetailsPane::loadFailed, this,
            [this](const QString &, const ApiError &error) { Q_EMIT callFinished(false, error); });
    m_ui->detailsStack->addWidget(pane);
    m_panes.insert(int(kind), pane);
    return pane;
}

void SectionView::onCurrentChanged()
{
    const SelectedItem item = currentItem();
    DetailsPane *pane = item.id.isEmpty() ? nullptr : detailsFor(item.kind);
    if (!pane) {
        m_ui->detailsStack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    // Same item as shown (a refresh moved nothing): keep the pane as it is.
    if (m_ui->detailsStack->currentWidget() == pane && pane->currentId() == item.id)
        return;
    m_ui->detailsStack->setCurrentWidget(pane);
    switch (item.kind) {
    case NodeKind::Pipeline:
        static_cast<PipelineDetails *>(pane)->showPipeline(item.id);
        break;
    case NodeKind::PipelineVersion:
        static_cast<VersionDetails *>(pane)->showVersion(item.parentId, item.id);
        break;
    case NodeKind::Experiment:
        static_cast<ExperimentDetails *>(pane)->showExperiment(item.id);
        break;
    case NodeKind::Run:
        static_cast<RunDetails *>(pane)->showRun(item.id);
        break;
    case NodeKind::RecurringRun:
        static_cast<RecurringRunDetails *>(pane)->showRecurringRun(item.id);
        break;
    default:
        break;
    }
}

void SectionView::selectVersion(const QString &pipelineId, const QString &versionId)
{
    const QModelIndex pipeline = m_model->indexForId(pipelineId, NodeKind::Pipeline);
    if (!pipeline.isValid())
        return;
    auto select = [this, versionId] {
        const QModelIndex version = m_model->indexForId(versionId, NodeKind::PipelineVersion);
        if (!version.isValid())
            return false;
        m_ui->itemView->scrollTo(version);
        m_ui->itemView->selectionModel()->setCurrentIndex(
            version, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return true;
    };
    m_ui->itemView->expand(pipeline); // the view fetches the versions lazily
    if (select())
        return;
    // Not loaded yet: select it when the versions arrive (once).
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_model, &PagedTreeModel::pageLoaded, this,
                          [this, select, connection, pipelineId](const QModelIndex &parent) {
                              if (parent.data(IdRole).toString() != pipelineId)
                                  return;
                              disconnect(*connection);
                              select();
                          });
}

void SectionView::onModelError(const ApiError &error)
{
    QString details = error.serverMessage();
    if (error.httpStatus() > 0)
        details = tr("HTTP %1: %2").arg(error.httpStatus()).arg(details);
    qCWarning(lcUi) << key() << "list failed:" << error.fullMessage();
    m_ui->banner->showMessage(MessageBanner::Kind::Error, error.userMessage(), details);
    m_ui->banner->setProperty("modelError", true);
    Q_EMIT callFinished(false, error);
}

QString SectionView::noMatchText(const QStringList &filters) const
{
    const QString list = filters.join(tr("; "));
    switch (m_kind) {
    case Kind::Pipelines:
        return tr("No pipelines match: %1.").arg(list);
    case Kind::Experiments:
    case Kind::ArchivedExperiments:
        return tr("No experiments match: %1.").arg(list);
    case Kind::Runs:
    case Kind::ArchivedRuns:
        return tr("No runs match: %1.").arg(list);
    case Kind::RecurringRuns:
        return tr("No recurring runs match: %1.").arg(list);
    }
    return {};
}

void SectionView::updateEmptyResult()
{
    // Only a complete answer with no rows, and only because of filters: an empty list without
    // any keeps showing just that.
    const bool empty = m_model->loadState() == LoadState::Fetched && m_model->loadedCount() == 0 &&
                       !m_model->hasMorePages();
    const QStringList filters = empty ? m_filters->activeFilters() : QStringList();
    if (filters.isEmpty()) {
        m_emptyResult->hide();
        return;
    }
    m_emptyResult->showText(noMatchText(filters));
}

void SectionView::updateCount()
{
    const int loaded = m_model->loadedCount();
    const int total = m_model->totalCount();
    m_ui->countLabel->setText(total > loaded ? tr("%1 of %2 loaded").arg(loaded).arg(total)
                                             : tr("%n item(s)", nullptr, loaded));
}

void SectionView::refresh()
{
    if (!m_attached)
        return;
    m_model->refresh();
    if (DetailsPane *pane = currentDetails())
        pane->reload();
}

void SectionView::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void SectionView::saveState(QSettings &settings) const
{
    settings.beginGroup(key());
    if (m_attached) {
        settings.setValue(QStringLiteral("header"), m_ui->itemView->header()->saveState());
        settings.setValue(QStringLiteral("sortColumn"), m_model->sortColumn());
        settings.setValue(QStringLiteral("sortOrder"), int(m_model->sortOrder()));
    } else if (!m_pendingHeaderState.isEmpty()) {
        // Never opened this time: keep what the last session saved.
        settings.setValue(QStringLiteral("header"), m_pendingHeaderState);
        settings.setValue(QStringLiteral("sortColumn"), m_pendingSortColumn);
        settings.setValue(QStringLiteral("sortOrder"), int(m_pendingSortOrder));
    }
    settings.setValue(QStringLiteral("splitter"), m_ui->contentSplitter->saveState());
    settings.endGroup();
}

void SectionView::restoreState(const QSettings &settings)
{
    const QString prefix = key() + QLatin1Char('/');
    m_ui->contentSplitter->restoreState(
        settings.value(prefix + QStringLiteral("splitter")).toByteArray());
    m_pendingHeaderState = settings.value(prefix + QStringLiteral("header")).toByteArray();
    m_pendingSortColumn = settings.value(prefix + QStringLiteral("sortColumn"), -1).toInt();
    m_pendingSortOrder = Qt::SortOrder(
        settings.value(prefix + QStringLiteral("sortOrder"), int(Qt::DescendingOrder)).toInt());
    if (m_attached)
        applyPendingHeaderState();
}

} // namespace kfp
