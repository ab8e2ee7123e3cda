// Store <-> JSON for --data-dir persistence. The file format is private to the sandbox.
#include "sandbox/JsonUtil.h"
#include "sandbox/Store.h"

namespace kfp::sandbox {
namespace {

QJsonObject sourceToJson(const PipelineSource &s)
{
    return {{"pipeline_id", s.pipelineId},
            {"pipeline_version_id", s.pipelineVersionId},
            {"inline_spec", s.inlineSpec},
            {"workflow_manifest", s.workflowManifest}};
}

PipelineSource sourceFromJson(const QJsonObject &o)
{
    return {o["pipeline_id"].toString(), o["pipeline_version_id"].toString(),
            o["inline_spec"].toObject(), o["workflow_manifest"].toString()};
}

QJsonArray historyToJson(const QList<StateEvent> &h)
{
    QJsonArray a;
    for (const StateEvent &e : h)
        a.append(QJsonObject{{"t", QString::number(e.timeMs)}, {"s", static_cast<int>(e.state)}});
    return a;
}

QList<StateEvent> historyFromJson(const QJsonArray &a)
{
    QList<StateEvent> h;
    for (const auto &v : a) {
        const QJsonObject o = v.toObject();
        h.append({o["t"].toString().toLongLong(), static_cast<RunState>(o["s"].toInt())});
    }
    return h;
}

QString n(qint64 v)
{
    return QString::number(v);
}
qint64 n(const QJsonValue &v)
{
    return v.toString().toLongLong();
}

} // namespace

QJsonObject Store::toJson() const
{
    QJsonArray ps, vs, es, rs, rrs;
    for (const Pipeline &p : pipelines)
        ps.append(QJsonObject{{"id", p.id},
                              {"name", p.name},
                              {"display_name", p.displayName},
                              {"description", p.description},
                              {"ns", p.ns},
                              {"created_at", n(p.createdAt)},
                              {"default_version", p.defaultVersionId},
                              {"tags", p.tags}});
    for (const PipelineVersion &v : versions)
        vs.append(QJsonObject{{"id", v.id},
                              {"pipeline_id", v.pipelineId},
                              {"name", v.name},
                              {"display_name", v.displayName},
                              {"description", v.description},
                              {"created_at", n(v.createdAt)},
                              {"package_url", v.packageUrl},
                              {"code_source_url", v.codeSourceUrl},
                              {"yaml", QString::fromUtf8(v.yaml)},
                              {"spec", v.spec},
                              {"platform", v.platform},
                              {"tags", v.tags},
                              {"argo", v.isArgo},
                              {"params", v.v1Params}});
    for (const Experiment &e : experiments)
        es.append(QJsonObject{{"id", e.id},
                              {"name", e.name},
                              {"description", e.description},
                              {"ns", e.ns},
                              {"created_at", n(e.createdAt)},
                              {"last_run", n(e.lastRunCreatedAt)},
                              {"archived", e.archived}});
    for (const Run &r : runs) {
        QJsonArray tasks;
        for (const Task &t : r.tasks)
            tasks.append(QJsonObject{{"id", t.id},
                                     {"name", t.name},
                                     {"display", t.displayName},
                                     {"pod", t.podName},
                                     {"msg", t.message},
                                     {"deps", QJsonArray::fromStringList(t.deps)},
                                     {"dur", n(t.durationMs)},
                                     {"state", static_cast<int>(t.state)},
                                     {"c", n(t.createMs)},
                                     {"s", n(t.startMs)},
                                     {"e", n(t.endMs)},
                                     {"attempts", t.attempts},
                                     {"h", historyToJson(t.history)}});
        rs.append(QJsonObject{{"id", r.id},
                              {"name", r.name},
                              {"description", r.description},
                              {"experiment_id", r.experimentId},
                              {"ns", r.ns},
                              {"recurring_run_id", r.recurringRunId},
                              {"service_account", r.serviceAccount},
                              {"root", r.pipelineRoot},
                              {"source", sourceToJson(r.source)},
                              {"params", r.params},
                              {"created_at", n(r.createdAt)},
                              {"scheduled_at", n(r.scheduledAt)},
                              {"finished_at", n(r.finishedAt)},
                              {"state", static_cast<int>(r.state)},
                              {"archived", r.archived},
                              {"tasks", tasks},
                              {"h", historyToJson(r.history)},
                              {"phase_until", n(r.phaseUntilMs)},
                              {"retries", r.retries}});
    }
    for (const RecurringRun &j : recurringRuns)
        rrs.append(QJsonObject{{"id", j.id},
                               {"name", j.name},
                               {"description", j.description},
                               {"experiment_id", j.experimentId},
                               {"ns", j.ns},
                               {"service_account", j.serviceAccount},
                               {"root", j.pipelineRoot},
                               {"source", sourceToJson(j.source)},
                               {"params", j.params},
                               {"max_concurrency", n(j.maxConcurrency)},
                               {"cron", j.cron},
                               {"cron_expr", j.cronExpr},
                               {"interval", n(j.intervalSecs)},
                               {"start", n(j.startTime)},
                               {"end", n(j.endTime)},
                               {"created_at", n(j.createdAt)},
                               {"updated_at", n(j.updatedAt)},
                               {"enabled", j.enabled},
                               {"no_catchup", j.noCatchup}});
    return {{"format", "kfp-sandbox-store/1"},
            {"pipelines", ps},
            {"versions", vs},
            {"experiments", es},
            {"runs", rs},
            {"recurring_runs", rrs}};
}

bool Store::fromJson(const QJsonObject &o)
{
    if (o["format"].toString() != QLatin1String("kfp-sandbox-store/1"))
        return false;
    for (const auto &v : o["pipelines"].toArray()) {
        const QJsonObject j = v.toObject();
        Pipeline p{j["id"].toString(),
                   j["name"].toString(),
                   j["display_name"].toString(),
                   j["description"].toString(),
                   j["ns"].toString(),
                   n(j["created_at"]),
                   j["default_version"].toString(),
                   j["tags"].toObject()};
        pipelines.insert(p.id, p);
    }
    for (const auto &v : o["versions"].toArray()) {
        const QJsonObject j = v.toObject();
        PipelineVersion pv;
        pv.id = j["id"].toString();
        pv.pipelineId = j["pipeline_id"].toString();
        pv.name = j["name"].toString();
        pv.displayName = j["display_name"].toString();
        pv.description = j["description"].toString();
        pv.createdAt = n(j["created_at"]);
        pv.packageUrl = j["package_url"].toString();
        pv.codeSourceUrl = j["code_source_url"].toString();
        pv.yaml = j["yaml"].toString().toUtf8();
        pv.spec = j["spec"].toObject();
        pv.platform = j["platform"].toObject();
        pv.tags = j["tags"].toObject();
        pv.isArgo = j["argo"].toBool();
        pv.v1Params = j["params"].toArray();
        versions.insert(pv.id, pv);
    }
    for (const auto &v : o["experiments"].toArray()) {
        const QJsonObject j = v.toObject();
        Experiment e{j["id"].toString(),    j["name"].toString(), j["description"].toString(),
                     j["ns"].toString(),    n(j["created_at"]),   n(j["last_run"]),
                     j["archived"].toBool()};
        experiments.insert(e.id, e);
    }
    for (const auto &v : o["runs"].toArray()) {
        const QJsonObject j = v.toObject();
        Run r;
        r.id = j["id"].toString();
        r.name = j["name"].toString();
        r.description = j["description"].toString();
        r.experimentId = j["experiment_id"].toString();
        r.ns = j["ns"].toString();
        r.recurringRunId = j["recurring_run_id"].toString();
        r.serviceAccount = j["service_account"].toString();
        r.pipelineRoot = j["root"].toString();
        r.source = sourceFromJson(j["source"].toObject());
        r.params = j["params"].toObject();
        r.createdAt = n(j["created_at"]);
        r.scheduledAt = n(j["scheduled_at"]);
        r.finishedAt = n(j["finished_at"]);
        r.state = static_cast<RunState>(j["state"].toInt());
        r.archived = j["archived"].toBool();
        r.history = historyFromJson(j["h"].toArray());
        r.phaseUntilMs = n(j["phase_until"]);
        r.retries = j["retries"].toInt();
        for (const auto &tv : j["tasks"].toArray()) {
            const QJsonObject t = tv.toObject();
            Task task;
            task.id = t["id"].toString();
            task.name = t["name"].toString();
            task.displayName = t["display"].toString();
            task.podName = t["pod"].toString();
            task.message = t["msg"].toString();
            for (const auto &d : t["deps"].toArray())
                task.deps.append(d.toString());
            task.durationMs = n(t["dur"]);
            task.state = static_cast<RunState>(t["state"].toInt());
            task.createMs = n(t["c"]);
            task.startMs = n(t["s"]);
            task.endMs = n(t["e"]);
            task.attempts = t["attempts"].toInt();
            task.history = historyFromJson(t["h"].toArray());
            r.tasks.append(task);
        }
        runs.insert(r.id, r);
    }
    for (const auto &v : o["recurring_runs"].toArray()) {
        const QJsonObject j = v.toObject();
        RecurringRun rr;
        rr.id = j["id"].toString();
        rr.name = j["name"].toString();
        rr.description = j["description"].toString();
        rr.experimentId = j["experiment_id"].toString();
        rr.ns = j["ns"].toString();
        rr.serviceAccount = j["service_account"].toString();
        rr.pipelineRoot = j["root"].toString();
        rr.source = sourceFromJson(j["source"].toObject());
        rr.params = j["params"].toObject();
        rr.maxConcurrency = n(j["max_concurrency"]);
        rr.cron = j["cron"].toBool();
        rr.cronExpr = j["cron_expr"].toString();
        rr.intervalSecs = n(j["interval"]);
        rr.startTime = n(j["start"]);
        rr.endTime = n(j["end"]);
        rr.createdAt = n(j["created_at"]);
        rr.updatedAt = n(j["updated_at"]);
        rr.enabled = j["enabled"].toBool();
        rr.noCatchup = j["no_catchup"].toBool();
        recurringRuns.insert(rr.id, rr);
    }
    return true;
}

} // namespace kfp::sandbox
