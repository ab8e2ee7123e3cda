#include "ListQuery.h"

namespace kfp {

Predicate Predicate::equals(const QString &key, const QString &value)
{
    return {key, Op::Equals, ValueKind::String, value};
}

Predicate Predicate::notEquals(const QString &key, const QString &value)
{
    return {key, Op::NotEquals, ValueKind::String, value};
}

Predicate Predicate::substring(const QString &key, const QString &value)
{
    return {key, Op::IsSubstring, ValueKind::String, value};
}

Predicate Predicate::in(const QString &key, const QStringList &values)
{
    return {key, Op::In, ValueKind::StringList, values};
}

Predicate Predicate::compare(const QString &key, Op op, const QDateTime &value)
{
    return {key, op, ValueKind::Timestamp, value};
}

Predicate Predicate::compare(const QString &key, Op op, qint64 value)
{
    return {key, op, ValueKind::Long, value};
}

ListQuery ListQuery::nextPage(const QString &token) const
{
    // The page token already encodes sort and filter; sending them again must match exactly,
    // so the simplest correct request is the token plus the same page size and scope.
    ListQuery next;
    next.pageSize = pageSize;
    next.pageToken = token;
    next.namespaceName = namespaceName;
    next.experimentId = experimentId;
    return next;
}

} // namespace kfp
