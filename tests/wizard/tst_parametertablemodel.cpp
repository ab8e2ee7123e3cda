// ParameterTableModel: structure (QAbstractItemModelTester), typed conversion of what the user
// typed, validation (types, 64-bit range, JSON, literals, required), reset, set values.

#include "models/ParameterTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using kfp::PackageParameter;
using kfp::ParameterTableModel;
using kfp::RunParameter;

namespace {

PackageParameter param(const QString &name, const QString &type,
                       QJsonValue def = QJsonValue(QJsonValue::Undefined), bool optional = false)
{
    PackageParameter p;
    p.name = name;
    p.type = type;
    p.defaultValue = def;
    p.optional = optional;
    return p;
}

QList<PackageParameter> typed()
{
    auto mode = param(QStringLiteral("mode"), QStringLiteral("STRING"), QStringLiteral("fast"));
    mode.literals = QJsonArray{QStringLiteral("fast"), QStringLiteral("slow")};
    return {param(QStringLiteral("message"), QStringLiteral("STRING"), QStringLiteral("hello")),
            param(QStringLiteral("n"), QStringLiteral("NUMBER_INTEGER"), 1.0),
            param(QStringLiteral("ratio"), QStringLiteral("NUMBER_DOUBLE"), 0.5),
            param(QStringLiteral("flag"), QStringLiteral("BOOLEAN"), false, true),
            param(QStringLiteral("cfg"), QStringLiteral("STRUCT"),
                  QJsonValue(QJsonValue::Undefined), true),
            param(QStringLiteral("xs"), QStringLiteral("LIST"), QJsonValue(QJsonValue::Undefined),
                  true),
            mode,
            param(QStringLiteral("target"), QStringLiteral("STRING"))};
}

QJsonValue valueOf(const QList<RunParameter> &params, const QString &name)
{
    for (const auto &p : params)
        if (p.name == name)
            return p.value;
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

class TestParameterTableModel : public QObject
{
    Q_OBJECT

private slots:
    void structureUnderTester()
    {
        ParameterTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setParameters(typed());
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.columnCount(), int(ParameterTableModel::ColumnCount));
        QVERIFY(
            model.setData(model.index(1, ParameterTableModel::ValueColumn), QStringLiteral("7")));
        QVERIFY(
            !model.setData(model.index(1, ParameterTableModel::NameColumn), QStringLiteral("x")));
        model.resetAllToDefaults();
        model.setParameters({});
        QCOMPARE(model.rowCount(), 0);
    }

    void defaultsAndRequired()
    {
        ParameterTableModel model;
        model.setParameters(typed());
        const auto v = [&](int row) {
            return model.index(row, ParameterTableModel::ValueColumn).data().toString();
        };
        QCOMPARE(v(1), QStringLiteral("1")); // the IR's 1.0 shown as a whole number
        QCOMPARE(v(2), QStringLiteral("0.5"));
        QCOMPARE(v(3), QStringLiteral("false"));
        // "target" is required and empty: the only invalid row, marked in its name.
        QCOMPARE(model.firstInvalidRow(), 7);
        QVERIFY(model.index(7, 0).data().toString().endsWith(QLatin1Char('*')));
        QVERIFY(model.index(7, 0).data(ParameterTableModel::RequiredRole).toBool());
        QVERIFY(!model.index(7, 2).data(ParameterTableModel::ErrorRole).toString().isEmpty());
        QVERIFY(model.index(7, 2).data(Qt::BackgroundRole).isValid());
        QSignalSpy validity(&model, &ParameterTableModel::validityChanged);
        model.setData(model.index(7, 2), QStringLiteral("s3://out"));
        QVERIFY(model.isValid());
        QVERIFY(validity.count() >= 1);
    }

    void typedValues()
    {
        ParameterTableModel model;
        model.setParameters(typed());
        model.setData(model.index(1, 2), QStringLiteral("9007199254740993")); // 2^53 + 1
        model.setData(model.index(2, 2), QStringLiteral("2.25"));
        model.setData(model.index(3, 2), true);
        model.setData(model.index(4, 2), QStringLiteral("{\"a\": [1, 2]}"));
        model.setData(model.index(5, 2), QStringLiteral("[\"x\", 3]"));
        model.setData(model.index(6, 2), QStringLiteral("slow"));
        model.setData(model.index(7, 2), QStringLiteral("t"));
        QVERIFY2(model.isValid(), qPrintable(model.errorAt(model.firstInvalidRow())));
        const auto params = model.runParameters();
        QCOMPARE(valueOf(params, QStringLiteral("n")).toInteger(), 9007199254740993LL);
        QCOMPARE(valueOf(params, QStringLiteral("ratio")).toDouble(), 2.25);
        QCOMPARE(valueOf(params, QStringLiteral("flag")), QJsonValue(true));
        QVERIFY(valueOf(params, QStringLiteral("cfg")).isObject());
        QCOMPARE(valueOf(params, QStringLiteral("xs")).toArray().size(), 2);
        QCOMPARE(valueOf(params, QStringLiteral("mode")).toString(), QStringLiteral("slow"));
        QCOMPARE(valueOf(params, QStringLiteral("message")).toString(), QStringLiteral("hello"));
    }

    void invalidValues_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("int overflow")
            << 1 << QStringLiteral("9223372036854775808") << QStringLiteral("whole number");
        QTest::newRow("int text") << 1 << QStringLiteral("12abc") << QStringLiteral("whole number");
        QTest::newRow("double") << 2 << QStringLiteral("1,5") << QStringLiteral("not a number");
        QTest::newRow("bool") << 3 << QStringLiteral("yes") << QStringLiteral("true or false");
        QTest::newRow("struct syntax")
            << 4 << QStringLiteral("{\"a\": ") << QStringLiteral("invalid JSON at line 1");
        QTest::newRow("struct array")
            << 4 << QStringLiteral("[1]") << QStringLiteral("JSON object");
        QTest::newRow("list object") << 5 << QStringLiteral("{}") << QStringLiteral("JSON array");
        QTest::newRow("literal") << 6 << QStringLiteral("medium") << QStringLiteral("fast, slow");
    }

