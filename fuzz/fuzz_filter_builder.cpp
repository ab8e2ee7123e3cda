// The client's filter builder, with an oracle: predicates built from the input go through each
// dialect's filterJson() and listQueryString(); the `filter` query value must decode twice —
// the first time as a query string value, the second as KFP's url.QueryUnescape — back to
// exactly that JSON. The decoding is the sandbox's (the Go semantics, '+' is a space), and the
// decoded filter must then be accepted by the sandbox's filter parser whenever the predicates
// are ones the server accepts, with the same predicates.

#include "FuzzInput.h"

#include "api/ApiDialect.h"
#include "api/ListQuery.h"
#include "sandbox/HttpTypes.h"
#include "sandbox/ListEngine.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

using namespace kfp;

namespace {

// Keys the dialects rename or rewrite (v1: display_name → name, run state → status ...).
const QString kKeys[] = {"display_name",  "name",        "created_at",  "state",
                         "storage_state", "run_id",      "pipeline_id", "experiment_id",
                         "description",   "finished_at", "status",      "namespace"};

// Valid RFC3339 instants only: years 1..9999 (QDateTime goes further, RFC3339 does not).
constexpr qint64 kMinSecs = -62135596800LL; // 0001-01-01T00:00:00Z
constexpr qint64 kMaxSecs = 253402300799LL; // 9999-12-31T23:59:59Z

QString text(fuzz::FuzzInput &in)
{
    return QString::fromUtf8(in.line().left(40));
}

QVariantList list(fuzz::FuzzInput &in, Predicate::ValueKind kind)
{
    QVariantList values;
    const int n = in.byte() % 4;
    for (int i = 0; i < n; ++i) {
        if (kind == Predicate::ValueKind::StringList)
            values.append(text(in));
        else if (kind == Predicate::ValueKind::IntList)
            values.append(in.integer<qint32>());
        else
            values.append(in.integer<qint64>());
    }
    return values;
}

Predicate predicate(fuzz::FuzzInput &in, bool *serverAccepts)
{
    Predicate p;
    const uint8_t keyPick = in.byte();
    p.key = keyPick < std::size(kKeys) ? kKeys[keyPick] : text(in);
    p.op = static_cast<Predicate::Op>(in.byte() % 8);
    p.kind = static_cast<Predicate::ValueKind>(in.byte() % 7);
    switch (p.kind) {
    case Predicate::ValueKind::String:
        p.value = text(in);
        break;
    case Predicate::ValueKind::Int:
        p.value = in.integer<qint32>();
        break;
    case Predicate::ValueKind::Long:
        p.value = in.integer<qint64>();
        break;
    case Predicate::ValueKind::Timestamp: {
        const quint64 span = quint64(kMaxSecs - kMinSecs) + 1;
        const qint64 secs = kMinSecs + qint64(in.integer<quint64>() % span);
        p.value = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
        break;
    }
    case Predicate::ValueKind::StringList: {
        QStringList strings;
        for (const QVariant &v : list(in, p.kind))
            strings.append(v.toString());
        p.value = strings;
        break;
    }
    case Predicate::ValueKind::IntList:
    case Predicate::ValueKind::LongList:
        p.value = list(in, p.kind);
        break;
    }
    // What KFP refuses (and the sandbox with it): IS_SUBSTRING on anything but one string, and
    // a predicate without a value other than IN.
    const bool isList = p.kind >= Predicate::ValueKind::StringList;
    if (p.op == Predicate::Op::IsSubstring && p.kind != Predicate::ValueKind::String)
        *serverAccepts = false;
    if (isList && p.op != Predicate::Op::In && p.value.toList().isEmpty())
        *serverAccepts = false;
    return p;
}

[[noreturn]] void fail(const char *what, const QString &a, const QString &b)
{
    std::fprintf(stderr, "%s\n  %s\n  %s\n", what, qPrintable(a), qPrintable(b));
    std::abort();
}

// The query string as the sandbox's HTTP layer decodes it (Go's url.ParseQuery).
QHash<QString, QString> decodeQuery(const QString &query)
{
    QHash<QString, QString> params;
    for (const QString &item : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        QString key, value;
        if (!sandbox::ListEngine::goQueryUnescape(item.left(eq), &key) ||
            !sandbox::ListEngine::goQueryUnescape(eq < 0 ? QString() : item.mid(eq + 1), &value))
            fail("query item does not decode", item, query);
        params.insert(key, value);
    }
    return params;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::FuzzInput in(data, size);
    const ApiResource resource = static_cast<ApiResource>(in.byte() % 5);
    ListQuery query;
    bool serverAccepts = true;
    const int count = 1 + in.byte() % 4;
    for (int i = 0; i < count; ++i)
        query.where(predicate(in, &serverAccepts));

    for (const ApiVersion version : {ApiVersion::V2Beta1, ApiVersion::V1Beta1}) {
        bool accepts = serverAccepts;
        const ApiDialect &dialect = ApiDialect::of(version);
        const QJsonObject filter = dialect.filterJson(query.predicates, resource);
        const QString json =
            QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact));

        const QHash<QString, QString> params =
            decodeQuery(dialect.listQueryString(query, resource, /*multiUser=*/false));
        QString twice;
        if (!sandbox::ListEngine::goQueryUnescape(params.value(QStringLiteral("filter")), &twice))
            fail("filter does not decode a second time", params.value("filter"), json);
        if (twice != json)
            fail("filter decodes to other JSON", twice, json);

        // Every key the client wrote is a field here: only the encoding and values are tested.
        QHash<QString, QString> fields;
        const QJsonArray predicates = filter.value(QLatin1String("predicates")).toArray();
        for (const QJsonValue &p : predicates) {
            const QString key = p.toObject().value(QLatin1String("key")).toString().toLower();
            if (key.isEmpty()) // the server knows no field without a name
                accepts = false;
            fields.insert(key, key);
        }
        sandbox::HttpRequest request;
        request.params = params;
        sandbox::ListQuery parsed;
        const sandbox::ApiError error = sandbox::ListEngine::parse(
            request, version == ApiVersion::V2Beta1 ? sandbox::Dialect::V2 : sandbox::Dialect::V1,
            fields, QStringLiteral("created_at"), &parsed);
        if (error.isError()) {
            if (accepts)
                fail("the sandbox refuses the filter", error.message, json);
            continue;
        }
        if (parsed.filterJson != json || parsed.predicates.size() != predicates.size())
            fail("the sandbox reads another filter", parsed.filterJson, json);
    }
    return 0;
}
