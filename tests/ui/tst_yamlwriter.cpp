// YamlWriter: JSON written as block YAML that reads back as the same data (checked with the
// package reader's YAML → JSON), with strings quoted only where YAML would misread them.

#include "YamlWriter.h"
#include "package/YamlToJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestYamlWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhatNeedsIt()
    {
        const QJsonObject o{{QStringLiteral("plain"), QStringLiteral("hello")},
                            {QStringLiteral("reserved"), QStringLiteral("true")},
                            {QStringLiteral("spaced"), QStringLiteral("a b: c")},
                            {QStringLiteral("number"), 2.5},
                            {QStringLiteral("count"), 3},
                            {QStringLiteral("flag"), false}};
        const QString yaml = kfp::YamlWriter::toYaml(o);
        QVERIFY(yaml.contains(QLatin1String("plain: hello\n")));
        QVERIFY(yaml.contains(QLatin1String("reserved: 'true'\n")));
        QVERIFY(yaml.contains(QLatin1String("spaced: 'a b: c'\n")));
        QVERIFY(yaml.contains(QLatin1String("number: 2.5\n")));
        QVERIFY(yaml.contains(QLatin1String("count: 3\n")));
        QVERIFY(yaml.contains(QLatin1String("flag: false\n")));
    }

    void roundTripsAPipelineSpec()
    {
        QFile file(QStringLiteral(KFP_TEST_DATA_DIR
                                  "/../../src/sandbox/demo/v2_arguments_parameters.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QJsonValue> docs;
        kfp::YamlToJson::Error error;
        QVERIFY2(kfp::YamlToJson::parseAll(file.readAll(), &docs, &error),
                 qPrintable(error.message));
        const QJsonValue original = docs.value(0);
        QVERIFY(original.isObject());
        const QString yaml = kfp::YamlWriter::toYaml(original);
        QList<QJsonValue> back;
        QVERIFY2(kfp::YamlToJson::parseAll(yaml.toUtf8(), &back, &error),
                 qPrintable(error.message + QStringLiteral(" at line %1").arg(error.line)));
        QCOMPARE(QJsonDocument(back.value(0).toObject()).toJson(),
                 QJsonDocument(original.toObject()).toJson());
    }
};

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "tst_yamlwriter.moc"