    void invalidValues()
    {
        QFETCH(int, row);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        ParameterTableModel model;
        model.setParameters(typed());
        model.setData(model.index(7, 2), QStringLiteral("t"));
        QVERIFY(model.isValid());
        model.setData(model.index(row, 2), text);
        QCOMPARE(model.firstInvalidRow(), row);
        QVERIFY2(model.errorAt(row).contains(reason), qPrintable(model.errorAt(row)));
        QCOMPARE(model.index(row, 2).data(Qt::ToolTipRole).toString(), model.errorAt(row));
        // What was typed is kept, to be corrected.
        QCOMPARE(model.index(row, 2).data(Qt::EditRole).toString(), text);
        model.resetToDefault(row);
        QVERIFY(model.isValid());
    }

    void setValuesAndJson()
    {
        ParameterTableModel model;
        model.setParameters(typed());
        const QStringList unknown =
            model.setValues({{QStringLiteral("n"), 5},
                             {QStringLiteral("cfg"), QJsonObject{{"k", 1}}},
                             {QStringLiteral("nope"), 1},
                             {QStringLiteral("target"), QStringLiteral("x")}});
        QCOMPARE(unknown, QStringList{QStringLiteral("nope")});
        const QJsonObject json = model.toJson();
        QCOMPARE(json.value(QLatin1String("n")).toInteger(), 5);
        QCOMPARE(json.value(QLatin1String("cfg")).toObject().value(QLatin1String("k")).toInt(), 1);
        QVERIFY(!json.contains(QLatin1String("xs"))); // optional, no value: omitted
    }
};

QTEST_GUILESS_MAIN(TestParameterTableModel)
#include "tst_parametertablemodel.moc"
