#include "BulkAction.h"

#include "net/ApiJob.h"

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

QString BulkAction::summary() const
{
    const int failed = int(m_failures.size());
    const int succeeded = int(m_succeeded.size());
    if (m_canceled && skippedCount() > 0)
        return tr("%1: canceled after %2 of %3 (%4 failed).")
            .arg(m_actionName)
            .arg(m_done)
            .arg(total())
            .arg(failed);
    if (failed == 0)
        return tr("%1: all %n item(s) done.", nullptr, succeeded).arg(m_actionName);
    if (succeeded == 0)
        return tr("%1: all %n item(s) failed.", nullptr, failed).arg(m_actionName);
    return tr("%1: %2 of %3 succeeded, %n failed.", nullptr, failed)
        .arg(m_actionName)
        .arg(succeeded)
        .arg(total());
}

QString BulkAction::failureDetails() const
{
    QStringList lines;
    for (const BulkFailure &f : m_failures) {
        const QString who = f.item.label.isEmpty() || f.item.label == f.item.id
                                ? f.item.id
                                : tr("%1 (%2)").arg(f.item.label, f.item.id);
        const QString server = f.error.serverMessage();
        lines << (server.isEmpty() ? tr("%1: %2").arg(who, f.error.userMessage())
                                   : tr("%1: %2 — %3").arg(who, f.error.userMessage(), server));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace kfp
