#include "sandbox/Gateway.h"

namespace kfp::sandbox {

Gateway::~Gateway() = default;

} // namespace kfp::sandbox
