#include "ParameterDelegate.h"

#include "models/ParameterTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace kfp {

namespace {

// Marks a JSON editor valid or not, with the reason as its tooltip.
void showJsonState(QLineEdit *edit, const QString &type)
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
        check->setText(tr("true"));
        check->setAutoFillBackground(true);
        return check;
    }
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    if (type == QLatin1String("NUMBER_INTEGER")) {
        // Digits only; the model checks the 64-bit range and says so in the cell.
        edit->setObjectName(QStringLiteral("integerEditor"));
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[-+]?[0-9]{0,19}")), edit));
    } else if (type == QLatin1String("NUMBER_DOUBLE")) {
        edit->setObjectName(QStringLiteral("doubleEditor"));
        auto *validator = new QDoubleValidator(edit);
        validator->setLocale(QLocale::c()); // the wire's decimal point, whatever the UI locale
        validator->setNotation(QDoubleValidator::ScientificNotation);
        edit->setValidator(validator);
    } else if (type == QLatin1String("LIST") || type == QLatin1String("STRUCT")) {
        edit->setObjectName(QStringLiteral("jsonEditor"));
        edit->setPlaceholderText(type == QLatin1String("LIST")
                                     ? tr("JSON array, e.g. [1, 2]")
                                     : tr("JSON object, e.g. {\"k\": 1}"));
        connect(edit, &QLineEdit::textEdited, this, [this, edit, type] {
            showJsonState(edit, type);
            // Live validation: the model learns of every keystroke, so Next follows.
            Q_EMIT const_cast<ParameterDelegate *>(this)->commitData(edit);
        });
    } else {
        edit->setObjectName(QStringLiteral("stringEditor"));
    }
    return edit;
}

void ParameterDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int i = combo->findText(text);
        combo->setCurrentIndex(i >= 0 ? i : 0);
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        check->setChecked(text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        // Re-setting the same text would move the cursor while the user types (live commits).
        if (edit->text() != text)
            edit->setText(text);
        if (edit->objectName() == QLatin1String("jsonEditor"))
            showJsonState(edit, index.data(ParameterTableModel::TypeRole).toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ParameterDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentText());
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        model->setData(index, check->isChecked());
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        model->setData(index, edit->text());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace kfp
