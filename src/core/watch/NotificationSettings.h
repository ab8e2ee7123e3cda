#pragma once

// Which finished runs produce a notification. Kept in the app's QSettings (no secrets).
// The final-state switches and "only runs started here" decide what enters the in-app list;
// `desktop` decides whether those entries also pop up through the Notifier.

#include "api/ApiTypes.h"

#include <QList>

class QSettings;

namespace kfp {

struct NotificationSettings
{
    bool desktop = true; // pop up desktop notifications (the in-app list is always kept)
    bool onSucceeded = true;
    bool onFailed = true;
    bool onCanceled = true;
    bool onSkipped = true;
    // Only runs created from this app (the wizard, clone, kfpctl --watch). KFP records no run
    // owner, so "runs I started" can only mean "started here".
    bool onlyStartedHere = false;

    bool notifiesFor(RunState finalState) const; // the state switches only

    // Under the group "notifications". Missing keys keep the defaults above.
    static NotificationSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const NotificationSettings &other) const;
    bool operator!=(const NotificationSettings &other) const { return !(*this == other); }
};

} // namespace kfp
