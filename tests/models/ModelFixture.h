#pragma once

// Shared fixture of the model tests: an in-process sandbox on a loopback port and a KfpClient
// talking to it over real HTTP in one dialect, plus helpers to read the sandbox's request log
// (the decoded filter JSON and sort_by of each list call) and to load every page of a model.

#include "api/KfpClient.h"
#include "auth/Session.h"
#include "models/PagedTreeModel.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUrl>

#include <memory>

namespace testutil {

inline void addDialectRows()
{
    QTest::addColumn<QString>("api");
    QTest::newRow("v2beta1") << QStringLiteral("v2beta1");
    QTest::newRow("v1beta1") << QStringLiteral("v1beta1");
}

struct ModelFixture
{
    std::unique_ptr<kfp::sandbox::SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<kfp::Session> session;
    std::unique_ptr<kfp::KfpClient> client;
    bool v2 = true;

    // timeScale: simulated run durations × this (0.02: runs finish within a second or so).
    bool start(const QString &api, double timeScale = 0.02)
    {
        v2 = api == QLatin1String("v2beta1");
        kfp::sandbox::SandboxOptions so;
        so.timeScale = timeScale;
        server = std::make_unique<kfp::sandbox::SandboxServer>(so);
        if (server->listen(0) == 0)
            return false;
        nam = std::make_unique<QNetworkAccessManager>();
        session = std::make_unique<kfp::Session>(nam.get());
        session->setBaseUrl(server->baseUrl());
        // Generous: a QAbstractItemModelTester fetches every branch it walks, so hundreds of calls
        // are queued at once and, under a sanitizer on a loaded machine, the last waits long for
        // its turn. No model test is about timeouts; the tests' own ceilings bound a hang.
        session->setDefaultTimeout(120000);
        client = std::make_unique<kfp::KfpClient>(session.get());
        client->setApiVersion(v2 ? kfp::ApiVersion::V2Beta1 : kfp::ApiVersion::V1Beta1);
        return true;
    }

    QString prefix() const
    {
        return v2 ? QStringLiteral("/apis/v2beta1") : QStringLiteral("/apis/v1beta1");
    }

