#include "SelectionKeeper.h"

#include "models/PagedTreeModel.h"

#include <QItemSelectionModel>
#include <QTreeView>

namespace kfp {

SelectionKeeper::SelectionKeeper(QTreeView *view, PagedTreeModel *model)
    : m_view(view)
    , m_model(model)
{}

void SelectionKeeper::remember()
{
    m_selected.clear();
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows(0))
        if (!m_model->isStatusRow(row))
            m_selected.append(
                {row.data(IdRole).toString(), NodeKind(row.data(NodeKindRole).toInt())});
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    m_current =
        current.isValid() && !m_model->isStatusRow(current)
            ? Key{current.data(IdRole).toString(), NodeKind(current.data(NodeKindRole).toInt())}
            : Key{};
    m_pending = !m_selected.isEmpty() || !m_current.first.isEmpty();
}

void SelectionKeeper::restore()
{
    m_pending = false;
    QItemSelection rows;
    for (const auto &[id, kind] : std::as_const(m_selected)) {
        const QModelIndex index = m_model->indexForId(id, kind);
        if (index.isValid())
            rows.select(index, index);
    }
    const QModelIndex current = m_current.first.isEmpty()
                                    ? QModelIndex()
                                    : m_model->indexForId(m_current.first, m_current.second);
    auto *selection = m_view->selectionModel();
    if (current.isValid())
        selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    selection->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (current.isValid())
        m_view->scrollTo(current);
    m_selected.clear();
    m_current = {};
}

} // namespace kfp
