#pragma once

// Internal to PipelinePackage: tells a KFP v2 IR from an Argo Workflow (v1) from anything else
// in the parsed documents of a file, and fills the package's fields.

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace kfp {

class PipelinePackage;
class YamlPathFilter;

class PipelineSpecReader
{
public:
    // documents: every YAML document of the file (one for JSON), in order, null ones included.
    // what: the file as messages name it ("x.yaml", "pipeline.yaml in x.zip").
    static void read(PipelinePackage *package, const QList<QJsonValue> &documents,
                     const QString &what);

    // The parts of a document read() looks at (PipelinePackage::Detail::Summary builds only
    // these; every key of a document's top level is kept for the checks and messages).
    static const YamlPathFilter &summaryFilter();

    // "a && (b.Succeeded || !c)" -> {a, b, c}: the task names of an Argo `depends` expression.
    static QStringList tasksOfDependsExpression(const QString &expression);

private:
    static void readV2(PipelinePackage *package, const QJsonObject &spec);
    static void readArgo(PipelinePackage *package, const QJsonObject &workflow);
    static QString describe(const QJsonValue &document);
};

} // namespace kfp
