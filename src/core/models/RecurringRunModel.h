#pragma once

// The recurring runs (v1: jobs) of the namespace, or of one experiment, as a flat paged list:
//
//     Name | Status (Enabled/Disabled) | Trigger | Experiment | Pipeline version | Created
//
// Trigger in words ("Every 1 hour", "Cron: 0 0 * * * *"). Experiment and pipeline version names
// come from the NameCache. Sortable on the server by Name (display_name; v1: name) and Created;
// default Created, newest first. Recurring runs have no storage state (setStorage() is ignored).

#include "PagedTreeModel.h"

#include "api/ApiTypes.h"

namespace kfp {

class NameCache;

class RecurringRunModel final : public PagedTreeModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecurringRunModel)
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        TriggerColumn,
        ExperimentColumn,
        PipelineVersionColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // `names` is shared with the other models (not owned; must outlive the model).
    RecurringRunModel(KfpClient *client, NameCache *names, QObject *parent = nullptr);
    ~RecurringRunModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Only the recurring runs of this experiment; empty: all.
    void setExperimentId(const QString &experimentId);
    QString experimentId() const { return m_experimentId; }

    // The recurring run of a row (invalid, empty id, if not a recurring-run row).
    RecurringRun recurringRunAt(const QModelIndex &index) const;

    // "Every 2 hours", "Cron: 0 0 * * * *", "Manual" — translated.
    static QString triggerText(const Trigger &trigger);
    // The roles every view of a recurring run shares (ids, names, the struct itself); the
    // experiment tree's recurring-run rows answer through it too.
    static QVariant itemRoleData(const RecurringRun &run, int role);

protected:
    ApiJob *startFetch(const Node *parent, const ListQuery &query) override;
    PageNodes takePage(const Node *parent, ApiJob *job) override;
    bool updateItem(Node *target, const Node &fresh) override;
    QVariant itemData(const Node *node, int column, int role) const override;
    QString sortField(int column) const override;

private:
    void onNamesResolved(int kind, const QStringList &ids);

    NameCache *m_names;
    QString m_experimentId;
};

} // namespace kfp
