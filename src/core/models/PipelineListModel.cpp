#include "PipelineListModel.h"

#include "api/KfpClient.h"
#include "roles.h"

#include <QLocale>
#include <QSet>

#include <utility>

namespace kfp {

namespace {

bool sameContent(const Pipeline &a, const Pipeline &b)
{
    return a.name == b.name && a.displayName == b.displayName && a.description == b.description &&
           a.createdAt == b.createdAt && a.namespaceName == b.namespaceName &&
           a.errorMessage == b.errorMessage;
}

} // namespace

PipelineListModel::PipelineListModel(KfpClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

PipelineListModel::~PipelineListModel()
{
    // No signals from a dying model: just stop the call (its handler ignores a non-current job).
    if (auto *job = std::exchange(m_job, nullptr).data())
        job->abort();
}

int PipelineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PipelineListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pipeline &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.title();
        case DescriptionColumn:
            // one line in the table; the details pane shows all of it
            return p.description.section(QLatin1Char('\n'), 0, 0);
        case CreatedColumn:
            return p.createdAt.isValid()
                       ? QLocale().toString(p.createdAt.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn && !p.description.isEmpty())
            return p.description;
        if (!p.errorMessage.isEmpty())
            return p.errorMessage;
        return {};
    case IdRole:
        return p.id;
    case NameRole:
        return p.title();
    case DescriptionRole:
        return p.description;
    case CreatedAtRole:
        return p.createdAt;
    case NamespaceRole:
        return p.namespaceName;
    case ErrorMessageRole:
        return p.errorMessage;
    }
    return {};
}

QVariant PipelineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
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

QHash<int, QByteArray> PipelineListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NameRole, "name");
    names.insert(DescriptionRole, "description");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(NamespaceRole, "namespace");
    names.insert(ErrorMessageRole, "errorMessage");
    return names;
}

QModelIndex PipelineListModel::indexOfId(const QString &id, int column) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return index(i, column);
    }
    return {};
}

bool PipelineListModel::canFetchMore(const QModelIndex &parent) const
{
    // In the error state the view must not hammer the server: retry() is explicit.
    if (parent.isValid() || m_job || m_error.isError())
        return false;
    return !m_loadedOnce || !m_nextPageToken.isEmpty();
}

void PipelineListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    startFetchPage();
}

void PipelineListModel::startFetchPage()
{
    m_lastOp = Op::FetchMore;
    ListQuery query;
    query.withPageSize(m_pageSize);
    if (!m_nextPageToken.isEmpty())
        query = query.nextPage(m_nextPageToken).withPageSize(m_pageSize);
    auto *job = m_client->listPipelines(query);
    setJob(job);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job != m_job)
            return; // canceled or superseded by a refresh
        m_job = nullptr;
        if (!job->ok()) {
            setError(job->error());
            Q_EMIT loadingChanged(false);
            return;
        }
        onFetchFinished(job, job->result());
    });
}

void PipelineListModel::onFetchFinished(ApiJob *, const Page<Pipeline> &page)
{
    // State first: a view (or QAbstractItemModelTester) may call canFetchMore()/fetchMore()
    // from inside rowsInserted, and must see the new token then.
    m_nextPageToken = page.nextPageToken;
    m_loadedOnce = true;
    clearError();
    // The server's paging can shift under concurrent writes: never show an id twice.
    QSet<QString> known;
    for (const auto &p : std::as_const(m_rows))
        known.insert(p.id);
    QList<Pipeline> fresh;
    for (const auto &p : page.items) {
        if (!known.contains(p.id)) {
            known.insert(p.id);
            fresh.append(p);
        }
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
    }
    if (!m_job)
        Q_EMIT loadingChanged(false);
    Q_EMIT pageLoaded();
}

void PipelineListModel::refresh()
{
    cancel();
    m_lastOp = Op::Refresh;
    m_refreshRows.clear();
    m_refreshTarget = std::max(int(m_rows.size()), m_pageSize);
    startRefreshPage({});
}

void PipelineListModel::startRefreshPage(const QString &token)
{
    ListQuery query;
    query.withPageSize(m_pageSize);
    if (!token.isEmpty())
        query = query.nextPage(token).withPageSize(m_pageSize);
    auto *job = m_client->listPipelines(query);
    setJob(job);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job != m_job)
            return;
        m_job = nullptr;
        if (!job->ok()) {
            m_refreshRows.clear();
            setError(job->error());
            Q_EMIT loadingChanged(false);
            return;
        }
        const auto &page = job->result();
        m_refreshRows.append(page.items);
        // Re-read as many rows as the user had loaded, then stop where that page ends.
        if (page.hasMore() && m_refreshRows.size() < m_refreshTarget) {
            startRefreshPage(page.nextPageToken);
            return;
        }
        const auto rows = std::exchange(m_refreshRows, {});
        clearError();
        applyRefresh(rows, page.nextPageToken);
        if (!m_job)
            Q_EMIT loadingChanged(false);
        Q_EMIT pageLoaded();
    });
}

// Turns m_rows into `freshIn` with the smallest signals: removes, moves, inserts, dataChanged.
void PipelineListModel::applyRefresh(const QList<Pipeline> &freshIn, const QString &nextToken)
{
    // As in onFetchFinished: the paging state is current before any signal goes out.
    m_nextPageToken = nextToken;
    m_loadedOnce = true;
    QList<Pipeline> fresh;
    QSet<QString> freshIds;
    for (const auto &p : freshIn) {
        if (!freshIds.contains(p.id)) {
            freshIds.insert(p.id);
            fresh.append(p);
        }
    }

    // 1. Remove rows that are gone, in contiguous ranges from the bottom.
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (freshIds.contains(m_rows.at(i).id)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !freshIds.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }

    // 2. Walk the new order: keep, move up, or insert.
    for (int i = 0; i < fresh.size(); ++i) {
        const Pipeline &want = fresh.at(i);
        if (i < m_rows.size() && m_rows.at(i).id == want.id) {
            if (!sameContent(m_rows.at(i), want)) {
                m_rows[i] = want;
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            continue;
        }
        int from = -1;
        for (int j = i + 1; j < m_rows.size(); ++j) {
            if (m_rows.at(j).id == want.id) {
                from = j;
                break;
            }
        }
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            if (!sameContent(m_rows.at(i), want)) {
                m_rows[i] = want;
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, want);
            endInsertRows();
        }
    }
    Q_ASSERT(m_rows.size() >= fresh.size());
}

void PipelineListModel::retry()
{
    clearError();
    if (m_lastOp == Op::Refresh)
        refresh();
    else
        fetchMore({});
}

void PipelineListModel::cancel()
{
    if (auto *job = m_job.data()) {
        m_job = nullptr; // the finished() handler ignores a job that is no longer current
        job->abort();
        Q_EMIT loadingChanged(false);
    }
}

void PipelineListModel::setJob(ApiJob *job)
{
    const bool wasLoading = !m_job.isNull();
    m_job = job;
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void PipelineListModel::setError(const ApiError &error)
{
    m_error = error;
    Q_EMIT errorChanged();
}

void PipelineListModel::clearError()
{
    if (!m_error.isError())
        return;
    m_error = {};
    Q_EMIT errorChanged();
}

} // namespace kfp
