#include "PipelineSpecReader.h"

#include "PipelinePackage.h"
#include "YamlJsonBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace kfp {

namespace {

const QLatin1String kPipelineSpecAnnotation("pipelines.kubeflow.org/pipeline_spec");
const QLatin1String kSdkVersionAnnotation("pipelines.kubeflow.org/kfp_sdk_version");

bool isV2Ir(const QJsonObject &o)
{
    return o.contains(QLatin1String("pipelineInfo")) && o.contains(QLatin1String("root")) &&
           o.contains(QLatin1String("schemaVersion"));
}

bool isArgoWorkflow(const QJsonObject &o)
{
    return o.value(QLatin1String("apiVersion"))
               .toString()
               .startsWith(QLatin1String("argoproj.io/")) &&
           o.value(QLatin1String("kind")).toString() == QLatin1String("Workflow");
}

bool isPlatformSpec(const QJsonObject &o)
{
    return o.contains(QLatin1String("platforms"));
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return v.toVariant().toString();
    default:
        return {};
    }
}

QStringList stringList(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &item : v.toArray())
        list.append(item.toString());
    return list;
}

// KFP v1 turns "Train data" into the Argo parameter "train-data".
QString sanitizedName(const QString &name)
{
    static const QRegularExpression nonAlnum(QStringLiteral("[^a-z0-9]+"));
    QString s = name.toLower();
    s.replace(nonAlnum, QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s;
}

} // namespace

const YamlPathFilter &PipelineSpecReader::summaryFilter()
{
    // Keep in step with readV2(), readArgo(), describe() and isV2Ir()/isArgoWorkflow().
    static const YamlPathFilter filter({
        // v2 IR
        QStringLiteral("pipelineInfo/**"),
        QStringLiteral("schemaVersion/**"),
        QStringLiteral("sdkVersion/**"),
        QStringLiteral("root/description/**"),
        QStringLiteral("root/inputDefinitions/parameters/**"),
        QStringLiteral("root/dag/tasks/*/componentRef/name/**"),
        QStringLiteral("root/dag/tasks/*/dependentTasks/**"),
        QStringLiteral("components/*"), // counted, not read
        // Argo Workflow (v1) and any Kubernetes object (describe())
        QStringLiteral("apiVersion/**"),
        QStringLiteral("kind/**"),
        QStringLiteral("metadata/name/**"),
        QStringLiteral("metadata/generateName/**"),
        QStringLiteral("metadata/annotations/**"),
        QStringLiteral("spec/entrypoint/**"),
        QStringLiteral("spec/arguments/parameters/**"),
        QStringLiteral("spec/templates/*/name/**"),
        QStringLiteral("spec/templates/*/dag/tasks/*/name/**"),
        QStringLiteral("spec/templates/*/dag/tasks/*/template/**"),
        QStringLiteral("spec/templates/*/dag/tasks/*/dependencies/**"),
        QStringLiteral("spec/templates/*/dag/tasks/*/depends/**"),
        QStringLiteral("spec/templates/*/steps/*/*/name/**"),
        QStringLiteral("spec/templates/*/steps/*/*/template/**"),
    });
    return filter;
}

QString PipelineSpecReader::describe(const QJsonValue &document)
{
    if (document.isArray())
        return PipelinePackage::tr("a list");
    if (!document.isObject())
        return PipelinePackage::tr("the single value \"%1\"").arg(scalarText(document).left(60));
    const QJsonObject o = document.toObject();
    const QString apiVersion = o.value(QLatin1String("apiVersion")).toString();
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (!kind.isEmpty() && apiVersion.startsWith(QLatin1String("argoproj.io/")))
        return PipelinePackage::tr("an Argo %1 (only a Workflow can be uploaded)").arg(kind);
    if (!kind.isEmpty())
        return PipelinePackage::tr("a Kubernetes %1 (apiVersion %2)").arg(kind, apiVersion);
    QStringList presentV2;
    QStringList missingV2;
    for (const char *key : {"pipelineInfo", "root", "schemaVersion"}) {
        if (o.contains(QLatin1String(key)))
            presentV2.append(QLatin1String(key));
        else
            missingV2.append(QLatin1String(key));
    }
    if (!presentV2.isEmpty() || o.contains(QLatin1String("deploymentSpec")))
        return PipelinePackage::tr("a partial KFP v2 pipeline spec without %1")
            .arg(missingV2.join(QLatin1String(", ")));
    if (o.contains(QLatin1String("implementation")))
        return PipelinePackage::tr("a KFP component definition (compile a pipeline that uses it)");
    if (o.isEmpty())
        return PipelinePackage::tr("an empty mapping");
    QStringList keys = o.keys();
    const bool more = keys.size() > 6;
    keys = keys.mid(0, 6);
    return PipelinePackage::tr("a mapping with the keys %1%2")
        .arg(keys.join(QLatin1String(", ")), more ? QStringLiteral(", …") : QString());
}

