#include "ParameterDelegate.h"

#include "models/ParameterTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace kfp {

namespace {

// The typed line editors: their text is checked as typed, never filtered.
bool isCheckedEditor(const QWidget *editor)
{
    const QString name = editor->objectName();
    return name == QLatin1String("integerEditor") || name == QLatin1String("doubleEditor") ||
           name == QLatin1String("jsonEditor");
}

// Marks a typed editor valid or not, with the reason as its tooltip.
void showTextState(QLineEdit *edit, const QString &type)
{
    QJsonValue value;
    QString error;
    const bool ok = edit->text().trimmed().isEmpty() ||
                    ParameterTableModel::parseValue(type, edit->text(), &value, &error);
    edit->setStyleSheet(ok ? QString() : QStringLiteral("QLineEdit { background: #ffcdcd; }"));
    edit->setToolTip(error);
}

} // namespace

ParameterDelegate::ParameterDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *ParameterDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    if (index.column() != ParameterTableModel::ValueColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    const QString type = index.data(ParameterTableModel::TypeRole).toString();
    const QStringList literals = index.data(ParameterTableModel::LiteralsRole).toStringList();
    if (!literals.isEmpty()) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("literalEditor"));
        combo->addItems(literals);
        return combo;
    }
    if (type == QLatin1String("BOOLEAN")) {
        auto *check = new QCheckBox(parent);
        check->setObjectName(QStringLiteral("booleanEditor"));
        check->setAutoFillBackground(true);
        // The label says the value the box holds, so it always reads as what it edits.
        connect(check, &QCheckBox::stateChanged, check, [check](int state) {
            if (state == Qt::PartiallyChecked)
                return; // setEditorData labels a value that is neither true nor false
            check->setText(state == Qt::Checked ? tr("true") : tr("false"));
        });
        // A value that is neither (none yet, or loaded from a file) shows as partly checked
        // until the user clicks; after that only true and false remain.
        connect(check, &QCheckBox::clicked, check, [check] { check->setTristate(false); });
        return check;
    }
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    // No validator: a validator silently drops what it refuses ("1.5" would become "15"). The
    // text stays as typed; the model checks it (64-bit range, the wire's decimal point) and
    // marks the cell with the reason.
    if (type == QLatin1String("NUMBER_INTEGER")) {
        edit->setObjectName(QStringLiteral("integerEditor"));
    } else if (type == QLatin1String("NUMBER_DOUBLE")) {
        edit->setObjectName(QStringLiteral("doubleEditor"));
    } else if (type == QLatin1String("LIST") || type == QLatin1String("STRUCT")) {
        edit->setObjectName(QStringLiteral("jsonEditor"));
        edit->setPlaceholderText(type == QLatin1String("LIST")
                                     ? tr("JSON array, e.g. [1, 2]")
                                     : tr("JSON object, e.g. {\"k\": 1}"));
    } else {
        edit->setObjectName(QStringLiteral("stringEditor"));
    }
    if (isCheckedEditor(edit)) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit, type] {
            showTextState(edit, type);
            // Live validation: the model learns of every keystroke, so Next follows.
            Q_EMIT const_cast<ParameterDelegate *>(this)->commitData(edit);
        });
    }
    return edit;
}

void ParameterDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int i = combo->findText(text);
        if (i < 0 && !text.isEmpty()) {
            // A value that is not allowed (loaded from a file) is shown as it is, with the
            // reason, rather than replaced by the first allowed one.
            combo->insertItem(0, text);
            combo->setItemData(0, index.data(ParameterTableModel::ErrorRole), Qt::ToolTipRole);
            i = 0;
        }
        combo->setCurrentIndex(i); // -1, an empty box, when there is no value yet
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        const bool isTrue = text.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        const bool isFalse =
            text.trimmed().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
        if (isTrue || isFalse) {
            check->setChecked(isTrue);
            check->setText(isTrue ? tr("true") : tr("false"));
        } else {
            check->setTristate(true);
            check->setCheckState(Qt::PartiallyChecked);
            check->setText(text.isEmpty() ? tr("(no value)") : text);
        }
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        // Re-setting the same text would move the cursor while the user types (live commits).
        if (edit->text() != text)
            edit->setText(text);
        if (isCheckedEditor(edit))
            showTextState(edit, index.data(ParameterTableModel::TypeRole).toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ParameterDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() >= 0) // nothing chosen: the cell keeps its value
            model->setData(index, combo->currentText());
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        if (check->checkState() != Qt::PartiallyChecked) // not clicked: keep the value as is
            model->setData(index, check->isChecked());
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, edit->text());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace kfp
