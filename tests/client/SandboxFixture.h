#pragma once

// Shared fixture for the client tests: an in-process sandbox KFP server on a loopback port, and a
// QNetworkAccessManager + Session + KfpClient talking to it over real HTTP in one dialect,
// optionally through the UI server's "/pipeline" prefix.
//
// await() waits for one job without a nested QEventLoop (QTest::qWaitFor, as QTRY does), counts
// finished() emissions, copies out the result before the job deletes itself, and tells whether
// the job really deleted itself.

#include "api/ApiTypes.h"
#include "api/KfpClient.h"
#include "api/ListQuery.h"
#include "api/Page.h"
#include "auth/Session.h"
#include "connection/Connection.h"
#include "net/ApiJob.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace testutil {

using kfp::ApiError;
using kfp::ApiVersion;

inline QString apiName(ApiVersion v)
{
    return v == ApiVersion::V2Beta1 ? QStringLiteral("v2beta1") : QStringLiteral("v1beta1");
}
inline ApiVersion apiFromName(const QString &name)
{
    return name == QLatin1String("v1beta1") ? ApiVersion::V1Beta1 : ApiVersion::V2Beta1;
}
inline QString dataFile(const QString &relative)
{
    return QDir(QStringLiteral(KFP_TEST_DATA_DIR)).filePath(relative);
}
inline QString kindName(ApiError::Kind k)
{
    static const char *names[] = {
        "None",     "Network",  "Timeout",         "Canceled",    "Unauthorized",    "Forbidden",
        "NotFound", "Conflict", "InvalidArgument", "ServerError", "InvalidResponse", "ClientError"};
    return QString::fromLatin1(names[int(k)]);
}

// Rows for every data-driven test: both dialects, optionally also through "/pipeline".
// Columns: "api" (QString, "v2beta1"/"v1beta1") and "prefix" (bool).
inline void addDialectRows(bool alsoViaPrefix = false)
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<bool>("prefix");
    QTest::newRow("v2beta1") << QStringLiteral("v2beta1") << false;
    QTest::newRow("v1beta1") << QStringLiteral("v1beta1") << false;
    if (alsoViaPrefix) {
        QTest::newRow("v2beta1 /pipeline") << QStringLiteral("v2beta1") << true;
        QTest::newRow("v1beta1 /pipeline") << QStringLiteral("v1beta1") << true;
    }
}

// Rows "<api> #<i>" for each dialect and each of `names`. Columns: "api" and "name" (QString).
inline void addNameRows(const QStringList &names)
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("name");
    for (const char *api : {"v2beta1", "v1beta1"})
        for (int i = 0; i < names.size(); ++i)
            QTest::addRow("%s #%d", api, i) << QString::fromLatin1(api) << names.at(i);
}

// The outcome of one job, copied out while the job was still alive.
template<class T> struct Outcome
{
    bool finished = false; // finished() was seen within the timeout
    int emissions = 0;     // how many times finished() fired (must end at 1)
    bool deleted = false;  // the job deleted itself (auto-delete)
    ApiError error;
    int httpStatus = 0;
    T result{};

    bool ok() const { return finished && !error.isError(); }
    ApiError::Kind kind() const { return error.kind(); }
    QByteArray describe() const
    {
        return QStringLiteral("finished=%1 emissions=%2 kind=%3 http=%4 message=%5")
            .arg(finished)
            .arg(emissions)
            .arg(kindName(error.kind()))
            .arg(httpStatus)
            .arg(error.serverMessage())
            .toUtf8();
    }
};
struct Nothing
{
};

