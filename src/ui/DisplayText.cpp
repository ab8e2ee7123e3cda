#include "DisplayText.h"

#include "models/DurationText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTime>

namespace kfp {

QList<RunState> DisplayText::filterableStates()
{
    return {RunState::Pending, RunState::Running,   RunState::Succeeded, RunState::Skipped,
            RunState::Failed,  RunState::Canceling, RunState::Canceled,  RunState::Paused};
}

QString DisplayText::storageState(StorageState state)
{
    switch (state) {
    case StorageState::Archived:
        return tr("Archived");
    case StorageState::Available:
        return tr("Active");
    case StorageState::Unspecified:
        break;
    }
    return tr("Active");
}

QString DisplayText::dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return orNone({});
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString DisplayText::duration(qint64 seconds)
{
    if (seconds < 0)
        return orNone({});
    return DurationText::seconds(seconds, DurationText::Padding::TwoDigits);
}

QString DisplayText::runDuration(const Run &run)
{
    const QDateTime start = run.scheduledAt.isValid() ? run.scheduledAt : run.createdAt;
    if (!start.isValid())
        return orNone({});
    const QDateTime end = run.finishedAt.isValid() ? run.finishedAt
                          : isFinal(run.state)     ? QDateTime()
                                                   : QDateTime::currentDateTimeUtc();
    if (!end.isValid())
        return orNone({});
    return duration(start.secsTo(end));
}

QString DisplayText::jsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return orNone({});
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString DisplayText::orNone(const QString &text)
{
    return text.isEmpty() ? tr("—") : text;
}

QString DisplayText::trigger(const Trigger &trigger)
{
    switch (trigger.kind) {
    case Trigger::Kind::None:
        return tr("No trigger");
    case Trigger::Kind::Periodic:
        return interval(trigger.intervalSeconds);
    case Trigger::Kind::Cron: {
        const QString words = cronInWords(trigger.cron);
        return words.isEmpty() ? tr("Cron %1").arg(trigger.cron)
                               : tr("%1 (cron %2)").arg(words, trigger.cron);
    }
    }
    return {};
}

QString DisplayText::interval(qint64 seconds)
{
    return DurationText::interval(seconds);
}

QStringList DisplayText::cronFields(const QString &cron)
{
    const QStringList parts = cron.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList names = {tr("Seconds"),      tr("Minutes"), tr("Hours"),
                               tr("Day of month"), tr("Month"),   tr("Day of week")};
    QStringList lines;
    for (int i = 0; i < parts.size(); ++i) {
        const QString value = parts.at(i);
        const QString meaning =
            value == QLatin1String("*") || value == QLatin1String("?") ? tr("any") : value;
        lines << tr("%1: %2").arg(i < names.size() ? names.at(i) : tr("Extra field"), meaning);
    }
    return lines;
}

QString DisplayText::cronInWords(const QString &cron)
{
    const QStringList f = cron.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (f.size() != 6)
        return {};
    auto isAny = [](const QString &v) {
        return v == QLatin1String("*") || v == QLatin1String("?");
    };
    auto number = [](const QString &v, bool *ok) {
        return v.toInt(ok);
    };
    bool okSec = false, okMin = false, okHour = false;
    const int sec = number(f[0], &okSec);
    const int min = number(f[1], &okMin);
    const int hour = number(f[2], &okHour);
    const bool anyDate = isAny(f[3]) && isAny(f[4]);
    if (!okSec || !anyDate)
        return {};
    if (okMin && isAny(f[2]) && isAny(f[5]))
        return tr("Every hour at minute %1").arg(min);
    if (f[1].startsWith(QLatin1String("*/")) && isAny(f[2]) && isAny(f[5]) && sec == 0)
        return tr("Every %n minute(s)", nullptr, f[1].mid(2).toInt());
    if (!okMin || !okHour)
        return {};
    const QString at = QLocale().toString(QTime(hour, min, sec), QLocale::ShortFormat);
    if (isAny(f[5]))
        return tr("Every day at %1").arg(at);
    // robfig/cron: 0 = Sunday … 6 = Saturday; ranges and lists are shown as written.
    return tr("At %1 on days of week %2 (0 = Sunday)").arg(at, f[5]);
}

} // namespace kfp
