#pragma once

// The shared machinery of the server-backed item models: a tree of nodes whose branches are filled
// page by page from a KFP list call, with server-side search, filters and sort.
//
//     auto *model = new RunListModel(client, names, this);
//     model->setFetchOnDemand(true); // next pages when the user scrolls to them (see below)
//     view->setModel(model);        // the view calls fetchMore() for the first page
//     model->setSearchText(text);   // debounced by the UI; reloads from the first page
//     model->refresh();             // F5: re-reads loaded pages and expanded branches in place
//
// Branches (the top level, an expanded pipeline, an experiment's "Runs" group, ...) each have a
// LoadState. While a page is in flight the branch ends with a "Loading…" row; a failed fetch
// leaves the rows as they are and ends the branch with an error row (ErrorRole, text =
// ApiError::userMessage()); retry(errorRowOrBranch) fetches again. canFetchMore() is false in the
// error state so that a view cannot hammer a failing server.
//
// Paging follows next_page_token; later pages send only the token and page_size, as the server
// requires (a token is bound to the sort and filter it was made with).
//
// Filters and sort apply to the top level. Changing one reloads from the first page: that is a
// model reset (the rows are a different set). refresh() never resets: it diffs by id and emits
// dataChanged / inserts / removes / moves, so selection, expansion and scroll position survive.
//
// Subclasses supply the columns, the list call of each branch and the conversion of its result.

#include "PagedTree.h"
#include "PagedTreeRefresh.h"
#include "api/ListQuery.h"
#include "net/ApiError.h"
#include "roles.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>

#include <memory>
#include <vector>

namespace kfp {

class ApiJob;
class KfpClient;

class PagedTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTreeModel)
public:
    // Active = not archived (the KFP UI's default lists), Archived = the Archive section.
    enum class Storage
    {
        Active,
        Archived,
        Any
    };
    Q_ENUM(Storage)

    ~PagedTreeModel() override;

    KfpClient *client() const { return m_client; }

    // --- QAbstractItemModel -------------------------------------------------------------------
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    // ToolTipRole of a column the server cannot sort by says so (the view shows it on hover).
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Paging on demand, for the main window's views: a list's next page is fetched once the last
    // row loaded so far is displayed (asked for its DisplayRole), i.e. when the user scrolls down
    // to it. Off (the default), canFetchMore() is true whenever a next page exists, and a
    // QTreeView, which calls fetchMore() on every layout, reads every page of a list by itself:
    // 500 requests for 100,000 runs before the user scrolled at all.
    void setFetchOnDemand(bool onDemand) { m_fetchOnDemand = onDemand; }
    bool fetchOnDemand() const { return m_fetchOnDemand; }
    // Fetches the next page of `parent`'s list now, on demand or not (e.g. a "load all" step).
    void fetchNextPage(const QModelIndex &parent = {});
    // The server has more of `parent`'s list than is loaded (whether or not it is asked for).
    bool hasMorePages(const QModelIndex &parent = {}) const;
    // Server-side sort: only columns with isColumnSortable(); others are ignored (the model keeps
    // its current sort; the UI should put the header's indicator back to sortColumn()).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // --- server-side search, filters, sort (top level) ---------------------------------------
    // IS_SUBSTRING on the display name (case-insensitive on the server). Empty: no predicate.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // created_at GREATER_THAN_EQUALS from / LESS_THAN_EQUALS to; an invalid bound is left out.
    void setCreatedRange(const QDateTime &from, const QDateTime &to);
    QDateTime createdFrom() const { return m_createdFrom; }
    QDateTime createdTo() const { return m_createdTo; }
    // storage_state NOT_EQUALS / EQUALS "ARCHIVED" (resources that have it: experiments, runs).
    void setStorage(Storage storage);
    Storage storage() const { return m_storage; }
    // The KFP web UI's predicates for its active (everything not archived, so also experiments
    // and runs without an explicit AVAILABLE state) and archived lists; Any adds none. For
    // every list of experiments or runs (the sections, the run wizard's experiment chooser).
    static void addStoragePredicate(ListQuery &query, Storage storage);
    // Multi-user mode: the namespace every list call is scoped to.
    void setNamespace(const QString &namespaceName);
    QString namespaceName() const { return m_namespace; }
    // Page size of every list call, clamped to 1..200 (the server's cap). Default 200.
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }

    virtual bool isColumnSortable(int column) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // --- accessors ----------------------------------------------------------------------------
    NodeKind nodeKind(const QModelIndex &index) const;
    QString idAt(const QModelIndex &index) const;
    bool isStatusRow(const QModelIndex &index) const; // Loading or Error row
    // The branch state of `parent` (invalid index: the top level).
    LoadState loadState(const QModelIndex &parent = {}) const;
    // The last error of that branch (Kind::None unless loadState() is Failed). For an error row,
    // the error it shows.
    ApiError errorAt(const QModelIndex &index) const;
    // The loaded node with that id (any depth, first match in tree order; `kind` narrows it when
    // ids can repeat across kinds, e.g. a v1 pipeline and its default version). Invalid if none.
    QModelIndex indexForId(const QString &id, int column = 0) const;
    QModelIndex indexForId(const QString &id, NodeKind kind, int column = 0) const;
    // Item rows of the top level (status rows excluded), and the server's total_size (0 when the
    // server omitted it).
    int loadedCount() const;
    int totalCount() const { return m_totalSize; }
    bool isLoading() const { return m_activeJobs > 0; }
    // The error of the most recent failed call of any branch (Kind::None after a success).
    const ApiError &lastError() const { return m_lastError; }

