#pragma once

// One section of the main window (Pipelines, Experiments, Runs, Recurring runs, or one of the two
// Archive lists): a search-and-filter bar, an inline error banner, the tree view over one of the
// server-backed models and, in a splitter beside it, the details of the current row.
//
// Everything the bar (SectionFilters) sets goes to the model, which asks the server (search is
// debounced by SearchDelayMs). When the filters leave the list empty, a note under the banner
// says "No runs match: …" naming them, with a button that clears them. Header clicks sort on the
// server, and only on the columns the model says the server can sort (the others say so in their
// header tooltip; a click on them leaves the sort as it was); the selected rows stay selected.

#include "api/ApiTypes.h"
#include "models/PagedTreeModel.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QSettings;
class QTimer;
class QTreeView;

namespace Ui {
class SectionView;
}

namespace kfp {

class DetailsPane;
class MessageBanner;
class NameCache;
class RunStateCache;
class RunListModel;
class EmptyResultNote;
class SectionFilters;
class SelectionKeeper;

// A selected row, with what the actions need to know about it.
struct SelectedItem
{
    NodeKind kind = NodeKind::Loading;
    QString id;
    QString label;
    QString parentId; // a version's pipeline id
    StorageState storage = StorageState::Unspecified;
    RunState state = RunState::Unspecified;
    bool enabled = false; // recurring runs
};

class SectionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionView)
public:
    enum class Kind
    {
        Pipelines,
        Experiments,
        Runs,
        RecurringRuns,
        ArchivedRuns,
        ArchivedExperiments
    };
    Q_ENUM(Kind)

    static constexpr int SearchDelayMs = 300; // as the KFP UI's filter box

    // The model is not owned (the window owns the models); `client` loads the details.
    SectionView(Kind kind, PagedTreeModel *model, KfpClient *client, QWidget *parent = nullptr);
    ~SectionView() override;

    Kind kind() const { return m_kind; }
    QString key() const; // "pipelines", "runs", …: settings group and --section name
    PagedTreeModel *model() const { return m_model; }
    QTreeView *view() const;
    MessageBanner *banner() const;

    // Puts the model on the view (the view then fetches the first page). Once the API version is
    // known: a view fetches as soon as it lays out.
    void attach();
    bool isAttached() const { return m_attached; }

    QList<SelectedItem> selectedItems() const;
    SelectedItem currentItem() const;
    DetailsPane *currentDetails() const;
    DetailsPane *detailsFor(NodeKind kind); // created on first use
    void setNameCache(NameCache *names) { m_names = names; }
    // The run details pane reads and writes run states there (not owned).
    void setRunStateCache(RunStateCache *states) { m_runStates = states; }

    // F5 / auto refresh: rows update in place, the details of the current row reload.
    void refresh();
    void focusSearch();

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    // The selection changed, or the selected rows may have (a refresh updated them in place).
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPos);
    // Every answer of this section's calls, for the window's connection state.
    void callFinished(bool ok, const kfp::ApiError &error);

private:
    void updateEmptyResult();
    QString noMatchText(const QStringList &filters) const;
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void syncSortIndicator();
    void onCurrentChanged();
    void onModelError(const ApiError &error);
    void updateCount();
    void applyPendingHeaderState();
    // Double-click on a version in the pipeline's details: expand and select it in the tree.
    void selectVersion(const QString &pipelineId, const QString &versionId);
    RunListModel *runModel() const;

    std::unique_ptr<Ui::SectionView> m_ui;
    Kind m_kind;
    PagedTreeModel *m_model;
    KfpClient *m_client;
    NameCache *m_names = nullptr;
    RunStateCache *m_runStates = nullptr;
    SectionFilters *m_filters = nullptr;
    EmptyResultNote *m_emptyResult = nullptr; // "No runs match: …" and "Clear filters"
    QTimer *m_selectionTimer;                 // coalesces row updates into one selectionChanged()
    // What was selected when the user sorted, restored when the sorted first page arrives.
    std::unique_ptr<SelectionKeeper> m_keeper;
    QHash<int, DetailsPane *> m_panes; // by NodeKind
    QByteArray m_pendingHeaderState;
    int m_pendingSortColumn = -1;
    Qt::SortOrder m_pendingSortOrder = Qt::DescendingOrder;
    bool m_attached = false;
    bool m_syncingSort = false;
};

} // namespace kfp
