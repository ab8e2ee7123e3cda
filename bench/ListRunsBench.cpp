#include "ListRunsBench.h"

#include "api/KfpClient.h"
#include "auth/Session.h"
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>

namespace kfp {

namespace {

QString apiName(ApiVersion api)
{
    return api == ApiVersion::V1Beta1 ? QStringLiteral("v1beta1") : QStringLiteral("v2beta1");
}

// The next_page_token of a raw list reply, found by a plain search (no JSON parse of the body,
// which is the point of the raw pass). Tokens are base64-ish, so they hold no quote or escape.
QString findNextPageToken(const QByteArray &body)
{
    static const QByteArray keys[] = {QByteArrayLiteral("\"next_page_token\""),
                                      QByteArrayLiteral("\"nextPageToken\"")};
    for (const auto &key : keys) {
        const qsizetype at = body.lastIndexOf(key);
        if (at < 0)
            continue;
        const qsizetype open = body.indexOf('"', body.indexOf(':', at + key.size()));
        const qsizetype close = body.indexOf('"', open + 1);
        if (open < 0 || close < 0)
            return {};
        return QString::fromLatin1(body.mid(open + 1, close - open - 1));
    }
    return {};
}

} // namespace

ListRunsBench::ListRunsBench(const Options &options, QObject *parent)
    : QObject(parent)
    , m_opt(options)
{}

ListRunsBench::~ListRunsBench() = default;

void ListRunsBench::start()
{
    m_server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxOptions{});
    m_server->setRequestLogEnabled(false);
    QElapsedTimer seed;
    seed.start();
    m_server->seedRuns(m_opt.runs);
    m_seedMs = seed.nsecsElapsed() / 1e6;
    if (m_server->listen(0) == 0)
        return fail(QStringLiteral("cannot start the sandbox"));

    m_nam = new QNetworkAccessManager(this);
    m_session = new Session(m_nam, this);
    m_session->setBaseUrl(m_server->baseUrl());
    m_session->setDefaultTimeout(120000);
    m_client = new KfpClient(m_session, this);
    m_client->setApiVersion(m_opt.api);

    // Warm-up: open the keep-alive connection first, so neither timed pass pays for it.
    auto *warmUp = m_client->healthz();
    connect(warmUp, &ApiJob::finished, this, [this, warmUp] {
        if (!warmUp->ok())
            return fail(warmUp->error().fullMessage());
        startRound();
    });
}

void ListRunsBench::startRound()
{
    m_clientPages = 0;
    m_clientRuns = 0;
    m_rawPages = 0;
    m_rawBytes = 0;
    m_timer.start();
    clientPage({});
}

// Pass 1: KfpClient, parsed into Run structs.
void ListRunsBench::clientPage(const QString &token)
{
    ListQuery query;
    query.withPageSize(m_opt.pageSize);
    if (!token.isEmpty()) {
        query = query.nextPage(token);
        query.pageSize = m_opt.pageSize;
    }
    auto *job = m_client->listRuns(query);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->ok())
            return fail(job->error().fullMessage());
        const auto &page = job->result();
        ++m_clientPages;
        m_clientRuns += int(page.items.size());
        if (page.hasMore())
            return clientPage(page.nextPageToken);
        const qint64 ms = m_timer.elapsed();
        m_clientMs = m_clientMs < 0 ? ms : std::min(m_clientMs, ms);
        m_timer.restart();
        rawPage({});
    });
}

// Pass 2: the same pages with a bare QNetworkAccessManager, body kept but never parsed.
void ListRunsBench::rawPage(const QString &token)
{
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/apis/%1/runs").arg(apiName(m_opt.api)));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QString::number(m_opt.pageSize));
    if (!token.isEmpty())
        query.addQueryItem(QStringLiteral("page_token"), token);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    auto *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return fail(reply->errorString());
        const QByteArray body = reply->readAll();
        m_rawBytes += body.size();
        ++m_rawPages;
        const QString next = findNextPageToken(body);
        if (!next.isEmpty())
            return rawPage(next);
        const qint64 ms = m_timer.elapsed();
        m_rawMs = m_rawMs < 0 ? ms : std::min(m_rawMs, ms);
        if (++m_round < m_opt.repeat)
            return startRound();
        done();
    });
}

static double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void ListRunsBench::done()
{
    QJsonObject result{
        {QStringLiteral("bench"), QStringLiteral("list-runs")},
        {QStringLiteral("runs"), m_clientRuns},
        {QStringLiteral("pages"), m_clientPages},
        {QStringLiteral("page_size"), m_opt.pageSize},
        {QStringLiteral("repeat"), m_opt.repeat},
        {QStringLiteral("client_ms"), double(m_clientMs)},
        {QStringLiteral("raw_ms"), double(m_rawMs)},
        {QStringLiteral("ratio"), m_rawMs > 0 ? double(m_clientMs) / double(m_rawMs) : 0.0},
        {QStringLiteral("raw_pages"), m_rawPages},
        {QStringLiteral("raw_mb"), m_rawBytes / (1024.0 * 1024.0)},
        {QStringLiteral("seed_ms"), m_seedMs},
        {QStringLiteral("peak_rss_mb"), peakRssMb()},
        {QStringLiteral("api"), apiName(m_opt.api)},
    };
    const bool consistent = m_clientRuns == m_opt.runs && m_rawPages == m_clientPages;
    if (!consistent)
        result.insert(QStringLiteral("warning"),
                      QStringLiteral("client and raw passes saw different data"));
    Q_EMIT finished(result, consistent ? 0 : 1);
}

void ListRunsBench::fail(const QString &message)
{
    Q_EMIT finished({{QStringLiteral("bench"), QStringLiteral("list-runs")},
                     {QStringLiteral("error"), message}},
                    1);
}

} // namespace kfp
