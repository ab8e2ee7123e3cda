// PipelinePackage on the real compiled pipelines of tests/data/package (KFP v2 IR and a KFP v1
// Argo Workflow): kinds, exact parameter lists with typed defaults, components, the root DAG,
// the platform spec, the JSON a run would send, YAML scalar typing, JSON input, BOM + CRLF.
// The bad inputs and archives are in tst_pipelinepackage_errors.cpp; main() runs both.

#include "PackageTestUtil.h"
#include "package/PipelinePackage.h"
#include "package/PipelineSpecReader.h"
#include "package/YamlToJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

using namespace kfp;
using namespace kfp::test;

QObject *createPackageErrorsTest(); // tst_pipelinepackage_errors.cpp

namespace {

const QString kArguments = QStringLiteral("v2_arguments_parameters.yaml");
const QString kLightweight = QStringLiteral("v2_lightweight_python_functions_pipeline.yaml");
const QString kPlatform =
    QStringLiteral("v2_missing_kubernetes_optional_inputs_with_platform_spec.yaml");
const QString kNested = QStringLiteral("v2_nested_pipeline_opt_inputs_parent_level_compiled.yaml");
const QString kXgboost = QStringLiteral("v1_argo_workflow_template_xgboost.yaml");

QStringList namesOf(const QList<PackageParameter> &params)
{
    QStringList names;
    for (const PackageParameter &p : params)
        names.append(p.name);
    return names;
}

const PackageTask *findTask(const QList<PackageTask> &tasks, const QString &name)
{
    for (const PackageTask &t : tasks) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QByteArray toBomCrlf(const QByteArray &lf)
{
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    return QByteArray("\xEF\xBB\xBF") + crlf;
}

} // namespace

class TestPackageSamples : public QObject
{
    Q_OBJECT

private slots:
    void argumentsParameters()
    {
        const PipelinePackage p = PipelinePackage::read(samplePath(kArguments));
        QVERIFY2(p.isValid(), qPrintable(p.error().message));
        QCOMPARE(p.error().kind, PackageError::Kind::None);
        QCOMPARE(p.kind(), PipelinePackage::Kind::KfpV2Ir);
        QCOMPARE(p.name(), QStringLiteral("echo"));
        QCOMPARE(p.displayName(), QStringLiteral("echo"));
        QCOMPARE(p.description(), QString());
        QCOMPARE(p.schemaVersion(), QStringLiteral("2.1.0"));
        QCOMPARE(p.sdkVersion(), QStringLiteral("kfp-2.14.6"));
        QCOMPARE(p.fileName(), kArguments);
        QCOMPARE(p.filePath(), samplePath(kArguments));
        QVERIFY(!p.hasPlatformSpec());
        QVERIFY(p.workflowManifest().isEmpty());

        const QList<PackageParameter> params = p.parameters();
        QCOMPARE(namesOf(params), (QStringList{"param1", "param2"}));
        QCOMPARE(params[0].type, QStringLiteral("STRING"));
        QVERIFY(params[0].defaultValue.isString());
        QCOMPARE(params[0].defaultValue.toString(), QStringLiteral("hello"));
        QVERIFY(!params[0].optional);
        QVERIFY(!params[0].isRequired());
        QCOMPARE(params[1].type, QStringLiteral("STRING"));
        QVERIFY(params[1].defaultValue.isUndefined());
        QVERIFY(!params[1].optional);
        QVERIFY(params[1].isRequired());

        QCOMPARE(p.componentCount(), 1);
        QCOMPARE(p.tasks().size(), 1);
        QCOMPARE(p.tasks()[0].name, QStringLiteral("echo"));
        QCOMPARE(p.tasks()[0].componentRef, QStringLiteral("comp-echo"));
        QVERIFY(p.tasks()[0].dependsOn.isEmpty());
    }