void PipelineSpecReader::read(PipelinePackage *package, const QList<QJsonValue> &documents,
                              const QString &what)
{
    int pipelineIndex = -1;
    int platformIndex = -1;
    int firstIndex = -1;
    for (int i = 0; i < documents.size(); ++i) {
        const QJsonValue &doc = documents.at(i);
        if (doc.isNull() || doc.isUndefined())
            continue; // an empty document ("---" at the end)
        if (firstIndex < 0)
            firstIndex = i;
        const QJsonObject o = doc.toObject();
        const bool pipeline = doc.isObject() && (isV2Ir(o) || isArgoWorkflow(o));
        const bool platform = doc.isObject() && !pipeline && isPlatformSpec(o);
        if (pipeline && pipelineIndex < 0) {
            pipelineIndex = i;
        } else if (platform && platformIndex < 0) {
            platformIndex = i;
        } else if (pipelineIndex >= 0 || platformIndex >= 0) {
            package->fail(PackageError::Kind::NotAPipeline,
                          PipelinePackage::tr("%1 has an unexpected YAML document (number %2, %3): "
                                              "a file holds one pipeline spec and at most one "
                                              "platform spec")
                              .arg(what)
                              .arg(i + 1)
                              .arg(describe(doc)));
            return;
        }
    }
    if (firstIndex < 0) {
        package->fail(PackageError::Kind::Empty,
                      PipelinePackage::tr("%1 holds no YAML document, only comments or "
                                          "separators")
                          .arg(what));
        return;
    }
    if (pipelineIndex < 0) {
        const QString found = platformIndex >= 0
                                  ? PipelinePackage::tr("a platform spec without a pipeline spec")
                                  : describe(documents.at(firstIndex));
        package->fail(PackageError::Kind::NotAPipeline,
                      PipelinePackage::tr("%1 is not a Kubeflow pipeline: found %2. A compiled "
                                          "pipeline is either a KFP v2 pipeline spec "
                                          "(pipelineInfo, root, schemaVersion) or an Argo "
                                          "Workflow (KFP v1)")
                          .arg(what, found));
        return;
    }
    const QJsonObject spec = documents.at(pipelineIndex).toObject();
    if (isV2Ir(spec)) {
        if (platformIndex >= 0)
            package->m_platformSpec = documents.at(platformIndex).toObject();
        readV2(package, spec);
    } else {
        if (platformIndex >= 0) {
            package->fail(PackageError::Kind::NotAPipeline,
                          PipelinePackage::tr("%1 is an Argo Workflow (KFP v1) with a platform "
                                              "spec, which only KFP v2 pipelines have")
                              .arg(what));
            return;
        }
        readArgo(package, spec);
    }
}

void PipelineSpecReader::readV2(PipelinePackage *p, const QJsonObject &spec)
{
    p->m_kind = PipelinePackage::Kind::KfpV2Ir;
    p->m_spec = spec;
    const QJsonObject info = spec.value(QLatin1String("pipelineInfo")).toObject();
    const QJsonObject root = spec.value(QLatin1String("root")).toObject();
    const QString name = info.value(QLatin1String("name")).toString();
    if (!name.isEmpty())
        p->m_name = name;
    p->m_description = info.value(QLatin1String("description")).toString();
    if (p->m_description.isEmpty())
        p->m_description = root.value(QLatin1String("description")).toString();
    p->m_displayName = info.value(QLatin1String("displayName")).toString();
    if (p->m_displayName.isEmpty())
        p->m_displayName = p->m_name;
    p->m_schemaVersion = scalarText(spec.value(QLatin1String("schemaVersion")));
    p->m_sdkVersion = scalarText(spec.value(QLatin1String("sdkVersion")));

    const QJsonObject params = root.value(QLatin1String("inputDefinitions"))
                                   .toObject()
                                   .value(QLatin1String("parameters"))
                                   .toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QJsonObject def = it.value().toObject();
        PackageParameter param;
        param.name = it.key();
        param.type = def.value(QLatin1String("parameterType")).toString();
        if (param.type.isEmpty()) // schemaVersion 2.0.0: `type: STRING|INT|DOUBLE`
            param.type = def.value(QLatin1String("type")).toString();
        param.defaultValue = def.value(QLatin1String("defaultValue")); // Undefined if absent
        param.optional = def.value(QLatin1String("isOptional")).toBool();
        param.description = def.value(QLatin1String("description")).toString();
        param.literals = def.value(QLatin1String("literals")).toArray();
        p->m_parameters.append(param);
    }

    p->m_componentCount = int(spec.value(QLatin1String("components")).toObject().size());

    const QJsonObject tasks =
        root.value(QLatin1String("dag")).toObject().value(QLatin1String("tasks")).toObject();
    for (auto it = tasks.begin(); it != tasks.end(); ++it) {
        const QJsonObject def = it.value().toObject();
        PackageTask task;
        task.name = it.key();
        task.componentRef = def.value(QLatin1String("componentRef"))
                                .toObject()
                                .value(QLatin1String("name"))
                                .toString();
        task.dependsOn = stringList(def.value(QLatin1String("dependentTasks")));
        p->m_tasks.append(task);
    }
}

