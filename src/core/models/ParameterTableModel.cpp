#include "ParameterTableModel.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <cmath>

namespace kfp {

namespace {

const QString kString = QStringLiteral("STRING");
const QString kInteger = QStringLiteral("NUMBER_INTEGER");
const QString kDouble = QStringLiteral("NUMBER_DOUBLE");
const QString kBoolean = QStringLiteral("BOOLEAN");
const QString kList = QStringLiteral("LIST");
const QString kStruct = QStringLiteral("STRUCT");

// A JSON parse error as "line L, column C: reason", from the byte offset Qt reports.
QString jsonErrorText(const QString &text, const QJsonParseError &e)
{
    const QByteArray utf8 = text.toUtf8().left(e.offset);
    const int line = int(utf8.count('\n')) + 1;
    const int column = int(utf8.size() - (utf8.lastIndexOf('\n') + 1)) + 1;
    return ParameterTableModel::tr("invalid JSON at line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(e.errorString());
}

} // namespace

ParameterTableModel::ParameterTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ParameterTableModel::~ParameterTableModel() = default;

void ParameterTableModel::setParameters(const QList<PackageParameter> &parameters)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &p : parameters) {
        Row row{p, p.defaultValue.isUndefined() ? QString() : valueToText(p.defaultValue), {}};
        row.error = validate(row);
        m_rows.append(row);
    }
    endResetModel();
    Q_EMIT validityChanged();
}

QList<PackageParameter> ParameterTableModel::parameters() const
{
    QList<PackageParameter> out;
    for (const auto &row : m_rows)
        out.append(row.spec);
    return out;
}

QStringList ParameterTableModel::setValues(const QList<RunParameter> &values)
{
    QStringList unknown;
    for (const auto &v : values) {
        int found = -1;
        for (int i = 0; i < m_rows.size() && found < 0; ++i)
            if (m_rows[i].spec.name == v.name)
                found = i;
        if (found < 0) {
            unknown << v.name;
            continue;
        }
        setData(index(found, ValueColumn), valueToText(v.value));
    }
    return unknown;
}

void ParameterTableModel::resetToDefault(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const auto &def = m_rows[row].spec.defaultValue;
    setData(index(row, ValueColumn), def.isUndefined() ? QString() : valueToText(def));
}

void ParameterTableModel::resetAllToDefaults()
{
    for (int i = 0; i < m_rows.size(); ++i)
        resetToDefault(i);
}

int ParameterTableModel::firstInvalidRow() const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (!m_rows[i].error.isEmpty())
            return i;
    return -1;
}

QString ParameterTableModel::errorAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].error : QString();
}

QList<RunParameter> ParameterTableModel::runParameters() const
{
    QList<RunParameter> out;
    for (const auto &row : m_rows) {
        // An empty STRING is a value only when the user cannot have meant "unset": a required
        // string or one whose default is itself empty.
        if (row.text.isEmpty() && row.spec.type != kString)
            continue;
        if (row.text.isEmpty() && row.spec.type == kString && row.spec.optional &&
            row.spec.defaultValue.isUndefined())
            continue;
        QJsonValue value;
        QString error;
        if (parseValue(row.spec.type, row.text, &value, &error))
            out.append({row.spec.name, value});
    }
    return out;
}

QJsonObject ParameterTableModel::toJson() const
{
    QJsonObject o;
    for (const auto &p : runParameters())
        o.insert(p.name, p.value);
    return o;
}

