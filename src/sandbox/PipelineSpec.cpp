#include "sandbox/PipelineSpec.h"

#include "sandbox/JsonUtil.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <functional>

#include <yaml-cpp/yaml.h>

namespace kfp::sandbox {
namespace {

QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject o;
        for (const auto &kv : node)
            o.insert(QString::fromStdString(kv.first.Scalar()), toJson(kv.second));
        return o;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray a;
        for (const auto &item : node)
            a.append(toJson(item));
        return a;
    }
    case YAML::NodeType::Scalar: {
        const QString s = QString::fromStdString(node.Scalar());
        if (node.Tag() == "!") // quoted scalar: always a string
            return s;
        static const QRegularExpression intRe(QStringLiteral("^[-+]?[0-9]+$"));
        static const QRegularExpression floatRe(
            QStringLiteral("^[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+|[0-9]+)([eE][-+]?[0-9]+)?$"));
        if (s == QLatin1String("true") || s == QLatin1String("True") || s == QLatin1String("TRUE"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("False") ||
            s == QLatin1String("FALSE"))
            return false;
        if (s == QLatin1String("null") || s == QLatin1String("~") || s == QLatin1String("Null"))
            return QJsonValue::Null;
        if (intRe.match(s).hasMatch() || floatRe.match(s).hasMatch())
            return s.toDouble();
        return s;
    }
    default:
        return QJsonValue::Null;
    }
}

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == static_cast<qint64>(d) ? QString::number(static_cast<qint64>(d))
                                           : QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

// Deterministic "few seconds" duration per task name.
qint64 durationFor(const QString &name)
{
    return 2000 + static_cast<qint64>(qHash(name, 7) % 3000);
}

Task makeTask(const QString &name, const QString &display, const QStringList &deps,
              const QString &runId)
{
    Task t;
    t.id = newId();
    t.name = name;
    t.displayName = display.isEmpty() ? name : display;
    t.deps = deps;
    t.durationMs = durationFor(name);
    t.podName = QStringLiteral("%1-%2").arg(runId.left(8)).arg(qHash(name, 13) % 10000000000ULL);
    return t;
}

} // namespace

bool PipelineSpec::parse(const QByteArray &data, ParsedPipeline *out, QString *error)
{
    std::vector<YAML::Node> docs;
    try {
        docs = YAML::LoadAll(data.toStdString());
    } catch (const YAML::Exception &e) {
        *error = QStringLiteral("Failed to parse the pipeline YAML: %1")
                     .arg(QString::fromStdString(e.what()));
        return false;
    }
    if (docs.empty() || !docs.front().IsMap()) {
        *error = QStringLiteral("Failed to parse the pipeline YAML: not a YAML map");
        return false;
    }
    out->spec = toJson(docs.front()).toObject();
    out->isArgo = isArgo(out->spec);
    if (!out->isArgo && !out->spec.contains("root") && !out->spec.contains("pipelineInfo")) {
        *error = QStringLiteral("Invalid pipeline spec: neither a KFP v2 pipeline spec (no "
                                "pipelineInfo/root) nor an Argo Workflow");
        return false;
    }
    if (docs.size() > 1 && docs[1].IsMap())
        out->platform = toJson(docs[1]).toObject();
    return true;
}

QJsonObject PipelineSpec::unwrap(const QJsonObject &spec)
{
    if (spec.contains("pipeline_spec") && spec.value("pipeline_spec").isObject())
        return spec.value("pipeline_spec").toObject();
    return spec;
}

bool PipelineSpec::isArgo(const QJsonObject &spec)
{
    return spec.value("kind").toString() == QLatin1String("Workflow") ||
           spec.value("apiVersion").toString().startsWith(QLatin1String("argoproj.io"));
}

QJsonObject PipelineSpec::specStruct(const PipelineVersion &v)
{
    if (v.platform.isEmpty())
        return v.spec;
    return {{"pipeline_spec", v.spec}, {"platform_spec", v.platform}};
}

QJsonArray PipelineSpec::v1Parameters(const QJsonObject &specIn)
{
    const QJsonObject spec = unwrap(specIn);
    QJsonArray out;
    if (isArgo(spec)) {
        const auto params = spec["spec"].toObject()["arguments"].toObject()["parameters"].toArray();
        for (const auto &p : params) {
            QJsonObject o{{"name", p.toObject()["name"].toString()}};
            if (p.toObject().contains("value"))
                o.insert("value", valueText(p.toObject()["value"]));
            out.append(o);
        }
        return out;
    }
    const QJsonObject params =
        spec["root"].toObject()["inputDefinitions"].toObject()["parameters"].toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        QJsonObject o{{"name", it.key()}};
        const QJsonValue def = it.value().toObject().value("defaultValue");
        if (!def.isUndefined() && !def.isNull())
            o.insert("value", valueText(def));
        out.append(o);
    }
    return out;
}

