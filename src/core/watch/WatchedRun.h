#pragma once

// What the run watcher remembers about one run: enough to poll it, to tell a transition from a
// repeat, and to decide whether "only runs I started" applies. This is also the persisted record
// (see RunWatchStore); it holds no secret.

#include "api/ApiTypes.h"

#include <QDateTime>
#include <QFlags>
#include <QString>

namespace kfp {

// Why a run is watched. A run can have several reasons at once.
enum class WatchOrigin
{
    Created = 0x1,    // created from this app (the wizard, a clone, kfpctl --watch)
    Pinned = 0x2,     // the user pinned it
    Discovered = 0x4, // found by "watch every active run of the namespace"
};
Q_DECLARE_FLAGS(WatchOrigins, WatchOrigin)
Q_DECLARE_OPERATORS_FOR_FLAGS(WatchOrigins)

struct WatchedRun
{
    QString id;
    QString namespaceName; // empty: the watcher's namespace (single-user servers have none)
    QString displayName;
    RunState state = RunState::Unspecified; // last state seen (Unspecified: never seen yet)
    WatchOrigins origins;
    QDateTime createdAt;
    QDateTime finishedAt;
    // runFinished() was emitted for the final state held in `state`/`finishedAt`. Cleared when
    // the run becomes active again (a retry), so the retry's own end is announced.
    bool announced = false;
    // Poll this run once even though its last state is final (watch() again after a retry).
    bool needsRefresh = false;
    // In "all active" mode: the run was missing from the last active-runs answer, so the next
    // poll asks for it by id to learn how it ended. Not persisted.
    bool needsLookup = false;

    bool isPolled() const { return !isFinal(state) || needsRefresh; }
};

} // namespace kfp
