#pragma once

// The pipelines of the server as a flat table (Name / Description / Created), paged lazily.
//
//     auto *model = new PipelineListModel(client, this);
//     view->setModel(model);          // the view calls fetchMore() for the first page
//     connect(model, &PipelineListModel::errorChanged, banner, ...);
//     model->refresh();               // later: re-reads the loaded pages, diffs rows by id
//
// fetchMore() appends the next page (next_page_token). refresh() re-reads as many pages as are
// loaded and updates the rows in place (dataChanged, inserts, removes, moves) so selection and
// persistent indexes survive; it never resets the model. A failed call leaves the rows as they
// are and puts the model in an error state (error(), errorChanged()); retry() repeats the call.

#include "api/ApiTypes.h"
#include "api/Page.h"
#include "net/ApiError.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace kfp {

class ApiJob;
class KfpClient;

class PipelineListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineListModel)
public:
    enum Column
    {
        NameColumn,
        DescriptionColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit PipelineListModel(KfpClient *client, QObject *parent = nullptr);
    ~PipelineListModel() override;

    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const Pipeline &pipelineAt(int row) const { return m_rows.at(row); }
    QModelIndex indexOfId(const QString &id, int column = 0) const;

    bool isLoading() const { return !m_job.isNull(); }
    bool hasLoadedOnce() const { return m_loadedOnce; }
    bool hasError() const { return m_error.isError(); }
    const ApiError &error() const { return m_error; }

public Q_SLOTS:
    void refresh();
    void retry();  // repeats the call that failed
    void cancel(); // aborts the call in flight, if any

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorChanged(); // entered or left the error state
    void pageLoaded();   // a page was appended or a refresh completed

private:
    enum class Op
    {
        None,
        FetchMore,
        Refresh
    };

    void startFetchPage();
    void startRefreshPage(const QString &token);
    void onFetchFinished(ApiJob *job, const Page<Pipeline> &page);
    void applyRefresh(const QList<Pipeline> &fresh, const QString &nextToken);
    void setError(const ApiError &error);
    void clearError();
    void setJob(ApiJob *job);

    KfpClient *m_client;
    QList<Pipeline> m_rows;
    QString m_nextPageToken;
    bool m_loadedOnce = false;
    int m_pageSize = 100;
    QPointer<ApiJob> m_job;
    Op m_lastOp = Op::None;
    ApiError m_error;
    // refresh in progress: pages read so far, and how many rows we want back
    QList<Pipeline> m_refreshRows;
    int m_refreshTarget = 0;
};

} // namespace kfp