namespace detail {
template<class T, class Job> Outcome<T> awaitImpl(Job *job, int timeoutMs, bool expectDeletion)
{
    Outcome<T> out;
    if (!job)
        return out;
    QPointer<Job> guard(job);
    QObject context;
    bool autoDelete = true;
    auto capture = [&out, &autoDelete, job] {
        ++out.emissions;
        autoDelete = job->autoDelete();
        out.finished = true;
        out.error = job->error();
        out.httpStatus = job->httpStatus();
        if constexpr (!std::is_same_v<T, Nothing>) {
            if (job->ok())
                out.result = job->result();
        }
    };
    QObject::connect(job, &kfp::ApiJob::finished, &context, capture);
    if (job->isFinished() && out.emissions == 0) // finished synchronously, before we connected
        capture();
    (void)QTest::qWaitFor([&] { return out.finished; }, timeoutMs);
    if (!out.finished) {
        if (guard)
            guard->abort(); // leave nothing running; the outcome stays "not finished"
        out.finished = false;
        return out;
    }
    if (expectDeletion && autoDelete)
        out.deleted = QTest::qWaitFor([&] { return guard.isNull(); }, 2000);
    return out;
}
} // namespace detail

template<class T>
Outcome<T> await(kfp::ResultJob<T> *job, int timeoutMs = 15000, bool expectDeletion = true)
{
    return detail::awaitImpl<T>(job, timeoutMs, expectDeletion);
}
inline Outcome<Nothing> await(kfp::ApiJob *job, int timeoutMs = 15000, bool expectDeletion = true)
{
    return detail::awaitImpl<Nothing>(job, timeoutMs, expectDeletion);
}

struct FixtureOptions
{
    bool multiUser = false;
    bool viaPrefix = false;  // base URL http://127.0.0.1:<port>/pipeline (the UI server's path)
    double timeScale = 0.02; // simulated task durations x this
    int sessionTimeoutMs = 15000;
};

class SandboxFixture
{
public:
    SandboxFixture() = default;
    SandboxFixture(const SandboxFixture &) = delete;
    SandboxFixture &operator=(const SandboxFixture &) = delete;

    // Starts the sandbox on an ephemeral port and a client in `api`. False if listening failed.
    bool start(ApiVersion api, const FixtureOptions &options = {})
    {
        version = api;
        kfp::sandbox::SandboxOptions so;
        so.multiUser = options.multiUser;
        so.timeScale = options.timeScale;
        server = std::make_unique<kfp::sandbox::SandboxServer>(so);
        if (server->listen(0) == 0)
            return false;
        nam = std::make_unique<QNetworkAccessManager>();
        session = std::make_unique<kfp::Session>(nam.get());
        QUrl base = server->baseUrl();
        if (options.viaPrefix)
            base.setPath(QStringLiteral("/pipeline"));
        session->setBaseUrl(base);
        session->setDefaultTimeout(options.sessionTimeoutMs);
        client = std::make_unique<kfp::KfpClient>(session.get());
        client->setApiVersion(api);
        client->setMultiUser(options.multiUser);
        connection = std::make_unique<kfp::Connection>(session.get(), client.get());
        return true;
    }
    bool start(const QString &api, bool viaPrefix, FixtureOptions options = {})
    {
        options.viaPrefix = viaPrefix;
        return start(apiFromName(api), options);
    }

    QString apiPrefix() const { return QStringLiteral("/apis/") + apiName(version); }
    bool isV2() const { return version == ApiVersion::V2Beta1; }

    // The request log entries whose method and apiPath match.
    QList<kfp::sandbox::RequestLogEntry> requests(const QByteArray &method,
                                                  const QString &apiPath) const
    {
        QList<kfp::sandbox::RequestLogEntry> out;
        for (const auto &e : server->requestLog())
            if (e.method == method && e.apiPath == apiPath)
                out.append(e);
        return out;
    }
    std::optional<kfp::sandbox::RequestLogEntry> lastRequest(const QByteArray &method,
                                                             const QString &apiPath) const
    {
        const auto all = requests(method, apiPath);
        if (all.isEmpty())
            return std::nullopt;
        return all.last();
    }

    std::optional<kfp::sandbox::RequestLogEntry> requestLogLast() const
    {
        const auto log = server->requestLog();
        if (log.isEmpty())
            return std::nullopt;
        return log.last();
    }

