#pragma once

// An in-process sandbox behind one of its Kubeflow login gateways, and helpers to run a DexLogin
// or a list call without a nested event loop (QTest::qWaitFor, as QTRY does).

#include "api/KfpClient.h"
#include "auth/DexLogin.h"
#include "auth/Session.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/gateways/KubeflowGateway.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace authtest {

using kfp::sandbox::AuthMode;
using kfp::sandbox::AuthOptions;

inline const QString kUser = QStringLiteral("user@example.com");
inline const QString kPassword = QStringLiteral("12341234");

struct GatewayFixture
{
    bool start(AuthMode mode, AuthOptions options = {}, bool multiUser = false, bool tls = false)
    {
        options.mode = mode;
        kfp::sandbox::SandboxOptions so;
        so.multiUser = multiUser;
        so.timeScale = 0.02;
        so.tls = tls;
        server = std::make_unique<kfp::sandbox::SandboxServer>(so);
        gateway = std::make_unique<kfp::sandbox::KubeflowGateway>(options, multiUser, tls);
        if (mode != AuthMode::None) // standalone KFP: nothing in front of the API
            server->setGateway(gateway.get());
        if (server->listen(0) == 0)
            return false;
        nam = std::make_unique<QNetworkAccessManager>();
        session = std::make_unique<kfp::Session>(nam.get());
        session->setBaseUrl(baseUrl());
        session->setDefaultTimeout(10000);
        client = std::make_unique<kfp::KfpClient>(session.get());
        client->setApiVersion(kfp::ApiVersion::V2Beta1);
        client->setMultiUser(multiUser);
        return true;
    }
    QUrl baseUrl() const
    {
        QUrl url = server->baseUrl();
        url.setPath(QStringLiteral("/pipeline"));
        return url;
    }
    kfp::sandbox::AuthState::Counters counters() const { return gateway->state().counters; }

    std::unique_ptr<kfp::sandbox::SandboxServer> server;
    std::unique_ptr<kfp::sandbox::KubeflowGateway> gateway;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<kfp::Session> session;
    std::unique_ptr<kfp::KfpClient> client;
};

// Runs a login to its end; false when it did not finish in time.
inline bool finish(kfp::DexLogin *login, int timeoutMs = 15000)
{
    return QTest::qWaitFor([login] { return login->isFinished(); }, timeoutMs);
}

inline QByteArray describe(const kfp::DexLogin &login)
{
    return QStringLiteral("error=%1 message=%2 details=%3 step=%4")
        .arg(QVariant::fromValue(login.error()).toString(), login.errorMessage(),
             login.errorDetails(), QVariant::fromValue(login.step()).toString())
        .toUtf8();
}

// Waits for a job and copies out what the test needs before the job deletes itself.
template<class Job> struct Done
{
    bool finished = false;
    bool ok = false;
    kfp::ApiError error;
};
template<class Job, class Use> Done<Job> await(Job *job, Use use, int timeoutMs = 20000)
{
    Done<Job> out;
    QObject context;
    QObject::connect(job, &kfp::ApiJob::finished, &context, [&out, job, use] {
        out.finished = true;
        out.ok = job->ok();
        out.error = job->error();
        if (job->ok())
            use(job);
    });
    (void)QTest::qWaitFor([&out] { return out.finished; }, timeoutMs);
    return out;
}

} // namespace authtest