bool ParameterTableModel::parseValue(const QString &type, const QString &text, QJsonValue *value,
                                     QString *error)
{
    const QString t = text.trimmed();
    if (type == kInteger) {
        bool ok = false;
        const qint64 n = t.toLongLong(&ok);
        if (!ok) {
            *error = tr("not a whole number between %1 and %2")
                         .arg(std::numeric_limits<qint64>::min())
                         .arg(std::numeric_limits<qint64>::max());
            return false;
        }
        *value = QJsonValue(n);
        return true;
    }
    if (type == kDouble) {
        bool ok = false;
        const double d = t.toDouble(&ok); // C locale: the wire's decimal point
        if (!ok || !std::isfinite(d)) {
            *error = tr("not a number");
            return false;
        }
        *value = QJsonValue(d);
        return true;
    }
    if (type == kBoolean) {
        if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            *value = QJsonValue(true);
        else if (t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            *value = QJsonValue(false);
        else {
            *error = tr("must be true or false");
            return false;
        }
        return true;
    }
    if (type == kList || type == kStruct) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError) {
            *error = jsonErrorText(t, pe);
            return false;
        }
        if (type == kList && !doc.isArray()) {
            *error = tr("must be a JSON array, such as [1, 2]");
            return false;
        }
        if (type == kStruct && !doc.isObject()) {
            *error = tr("must be a JSON object, such as {\"key\": 1}");
            return false;
        }
        *value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        return true;
    }
    // STRING, and the types a run cannot set by value (TASK_CONFIG...): sent as text.
    *value = QJsonValue(text);
    return true;
}

QString ParameterTableModel::valueToText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // The IR writes integer defaults as 1.0; show whole numbers without the fraction.
        const double d = value.toDouble();
        const qint64 n = value.toInteger(std::numeric_limits<qint64>::min());
        if (n != std::numeric_limits<qint64>::min() || d == double(n))
            return QString::number(n == std::numeric_limits<qint64>::min() ? qint64(d) : n);
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

QString ParameterTableModel::validate(const Row &row) const
{
    if (row.text.trimmed().isEmpty() && row.spec.type != kString) {
        if (row.spec.isRequired())
            return tr("required: enter a value");
        return {};
    }
    if (row.text.isEmpty() && row.spec.isRequired())
        return tr("required: enter a value");
    QJsonValue value;
    QString error;
    if (!parseValue(row.spec.type, row.text, &value, &error))
        return error;
    if (!row.spec.literals.isEmpty() && !row.spec.literals.contains(value)) {
        QStringList allowed;
        for (const auto &l : row.spec.literals)
            allowed << valueToText(l);
        return tr("must be one of: %1").arg(allowed.join(QLatin1String(", ")));
    }
    return {};
}

void ParameterTableModel::revalidate(int row)
{
    m_rows[row].error = validate(m_rows[row]);
    Q_EMIT dataChanged(index(row, NameColumn), index(row, DescriptionColumn));
    Q_EMIT validityChanged();
}

int ParameterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParameterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParameterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case ErrorRole:
        return row.error;
    case TypeRole:
        return row.spec.type;
    case RequiredRole:
        return row.spec.isRequired();
    case LiteralsRole: {
        QStringList out;
        for (const auto &l : row.spec.literals)
            out << valueToText(l);
        return out;
    }
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case NameColumn:
            // The asterisk marks what the user must fill, as forms commonly do.
            return role == Qt::DisplayRole && row.spec.isRequired() ? tr("%1 *").arg(row.spec.name)
                                                                    : row.spec.name;
        case TypeColumn:
            return row.spec.type;
        case ValueColumn:
            return row.text;
        case DefaultColumn:
            return row.spec.defaultValue.isUndefined() ? QString()
                                                       : valueToText(row.spec.defaultValue);
        case DescriptionColumn:
            return row.spec.description;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == ValueColumn && !row.error.isEmpty())
            return row.error;
        if (column == NameColumn && row.spec.isRequired())
            return tr("Required: this parameter has no default value.");
        if (column == DescriptionColumn)
            return row.spec.description;
        return {};
    }
    if (role == Qt::BackgroundRole && column == ValueColumn && !row.error.isEmpty())
        return QBrush(QColor(255, 205, 205));
    return {};
}

bool ParameterTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QString text = value.typeId() == QMetaType::Bool
                       ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                       : value.toString();
    m_rows[index.row()].text = text;
    revalidate(index.row());
    return true;
}

Qt::ItemFlags ParameterTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ValueColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ParameterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    case DefaultColumn:
        return tr("Default");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace kfp
