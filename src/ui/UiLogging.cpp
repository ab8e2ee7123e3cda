#include "UiLogging.h"

namespace kfp {

Q_LOGGING_CATEGORY(lcUi, "kfp.ui")

} // namespace kfp
