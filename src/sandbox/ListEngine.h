#pragma once

#include "sandbox/HttpTypes.h"
#include "sandbox/JsonUtil.h"

#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <vector>

namespace kfp::sandbox {

// A value of a sortable/filterable field: a number (ids of time are seconds) or a string.
struct FieldValue
{
    bool isNumber = false;
    qint64 number = 0;
    QString text;

    static FieldValue num(qint64 n) { return {true, n, {}}; }
    static FieldValue str(const QString &s) { return {false, 0, s}; }
};

// One Filter predicate. Operation numbers are the filter.proto ones.
struct Predicate
{
    enum Op
    {
        Equals = 1,
        NotEquals = 2,
        Greater = 3,
        GreaterEq = 5,
        Less = 6,
        LessEq = 7,
        In = 8,
        IsSubstring = 9
    };
    QString field; // model field name
    int op = 0;
    QList<FieldValue> values; // one value, or several for IN
};

struct ListQuery
{
    int pageSize = 20;
    int offset = 0;
    QString sortField; // model field
    bool desc = false;
    QString filterJson; // normalized (compact) filter, empty if none
    QList<Predicate> predicates;
};

// Paging, sorting and filtering as KFP's list.go does it: page_size 0 → 20, capped at 200,
// negative → InvalidArgument; opaque page tokens bound to the sort and filter; sort_by
// "field [asc|desc]" (case-insensitive); the JSON Filter double-percent-encoded in `filter`.
class ListEngine final
{
public:
    // fields: accepted API field names → model field names (both dialects' names).
    static ApiError parse(const HttpRequest &req, Dialect dialect,
                          const QHash<QString, QString> &fields, const QString &defaultSort,
                          ListQuery *out);

    // Go's url.QueryUnescape: '+' becomes a space, %XX is decoded, a bad escape is an error.
    static bool goQueryUnescape(const QString &in, QString *out);

    static bool matches(const FieldValue &v, const Predicate &p);
    static bool less(const FieldValue &a, const FieldValue &b);
    static QString makeToken(const ListQuery &q, int offset);

    // Filters `items` with `keep` (namespace etc.) and the query predicates, sorts, and pages.
    // get(item, modelField) returns the field value; idField is the tie-breaker.
    template<class T, class Keep, class Get>
    static QList<const T *> apply(const QHash<QString, T> &items, Keep keep, Get get,
                                  const QString &idField, const ListQuery &q, int *total,
                                  QString *nextToken)
    {
        std::vector<std::pair<FieldValue, const T *>> rows;
        rows.reserve(static_cast<size_t>(items.size()));
        for (const T &item : items) {
            if (!keep(item))
                continue;
            bool ok = true;
            for (const Predicate &p : q.predicates) {
                if (!matches(get(item, p.field), p)) {
                    ok = false;
                    break;
                }
            }
            if (ok)
                rows.emplace_back(get(item, q.sortField), &item);
        }
        const bool desc = q.desc;
        std::sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
            if (less(a.first, b.first))
                return !desc;
            if (less(b.first, a.first))
                return desc;
            return less(get(*a.second, idField), get(*b.second, idField)) != desc;
        });
        *total = static_cast<int>(rows.size());
        QList<const T *> page;
        // The offset comes from a client's page token: add in 64 bits (INT_MAX + 20 overflows).
        const int end = static_cast<int>(std::min<qint64>(qint64(q.offset) + q.pageSize, *total));
        for (int i = q.offset; i < end; ++i)
            page.append(rows[static_cast<size_t>(i)].second);
        nextToken->clear();
        if (end < *total)
            *nextToken = makeToken(q, end);
        return page;
    }
};

} // namespace kfp::sandbox
