#include "WatchLogging.h"

namespace kfp {

Q_LOGGING_CATEGORY(lcWatch, "kfp.watch")

} // namespace kfp
