#include "RunWatchStore.h"

#include "WatchLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace kfp {

namespace {

constexpr int FormatVersion = 1;

struct OriginName
{
    WatchOrigin origin;
    const char *name;
};
constexpr OriginName originNames[] = {{WatchOrigin::Created, "created"},
                                      {WatchOrigin::Pinned, "pinned"},
                                      {WatchOrigin::Discovered, "discovered"}};

QJsonArray originsToJson(WatchOrigins origins)
{
    QJsonArray out;
    for (const auto &o : originNames)
        if (origins.testFlag(o.origin))
            out.append(QLatin1String(o.name));
    return out;
}

WatchOrigins originsFromJson(const QJsonArray &array)
{
    WatchOrigins out;
    for (const QJsonValue &v : array)
        for (const auto &o : originNames)
            if (v.toString() == QLatin1String(o.name))
                out |= o.origin;
    return out;
}

QString timeToJson(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromJson(const QJsonValue &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

QJsonObject toJson(const WatchedRun &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("state"), runStateName(r.state)},
                  {QStringLiteral("origins"), originsToJson(r.origins)},
                  {QStringLiteral("announced"), r.announced}};
    if (!r.namespaceName.isEmpty())
        o.insert(QStringLiteral("namespace"), r.namespaceName);
    if (!r.displayName.isEmpty())
        o.insert(QStringLiteral("name"), r.displayName);
    if (r.createdAt.isValid())
        o.insert(QStringLiteral("created_at"), timeToJson(r.createdAt));
    if (r.finishedAt.isValid())
        o.insert(QStringLiteral("finished_at"), timeToJson(r.finishedAt));
    if (r.needsRefresh)
        o.insert(QStringLiteral("refresh"), true);
    return o;
}

WatchedRun fromJson(const QJsonObject &o)
{
    WatchedRun r;
    r.id = o.value(QLatin1String("id")).toString();
    r.namespaceName = o.value(QLatin1String("namespace")).toString();
    r.displayName = o.value(QLatin1String("name")).toString();
    r.state = runStateFromName(o.value(QLatin1String("state")).toString());
    r.origins = originsFromJson(o.value(QLatin1String("origins")).toArray());
    r.createdAt = timeFromJson(o.value(QLatin1String("created_at")));
    r.finishedAt = timeFromJson(o.value(QLatin1String("finished_at")));
    r.announced = o.value(QLatin1String("announced")).toBool();
    r.needsRefresh = o.value(QLatin1String("refresh")).toBool();
    return r;
}

} // namespace

RunWatchStore::RunWatchStore(QString filePath)
    : m_filePath(filePath.isEmpty() ? defaultFilePath() : std::move(filePath))
{}

QString RunWatchStore::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("run-watcher.json"));
}

bool RunWatchStore::load(QString *error)
{
    m_runs.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        root.value(QLatin1String("version")).toInt() != FormatVersion) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : QStringLiteral("not a version %1 run watcher file").arg(FormatVersion);
        return false;
    }
    for (const QJsonValue &v : root.value(QLatin1String("runs")).toArray()) {
        WatchedRun r = fromJson(v.toObject());
        if (!r.id.isEmpty())
            m_runs.insert(r.id, r);
    }
    return true;
}

bool RunWatchStore::save(QString *error) const
{
    // Sorted by id so that the file does not churn with QHash's order.
    QList<const WatchedRun *> sorted;
    sorted.reserve(m_runs.size());
    for (const WatchedRun &r : m_runs)
        sorted.append(&r);
    std::sort(sorted.begin(), sorted.end(),
              [](const WatchedRun *a, const WatchedRun *b) { return a->id < b->id; });
    QJsonArray runs;
    for (const WatchedRun *r : sorted)
        runs.append(toJson(*r));
    const QJsonObject root{{QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("runs"), runs}};

    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void RunWatchStore::prune()
{
    QList<WatchedRun *> finished;
    for (WatchedRun &r : m_runs)
        if (isFinal(r.state) && r.announced && !r.needsRefresh &&
            !r.origins.testFlag(WatchOrigin::Pinned))
            finished.append(&r);
    if (finished.size() <= MaxFinishedRecords)
        return;
    // Newest first (by end, then start); what falls off the end is forgotten.
    std::sort(finished.begin(), finished.end(), [](const WatchedRun *a, const WatchedRun *b) {
        if (a->finishedAt != b->finishedAt)
            return a->finishedAt > b->finishedAt;
        return a->createdAt > b->createdAt;
    });
    QStringList drop;
    for (int i = MaxFinishedRecords; i < finished.size(); ++i)
        drop.append(finished.at(i)->id);
    for (const QString &id : drop)
        m_runs.remove(id);
    qCDebug(lcWatch) << "forgot" << drop.size() << "finished runs";
}

} // namespace kfp