    // GET requests whose API path is exactly prefix() + path.
    QList<kfp::sandbox::RequestLogEntry> gets(const QString &path) const
    {
        QList<kfp::sandbox::RequestLogEntry> out;
        for (const auto &e : server->requestLog())
            if (e.method == "GET" && e.apiPath == prefix() + path)
                out.append(e);
        return out;
    }
    // Same, for every path that starts with prefix() + path.
    int countGetsUnder(const QString &path) const
    {
        int n = 0;
        for (const auto &e : server->requestLog())
            if (e.method == "GET" && e.apiPath.startsWith(prefix() + path))
                ++n;
        return n;
    }
};

// The filter of a logged list call as JSON. The client double-encodes it (the server decodes
// twice); the log holds the query as received, so decode until it is JSON.
inline QJsonObject filterOf(const kfp::sandbox::RequestLogEntry &e)
{
    QString raw = e.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    for (int i = 0; i < 3 && !raw.startsWith(QLatin1Char('{')) && !raw.isEmpty(); ++i)
        raw = QUrl::fromPercentEncoding(raw.toUtf8());
    return QJsonDocument::fromJson(raw.toUtf8()).object();
}
inline QString sortByOf(const kfp::sandbox::RequestLogEntry &e)
{
    return e.query.queryItemValue(QStringLiteral("sort_by"), QUrl::FullyDecoded);
}
// The predicate with this key (v1 or v2 spelling given by the caller), or {}.
inline QJsonObject predicate(const QJsonObject &filter, const QString &key, int nth = 0)
{
    for (const auto &v : filter.value(QStringLiteral("predicates")).toArray()) {
        if (v.toObject().value(QStringLiteral("key")).toString() == key && nth-- == 0)
            return v.toObject();
    }
    return {};
}
// The operation of a predicate, whichever dialect spelled it.
inline QString opOf(const QJsonObject &p)
{
    return p.contains(QStringLiteral("operation")) ? p.value(QStringLiteral("operation")).toString()
                                                   : p.value(QStringLiteral("op")).toString();
}

// Loads every page of the top level (or of `parent`), as a view scrolling down would.
inline bool loadAll(kfp::PagedTreeModel *model, const QModelIndex &parent = {},
                    int timeoutMs = 20000)
{
    return QTest::qWaitFor(
        [&] {
            if (model->loadState(parent) == kfp::LoadState::Failed)
                return true;
            if (model->canFetchMore(parent))
                model->fetchMore(parent);
            return model->loadState(parent) == kfp::LoadState::Fetched &&
                   !model->canFetchMore(parent);
        },
        timeoutMs);
}

// Starts `count` calls made by `start(i)` (all at once: the network layer queues them) and waits
// until every one answered. Returns the results of the successful ones, in the order of i.
template<class T, class Start>
QList<T> createAll(int count, const Start &start, int timeoutMs = 20000)
{
    QList<T> results(count);
    QList<bool> done(count, false);
    int answered = 0;
    int failed = 0;
    QObject context; // answers after a timeout must not reach this dead frame
    for (int i = 0; i < count; ++i) {
        kfp::ResultJob<T> *job = start(i);
        QObject::connect(job, &kfp::ApiJob::finished, &context, [&, job, i] {
            ++answered;
            if (job->ok()) {
                results[i] = job->result();
                done[i] = true;
            } else {
                ++failed;
            }
        });
    }
    if (!QTest::qWaitFor([&] { return answered == count; }, timeoutMs) || failed > 0)
        return {};
    return results;
}

// `count` experiments made through the API (the sandbox seeds only a handful): "<prefix>-0000", ...
inline QList<kfp::Experiment> createExperiments(kfp::KfpClient *client, int count,
                                                const QString &prefix)
{
    return createAll<kfp::Experiment>(count, [&](int i) {
        return client->createExperiment(prefix +
                                            QStringLiteral("-%1").arg(i, 4, 10, QLatin1Char('0')),
                                        QStringLiteral("description %1").arg(i));
    });
}

// The first pipeline version of the server (seedDemo() or seedPipelines() made some).
inline kfp::PipelineVersion anyPipelineVersion(kfp::KfpClient *client)
{
    kfp::PipelineVersion version;
    auto *pipelines = client->listPipelines(kfp::ListQuery().withPageSize(1));
    bool waiting = true;
    QObject context;
    QObject::connect(pipelines, &kfp::ApiJob::finished, &context, [&, pipelines] {
        if (!pipelines->ok() || pipelines->result().items.isEmpty()) {
            waiting = false;
            return;
        }
        auto *versions = client->listPipelineVersions(pipelines->result().items.first().id,
                                                      kfp::ListQuery().withPageSize(1));
        QObject::connect(versions, &kfp::ApiJob::finished, &context, [&, versions] {
            if (versions->ok() && !versions->result().items.isEmpty())
                version = versions->result().items.first();
            waiting = false;
        });
    });
    if (!QTest::qWaitFor([&] { return !waiting; }, 10000))
        return {};
    return version;
}

// A recurring run of `version` in `experimentId`: disabled unless `enabled`, with `trigger`.
inline kfp::RecurringRunRequest
recurringRunRequest(const QString &name, const kfp::PipelineVersion &version,
                    const QString &experimentId, const kfp::Trigger &trigger, bool enabled = false)
{
    kfp::RecurringRunRequest r;
    r.run.displayName = name;
    r.run.experimentId = experimentId;
    r.run.pipelineId = version.pipelineId;
    r.run.pipelineVersionId = version.id;
    r.trigger = trigger;
    r.enabled = enabled;
    return r;
}

inline kfp::Trigger cronTrigger(const QString &cron)
{
    kfp::Trigger t;
    t.kind = kfp::Trigger::Kind::Cron;
    t.cron = cron;
    return t;
}

inline kfp::Trigger periodicTrigger(qint64 seconds)
{
    kfp::Trigger t;
    t.kind = kfp::Trigger::Kind::Periodic;
    t.intervalSeconds = seconds;
    return t;
}

// The string_values of an IN predicate, as a list.
inline QStringList inValues(const QJsonObject &p)
{
    QStringList out;
    const QJsonArray values = p.value(QStringLiteral("string_values"))
                                  .toObject()
                                  .value(QStringLiteral("values"))
                                  .toArray();
    for (const auto &v : values)
        out.append(v.toString());
    return out;
}

} // namespace testutil