public Q_SLOTS:
    // Drops every row and loads the first page again (a reset whose content is the "Loading…"
    // row).
    void reload();
    // Re-reads what is loaded (as many top-level rows as are loaded, and every fetched branch)
    // and updates the rows in place. A failed refresh leaves the rows as they are and reports
    // errorOccurred(); it does not put error rows into branches that were fine.
    void refresh();
    // `index` is an error row or a branch in the Failed state (or the invalid index: the top
    // level): fetches that branch's next page again.
    void retry(const QModelIndex &index = {});

Q_SIGNALS:
    void loadingChanged(bool loading); // any call of this model in flight, or none
    void errorOccurred(const kfp::ApiError &error);
    // A page of `parent`'s children arrived (invalid parent: the top level).
    void pageLoaded(const QModelIndex &parent);
    void refreshed(); // a refresh() completed (all of its calls answered)
    void sortChanged(int column, Qt::SortOrder order);

protected:
    // The node tree (PagedTree.h), under the names the subclasses use.
    using Node = PagedTree::Node;
    template<class T> using ItemNode = PagedTree::ItemNode<T>;
    using NodePtr = PagedTree::NodePtr;
    using Branch = PagedTree::Branch;
    using PageNodes = PagedTree::PageNodes;

    PagedTreeModel(KfpClient *client, QObject *parent);

    // --- hooks --------------------------------------------------------------------------------
    // Starts the list call for `parent`'s children (root() for the top level) with `query`,
    // which already holds paging and, for the top level, filters and sort.
    virtual ApiJob *startFetch(const Node *parent, const ListQuery &query) = 0;
    // Converts a finished, successful job of startFetch(parent, ...) into nodes.
    virtual PageNodes takePage(const Node *parent, ApiJob *job) = 0;
    // Copies fresh's item into target if it differs; returns whether it did.
    virtual bool updateItem(Node *target, const Node &fresh) = 0;
    // DisplayRole & co. and the item roles of an item node.
    virtual QVariant itemData(const Node *node, int column, int role) const = 0;
    // The server field (v2 spelling) of a sortable column; empty: not sortable.
    virtual QString sortField(int column) const = 0;
    // Top-level predicates beyond search/created/storage (RunListModel adds the state filter).
    virtual void addPredicates(ListQuery &query) const;
    virtual bool hasStorageState() const { return false; }
    // Default order of the top level before the user sorts (column and order).
    void setDefaultSort(int column, Qt::SortOrder order);
    // A node with an empty lazy branch (children fetched on expand), or a fixed one.
    static void giveBranch(Node *node, bool fixed = false) { PagedTree::giveBranch(node, fixed); }
    // Adds a child to a fixed branch while building a node (before it is in the model).
    static void addFixedChild(Node *node, NodePtr child)
    {
        PagedTree::addFixedChild(node, std::move(child));
    }

    Node *root() const { return m_tree.root(); }
    Node *nodeAt(const QModelIndex &index) const; // root() for the invalid index
    QModelIndex indexOf(const Node *node, int column = 0) const;
    // Emits dataChanged for `column` over [first, last] rows of parent's branch.
    void emitColumnChanged(const Node *parent, int first, int last, int column);
    // For subclasses that add their own scope (experiment id, state filter): reload if changed.
    void scopeChanged();
    template<class T> static const T &itemOf(const Node *node)
    {
        return PagedTree::itemOf<T>(node);
    }
    template<class T> static T &itemOf(Node *node) { return PagedTree::itemOf<T>(node); }
    // The item (of type T) of `index` when it is a row of this model of that `kind`, else null.
    template<class T> const T *itemAt(const QModelIndex &index, NodeKind kind) const
    {
        if (!index.isValid() || index.model() != this || nodeKind(index) != kind)
            return nullptr;
        return &itemOf<T>(nodeAt(index));
    }
    // For updateItem(): copies fresh's item (of type T) into target unless same(target's, fresh's)
    // holds; returns whether it did.
    template<class T, class Same>
    static bool replaceItem(Node *target, const Node &fresh, Same same)
    {
        if (same(itemOf<T>(target), itemOf<T>(&fresh)))
            return false;
        itemOf<T>(target) = itemOf<T>(&fresh);
        return true;
    }

    // Called after rows were inserted/updated under parent (RunListModel starts its duration
    // timer).
    virtual void rowsArrived(const Node *parent);
    // Bookkeeping hooks for subclasses that index their rows (RunListModel's running rows):
    // rows [first, last] of parent were inserted / are about to be removed; the whole tree is
    // about to be dropped (reload). Nodes keep their identity otherwise (moves, updates).
    virtual void nodesInserted(const Node *parent, int first, int last);
    virtual void nodesAboutToBeRemoved(const Node *parent, int first, int last);
    virtual void nodesAboutToBeCleared();

