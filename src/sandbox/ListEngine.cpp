#include "sandbox/ListEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kfp::sandbox {
namespace {

const QStringList kOpNames = {
    "UNKNOWN",   "EQUALS",           "NOT_EQUALS", "GREATER_THAN", "", "GREATER_THAN_EQUALS",
    "LESS_THAN", "LESS_THAN_EQUALS", "IN",         "IS_SUBSTRING"};

const QStringList kValueFields = {"int_value",  "long_value",  "string_value", "timestamp_value",
                                  "int_values", "long_values", "string_values"};

ApiError parseValue(const QString &name, const QJsonValue &v, FieldValue *out)
{
    if (name == QLatin1String("string_value")) {
        if (!v.isString())
            return ApiError::invalid(QStringLiteral("string_value must be a string"));
        *out = FieldValue::str(v.toString());
    } else if (name == QLatin1String("timestamp_value")) {
        bool ok = false;
        const qint64 secs = parseRfc3339(v.toString(), &ok);
        if (!ok)
            return ApiError::invalid(QStringLiteral("bad timestamp_value %1").arg(v.toString()));
        *out = FieldValue::num(secs);
    } else { // int_value (int32, a JSON number or string) / long_value (int64, usually a string)
        // A JSON number outside int64 (1e300) is refused, as protojson does, not cast (UB).
        const double d = v.toDouble();
        bool ok = v.isDouble() && d >= -9223372036854775808.0 && d < 9223372036854775808.0;
        qint64 n = ok ? static_cast<qint64>(d) : 0;
        if (v.isString())
            n = v.toString().toLongLong(&ok);
        if (!ok)
            return ApiError::invalid(QStringLiteral("bad %1").arg(name));
        *out = FieldValue::num(n);
    }
    return {};
}

ApiError parseFilter(const QString &json, Dialect dialect, const QHash<QString, QString> &fields,
                     QString *normalized, QList<Predicate> *preds)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &perr);
    if (!doc.isObject())
        return ApiError::invalid(QStringLiteral("failed to parse valid filter from %1: %2")
                                     .arg(json, perr.errorString()));
    const QJsonObject filter = doc.object();
    *normalized = QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact));
    if (const QString bad = unknownField(filter, {"predicates"}); !bad.isEmpty())
        return ApiError::invalid(QStringLiteral("filter: unknown field \"%1\"").arg(bad));
    // v2 predicates name the operator "operation", v1 names it "op".
    const QString opField =
        dialect == Dialect::V2 ? QStringLiteral("operation") : QStringLiteral("op");
    QStringList allowed = kValueFields;
    allowed << "key" << opField;
    for (const auto &pv : field(filter, "predicates").toArray()) {
        const QJsonObject p = pv.toObject();
        if (const QString bad = unknownField(p, allowed); !bad.isEmpty())
            return ApiError::invalid(QStringLiteral("filter: unknown field \"%1\"").arg(bad));
        Predicate pred;
        const QString key = p.value("key").toString();
        pred.field = fields.value(key.toLower());
        if (pred.field.isEmpty())
            return ApiError::invalid(QStringLiteral("filter key %1 is not a valid field").arg(key));
        pred.op = enumValue(field(p, opField), kOpNames);
        if (pred.op <= 0 || pred.op == 4 || pred.op > 9)
            return ApiError::invalid(
                QStringLiteral("invalid predicate operation in filter on key %1").arg(key));
        for (const QString &vf : kValueFields) {
            const QJsonValue v = field(p, vf);
            if (v.isUndefined())
                continue;
            if (vf.endsWith(QLatin1String("_values"))) {
                const QString single = vf.chopped(1);
                for (const auto &item : field(v.toObject(), "values").toArray()) {
                    FieldValue fv;
                    if (ApiError e = parseValue(single, item, &fv); e.isError())
                        return e;
                    pred.values.append(fv);
                }
            } else {
                FieldValue fv;
                if (ApiError e = parseValue(vf, v, &fv); e.isError())
                    return e;
                pred.values.append(fv);
            }
        }
        if (pred.values.isEmpty() && pred.op != Predicate::In)
            return ApiError::invalid(
                QStringLiteral("filter predicate on %1 has no value").arg(key));
        if (pred.op == Predicate::IsSubstring &&
            (pred.values.size() != 1 || pred.values.first().isNumber))
            return ApiError::invalid(QStringLiteral("IS_SUBSTRING needs a string_value"));
        preds->append(pred);
    }
    return {};
}

} // namespace

