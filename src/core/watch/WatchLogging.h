#pragma once

// The logging category of the run watcher and the notifiers (kfp.watch). Enable with
// QT_LOGGING_RULES="kfp.watch.debug=true". Nothing secret passes through this layer.

#include <QLoggingCategory>

namespace kfp {

Q_DECLARE_LOGGING_CATEGORY(lcWatch) // kfp.watch: polling, transitions, notifications

} // namespace kfp
