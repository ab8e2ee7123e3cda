#include "sandbox/Store.h"

#include "sandbox/JsonUtil.h"

namespace kfp::sandbox {

QString runStateName(RunState s)
{
    static const char *names[] = {"RUNTIME_STATE_UNSPECIFIED",
                                  "PENDING",
                                  "RUNNING",
                                  "SUCCEEDED",
                                  "SKIPPED",
                                  "FAILED",
                                  "CANCELING",
                                  "CANCELED",
                                  "PAUSED"};
    return QString::fromLatin1(names[static_cast<int>(s)]);
}

QString runStatusV1(RunState s)
{
    // model.RuntimeState.ToV1: CANCELED is reported as Failed, CANCELING as Terminating.
    switch (s) {
    case RunState::Pending:
        return QStringLiteral("Pending");
    case RunState::Running:
        return QStringLiteral("Running");
    case RunState::Succeeded:
        return QStringLiteral("Succeeded");
    case RunState::Skipped:
        return QStringLiteral("Skipped");
    case RunState::Failed:
    case RunState::Canceled:
        return QStringLiteral("Failed");
    case RunState::Canceling:
        return QStringLiteral("Terminating");
    default:
        return QStringLiteral("Unknown");
    }
}

RunState runStateFromName(const QString &name)
{
    const QString up = name.toUpper();
    for (int i = 0; i <= 8; ++i)
        if (runStateName(static_cast<RunState>(i)) == up)
            return static_cast<RunState>(i);
    if (up == QLatin1String("ERROR") || up == QLatin1String("FAILED"))
        return RunState::Failed;
    if (up == QLatin1String("TERMINATING"))
        return RunState::Canceling;
    return RunState::Unspecified;
}

bool isTerminal(RunState s)
{
    return s == RunState::Succeeded || s == RunState::Skipped || s == RunState::Failed ||
           s == RunState::Canceled;
}

Store::Store(QObject *parent)
    : QObject(parent)
{}

const Pipeline *Store::pipelineByName(const QString &name, const QString &ns) const
{
    for (const Pipeline &p : pipelines)
        if (p.name == name && p.ns == ns)
            return &p;
    return nullptr;
}

QList<const PipelineVersion *> Store::versionsOf(const QString &pipelineId) const
{
    QList<const PipelineVersion *> out;
    for (const PipelineVersion &v : versions)
        if (v.pipelineId == pipelineId)
            out.append(&v);
    std::sort(out.begin(), out.end(), [](auto *a, auto *b) {
        return a->createdAt != b->createdAt ? a->createdAt < b->createdAt : a->id < b->id;
    });
    return out;
}

const PipelineVersion *Store::latestVersion(const QString &pipelineId) const
{
    const auto list = versionsOf(pipelineId);
    return list.isEmpty() ? nullptr : list.last();
}

const Experiment *Store::experimentByName(const QString &name, const QString &ns) const
{
    for (const Experiment &e : experiments)
        if (e.name == name && e.ns == ns)
            return &e;
    return nullptr;
}

bool Store::isDefaultExperiment(const QString &id) const
{
    const auto it = experiments.constFind(id);
    return it != experiments.constEnd() && it->name == QLatin1String("Default") && it->ns.isEmpty();
}

QString Store::defaultExperimentId(const QString &ns)
{
    if (const Experiment *e = experimentByName(QStringLiteral("Default"), ns))
        return e->id;
    Experiment e;
    e.id = newId();
    e.name = QStringLiteral("Default");
    e.description = QStringLiteral("All runs created without specifying an experiment will be "
                                   "grouped here.");
    e.ns = ns;
    e.createdAt = nowSecs();
    experiments.insert(e.id, e);
    touch();
    return e.id;
}

} // namespace kfp::sandbox