QList<Task> PipelineSpec::tasks(const QJsonObject &specIn, const QString &runId)
{
    const QJsonObject spec = unwrap(specIn);
    QList<Task> out;
    if (isArgo(spec)) {
        // Argo: expand the entrypoint's DAG/steps; tasks whose template is itself a DAG or
        // steps template (e.g. KFP's exit-handler-1) are flattened into their leaf pods.
        const QJsonObject wspec = spec["spec"].toObject();
        QHash<QString, QJsonObject> templates;
        for (const auto &tv : wspec["templates"].toArray())
            templates.insert(tv.toObject()["name"].toString(), tv.toObject());
        std::function<QStringList(const QString &, const QStringList &, int)> expand;
        auto expandOne = [&](const QString &name, const QString &tmpl, const QStringList &deps,
                             int depth) -> QStringList {
            const QJsonObject t = templates.value(tmpl);
            if (depth < 6 && (t.contains("dag") || t.contains("steps")))
                return expand(tmpl, deps, depth + 1);
            out.append(makeTask(name, {}, deps, runId));
            return {name};
        };
        expand = [&](const QString &tmplName, const QStringList &inherited,
                     int depth) -> QStringList {
            const QJsonObject tmpl = templates.value(tmplName);
            QStringList produced;
            if (tmpl.contains("dag")) {
                QList<QJsonObject> pending;
                for (const auto &dv : tmpl["dag"].toObject()["tasks"].toArray())
                    pending.append(dv.toObject());
                QSet<QString> names;
                for (const QJsonObject &d : pending)
                    names.insert(d["name"].toString());
                QHash<QString, QStringList> done;
                bool progress = true;
                while (!pending.isEmpty() && progress) {
                    progress = false;
                    for (int i = 0; i < pending.size(); ++i) {
                        const QJsonObject d = pending[i];
                        QStringList deps;
                        for (const auto &dep : d["dependencies"].toArray())
                            deps.append(dep.toString());
                        // `depends: "a && b.Succeeded"`: take the task names.
                        static const QRegularExpression word(QStringLiteral("[A-Za-z0-9_-]+"));
                        auto it = word.globalMatch(d["depends"].toString());
                        while (it.hasNext()) {
                            const QString w = it.next().captured(0);
                            if (names.contains(w) && !deps.contains(w))
                                deps.append(w);
                        }
                        bool ready = true;
                        QStringList resolved;
                        for (const QString &dep : deps) {
                            if (!names.contains(dep))
                                continue;
                            ready = ready && done.contains(dep);
                            resolved += done.value(dep);
                        }
                        if (!ready)
                            continue;
                        if (deps.isEmpty())
                            resolved = inherited;
                        const QString name = d["name"].toString();
                        done.insert(name,
                                    expandOne(name, d["template"].toString(), resolved, depth));
                        produced += done.value(name);
                        pending.removeAt(i--);
                        progress = true;
                    }
                }
            } else if (tmpl.contains("steps")) {
                QStringList previous = inherited;
                for (const auto &group : tmpl["steps"].toArray()) {
                    QStringList current;
                    for (const auto &sv : group.toArray())
                        current += expandOne(sv.toObject()["name"].toString(),
                                             sv.toObject()["template"].toString(), previous, depth);
                    produced += current;
                    previous = current;
                }
            }
            return produced;
        };
        const QString entry = wspec["entrypoint"].toString();
        if (templates.contains(entry))
            expandOne(entry, entry, {}, 0);
    } else {
        const QJsonObject dagTasks = spec["root"].toObject()["dag"].toObject()["tasks"].toObject();
        for (auto it = dagTasks.begin(); it != dagTasks.end(); ++it) {
            const QJsonObject t = it.value().toObject();
            QStringList deps;
            for (const auto &dep : t["dependentTasks"].toArray())
                deps.append(dep.toString());
            out.append(
                makeTask(it.key(), t["taskInfo"].toObject()["name"].toString(), deps, runId));
        }
    }
    if (out.isEmpty())
        out.append(makeTask(QStringLiteral("main"), {}, {}, runId));
    return out;
}

QString PipelineSpec::pipelineName(const QJsonObject &specIn)
{
    const QJsonObject spec = unwrap(specIn);
    if (isArgo(spec)) {
        const QJsonObject md = spec["metadata"].toObject();
        return md.contains("name") ? md["name"].toString() : md["generateName"].toString();
    }
    return spec["pipelineInfo"].toObject()["name"].toString();
}

QJsonObject PipelineSpec::placeholderSpec(const QString &name)
{
    const QJsonObject task{{"taskInfo", QJsonObject{{"name", "main"}}},
                           {"componentRef", QJsonObject{{"name", "comp-main"}}}};
    return {{"pipelineInfo", QJsonObject{{"name", name}}},
            {"schemaVersion", "2.1.0"},
            {"sdkVersion", "kfp-sandbox"},
            {"root", QJsonObject{{"dag", QJsonObject{{"tasks", QJsonObject{{"main", task}}}}}}}};
}

} // namespace kfp::sandbox
