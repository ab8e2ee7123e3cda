#pragma once

// One logging category per layer. Enable with QT_LOGGING_RULES="kfp.api.debug=true".
// Secrets (tokens, cookies, passwords) are never logged.

#include <QLoggingCategory>

namespace kfp {

Q_DECLARE_LOGGING_CATEGORY(lcApi)  // kfp.api: requests, replies, parsing
Q_DECLARE_LOGGING_CATEGORY(lcAuth) // kfp.auth: session, credentials, login

} // namespace kfp
