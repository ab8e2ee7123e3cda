// The sandbox's list parameters as a client (or an attacker) sends them: the `filter` value
// after the first query decoding, `sort_by`, `page_size` and an opaque `page_token`, one per
// line after a first byte choosing the dialect. A parsed query is then applied to a few rows,
// as the list endpoints do.

#include "FuzzInput.h"

#include "sandbox/HttpTypes.h"
#include "sandbox/ListEngine.h"

#include <cstdlib>

using namespace kfp::sandbox;

namespace {

struct Row
{
    QString id;
    QString name;
    qint64 createdAt = 0;
};

const QHash<QString, QString> &fields()
{
    static const QHash<QString, QString> f = {{"id", "id"},
                                              {"run_id", "id"},
                                              {"name", "name"},
                                              {"display_name", "name"},
                                              {"created_at", "created_at"}};
    return f;
}

FieldValue get(const Row &row, const QString &field)
{
    if (field == QLatin1String("created_at"))
        return FieldValue::num(row.createdAt);
    return FieldValue::str(field == QLatin1String("name") ? row.name : row.id);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QHash<QString, Row> rows = {{"a", {"a", "alpha", 1700000000}},
                                             {"b", {"b", "Beta", 1600000000}},
                                             {"c", {"c", "gamma", 1700000000}},
                                             {"d", {"d", "", -5}}};
    kfp::fuzz::FuzzInput in(data, size);
    const Dialect dialect = in.byte() & 1 ? Dialect::V1 : Dialect::V2;
    HttpRequest request;
    for (const char *name : {"filter", "sort_by", "page_size", "page_token"}) {
        const QString value = in.textLine();
        if (!value.isEmpty())
            request.params.insert(QString::fromLatin1(name), value);
    }
    ListQuery query;
    const ApiError error = ListEngine::parse(request, dialect, fields(), "created_at", &query);
    if (error.isError()) {
        if (error.code != grpc::InvalidArgument || error.message.isEmpty()) // with a reason
            std::abort();
        return 0;
    }
    int total = 0;
    QString next;
    const QList<const Row *> page = ListEngine::apply(
        rows, [](const Row &) { return true; }, get, QStringLiteral("id"), query, &total, &next);
    if (page.size() > query.pageSize || total > rows.size())
        std::abort();
    return 0;
}