    void lightweightPythonFunctions()
    {
        const PipelinePackage p = PipelinePackage::read(samplePath(kLightweight));
        QVERIFY2(p.isValid(), qPrintable(p.error().message));
        QCOMPARE(p.kind(), PipelinePackage::Kind::KfpV2Ir);
        QCOMPARE(p.name(), QStringLiteral("my-test-pipeline-beta"));
        QCOMPARE(p.sdkVersion(), QStringLiteral("kfp-2.13.0"));

        const QList<PackageParameter> params = p.parameters();
        QCOMPARE(namesOf(params), (QStringList{"input_dict", "message"}));
        QCOMPARE(params[0].type, QStringLiteral("STRUCT"));
        QVERIFY(params[0].optional);
        QVERIFY(params[0].defaultValue.isObject());
        const QJsonObject def = params[0].defaultValue.toObject();
        QCOMPARE(def.keys(), (QStringList{"A", "B"}));
        QVERIFY(def.value("A").isDouble());
        QCOMPARE(def.value("A").toDouble(), 1.0);
        QCOMPARE(def.value("B").toDouble(), 2.0);
        QCOMPARE(params[1].type, QStringLiteral("STRING"));
        QVERIFY(params[1].isRequired());

        QCOMPARE(p.componentCount(), 2);
        const QList<PackageTask> tasks = p.tasks();
        QCOMPARE(tasks.size(), 2);
        const PackageTask *pre = findTask(tasks, "preprocess");
        const PackageTask *train = findTask(tasks, "train");
        QVERIFY(pre && train);
        QCOMPARE(pre->componentRef, QStringLiteral("comp-preprocess"));
        QVERIFY(pre->dependsOn.isEmpty());
        QCOMPARE(train->componentRef, QStringLiteral("comp-train"));
        QCOMPARE(train->dependsOn, QStringList{"preprocess"});
    }

    void nestedPipelineTypedDefaults()
    {
        const PipelinePackage p = PipelinePackage::read(samplePath(kNested));
        QVERIFY2(p.isValid(), qPrintable(p.error().message));
        QCOMPARE(p.name(), QStringLiteral("nested-pipeline-opt-inputs-parent-level"));
        QCOMPARE(p.sdkVersion(), QStringLiteral("kfp-2.14.2"));
        const QList<PackageParameter> params = p.parameters();
        QCOMPARE(namesOf(params), (QStringList{"inputBool", "inputInt", "inputStr"}));
        QCOMPARE(params[0].type, QStringLiteral("BOOLEAN"));
        QVERIFY(params[0].defaultValue.isBool());
        QCOMPARE(params[0].defaultValue.toBool(), true);
        QCOMPARE(params[1].type, QStringLiteral("NUMBER_INTEGER"));
        QVERIFY(params[1].defaultValue.isDouble()); // written as 1.0
        QCOMPARE(params[1].defaultValue.toDouble(), 1.0);
        QCOMPARE(params[2].type, QStringLiteral("STRING"));
        QCOMPARE(params[2].defaultValue.toString(), QStringLiteral("Input - parent pipeline"));
        for (const PackageParameter &param : params) {
            QVERIFY(param.optional);
            QVERIFY(!param.isRequired());
        }
        QCOMPARE(p.componentCount(), 8);
        QCOMPARE(p.tasks().size(), 2);
        const PackageTask *nil = findTask(p.tasks(), "nested-pipeline-nil-defaults");
        QVERIFY(nil);
        QCOMPARE(nil->componentRef, QStringLiteral("comp-nested-pipeline-nil-defaults"));
        QVERIFY(nil->dependsOn.isEmpty());
    }

