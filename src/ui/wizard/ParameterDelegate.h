#pragma once

// Editors for the Value column of a ParameterTableModel, by the parameter's type:
//   literals        → combo box of the allowed values   (objectName "literalEditor")
//   BOOLEAN         → check box labelled with its value ("booleanEditor")
//   NUMBER_INTEGER  → line edit for a 64-bit integer    ("integerEditor"; QSpinBox is 32-bit)
//   NUMBER_DOUBLE   → line edit for a C-locale double   ("doubleEditor")
//   LIST / STRUCT   → JSON line edit                    ("jsonEditor")
//   anything else   → line edit                          ("stringEditor")
// No editor changes what is typed or what the cell holds: the typed line edits have no
// validator; they commit on every keystroke, so the model (and with it Next) reflects an
// invalid entry at once, and the editor turns red with the reason as its tooltip. A check box
// or combo box opened on a value it cannot show as chosen (none yet, or not allowed) shows it
// as it is and leaves it unchanged until the user picks.

#include <QStyledItemDelegate>

namespace kfp {

class ParameterDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParameterDelegate)
public:
    explicit ParameterDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace kfp
