#pragma once

// Experiments, each with two group rows as children — "Runs" and "Recurring runs" (as the KFP UI's
// experiment page has two lists) — whose own children load lazily when expanded, paged:
//
//     experiment
//       ├─ Runs             (NodeKind::RunGroup: the experiment's runs, newest first)
//       └─ Recurring runs   (NodeKind::RecurringRunGroup)
//
//     Name | Status | Created | Description
//
// Status: a run's state (icon + text), a recurring run's Enabled/Disabled; empty for experiments.
// Top level sortable on the server by Name (display_name; v1: name), Created and Description;
// default Created, newest first. Filters (search, created range, storage: the Archive section
// lists archived experiments) apply to experiments; the group rows list every run/recurring run
// of the experiment that has the same storage as the experiment list (active or archived).
// Experiment names are fed into the NameCache, so the run list does not ask for them again.

#include "PagedTreeModel.h"
#include "RunStatePresentation.h"
#include "RunSummary.h"

#include "api/ApiTypes.h"

namespace kfp {

class NameCache;

class ExperimentTreeModel final : public PagedTreeModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExperimentTreeModel)
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        CreatedColumn,
        DescriptionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // `names` may be nullptr (then no names are fed); not owned.
    explicit ExperimentTreeModel(KfpClient *client, NameCache *names = nullptr,
                                 QObject *parent = nullptr);
    ~ExperimentTreeModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The item of a row; a default-constructed struct (empty id) for other kinds of rows.
    Experiment experimentAt(const QModelIndex &index) const;
    Run runAt(const QModelIndex &index) const; // list fields only (see RunSummary)
    RecurringRun recurringRunAt(const QModelIndex &index) const;
    // The experiment row above any row of its subtree.
    QModelIndex experimentIndexOf(const QModelIndex &index) const;

protected:
    ApiJob *startFetch(const Node *parent, const ListQuery &query) override;
    PageNodes takePage(const Node *parent, ApiJob *job) override;
    bool updateItem(Node *target, const Node &fresh) override;
    QVariant itemData(const Node *node, int column, int role) const override;
    QString sortField(int column) const override;
    bool hasStorageState() const override { return true; }

private:
    NodePtr makeExperimentNode(const Experiment &experiment) const;

    NameCache *m_names;
    StateIcons m_icons;
};

} // namespace kfp