    void platformSpecMultiDocument()
    {
        const PipelinePackage p = PipelinePackage::read(samplePath(kPlatform));
        QVERIFY2(p.isValid(), qPrintable(p.error().message));
        QCOMPARE(p.name(), QStringLiteral("missing-kubernetes-optional-inputs-pipeline"));
        QVERIFY(p.hasPlatformSpec());
        const QList<PackageParameter> params = p.parameters();
        QCOMPARE(namesOf(params),
                 (QStringList{"optional_affinity", "optional_config_map_name",
                              "optional_image_pull_secret_name", "optional_secret_name",
                              "optional_selector", "optional_tolerations"}));
        const QStringList types{"STRUCT", "STRING", "STRING", "STRING", "STRUCT", "LIST"};
        for (int i = 0; i < params.size(); ++i) {
            QCOMPARE(params[i].type, types[i]);
            QVERIFY(params[i].optional);
            QVERIFY(params[i].defaultValue.isUndefined());
            QVERIFY(!params[i].isRequired());
        }
        QCOMPARE(p.componentCount(), 1);
        QCOMPARE(p.tasks().size(), 1);
        QCOMPARE(p.tasks()[0].componentRef, QStringLiteral("comp-log-message"));

        const QJsonObject wrapped = p.pipelineSpecJson();
        QCOMPARE(wrapped.keys(), (QStringList{"pipeline_spec", "platform_spec"}));
        const QJsonObject spec = wrapped.value("pipeline_spec").toObject();
        QCOMPARE(spec.value("pipelineInfo").toObject().value("name").toString(), p.name());
        QVERIFY(!spec.contains("platforms"));
        const QJsonObject executor = wrapped.value("platform_spec")
                                         .toObject()
                                         .value("platforms")
                                         .toObject()
                                         .value("kubernetes")
                                         .toObject()
                                         .value("deploymentSpec")
                                         .toObject()
                                         .value("executors")
                                         .toObject()
                                         .value("exec-log-message")
                                         .toObject();
        const QJsonObject env = executor.value("configMapAsEnv").toArray().at(0).toObject();
        QVERIFY(env.value("optional").isBool());
        QCOMPARE(env.value("optional").toBool(), true);
        QCOMPARE(env.value("keyToEnv").toArray().at(0).toObject().value("envVar").toString(),
                 QStringLiteral("SETTING"));
        QCOMPARE(p.platformSpecJson(), wrapped.value("platform_spec").toObject());
    }

    void argoWorkflowXgboost()
    {
        const PipelinePackage p = PipelinePackage::read(samplePath(kXgboost));
        QVERIFY2(p.isValid(), qPrintable(p.error().message));
        QCOMPARE(p.kind(), PipelinePackage::Kind::ArgoWorkflowV1);
        QCOMPARE(p.name(), QStringLiteral("xgboosttrainer")); // generateName "xgboosttrainer-"
        QCOMPARE(p.schemaVersion(), QString());
        QVERIFY(p.pipelineSpecJson().isEmpty());
        QVERIFY(!p.hasPlatformSpec());

        const QList<PackageParameter> params = p.parameters();
        QCOMPARE(namesOf(params),
                 (QStringList{"output", "project", "region", "train-data", "eval-data", "schema",
                              "target", "rounds", "workers", "true-label"}));
        const QStringList defaults{QString(),
                                   QString(),
                                   "us-central1",
                                   "gs://ml-pipeline-playground/sfpd/train.csv",
                                   "gs://ml-pipeline-playground/sfpd/eval.csv",
                                   "gs://ml-pipeline-playground/sfpd/schema.json",
                                   "resolution",
                                   "200",
                                   "2",
                                   "ACTION"};
        for (int i = 0; i < params.size(); ++i) {
            QCOMPARE(params[i].type, QStringLiteral("STRING"));
            QVERIFY(!params[i].optional);
            if (defaults[i].isNull()) {
                QVERIFY(params[i].defaultValue.isUndefined());
                QVERIFY(params[i].isRequired());
            } else {
                QVERIFY2(params[i].defaultValue.isString(), qPrintable(params[i].name));
                QCOMPARE(params[i].defaultValue.toString(), defaults[i]);
            }
        }
        // 8 container templates; exit-handler-1 and xgboosttrainer are DAGs.
        QCOMPARE(p.componentCount(), 8);
        // The entrypoint's DAG holds only the exit handler's sub-DAG.
        QCOMPARE(p.tasks().size(), 1);
        QCOMPARE(p.tasks()[0].name, QStringLiteral("exit-handler-1"));
        QCOMPARE(p.tasks()[0].componentRef, QStringLiteral("exit-handler-1"));

        const QJsonObject manifest =
            QJsonDocument::fromJson(p.workflowManifest().toUtf8()).object();
        QCOMPARE(manifest.value("kind").toString(), QStringLiteral("Workflow"));
        QCOMPARE(manifest.value("spec").toObject().value("onExit").toString(),
                 QStringLiteral("delete-cluster"));
        QCOMPARE(manifest.value("spec").toObject().value("templates").toArray().size(), 10);
        // `value: '200'` stays a string in the manifest, as Argo wants.
        const QJsonArray args = manifest.value("spec")
                                    .toObject()
                                    .value("arguments")
                                    .toObject()
                                    .value("parameters")
                                    .toArray();
        QVERIFY(args.at(7).toObject().value("value").isString());
    }

