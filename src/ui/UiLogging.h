#pragma once

// The logging category of the widgets layer (kfp.ui), beside core's kfp.api and kfp.auth.
// Errors shown to the user are logged here too, with the server's message; never secrets.

#include <QLoggingCategory>

namespace kfp {

Q_DECLARE_LOGGING_CATEGORY(lcUi) // kfp.ui: errors shown in the window, bulk action summaries

} // namespace kfp
