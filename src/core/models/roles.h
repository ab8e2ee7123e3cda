#pragma once

// Every custom item-data role of the models in one place, so views, delegates and tests agree.

#include <Qt>

namespace kfp {

enum Role
{
    IdRole = Qt::UserRole + 1, // QString: the resource's server id
    NameRole,                  // QString: display name (title)
    DescriptionRole,           // QString
    CreatedAtRole,             // QDateTime (UTC)
    NamespaceRole,             // QString: empty in single-user mode
    StateRole,                 // kfp::RunState as int (runs)
    ErrorMessageRole,          // QString: the server could not load this item
};

} // namespace kfp
