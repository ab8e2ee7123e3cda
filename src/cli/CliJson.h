#pragma once

// Our parsed API types re-serialized as stable JSON for `kfpctl --json`: the same keys for both
// server dialects (v2 snake_case spelling), dates as ISO 8601 UTC or null, every key always
// present.

#include "api/ApiTypes.h"

#include <QJsonObject>

namespace kfp::cli {

QJsonObject toJson(const HealthInfo &health);
QJsonObject toJson(const Pipeline &pipeline);
QJsonObject toJson(const PipelineVersion &version);
QJsonObject toJson(const Experiment &experiment);
QJsonObject toJson(const Run &run);
QJsonObject toJson(const RecurringRun &recurringRun);

QString formatTime(const QDateTime &time);  // ISO 8601 UTC, "" when unset
QString apiVersionName(ApiVersion version); // "v2beta1" / "v1beta1"
QString storageStateName(StorageState state);

} // namespace kfp::cli
