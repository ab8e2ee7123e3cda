#pragma once

// Editors for the Value column of a ParameterTableModel, by the parameter's type:
//   literals        → combo box of the allowed values   (objectName "literalEditor")
//   BOOLEAN         → check box                         ("booleanEditor")
//   NUMBER_INTEGER  → line edit taking a 64-bit integer ("integerEditor"; QSpinBox is 32-bit)
//   NUMBER_DOUBLE   → line edit with a C-locale double validator ("doubleEditor")
//   LIST / STRUCT   → JSON line edit validated live      ("jsonEditor")
//   anything else   → line edit                          ("stringEditor")
// The JSON editor commits on every keystroke, so the model (and with it Next) reflects an
// invalid document at once, and the editor turns red with the parse error as its tooltip.

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
