#include "net/Logging.h"

namespace kfp {

Q_LOGGING_CATEGORY(lcApi, "kfp.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "kfp.auth", QtInfoMsg)

} // namespace kfp