    // --- shortcuts that create fixtures through the client (fail → empty id) -------------------
    kfp::Pipeline upload(const QString &name, const QString &file = {})
    {
        kfp::PipelineUpload up;
        up.filePath = file.isEmpty() ? defaultPipelineFile() : file;
        up.name = name;
        up.description = QStringLiteral("uploaded by the client tests");
        auto out = await(client->uploadPipeline(up));
        if (!out.ok())
            qWarning("upload %s failed: %s", qPrintable(name), out.describe().constData());
        return out.result;
    }
    QString defaultPipelineFile() const
    {
        return dataFile(isV2() ? QStringLiteral("client/hello_v2.yaml")
                               : QStringLiteral("client/hello_v1_argo.yaml"));
    }
    // The first (default) version of a pipeline.
    QString firstVersionId(const QString &pipelineId)
    {
        auto out = await(client->listPipelineVersions(pipelineId));
        if (!out.ok() || out.result.items.isEmpty())
            return {};
        return out.result.items.first().id;
    }
    kfp::Experiment experiment(const QString &name, const QString &ns = {})
    {
        auto out = await(client->createExperiment(name, QStringLiteral("test experiment"), ns));
        if (!out.ok())
            qWarning("createExperiment %s failed: %s", qPrintable(name),
                     out.describe().constData());
        return out.result;
    }
    kfp::Run runOf(const QString &experimentId, const QString &pipelineId, const QString &versionId,
                   const QList<kfp::RunParameter> &params = {},
                   const QString &name = QStringLiteral("run"))
    {
        kfp::RunRequest req;
        req.displayName = name;
        req.experimentId = experimentId;
        req.pipelineId = pipelineId;
        req.pipelineVersionId = versionId;
        req.parameters = params;
        auto out = await(client->createRun(req));
        if (!out.ok())
            qWarning("createRun failed: %s", out.describe().constData());
        return out.result;
    }

    ApiVersion version = ApiVersion::V2Beta1;
    // Destroyed in reverse order: client, session, nam, then the server.
    std::unique_ptr<kfp::sandbox::SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<kfp::Session> session;
    std::unique_ptr<kfp::KfpClient> client;
    // Over session and client as set up above; verify() connects as the app does.
    std::unique_ptr<kfp::Connection> connection;
};

// Reads every page of a list call: follows next_page_token, checks it never repeats.
template<class T, class Call>
Outcome<QList<T>> collectAll(Call call, kfp::ListQuery first, int *pages = nullptr,
                             int maxPages = 100)
{
    Outcome<QList<T>> all;
    kfp::ListQuery q = first;
    QSet<QString> tokens;
    int n = 0;
    for (; n < maxPages; ++n) {
        auto page = await(call(q));
        all.finished = page.finished;
        all.emissions = page.emissions;
        all.error = page.error;
        all.httpStatus = page.httpStatus;
        if (!page.ok())
            return all;
        all.result += page.result.items;
        if (!page.result.hasMore())
            break;
        if (tokens.contains(page.result.nextPageToken)) {
            all.error =
                ApiError(ApiError::Kind::InvalidResponse, QStringLiteral("page token repeated"));
            return all;
        }
        tokens.insert(page.result.nextPageToken);
        q = first.nextPage(page.result.nextPageToken);
    }
    if (pages)
        *pages = n + 1;
    return all;
}

inline QJsonObject jsonBody(const kfp::sandbox::RequestLogEntry &e)
{
    return QJsonDocument::fromJson(e.body).object();
}

} // namespace testutil

// Both macros evaluate their argument once (it is usually an await(client->call(...))).
#define KFP_VERIFY_OK(expr)                                                                        \
    do {                                                                                           \
        const auto &kfpOutcome_ = (expr);                                                          \
        QVERIFY2(kfpOutcome_.ok(), kfpOutcome_.describe().constData());                            \
    } while (false)
#define KFP_VERIFY_KIND(expr, k)                                                                   \
    do {                                                                                           \
        const auto &kfpOutcome_ = (expr);                                                          \
        QVERIFY2(kfpOutcome_.finished, kfpOutcome_.describe().constData());                        \
        QCOMPARE(testutil::kindName(kfpOutcome_.kind()), testutil::kindName(k));                   \
    } while (false)
