#pragma once

// Pipelines, each with its versions as children, loaded lazily when the user expands a pipeline
// (canFetchMore(pipelineIndex) / fetchMore(pipelineIndex)), paged like the top level.
//
//     Name | Description | Created
//
// Top level sortable on the server by Name (display_name; v1: name), Description and Created;
// default Created, newest first (as the KFP UI). Versions are listed newest first. Search and the
// created range filter the pipelines; pipelines have no storage state (setStorage() is ignored).

#include "PagedTreeModel.h"

#include "api/ApiTypes.h"

namespace kfp {

class PipelineTreeModel final : public PagedTreeModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineTreeModel)
public:
    enum Column
    {
        NameColumn,
        DescriptionColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PipelineTreeModel(KfpClient *client, QObject *parent = nullptr);
    ~PipelineTreeModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The item of a row; a default-constructed struct (empty id) for other kinds of rows.
    Pipeline pipelineAt(const QModelIndex &index) const;
    PipelineVersion versionAt(const QModelIndex &index) const; // list fields (no spec)
    // The pipeline row of a pipeline or version row.
    QModelIndex pipelineIndexOf(const QModelIndex &index) const;

protected:
    ApiJob *startFetch(const Node *parent, const ListQuery &query) override;
    PageNodes takePage(const Node *parent, ApiJob *job) override;
    bool updateItem(Node *target, const Node &fresh) override;
    QVariant itemData(const Node *node, int column, int role) const override;
    QString sortField(int column) const override;
};

} // namespace kfp
