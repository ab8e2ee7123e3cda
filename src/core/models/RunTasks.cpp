#include "RunTasks.h"

#include <QCoreApplication>

namespace kfp::RunTasks {

namespace {

// True if `outer` spans `inner` and starts earlier or ends later: the workflow's node and the
// root DAG enclose the failed task's own entries.
bool encloses(const TaskDetail &outer, const TaskDetail &inner)
{
    if (!outer.startTime.isValid() || !inner.startTime.isValid())
        return false;
    const bool startsFirst = outer.startTime <= inner.startTime;
    const bool endsLast =
        !outer.endTime.isValid() || (inner.endTime.isValid() && outer.endTime >= inner.endTime);
    const bool wider =
        outer.startTime < inner.startTime ||
        (outer.endTime.isValid() && inner.endTime.isValid() && outer.endTime > inner.endTime);
    return startsFirst && endsLast && wider;
}

} // namespace

Progress progress(const Run &run)
{
    Progress p;
    for (const TaskDetail &t : run.tasks) {
        ++p.total;
        p.done += isFinal(t.state) ? 1 : 0;
    }
    return p;
}

QStringList failedTasks(const Run &run)
{
    QList<TaskDetail> failed;
    for (const TaskDetail &t : run.tasks)
        if (t.state == RunState::Failed)
            failed.append(t);
    QStringList lines;
    for (const TaskDetail &t : failed) {
        if (t.displayName == QLatin1String("executor") || t.displayName == QLatin1String("root"))
            continue;
        bool enclosing = false;
        for (const TaskDetail &other : failed)
            enclosing = enclosing || (other.taskId != t.taskId && encloses(t, other));
        if (enclosing)
            continue;
        const QString name = t.displayName.isEmpty() ? t.taskId : t.displayName;
        const QString line =
            t.errorMessage.isEmpty()
                ? name
                : QCoreApplication::translate("RunTasks", "%1: %2").arg(name, t.errorMessage);
        if (!lines.contains(line))
            lines.append(line);
    }
    return lines;
}

QString failureReason(const Run &run)
{
    if (!run.errorMessage.isEmpty())
        return run.errorMessage;
    if (run.state != RunState::Failed)
        return {};
    const QStringList tasks = failedTasks(run);
    if (tasks.isEmpty())
        return {};
    return QCoreApplication::translate("RunTasks", "Failed task(s): %1", nullptr, tasks.size())
        .arg(tasks.join(QLatin1String("; ")));
}

} // namespace kfp::RunTasks
