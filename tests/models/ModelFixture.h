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

    bool start(const QString &api)
    {
        v2 = api == QLatin1String("v2beta1");
        kfp::sandbox::SandboxOptions so;
        so.timeScale = 0.02;
        server = std::make_unique<kfp::sandbox::SandboxServer>(so);
        if (server->listen(0) == 0)
            return false;
        nam = std::make_unique<QNetworkAccessManager>();
        session = std::make_unique<kfp::Session>(nam.get());
        session->setBaseUrl(server->baseUrl());
        session->setDefaultTimeout(15000);
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

} // namespace testutil