private:
    // The refresh starts its calls through the model and changes rows with the model's signals.
    friend class PagedTreeRefresh;

    struct JobInfo
    {
        Node *node = nullptr;
        bool refresh = false;
    };

    ListQuery queryFor(const Node *parent, const QString &pageToken) const;
    void startPage(Node *parent);
    void track(ApiJob *job, Node *node, bool refresh);
    void onJobFinished(ApiJob *job);
    void onPageFinished(Node *parent, ApiJob *job);
    void setStatusRow(Node *parent, LoadState state); // Fetching: Loading row, Failed: Error row
    void appendNodes(Node *parent, std::vector<NodePtr> nodes);
    void removeChildren(Node *parent, int first, int last);
    void insertChildren(Node *parent, int at, std::vector<NodePtr> nodes);
    void moveChild(Node *parent, int from, int to);
    void dropJobsUnder(const Node *parent, int first, int last);
    void abortAllJobs();
    void noteDisplayed(const Node *node) const; // fetch on demand: the tail row was shown
    void jobStarted();
    void jobEnded();

    KfpClient *m_client;
    PagedTree m_tree;
    QHash<ApiJob *, JobInfo> m_jobs; // calls in flight and the branch each one fills
    QString m_searchText;
    QDateTime m_createdFrom;
    QDateTime m_createdTo;
    Storage m_storage = Storage::Active;
    QString m_namespace;
    int m_pageSize = 200;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_totalSize = 0;
    int m_activeJobs = 0;
    ApiError m_lastError;
    PagedTreeRefresh m_refresh{*this};
    int m_changing = 0; // structural changes (and their signals) in progress
    bool m_fetchOnDemand = false;
};

} // namespace kfp
