#include "Notifier.h"

namespace kfp {

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{}

Notifier::~Notifier() = default;

} // namespace kfp