    void argoDagDependencies()
    {
        // The exit handler's DAG as the entrypoint: 7 tasks with their `dependencies`.
        QByteArray yaml = sampleBytes(kXgboost);
        QVERIFY(yaml.contains("entrypoint: xgboosttrainer\n"));
        yaml.replace("entrypoint: xgboosttrainer\n", "entrypoint: exit-handler-1\n");
        const PipelinePackage p = PipelinePackage::fromBytes(yaml, "xgb.yaml");
        QVERIFY2(p.isValid(), qPrintable(p.error().message));
        const QList<PackageTask> tasks = p.tasks();
        QStringList names;
        for (const PackageTask &t : tasks)
            names.append(t.name);
        QCOMPARE(names, (QStringList{"analyze", "confusion-matrix", "create-cluster", "predict",
                                     "roc", "train", "transform"}));
        QCOMPARE(findTask(tasks, "predict")->dependsOn,
                 (QStringList{"analyze", "create-cluster", "train", "transform"}));
        QCOMPARE(findTask(tasks, "predict")->componentRef, QStringLiteral("predict"));
        QCOMPARE(findTask(tasks, "roc")->dependsOn, QStringList{"predict"});
        QVERIFY(findTask(tasks, "create-cluster")->dependsOn.isEmpty());
    }

    void argoAnnotationsDependsAndSteps()
    {
        const QByteArray yaml = R"yaml(apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  name: my-flow
  annotations:
    pipelines.kubeflow.org/kfp_sdk_version: 1.8.22
    pipelines.kubeflow.org/pipeline_spec: '{"description": "Trains things.", "inputs": [{"description": "How many", "name": "Train count", "type": "Integer", "default": "3", "optional": true}], "name": "My flow"}'
spec:
  entrypoint: main
  arguments:
    parameters:
    - {name: train-count, value: 3}
  templates:
  - name: main
    dag:
      tasks:
      - {name: a, template: step}
      - {name: b, template: step, depends: "a.Succeeded || a.Failed"}
      - {name: c, template: step, depends: "a && (b.Succeeded || !b)"}
  - name: other
    steps:
    - - {name: s1, template: step}
      - {name: s2, template: script}
    - - {name: s3, template: step}
  - name: step
    container: {image: alpine}
  - name: script
    script: {image: python, source: print(1)}
)yaml";
        PipelinePackage p = PipelinePackage::fromBytes(yaml, "flow.yml");
        QVERIFY2(p.isValid(), qPrintable(p.error().message));
        QCOMPARE(p.name(), QStringLiteral("my-flow"));
        QCOMPARE(p.displayName(), QStringLiteral("My flow"));
        QCOMPARE(p.description(), QStringLiteral("Trains things."));
        QCOMPARE(p.sdkVersion(), QStringLiteral("1.8.22"));
        QCOMPARE(p.parameters().size(), 1);
        QCOMPARE(p.parameters()[0].description, QStringLiteral("How many"));
        QVERIFY(p.parameters()[0].optional);
        QCOMPARE(p.parameters()[0].defaultValue, QJsonValue(QStringLiteral("3"))); // a string
        QCOMPARE(p.componentCount(), 2); // container + script
        QCOMPARE(p.tasks().size(), 3);
        QCOMPARE(p.tasks()[1].dependsOn, QStringList{"a"});
        QCOMPARE(p.tasks()[2].dependsOn, (QStringList{"a", "b"}));

