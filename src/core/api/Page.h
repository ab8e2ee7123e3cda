#pragma once

#include <QList>
#include <QString>

namespace kfp {

// One page of a list call. nextPageToken is empty on the last page; totalSize is 0 when the
// server omitted it (it omits zero values).
template<class T> struct Page
{
    QList<T> items;
    QString nextPageToken;
    int totalSize = 0;

    bool hasMore() const { return !nextPageToken.isEmpty(); }
};

} // namespace kfp