bool ListEngine::goQueryUnescape(const QString &in, QString *out)
{
    const QByteArray src = in.toUtf8();
    QByteArray dst;
    dst.reserve(src.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (int i = 0; i < src.size(); ++i) {
        const char c = src.at(i);
        if (c == '+') {
            dst += ' ';
        } else if (c == '%') {
            if (i + 2 >= src.size())
                return false;
            const int h = hex(src.at(i + 1)), l = hex(src.at(i + 2));
            if (h < 0 || l < 0)
                return false;
            dst += static_cast<char>(h * 16 + l);
            i += 2;
        } else {
            dst += c;
        }
    }
    *out = QString::fromUtf8(dst);
    return true;
}

bool ListEngine::less(const FieldValue &a, const FieldValue &b)
{
    if (a.isNumber && b.isNumber)
        return a.number < b.number;
    if (!a.isNumber && !b.isNumber)
        return a.text < b.text;
    return a.isNumber; // numbers first; mixed types should not happen
}

bool ListEngine::matches(const FieldValue &v, const Predicate &p)
{
    auto coerce = [&](const FieldValue &pv) {
        // Compare like with like: a string value against a number field is parsed (number or
        // RFC3339), a number against a string field is compared as its decimal text.
        if (v.isNumber && !pv.isNumber) {
            bool ok = false;
            qint64 n = pv.text.toLongLong(&ok);
            if (!ok)
                n = parseRfc3339(pv.text, &ok);
            return ok ? FieldValue::num(n) : FieldValue::str(pv.text);
        }
        if (!v.isNumber && pv.isNumber)
            return FieldValue::str(QString::number(pv.number));
        return pv;
    };
    if (p.op == Predicate::In) {
        for (const FieldValue &pv : p.values) {
            const FieldValue c = coerce(pv);
            if (!less(v, c) && !less(c, v))
                return true;
        }
        return false;
    }
    const FieldValue c = coerce(p.values.first());
    switch (p.op) {
    case Predicate::Equals:
        return !less(v, c) && !less(c, v);
    case Predicate::NotEquals:
        return less(v, c) || less(c, v);
    case Predicate::Greater:
        return less(c, v);
    case Predicate::GreaterEq:
        return !less(v, c);
    case Predicate::Less:
        return less(v, c);
    case Predicate::LessEq:
        return !less(c, v);
    case Predicate::IsSubstring:
        // SQL LIKE '%x%' with MySQL's default collation is case-insensitive.
        return v.text.contains(c.text, Qt::CaseInsensitive);
    default:
        return false;
    }
}

QString ListEngine::makeToken(const ListQuery &q, int offset)
{
    const QJsonObject t{{"SortByFieldName", q.sortField},
                        {"IsDesc", q.desc},
                        {"Filter", q.filterJson},
                        {"Offset", offset}};
    return QString::fromLatin1(
        QJsonDocument(t).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding));
}

ApiError ListEngine::parse(const HttpRequest &req, Dialect dialect,
                           const QHash<QString, QString> &fields, const QString &defaultSort,
                           ListQuery *out)
{
    ListQuery q;
    if (req.hasParam("page_size")) {
        bool ok = false;
        const int size = req.param("page_size").toInt(&ok);
        if (!ok && !req.param("page_size").isEmpty())
            return ApiError::invalid(QStringLiteral("bad page_size"));
        if (size < 0)
            return ApiError::invalid(
                QStringLiteral("The page size should be greater than 0. Got %1").arg(size));
        q.pageSize = size == 0 ? 20 : std::min(size, 200);
    }
    // sort_by: "field", "field asc" or "field desc", case-insensitive.
    q.sortField = defaultSort;
    const QString sortBy = req.param("sort_by").toLower();
    const QStringList words = sortBy.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 2 || (words.size() == 2 && words[1] != QLatin1String("asc") &&
                             words[1] != QLatin1String("desc")))
        return ApiError::invalid(
            QStringLiteral(
                "Received invalid sort by format \"%1\". Supported format: \"field_name\", "
                "\"field_name desc\", or \"field_name asc\"")
                .arg(req.param("sort_by")));
    if (!words.isEmpty()) {
        q.sortField = fields.value(words[0]);
        if (q.sortField.isEmpty())
            return ApiError::invalid(QStringLiteral("Invalid sorting field: \"%1\"").arg(words[0]));
        q.desc = words.size() == 2 && words[1] == QLatin1String("desc");
    }
    // filter: the value was already query-decoded once; KFP runs url.QueryUnescape again.
    const QString rawFilter = req.param("filter");
    if (!rawFilter.isEmpty()) {
        QString json;
        if (!goQueryUnescape(rawFilter, &json))
            return ApiError::invalid(QStringLiteral("failed to unescape filter %1").arg(rawFilter));
        if (ApiError e = parseFilter(json, dialect, fields, &q.filterJson, &q.predicates);
            e.isError())
            return e;
    }
    const QString token = req.param("page_token");
    if (!token.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding));
        const QJsonObject t = doc.object();
        if (!doc.isObject() || !t.contains("Offset"))
            return ApiError::invalid(QStringLiteral("Invalid page token %1").arg(token));
        const bool sortMismatch =
            !words.isEmpty() &&
            (q.sortField != t["SortByFieldName"].toString() || q.desc != t["IsDesc"].toBool());
        const bool filterMismatch = !rawFilter.isEmpty() && q.filterJson != t["Filter"].toString();
        if (sortMismatch || filterMismatch)
            return ApiError::invalid(QStringLiteral(
                "page token does not match the supplied sort by and/or filtering criteria"));
        q.sortField = t["SortByFieldName"].toString();
        q.desc = t["IsDesc"].toBool();
        q.offset = std::max(0, t["Offset"].toInt());
        if (rawFilter.isEmpty() && !t["Filter"].toString().isEmpty()) {
            if (ApiError e = parseFilter(t["Filter"].toString(), dialect, fields, &q.filterJson,
                                         &q.predicates);
                e.isError())
                return e;
        }
    }
    *out = q;
    return {};
}

} // namespace kfp::sandbox
