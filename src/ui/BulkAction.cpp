#include "BulkAction.h"

#include "net/ApiJob.h"

#include <QSet>
#include <QTimer>
#include <algorithm>

namespace kfp {

BulkAction::BulkAction(const QString &actionName, QList<BulkItem> items, Starter starter,
                       QObject *parent)
    : QObject(parent)
    , m_actionName(actionName)
    , m_items(std::move(items))
    , m_starter(std::move(starter))
{}

BulkAction::~BulkAction() = default;

void BulkAction::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::max(1, count);
}

void BulkAction::start()
{
    if (m_started)
        return;
    m_started = true;
    Q_EMIT progress(0, total());
    if (m_items.isEmpty()) {
        // Finish from the event loop, so a caller connecting after start() still hears it.
        QTimer::singleShot(0, this, &BulkAction::finishIfDone);
        return;
    }
    startMore();
}

void BulkAction::cancel()
{
    m_canceled = true;
    if (m_started && m_inFlight == 0)
        QTimer::singleShot(0, this, &BulkAction::finishIfDone);
}

void BulkAction::startMore()
{
    while (!m_canceled && m_inFlight < m_maxConcurrent && m_next < m_items.size()) {
        const int index = m_next++;
        ApiJob *job = m_starter(m_items.at(index));
        if (!job) {
            // Nothing to call for this item (the starter refused it): count it as failed.
            m_failures.append({m_items.at(index), ApiError(ApiError::Kind::ClientError)});
            ++m_done;
            Q_EMIT itemFinished(m_items.at(index).id, false);
            Q_EMIT progress(m_done, total());
            continue;
        }
        ++m_inFlight;
        m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
        connect(job, &ApiJob::finished, this, [this, job, index] { onJobFinished(job, index); });
    }
    finishIfDone();
}

void BulkAction::onJobFinished(ApiJob *job, int index)
{
    --m_inFlight;
    ++m_done;
    const BulkItem &item = m_items.at(index);
    const bool ok = job->ok();
    if (ok)
        m_succeeded.append(item.id);
    else
        m_failures.append({item, job->error()});
    Q_EMIT itemFinished(item.id, ok);
    Q_EMIT progress(m_done, total());
    startMore();
}

void BulkAction::finishIfDone()
{
    if (m_finished || m_inFlight > 0)
        return;
    if (!m_canceled && m_next < m_items.size())
        return;
    m_finished = true;
    Q_EMIT finished();
}

bool BulkFailure::refused() const
{
    const int status = error.httpStatus();
    return status >= 400 && status < 500 && error.kind() != ApiError::Kind::Unauthorized;
}

void BulkAction::addUnchanged(const BulkItem &item, const QString &reason)
{
    if (!m_started)
        m_unchanged.append({item, reason});
}

int BulkAction::refusedCount() const
{
    return int(std::count_if(m_failures.begin(), m_failures.end(),
                             [](const BulkFailure &f) { return f.refused(); }));
}

bool BulkAction::allDone() const
{
    return m_failures.isEmpty() && m_unchanged.isEmpty() && m_succeeded.size() == total();
}

QString BulkAction::summary() const
{
    const int succeeded = int(m_succeeded.size());
    if (allDone())
        return tr("%1: all %n item(s) done.", nullptr, succeeded).arg(m_actionName);
    const int refused = refusedCount();
    const int failed = int(m_failures.size()) - refused;
    QStringList parts;
    parts << tr("%n done", nullptr, succeeded);
    if (refused > 0)
        parts << tr("%n refused by the server", nullptr, refused);
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    if (!m_unchanged.isEmpty())
        parts << tr("%n unchanged", nullptr, int(m_unchanged.size()));
    if (m_canceled && skippedCount() > 0)
        parts << tr("%n not started (canceled)", nullptr, skippedCount());
    return tr("%1: %2.").arg(m_actionName, parts.join(tr(", ")));
}

namespace {

QString who(const BulkItem &item)
{
    return item.label.isEmpty() || item.label == item.id
               ? item.id
               : BulkAction::tr("%1 (%2)").arg(item.label, item.id);
}

QString bounded(const QString &text)
{
    const QString t = text.simplified();
    return t.size() > BulkAction::MaxReasonLength
               ? t.left(BulkAction::MaxReasonLength) + QStringLiteral("…")
               : t;
}

QString failureLine(const BulkFailure &f)
{
    const QString server = bounded(f.error.serverMessage());
    if (f.refused()) {
        // The server's own reason is what the user acts on ("the run is not in a failed
        // state", "Row not found"); the status tells which kind of no it was.
        const QString reason = server.isEmpty() ? f.error.userMessage() : server;
        return BulkAction::tr("%1: %2 (HTTP %3)")
            .arg(who(f.item), reason)
            .arg(f.error.httpStatus());
    }
    return server.isEmpty() || f.error.userMessage().contains(server)
               ? BulkAction::tr("%1: %2").arg(who(f.item), f.error.userMessage())
               : BulkAction::tr("%1: %2 — %3").arg(who(f.item), f.error.userMessage(), server);
}

} // namespace

QString BulkAction::report() const
{
    QStringList lines;
    auto group = [&lines](const QString &heading, const QStringList &items) {
        if (items.isEmpty())
            return;
        if (!lines.isEmpty())
            lines << QString();
        lines << heading;
        for (const QString &item : items)
            lines << QStringLiteral("  ") + item;
    };
    QStringList refused;
    QStringList failed;
    for (const BulkFailure &f : m_failures)
        (f.refused() ? refused : failed) << failureLine(f);
    QStringList unchanged;
    for (const BulkUnchanged &u : m_unchanged)
        unchanged << tr("%1: %2").arg(who(u.item), u.reason);
    QStringList notStarted;
    for (int i = m_next; i < m_items.size(); ++i)
        notStarted << who(m_items.at(i));
    QStringList done;
    const QSet<QString> succeeded(m_succeeded.begin(), m_succeeded.end());
    for (const BulkItem &item : m_items)
        if (succeeded.contains(item.id))
            done << who(item);
    group(tr("Refused by the server:"), refused);
    group(tr("Failed:"), failed);
    group(tr("Unchanged:"), unchanged);
    group(tr("Not started (canceled):"), notStarted);
    group(tr("Done:"), done);
    return lines.join(QLatin1Char('\n'));
}

QString BulkAction::failureDetails() const
{
    QStringList lines;
    for (const BulkFailure &f : m_failures)
        lines << failureLine(f);
    return lines.join(QLatin1Char('\n'));
}

} // namespace kfp
