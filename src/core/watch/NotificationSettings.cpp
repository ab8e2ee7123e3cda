#include "NotificationSettings.h"

#include <QSettings>

namespace kfp {

namespace {

// QSettings keys (stable: they are in users' settings files).
constexpr const char *KeyDesktop = "notifications/desktop";
constexpr const char *KeySucceeded = "notifications/succeeded";
constexpr const char *KeyFailed = "notifications/failed";
constexpr const char *KeyCanceled = "notifications/canceled";
constexpr const char *KeySkipped = "notifications/skipped";
constexpr const char *KeyOnlyMine = "notifications/onlyStartedHere";

} // namespace

bool NotificationSettings::notifiesFor(RunState finalState) const
{
    switch (finalState) {
    case RunState::Succeeded:
        return onSucceeded;
    case RunState::Failed:
        return onFailed;
    case RunState::Canceled:
        return onCanceled;
    case RunState::Skipped:
        return onSkipped;
    default:
        return false;
    }
}

NotificationSettings NotificationSettings::load(const QSettings &settings)
{
    NotificationSettings s;
    s.desktop = settings.value(QLatin1String(KeyDesktop), s.desktop).toBool();
    s.onSucceeded = settings.value(QLatin1String(KeySucceeded), s.onSucceeded).toBool();
    s.onFailed = settings.value(QLatin1String(KeyFailed), s.onFailed).toBool();
    s.onCanceled = settings.value(QLatin1String(KeyCanceled), s.onCanceled).toBool();
    s.onSkipped = settings.value(QLatin1String(KeySkipped), s.onSkipped).toBool();
    s.onlyStartedHere = settings.value(QLatin1String(KeyOnlyMine), s.onlyStartedHere).toBool();
    return s;
}

void NotificationSettings::save(QSettings &settings) const
{
    settings.setValue(QLatin1String(KeyDesktop), desktop);
    settings.setValue(QLatin1String(KeySucceeded), onSucceeded);
    settings.setValue(QLatin1String(KeyFailed), onFailed);
    settings.setValue(QLatin1String(KeyCanceled), onCanceled);
    settings.setValue(QLatin1String(KeySkipped), onSkipped);
    settings.setValue(QLatin1String(KeyOnlyMine), onlyStartedHere);
}

bool NotificationSettings::operator==(const NotificationSettings &o) const
{
    return desktop == o.desktop && onSucceeded == o.onSucceeded && onFailed == o.onFailed &&
           onCanceled == o.onCanceled && onSkipped == o.onSkipped &&
           onlyStartedHere == o.onlyStartedHere;
}

} // namespace kfp
