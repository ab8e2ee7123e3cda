#pragma once

#include "sandbox/Store.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kfp::sandbox {

struct ParsedPipeline
{
    QJsonObject spec;     // first document: v2 IR (pipelineInfo/root/...) or an Argo Workflow
    QJsonObject platform; // optional second document (`platforms:`), IR only
    bool isArgo = false;
};

// Reading compiled pipelines: YAML → JSON, parameters, and the task DAG used by the simulator.
class PipelineSpec final
{
public:
    // Parses YAML (or JSON, which is YAML). Fails on syntax errors or if the document is neither
    // a KFP v2 IR spec nor an Argo Workflow.
    static bool parse(const QByteArray &data, ParsedPipeline *out, QString *error);
    // Accepts an inline spec as a client sends it: bare IR, {pipeline_spec, platform_spec},
    // or an Argo Workflow object.
    static QJsonObject unwrap(const QJsonObject &spec);
    static bool isArgo(const QJsonObject &spec);
    // The Struct that GET pipeline version returns: the IR, or {pipeline_spec, platform_spec}
    // when the YAML had a platform spec document (YamlStringToPipelineSpecStruct).
    static QJsonObject specStruct(const PipelineVersion &v);
    // v1 `parameters`: Argo spec.arguments.parameters or IR root.inputDefinitions.parameters
    // (defaults stringified), as [{name, value}].
    static QJsonArray v1Parameters(const QJsonObject &spec);
    // Tasks of the top-level DAG with their dependencies, in a stable order.
    static QList<Task> tasks(const QJsonObject &spec, const QString &runId);
    static QString pipelineName(const QJsonObject &spec);
    // A tiny one-task IR spec, used when the sandbox cannot fetch a pipeline_url.
    static QJsonObject placeholderSpec(const QString &name);
};

} // namespace kfp::sandbox
