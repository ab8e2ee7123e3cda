// ListEngine: KFP's list parameters (filter, sort_by, page_size, page_token) parsed and applied,
// including the bugs found while writing fuzz_sandbox_filter (by review of the parser).

#include "sandbox/ListEngine.h"

#include <QJsonDocument>
#include <QtTest>

using namespace kfp::sandbox;

namespace {

struct Row
{
    QString id;
    qint64 createdAt = 0;
};

const QHash<QString, QString> kFields = {{"id", "id"}, {"created_at", "created_at"}};

FieldValue get(const Row &row, const QString &field)
{
    return field == QLatin1String("id") ? FieldValue::str(row.id) : FieldValue::num(row.createdAt);
}

ApiError parse(const QHash<QString, QString> &params, ListQuery *out)
{
    HttpRequest request;
    request.params = params;
    return ListEngine::parse(request, Dialect::V2, kFields, QStringLiteral("created_at"), out);
}

QString token(int offset)
{
    const QJsonObject t{
        {"SortByFieldName", "created_at"}, {"IsDesc", false}, {"Filter", ""}, {"Offset", offset}};
    return QString::fromLatin1(
        QJsonDocument(t).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

class TstListEngine final : public QObject
{
    Q_OBJECT

private slots:
    void filterAndPage()
    {
        const QHash<QString, Row> rows = {{"a", {"a", 10}}, {"b", {"b", 20}}, {"c", {"c", 30}}};
        ListQuery q;
        const QString filter = QStringLiteral(
            "%7B%22predicates%22%3A%5B%7B%22key%22%3A%22created_at%22%2C%22operation%22%3A"
            "%22GREATER_THAN%22%2C%22long_value%22%3A%2210%22%7D%5D%7D");
        QVERIFY(!parse({{"filter", filter}, {"page_size", "1"}}, &q).isError());
        int total = 0;
        QString next;
        const auto page = ListEngine::apply(
            rows, [](const Row &) { return true; }, get, QStringLiteral("id"), q, &total, &next);
        QCOMPARE(total, 2);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first()->id, QStringLiteral("b"));
        QVERIFY(!next.isEmpty());
    }

    // A page token's Offset near INT_MAX overflowed
    // `offset + pageSize` (undefined; in practice a negative end and a bogus next token).
    void offsetNearIntMax()
    {
        const QHash<QString, Row> rows = {{"a", {"a", 10}}, {"b", {"b", 20}}};
        ListQuery q;
        QVERIFY(!parse({{"page_token", token(std::numeric_limits<int>::max())}}, &q).isError());
        int total = 0;
        QString next = QStringLiteral("stale");
        const auto page = ListEngine::apply(
            rows, [](const Row &) { return true; }, get, QStringLiteral("id"), q, &total, &next);
        QCOMPARE(total, 2);
        QVERIFY(page.isEmpty());
        QVERIFY2(next.isEmpty(), qPrintable(next)); // past the end: no further page
    }

    // int_value 1e300 was cast to int64 (undefined). KFP refuses
    // a number that does not fit, and so does the sandbox.
    void numberOutOfRangeRefused()
    {
        ListQuery q;
        const QString filter = QStringLiteral(
            "%7B%22predicates%22%3A%5B%7B%22key%22%3A%22created_at%22%2C%22operation%22%3A"
            "%22EQUALS%22%2C%22int_value%22%3A1e300%7D%5D%7D");
        const ApiError error = parse({{"filter", filter}}, &q);
        QVERIFY(error.isError());
        QCOMPARE(error.code, grpc::InvalidArgument);
        QVERIFY(!parse({{"filter", QString(filter).replace("1e300", "-42")}}, &q).isError());
        QCOMPARE(q.predicates.first().values.first().number, qint64(-42));
    }
};

QTEST_GUILESS_MAIN(TstListEngine)
#include "tst_listengine.moc"