        QByteArray steps = yaml;
        steps.replace("entrypoint: main", "entrypoint: other");
        p = PipelinePackage::fromBytes(steps, "flow.yml");
        QVERIFY(p.isValid());
        QCOMPARE(p.tasks().size(), 3);
        QVERIFY(p.tasks()[0].dependsOn.isEmpty());
        QVERIFY(p.tasks()[1].dependsOn.isEmpty());
        QCOMPARE(p.tasks()[2].dependsOn, (QStringList{"s1", "s2"}));
        QCOMPARE(p.tasks()[1].componentRef, QStringLiteral("script"));

        QCOMPARE(PipelineSpecReader::tasksOfDependsExpression("(x.Succeeded && !y) || z-1.Failed"),
                 (QStringList{"x", "y", "z-1"}));
    }

    void pipelineSpecJsonRoundTrip()
    {
        const PipelinePackage p = PipelinePackage::read(samplePath(kNested));
        QVERIFY(p.isValid());
        const QJsonObject spec = p.pipelineSpecJson();
        QCOMPARE(spec.keys(), (QStringList{"components", "deploymentSpec", "pipelineInfo", "root",
                                           "schemaVersion", "sdkVersion"}));
        QVERIFY(spec.value("schemaVersion").isString()); // 2.1.0 is not a number
        const QJsonObject params = spec.value("root")
                                       .toObject()
                                       .value("inputDefinitions")
                                       .toObject()
                                       .value("parameters")
                                       .toObject();
        const QJsonObject inputInt = params.value("inputInt").toObject();
        QVERIFY(inputInt.value("defaultValue").isDouble());
        QVERIFY(inputInt.value("isOptional").isBool());
        QVERIFY(params.value("inputBool").toObject().value("defaultValue").isBool());
        QVERIFY(params.value("inputStr").toObject().value("defaultValue").isString());
        // cachingOptions: {} is an empty object, not a string or null.
        const QJsonObject task = spec.value("root")
                                     .toObject()
                                     .value("dag")
                                     .toObject()
                                     .value("tasks")
                                     .toObject()
                                     .value("nested-pipeline-nil-defaults")
                                     .toObject();
        QVERIFY(task.value("cachingOptions").isObject());
        QVERIFY(task.value("cachingOptions").toObject().isEmpty());
        QCOMPARE(spec.value("components").toObject().size(), 8);

        // In the sample with the string default: enableCache is a real bool.
        const QJsonObject args = PipelinePackage::read(samplePath(kArguments)).pipelineSpecJson();
        const QJsonValue cache =
            args["root"]["dag"]["tasks"]["echo"]["cachingOptions"]["enableCache"];
        QVERIFY(cache.isBool());
        const QJsonValue arg0 =
            args["deploymentSpec"]["executors"]["exec-echo"]["container"]["args"][0];
        QCOMPARE(
            arg0.toString(),
            QStringLiteral("{{$.inputs.parameters['param1']}}-{{$.inputs.parameters['param2']}}"));

        // Serialized and read back as a .json file: the same package.
        QTemporaryDir dir;
        const QString path = dir.filePath("nested.json");
        QVERIFY(writeFile(path, QJsonDocument(spec).toJson()));
        const PipelinePackage fromJson = PipelinePackage::read(path);
        QVERIFY2(fromJson.isValid(), qPrintable(fromJson.error().message));
        QCOMPARE(fromJson.kind(), PipelinePackage::Kind::KfpV2Ir);
        QCOMPARE(fromJson.pipelineSpecJson(), spec);
        QCOMPARE(fromJson.parameters()[1].defaultValue.toDouble(), 1.0);
        QCOMPARE(fromJson.componentCount(), 8);
    }

