#pragma once

// The run parameters of a pipeline as an editable table: name, type, value, default,
// description. Values are kept as the text the user typed, so nothing typed is ever lost, and
// are converted to typed JSON (the IR parameterType) only when a run request is built.
//
// A row is invalid when its text does not parse for its type (NUMBER_INTEGER beyond 64 bits,
// LIST text that is not a JSON array, ...), when it is not one of the declared `literals`, or
// when the parameter is required (no default, not optional) and has no value. Invalid value
// cells carry ErrorRole (the translated reason) and a red background.

#include "api/ApiTypes.h"
#include "package/PipelinePackage.h"

#include <QAbstractTableModel>
#include <QJsonObject>

namespace kfp {

class ParameterTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParameterTableModel)
public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        ValueColumn,
        DefaultColumn,
        DescriptionColumn,
        ColumnCount
    };
    enum Role
    {
        ErrorRole = Qt::UserRole + 1, // QString: why the value is refused, empty when fine
        TypeRole,                     // QString: the IR parameterType
        LiteralsRole,                 // QStringList: the allowed values (as text), may be empty
        RequiredRole,                 // bool
    };

    explicit ParameterTableModel(QObject *parent = nullptr);
    ~ParameterTableModel() override;

    // Replaces the rows; every value starts at its default.
    void setParameters(const QList<PackageParameter> &parameters);
    QList<PackageParameter> parameters() const;

    // Overrides values by name (a clone, a parameter set); unknown names are returned.
    QStringList setValues(const QList<RunParameter> &values);
    void resetToDefault(int row);
    void resetAllToDefaults();

    // The first row whose value is invalid, -1 when all are fine; errorAt() gives the reason.
    int firstInvalidRow() const;
    QString errorAt(int row) const;
    bool isValid() const { return firstInvalidRow() < 0; }

    // Typed values of every row that has one (rows left empty without a default are omitted:
    // the server then applies the pipeline's own handling of optional inputs).
    QList<RunParameter> runParameters() const;

    // Parameter sets: {"name": value, ...} with typed values.
    QJsonObject toJson() const;
    // Converts text to the JSON value of `type`; false and *error (translated) when it does not
    // parse. Used by the model and by kfpctl's --param k=v.
    static bool parseValue(const QString &type, const QString &text, QJsonValue *value,
                           QString *error);
    static QString valueToText(const QJsonValue &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void validityChanged();

private:
    struct Row
    {
        PackageParameter spec;
        QString text;
        QString error;
    };
    void revalidate(int row);
    QString validate(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace kfp
