#pragma once

// The runs of the namespace (or of one experiment) as a flat, paged, server-filtered list, with
// the KFP UI's run columns:
//
//     Name | Status (icon + text) | Duration | Experiment | Pipeline version | Recurring run |
//     Started | Finished
//
// Experiment, pipeline version and recurring run names come from the injected NameCache (batched,
// never per row); when a name arrives the affected cells get dataChanged. Duration is live for
// runs that are not final: the model emits dataChanged on that column once a second while any
// loaded run is running.
//
// Sortable on the server: Name (display_name), Started (created_at), Finished (finished_at).
// Filters: those of PagedTreeModel plus setStateFilter() (IN on `state`; the v1 dialect maps it
// onto `status`) and setExperimentId(). The default order is Started, newest first (as the KFP UI).
//
// Rows keep a RunSummary (see RunSummary.h), not the full Run: runAt() returns the list fields.
//
// With a RunStateCache (setRunStateCache), every page feeds the cache and shows what the cache
// holds newest, and a run's state learned elsewhere (the watcher, the details monitor) updates its
// row in place at once: dataChanged on that row only.

#include "PagedTreeModel.h"
#include "RunStatePresentation.h"
#include "RunSummary.h"
#include "StringPool.h"

#include <QHash>
#include <QList>
#include <QSet>

class QTimer;

namespace kfp {

class NameCache;
class RunStateCache;
struct RunStateFact;

class RunListModel final : public PagedTreeModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListModel)
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        DurationColumn,
        ExperimentColumn,
        PipelineVersionColumn,
        RecurringRunColumn,
        StartedColumn,
        FinishedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // `names` is shared with the other models (not owned; must outlive the model).
    RunListModel(KfpClient *client, NameCache *names, QObject *parent = nullptr);
    ~RunListModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Runs whose state is one of `states` (IN on `state`); empty: every state.
    void setStateFilter(const QList<RunState> &states);
    QList<RunState> stateFilter() const { return m_states; }
    // Only the runs of this experiment (the experiment_id query parameter); empty: all.
    void setExperimentId(const QString &experimentId);
    QString experimentId() const { return m_experimentId; }

    // The run of a row (list fields only; the invalid Run when `index` is not a run row).
    Run runAt(const QModelIndex &index) const;
    const RunSummary *summaryAt(const QModelIndex &index) const; // nullptr if not a run row

    // The app's run states (not owned; nullptr: none). Shared by every view of runs.
    void setRunStateCache(RunStateCache *cache);
    RunStateCache *runStateCache() const { return m_stateCache; }

protected:
    ApiJob *startFetch(const Node *parent, const ListQuery &query) override;
    PageNodes takePage(const Node *parent, ApiJob *job) override;
    bool updateItem(Node *target, const Node &fresh) override;
    QVariant itemData(const Node *node, int column, int role) const override;
    QString sortField(int column) const override;
    void addPredicates(ListQuery &query) const override;
    bool hasStorageState() const override { return true; }
    void rowsArrived(const Node *parent) override;
    void nodesInserted(const Node *parent, int first, int last) override;
    void nodesAboutToBeRemoved(const Node *parent, int first, int last) override;
    void nodesAboutToBeCleared() override;

private:
    void onNamesResolved(int kind, const QStringList &ids);
    void tickDurations();
    void trackLiveness(const Node *node);
    void onRunStateChanged(const QString &runId, const RunStateFact &fact);

    NameCache *m_names;
    QList<RunState> m_states;
    QString m_experimentId;
    QTimer *m_durationTimer;
    // The loaded runs that are not final: the only rows whose Duration changes by itself. Kept
    // as rows come and go, so the tick costs nothing per finished run.
    QSet<const Node *> m_liveRuns;
    // The run rows by id, for the cache's updates (one lookup, not a walk over the rows).
    QHash<QString, Node *> m_byId;
    RunStateCache *m_stateCache = nullptr;
    // The ids rows refer to (experiment, pipeline, version, recurring run, namespace): a few
    // distinct values over 100,000 rows, stored once.
    StringPool m_refs;
    StateIcons m_icons;
};

} // namespace kfp