    void handWrittenJsonIr()
    {
        const QByteArray json = R"({
  "pipelineInfo": {"name": "json-pipe", "description": "From JSON", "displayName": "JSON pipe"},
  "schemaVersion": "2.1.0",
  "root": {"inputDefinitions": {"parameters": {
    "lr": {"parameterType": "NUMBER_DOUBLE", "defaultValue": 0.01, "description": "Rate"},
    "mode": {"parameterType": "STRING", "defaultValue": "a", "literals": ["a", "b"]}}},
    "dag": {"tasks": {}}},
  "components": {}, "deploymentSpec": {}
})";
        const PipelinePackage p = PipelinePackage::fromBytes(json, "p.json");
        QVERIFY2(p.isValid(), qPrintable(p.error().message));
        QCOMPARE(p.name(), QStringLiteral("json-pipe"));
        QCOMPARE(p.displayName(), QStringLiteral("JSON pipe"));
        QCOMPARE(p.description(), QStringLiteral("From JSON"));
        QCOMPARE(p.parameters()[0].defaultValue.toDouble(), 0.01);
        QCOMPARE(p.parameters()[0].description, QStringLiteral("Rate"));
        QCOMPARE(p.parameters()[1].literals, (QJsonArray{"a", "b"}));
        QCOMPARE(p.componentCount(), 0);
        QVERIFY(p.tasks().isEmpty());
    }

    void yamlScalarTyping_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("plain float") << QByteArray("1.0") << QJsonValue(1.0);
        QTest::newRow("quoted float") << QByteArray("'1.0'") << QJsonValue("1.0");
        QTest::newRow("double-quoted int") << QByteArray("\"42\"") << QJsonValue("42");
        QTest::newRow("plain int") << QByteArray("42") << QJsonValue(qint64(42));
        QTest::newRow("negative") << QByteArray("-7") << QJsonValue(qint64(-7));
        QTest::newRow("int64 max")
            << QByteArray("9223372036854775807") << QJsonValue(qint64(9223372036854775807LL));
        QTest::newRow("beyond int64")
            << QByteArray("9223372036854775808") << QJsonValue(9223372036854775808.0);
        QTest::newRow("hex") << QByteArray("0x1F") << QJsonValue(qint64(31));
        QTest::newRow("octal") << QByteArray("0o17") << QJsonValue(qint64(15));
        QTest::newRow("exponent") << QByteArray("1e3") << QJsonValue(1000.0);
        QTest::newRow("true") << QByteArray("true") << QJsonValue(true);
        QTest::newRow("False") << QByteArray("False") << QJsonValue(false);
        QTest::newRow("yes is 1.1 only") << QByteArray("yes") << QJsonValue("yes");
        QTest::newRow("quoted true") << QByteArray("'true'") << QJsonValue("true");
        QTest::newRow("null") << QByteArray("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("tilde") << QByteArray("~") << QJsonValue(QJsonValue::Null);
        QTest::newRow("empty") << QByteArray("") << QJsonValue(QJsonValue::Null);
        QTest::newRow("quoted empty") << QByteArray("''") << QJsonValue("");
        QTest::newRow("!!str") << QByteArray("!!str 12") << QJsonValue("12");
        QTest::newRow("!!float") << QByteArray("!!float 12") << QJsonValue(12.0);
        QTest::newRow(".inf stays text") << QByteArray(".inf") << QJsonValue(".inf");
        QTest::newRow("version") << QByteArray("2.1.0") << QJsonValue("2.1.0");
        QTest::newRow("block") << QByteArray("|\n  12\n") << QJsonValue("12\n");
        QTest::newRow("unicode") << QByteArray("h\xC3\xA9llo")
                                 << QJsonValue(QString::fromUtf8("h\xC3\xA9llo"));
    }

    void yamlScalarTyping()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QJsonValue, expected);
        QList<QJsonValue> docs;
        YamlToJson::Error error;
        QVERIFY2(YamlToJson::parseAll("v: " + yaml, &docs, &error), qPrintable(error.message));
        QCOMPARE(docs.size(), 1);
        const QJsonValue v = docs[0].toObject().value("v");
        QCOMPARE(v.type(), expected.type());
        QCOMPARE(v, expected);
    }

    void quotedDefaultStaysString()
    {
        QByteArray yaml = sampleBytes(kNested);
        QVERIFY(yaml.contains("        defaultValue: 1.0\n"));
        yaml.replace("        defaultValue: 1.0\n", "        defaultValue: '1.0'\n");
        const PipelinePackage p = PipelinePackage::fromBytes(yaml, "n.yaml");
        QVERIFY(p.isValid());
        QVERIFY(p.parameters()[1].defaultValue.isString());
    }

    void bomAndCrlf()
    {
        const QByteArray lf = sampleBytes(kLightweight);
        QTemporaryDir dir;
        const QString path = dir.filePath("windows.yaml");
        QVERIFY(writeFile(path, toBomCrlf(lf)));
        const PipelinePackage p = PipelinePackage::read(path);
        const PipelinePackage ref = PipelinePackage::read(samplePath(kLightweight));
        QVERIFY2(p.isValid(), qPrintable(p.error().message));
        QCOMPARE(p.name(), ref.name());
        QCOMPARE(namesOf(p.parameters()), namesOf(ref.parameters()));
        QCOMPARE(p.parameters()[0].defaultValue, ref.parameters()[0].defaultValue);
        QCOMPARE(p.tasks().size(), 2);
        // Multi-line strings are not polluted by '\r'.
        QCOMPARE(p.pipelineSpecJson(), ref.pipelineSpecJson());

        // The same for JSON with a BOM and CRLF.
        const QByteArray json = QJsonDocument(ref.pipelineSpecJson()).toJson();
        const PipelinePackage j = PipelinePackage::fromBytes(toBomCrlf(json), "w.json");
        QVERIFY2(j.isValid(), qPrintable(j.error().message));
        QCOMPARE(j.pipelineSpecJson(), ref.pipelineSpecJson());
    }

    void nameFallsBackToFileStem()
    {
        QByteArray yaml = sampleBytes(kArguments);
        yaml.replace("pipelineInfo:\n  name: echo\n", "pipelineInfo: {}\n");
        const PipelinePackage p = PipelinePackage::fromBytes(yaml, "/tmp/my.pipeline.yml");
        QVERIFY2(p.isValid(), qPrintable(p.error().message));
        QCOMPARE(p.fileName(), QStringLiteral("my.pipeline.yml"));
        QCOMPARE(p.name(), QStringLiteral("my.pipeline"));
    }

    void summaryJson()
    {
        const QJsonObject s = PipelinePackage::read(samplePath(kNested)).summaryJson();
        QCOMPARE(s.value("valid").toBool(), true);
        QCOMPARE(s.value("kind").toString(), QStringLiteral("KfpV2Ir"));
        QCOMPARE(s.value("parameters").toArray().size(), 3);
        QCOMPARE(s.value("parameters").toArray().at(1).toObject().value("default").toDouble(), 1.0);
        QCOMPARE(s.value("tasks").toArray().size(), 2);
        const QJsonObject bad = PipelinePackage::fromBytes("a: [", "bad.yaml").summaryJson();
        QCOMPARE(bad.value("valid").toBool(), false);
        QCOMPARE(bad.value("error").toObject().value("kind").toString(),
                 QStringLiteral("InvalidYaml"));
    }

    void worksOnWorkerThreads()
    {
        const QStringList files{kArguments, kLightweight, kPlatform, kNested, kXgboost,
                                kArguments, kLightweight, kPlatform, kNested, kXgboost};
        const QList<int> counts =
            QtConcurrent::blockingMapped<QList<int>>(files, [](const QString &f) {
                const PipelinePackage p = PipelinePackage::read(samplePath(f));
                return p.isValid() ? int(p.parameters().size()) : -1;
            });
        QCOMPARE(counts, (QList<int>{2, 2, 6, 3, 10, 2, 2, 6, 3, 10}));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TestPackageSamples samples;
        status |= QTest::qExec(&samples, argc, argv);
    }
    {
        QScopedPointer<QObject> errors(createPackageErrorsTest());
        status |= QTest::qExec(errors.data(), argc, argv);
    }
    return status;
}

#include "tst_pipelinepackage.moc"