QStringList PipelineSpecReader::tasksOfDependsExpression(const QString &expression)
{
    // Task names are DNS-1123-like; `.Succeeded`, `.Failed`, `.AnySucceeded`... are results.
    static const QRegularExpression token(QStringLiteral("([A-Za-z0-9_-]+)(\\.[A-Za-z]+)?"));
    QStringList names;
    auto it = token.globalMatch(expression);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

void PipelineSpecReader::readArgo(PipelinePackage *p, const QJsonObject &workflow)
{
    p->m_kind = PipelinePackage::Kind::ArgoWorkflowV1;
    p->m_spec = workflow;
    const QJsonObject metadata = workflow.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = workflow.value(QLatin1String("spec")).toObject();
    QString name = metadata.value(QLatin1String("name")).toString();
    if (name.isEmpty()) {
        name = metadata.value(QLatin1String("generateName")).toString();
        while (name.endsWith(QLatin1Char('-')))
            name.chop(1);
    }
    if (!name.isEmpty())
        p->m_name = name;

    const QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
    p->m_sdkVersion = annotations.value(kSdkVersionAnnotation).toString();
    // The KFP v1 compiler stores {name, description, inputs:[{name,type,default,description,
    // optional}]} as a JSON string in this annotation.
    const QJsonObject pipelineSpec =
        QJsonDocument::fromJson(annotations.value(kPipelineSpecAnnotation).toString().toUtf8())
            .object();
    p->m_description = pipelineSpec.value(QLatin1String("description")).toString();
    p->m_displayName = pipelineSpec.value(QLatin1String("name")).toString();
    if (p->m_displayName.isEmpty())
        p->m_displayName = p->m_name;
    const QJsonArray specInputs = pipelineSpec.value(QLatin1String("inputs")).toArray();

    const QJsonArray params = spec.value(QLatin1String("arguments"))
                                  .toObject()
                                  .value(QLatin1String("parameters"))
                                  .toArray();
    for (const QJsonValue &v : params) {
        const QJsonObject def = v.toObject();
        PackageParameter param;
        param.name = scalarText(def.value(QLatin1String("name")));
        param.type = QStringLiteral("STRING");
        if (def.contains(QLatin1String("value")) && !def.value(QLatin1String("value")).isNull())
            param.defaultValue = scalarText(def.value(QLatin1String("value"))); // all strings
        for (const QJsonValue &in : specInputs) {
            const QJsonObject input = in.toObject();
            const QString inputName = input.value(QLatin1String("name")).toString();
            if (inputName == param.name || sanitizedName(inputName) == param.name) {
                param.description = input.value(QLatin1String("description")).toString();
                param.optional = input.value(QLatin1String("optional")).toBool();
                break;
            }
        }
        p->m_parameters.append(param);
    }

    const QJsonArray templates = spec.value(QLatin1String("templates")).toArray();
    const QString entrypoint = spec.value(QLatin1String("entrypoint")).toString();
    int count = 0;
    for (const QJsonValue &v : templates) {
        const QJsonObject t = v.toObject();
        const bool dag = t.contains(QLatin1String("dag"));
        const bool steps = t.contains(QLatin1String("steps"));
        if (!dag && !steps)
            ++count;
        if (t.value(QLatin1String("name")).toString() != entrypoint || !p->m_tasks.isEmpty())
            continue;
        if (dag) {
            const QJsonArray tasks =
                t.value(QLatin1String("dag")).toObject().value(QLatin1String("tasks")).toArray();
            for (const QJsonValue &tv : tasks) {
                const QJsonObject def = tv.toObject();
                PackageTask task;
                task.name = def.value(QLatin1String("name")).toString();
                task.componentRef = def.value(QLatin1String("template")).toString();
                task.dependsOn = stringList(def.value(QLatin1String("dependencies")));
                const QStringList depends =
                    tasksOfDependsExpression(def.value(QLatin1String("depends")).toString());
                for (const QString &d : depends) {
                    if (!task.dependsOn.contains(d))
                        task.dependsOn.append(d);
                }
                p->m_tasks.append(task);
            }
        } else if (steps) {
            QStringList previous;
            for (const QJsonValue &group : t.value(QLatin1String("steps")).toArray()) {
                QStringList current;
                for (const QJsonValue &sv : group.toArray()) {
                    const QJsonObject def = sv.toObject();
                    PackageTask task;
                    task.name = def.value(QLatin1String("name")).toString();
                    task.componentRef = def.value(QLatin1String("template")).toString();
                    task.dependsOn = previous;
                    current.append(task.name);
                    p->m_tasks.append(task);
                }
                previous = current;
            }
        }
    }
    p->m_componentCount = count;
}

} // namespace kfp
