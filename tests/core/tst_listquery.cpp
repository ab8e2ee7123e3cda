// ListQuery → query string: filter JSON per dialect, the double encoding, sort_by, scope params.

#include "api/ApiDialect.h"
#include "auth/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QUrlQuery>
#include <QtTest>

using namespace kfp;

namespace {

// Splits "a=1&b=2" without decoding.
QMap<QString, QString> rawItems(const QString &query)
{
    QMap<QString, QString> map;
    for (const QString &part : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(QLatin1Char('='));
        map.insert(part.left(eq), part.mid(eq + 1));
    }
    return map;
}

QString decode(const QString &text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toLatin1()));
}

QJsonObject filterOf(const QString &query)
{
    // The server: normal query decoding, then url.QueryUnescape once more.
    const QString once = decode(rawItems(query).value(QStringLiteral("filter")));
    return QJsonDocument::fromJson(decode(once).toUtf8()).object();
}

} // namespace

class TstListQuery final : public QObject
{
    Q_OBJECT

    const ApiDialect &v2 = ApiDialect::of(ApiVersion::V2Beta1);
    const ApiDialect &v1 = ApiDialect::of(ApiVersion::V1Beta1);

private Q_SLOTS:
    void v2Filter()
    {
        ListQuery q;
        q.where(Predicate::substring(QStringLiteral("display_name"), QStringLiteral("train")))
            .where(Predicate::compare(QStringLiteral("created_at"), Predicate::Op::GreaterThan,
                                      QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC)))
            .where(
                Predicate::notEquals(QStringLiteral("storage_state"), QStringLiteral("ARCHIVED")))
            .where(Predicate::in(QStringLiteral("state"),
                                 {QStringLiteral("RUNNING"), QStringLiteral("PENDING")}))
            .where(Predicate::compare(QStringLiteral("n"), Predicate::Op::LessThanEquals,
                                      qint64(5000000000)));
        const QJsonObject f = v2.filterJson(q.predicates, ApiResource::Run);
        const QJsonArray p = f.value(QStringLiteral("predicates")).toArray();
        QCOMPARE(p.size(), 5);
        QCOMPARE(p.at(0).toObject(),
                 QJsonObject({{QStringLiteral("key"), QStringLiteral("display_name")},
                              {QStringLiteral("operation"), QStringLiteral("IS_SUBSTRING")},
                              {QStringLiteral("string_value"), QStringLiteral("train")}}));
        QCOMPARE(p.at(1).toObject().value(QStringLiteral("timestamp_value")).toString(),
                 QStringLiteral("2024-01-01T00:00:00Z"));
        QCOMPARE(p.at(1).toObject().value(QStringLiteral("operation")).toString(),
                 QStringLiteral("GREATER_THAN"));
        QCOMPARE(p.at(2).toObject().value(QStringLiteral("string_value")).toString(),
                 QStringLiteral("ARCHIVED"));
        QCOMPARE(p.at(3).toObject().value(QStringLiteral("string_values")).toObject(),
                 QJsonObject({{QStringLiteral("values"),
                               QJsonArray{QStringLiteral("RUNNING"), QStringLiteral("PENDING")}}}));
        QCOMPARE(p.at(4).toObject().value(QStringLiteral("long_value")),
                 QJsonValue(QStringLiteral("5000000000")));
        QCOMPARE(p.at(4).toObject().value(QStringLiteral("operation")).toString(),
                 QStringLiteral("LESS_THAN_EQUALS"));
        for (const QJsonValue &item : p)
            QVERIFY(!item.toObject().contains(QStringLiteral("op"))); // v2 rejects unknown fields
    }

    void v1Filter()
    {
        ListQuery q;
        q.where(Predicate::equals(QStringLiteral("display_name"), QStringLiteral("x")))
            .where(Predicate::equals(QStringLiteral("storage_state"), QStringLiteral("ARCHIVED")))
            .where(Predicate::equals(QStringLiteral("state"), QStringLiteral("SUCCEEDED")))
            .where(Predicate::in(QStringLiteral("state"),
                                 {QStringLiteral("RUNNING"), QStringLiteral("CANCELING")}))
            .where(Predicate::equals(QStringLiteral("run_id"), QStringLiteral("r1")));
        const QJsonArray p = v1.filterJson(q.predicates, ApiResource::Run)
                                 .value(QStringLiteral("predicates"))
                                 .toArray();
        QCOMPARE(p.at(0).toObject(),
                 QJsonObject({{QStringLiteral("key"), QStringLiteral("name")},
                              {QStringLiteral("op"), QStringLiteral("EQUALS")},
                              {QStringLiteral("string_value"), QStringLiteral("x")}}));
        QCOMPARE(p.at(1).toObject().value(QStringLiteral("string_value")).toString(),
                 QStringLiteral("STORAGESTATE_ARCHIVED"));
        QCOMPARE(p.at(2).toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("status"));
        QCOMPARE(p.at(2).toObject().value(QStringLiteral("string_value")).toString(),
                 QStringLiteral("Succeeded"));
        QCOMPARE(p.at(3)
                     .toObject()
                     .value(QStringLiteral("string_values"))
                     .toObject()
                     .value(QStringLiteral("values")),
                 QJsonValue(QJsonArray{QStringLiteral("Running"), QStringLiteral("Terminating")}));
        QCOMPARE(p.at(4).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("id"));
        for (const QJsonValue &item : p)
            QVERIFY(!item.toObject().contains(QStringLiteral("operation")));
        // Own-id renames depend on the collection.
        QCOMPARE(v1.fieldName(QStringLiteral("experiment_id"), ApiResource::Experiment),
                 QStringLiteral("id"));
        QCOMPARE(v1.fieldName(QStringLiteral("pipeline_id"), ApiResource::Pipeline),
                 QStringLiteral("id"));
        QCOMPARE(v1.fieldName(QStringLiteral("pipeline_version_id"), ApiResource::PipelineVersion),
                 QStringLiteral("id"));
        QCOMPARE(v1.fieldName(QStringLiteral("recurring_run_id"), ApiResource::RecurringRun),
                 QStringLiteral("id"));
        QCOMPARE(v1.fieldName(QStringLiteral("created_at"), ApiResource::Run),
                 QStringLiteral("created_at"));
        QCOMPARE(v1.fieldName(QStringLiteral("state"), ApiResource::Experiment),
                 QStringLiteral("state"));
    }

    void doubleEncodingRoundTrip()
    {
        const QString nasty = QStringLiteral("a+b %41 & \"q\" 'x' 한국어 100%");
        ListQuery q;
        q.where(Predicate::equals(QStringLiteral("display_name"), nasty));
        for (const ApiDialect *d : {&v2, &v1}) {
            const QString query = d->listQueryString(q, ApiResource::Pipeline, false);
            const QString raw = rawItems(query).value(QStringLiteral("filter"));
            // Only unreserved characters and %XX survive two rounds of encoding.
            QVERIFY2(!raw.contains(QLatin1Char('+')) && !raw.contains(QLatin1Char('&')) &&
                         !raw.contains(QLatin1Char('"')) && !raw.contains(QLatin1Char(' ')),
                     qPrintable(raw));
            QVERIFY(raw.contains(QStringLiteral("%25"))); // the first encoding's % encoded again
            const QJsonObject filter = filterOf(query);
            const QJsonObject p =
                filter.value(QStringLiteral("predicates")).toArray().first().toObject();
            QCOMPARE(p.value(QStringLiteral("string_value")).toString(), nasty);
            // What the KFP UI does: encodeURIComponent(JSON.stringify(filter)), then encoded again.
            QCOMPARE(raw, QString::fromLatin1(QUrl::toPercentEncoding(
                              QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(
                                  QJsonDocument(d->filterJson(q.predicates, ApiResource::Pipeline))
                                      .toJson(QJsonDocument::Compact)))))));
        }
    }

    void urlKeepsEncoding()
    {
        // Session must put the encoded query on the wire untouched (no re-interpretation of % / +).
        QNetworkAccessManager nam;
        Session session(&nam);
        session.setBaseUrl(QUrl(QStringLiteral("https://kf.example.com/pipeline/")));
        ListQuery q;
        q.where(Predicate::equals(QStringLiteral("display_name"), QStringLiteral("a+b %41 & 한")));
        q.sortedBy(QStringLiteral("created_at"), true);
        const RequestSpec spec = v2.listRuns(q, false);
        const QUrl url = session.urlFor(spec);
        QCOMPARE(url.path(), QStringLiteral("/pipeline/apis/v2beta1/runs"));
        QCOMPARE(url.query(QUrl::FullyEncoded), spec.encodedQuery);
        QVERIFY(url.toEncoded().endsWith(spec.encodedQuery.toLatin1()));
        // Qt's own decoder gets back the once-encoded JSON, as Go's r.URL.Query() would.
        const QString onceDecoded =
            QUrlQuery(url).queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
        QVERIFY(onceDecoded.startsWith(QStringLiteral("%7B%22predicates")));
        const QNetworkRequest request = session.requestFor(spec);
        QCOMPARE(request.rawHeader("Accept"), QByteArray("application/json"));
        QVERIFY(!request.hasRawHeader("Authorization"));
        session.setBearerToken(QStringLiteral("tok"));
        QCOMPARE(session.requestFor(spec).rawHeader("Authorization"), QByteArray("Bearer tok"));
        QCOMPARE(
            session.requestFor(spec).attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
            int(QNetworkRequest::ManualRedirectPolicy));
    }

    void cookiesOnlyToBaseHost()
    {
        QNetworkAccessManager nam;
        Session session(&nam);
        session.setBaseUrl(QUrl(QStringLiteral("https://kf.example.com/pipeline")));
        session.setCookies({QNetworkCookie("oauth2_proxy", "secret")});
        QCOMPARE(session.authMode(), Session::AuthMode::Cookie);
        QCOMPARE(
            nam.cookieJar()->cookiesForUrl(QUrl(QStringLiteral("https://kf.example.com/x"))).size(),
            1);
        QCOMPARE(nam.cookieJar()
                     ->cookiesForUrl(QUrl(QStringLiteral("https://evil.example.com/x")))
                     .size(),
                 0);
        QCOMPARE(nam.cookieJar()
                     ->cookiesForUrl(QUrl(QStringLiteral("https://sub.kf.example.com/x")))
                     .size(),
                 0);
        session.setAuthNone();
        QCOMPARE(
            nam.cookieJar()->cookiesForUrl(QUrl(QStringLiteral("https://kf.example.com/x"))).size(),
            0);
    }

    void sortAndPaging()
    {
        ListQuery q;
        q.withPageSize(50).sortedBy(QStringLiteral("created_at"), true);
        QCOMPARE(v2.listQueryString(q, ApiResource::Run, false),
                 QStringLiteral("page_size=50&sort_by=created_at%20desc"));
        q.sortedBy(QStringLiteral("display_name"));
        QCOMPARE(v1.listQueryString(q, ApiResource::Run, false),
                 QStringLiteral("page_size=50&sort_by=name"));
        q.where(Predicate::equals(QStringLiteral("display_name"), QStringLiteral("x")));
        q.inExperiment(QStringLiteral("e1"));
        const ListQuery next = q.nextPage(QStringLiteral("tok+/="));
        QCOMPARE(v2.listQueryString(next, ApiResource::Run, false),
                 QStringLiteral("experiment_id=e1&page_token=tok%2B%2F%3D&page_size=50"));
        QCOMPARE(v2.listQueryString(ListQuery(), ApiResource::Run, false), QString());
    }

    void scopes()
    {
        ListQuery ns;
        ns.inNamespace(QStringLiteral("team-a"));
        QCOMPARE(v2.listQueryString(ns, ApiResource::Experiment, false),
                 QStringLiteral("namespace=team-a"));
        // v1: a namespace only in multi-user mode (single-user 1.8 rejects it on ListExperiments).
        QCOMPARE(v1.listQueryString(ns, ApiResource::Experiment, false), QString());
        QCOMPARE(v1.listQueryString(ns, ApiResource::Experiment, true),
                 QStringLiteral(
                     "resource_reference_key.type=NAMESPACE&resource_reference_key.id=team-a"));
        ListQuery exp;
        exp.inExperiment(QStringLiteral("e1"));
        QCOMPARE(v2.listQueryString(exp, ApiResource::RecurringRun, false),
                 QStringLiteral("experiment_id=e1"));
        QCOMPARE(
            v1.listQueryString(exp, ApiResource::Run, true),
            QStringLiteral("resource_reference_key.type=EXPERIMENT&resource_reference_key.id=e1"));
        const RequestSpec versions =
            v1.listPipelineVersions(QStringLiteral("p1"), ListQuery().withPageSize(5));
        QCOMPARE(versions.path, QStringLiteral("/apis/v1beta1/pipeline_versions"));
        QCOMPARE(versions.encodedQuery,
                 QStringLiteral("resource_key.type=PIPELINE&resource_key.id=p1&page_size=5"));
        QCOMPARE(v2.listPipelineVersions(QStringLiteral("p1"), {}).path,
                 QStringLiteral("/apis/v2beta1/pipelines/p1/versions"));
    }
};

QTEST_GUILESS_MAIN(TstListQuery)
#include "tst_listquery.moc"
