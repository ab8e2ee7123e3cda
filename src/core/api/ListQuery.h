#pragma once

// The arguments of every list call: paging, server-side sorting and the KFP filter.
// The filter is built here as data; the dialect turns it into JSON (`operation` for v2,
// `op` for v1) and KfpClient double-percent-encodes it as the server expects.

#include "ApiTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace kfp {

struct Predicate
{
    enum class Op
    {
        Equals,
        NotEquals,
        GreaterThan,
        GreaterThanEquals,
        LessThan,
        LessThanEquals,
        In,
        IsSubstring
    };
    // Which oneof field carries the value. IN uses the *List kinds.
    enum class ValueKind
    {
        String,
        Int,
        Long,
        Timestamp,
        StringList,
        IntList,
        LongList
    };

    QString key; // API field name in the v2 spelling ("display_name", "created_at", "state", ...);
                 // the v1 dialect renames keys (display_name → name, run state → status, ...)
    Op op = Op::Equals;
    ValueKind kind = ValueKind::String;
    QVariant value; // QString, qint32, qint64, QDateTime, QStringList or QVariantList

    static Predicate equals(const QString &key, const QString &value);
    static Predicate notEquals(const QString &key, const QString &value);
    static Predicate substring(const QString &key, const QString &value);
    static Predicate in(const QString &key, const QStringList &values);
    static Predicate compare(const QString &key, Op op, const QDateTime &value);
    static Predicate compare(const QString &key, Op op, qint64 value);
};

struct ListQuery
{
    int pageSize = 0;  // 0: the server's default (20); the server caps at 200
    QString pageToken; // for the next pages send the token alone (sort and filter must match it)
    QString sortField; // v2 field name; empty: server default
    bool sortDescending = false;
    QList<Predicate> predicates;
    QString namespaceName; // runs, experiments, pipelines, recurring runs (multi-user mode)
    QString experimentId;  // runs and recurring runs

    ListQuery &withPageSize(int size)
    {
        pageSize = size;
        return *this;
    }
    ListQuery &withPageToken(const QString &token)
    {
        pageToken = token;
        return *this;
    }
    ListQuery &sortedBy(const QString &field, bool descending = false)
    {
        sortField = field;
        sortDescending = descending;
        return *this;
    }
    ListQuery &where(const Predicate &p)
    {
        predicates.append(p);
        return *this;
    }
    ListQuery &inNamespace(const QString &ns)
    {
        namespaceName = ns;
        return *this;
    }
    ListQuery &inExperiment(const QString &id)
    {
        experimentId = id;
        return *this;
    }

    // The query for the page after `page`: same scope, only the token (as the server asks).
    ListQuery nextPage(const QString &token) const;
};

} // namespace kfp
