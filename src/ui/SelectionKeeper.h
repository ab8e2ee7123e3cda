#pragma once

// Keeps a view's selection across a model reset that brings back the same items in another order
// (a sort on the server): remember() notes the selected rows and the current one by id, restore()
// selects those of them the model has loaded again.

#include "models/roles.h"

#include <QList>
#include <QPair>
#include <QString>

class QTreeView;

namespace kfp {

class PagedTreeModel;

class SelectionKeeper final
{
public:
    SelectionKeeper(QTreeView *view, PagedTreeModel *model);

    void remember();
    bool isPending() const { return m_pending; }
    // Selects what remember() noted, if loaded; after it, nothing is pending.
    void restore();

private:
    using Key = QPair<QString, NodeKind>;

    QTreeView *m_view;
    PagedTreeModel *m_model;
    QList<Key> m_selected;
    Key m_current;
    bool m_pending = false;
};

} // namespace kfp
