#include "sandbox/SandboxServer.h"

#include "sandbox/ApiRouter.h"
#include "sandbox/HttpLayer.h"
#include "sandbox/RunSimulator.h"
#include "sandbox/Seeder.h"
#include "sandbox/Store.h"
#include "sandbox/V1Api.h"
#include "sandbox/V2Api.h"
#include "sandbox/gateways/KubeflowGateway.h"
#include "sandbox/gateways/SelfSignedCertificate.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTcpServer>
#include <QTimer>

#include <cstdio>

namespace kfp::sandbox {

class SandboxServerPrivate
{
public:
    explicit SandboxServerPrivate(const SandboxOptions &o)
        : options(o)
        , simulator(store, o.timeScale)
        , ctx{store, simulator, o.multiUser}
        , v2(ctx)
        , v1(ctx)
        , namespaces(store, o.multiUser)
        , http([this](const HttpRequest &r) { return dispatch(r); },
               [this](const HttpRequest &r) { return logRequest(r); },
               [this](qint64 seq, int status) { logStatus(seq, status); })
    {
        v2.registerRoutes(router);
        v1.registerRoutes(router);
        if (o.auth.mode != AuthMode::None) {
            gateway = std::make_unique<KubeflowGateway>(o.auth, o.multiUser, o.tls);
            gateway->setResourceNamespaces(&namespaces);
            http.setGateway(gateway.get());
        }
    }

    // A multi-user create that names no experiment fails GetValidExperimentNamespacePair before
    // anything else, in both API versions (ResourceNamespaces).
    HttpResponse dispatch(const HttpRequest &r) const
    {
        if (options.multiUser) {
            const NamespaceTarget t = namespaces.resolve(r);
            if (t.invalid.isError())
                return ApiRouter::render(r.apiPath.startsWith(QLatin1String("/apis/v1beta1"))
                                             ? Dialect::V1
                                             : Dialect::V2,
                                         Result(t.invalid));
        }
        return router.dispatch(r);
    }

    qint64 logRequest(const HttpRequest &r)
    {
        if (verbose)
            std::fprintf(
                stderr, "%s %s\n", r.method.constData(),
                qPrintable(r.path + (r.query.isEmpty() ? QString()
                                                       : QLatin1Char('?') + r.query.toString())));
        if (!logEnabled)
            return -1;
        log.append({r.method, r.path, r.apiPath, r.query, r.headers, r.body, 0});
        return logBase + log.size() - 1;
    }

    void logStatus(qint64 seq, int status)
    {
        const qint64 idx = seq - logBase;
        if (seq >= 0 && idx >= 0 && idx < log.size())
            log[static_cast<int>(idx)].status = status;
    }

    QString storeFile() const { return QDir(options.dataDir).filePath("sandbox-store.json"); }

    SandboxOptions options;
    Store store;
    RunSimulator simulator;
    ApiContext ctx;
    ApiRouter router;
    ResourceNamespaces namespaces;
    V2Api v2;
    V1Api v1;
    HttpLayer http;
    std::unique_ptr<KubeflowGateway> gateway; // the built-in one, when options.auth asks for it
    SelfSignedCertificate tlsIdentity;
    QTimer saveTimer;
    QList<RequestLogEntry> log;
    qint64 logBase = 0;
    bool logEnabled = true;
    bool verbose = false;
    quint16 port = 0;
};

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SandboxServerPrivate>(options))
{
    if (!options.dataDir.isEmpty()) {
        QFile f(d->storeFile());
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            if (!d->store.fromJson(o))
                qCWarning(lcSandbox) << "could not load" << f.fileName();
            d->simulator.resume();
        }
        // Persist changes debounced: many small mutations (simulation ticks) → one write.
        d->saveTimer.setSingleShot(true);
        d->saveTimer.setInterval(500);
        connect(&d->saveTimer, &QTimer::timeout, this, [this] { saveNow(); });
        connect(&d->store, &Store::changed, &d->saveTimer, [this] {
            if (!d->saveTimer.isActive())
                d->saveTimer.start();
        });
    }
}

SandboxServer::~SandboxServer()
{
    if (!d->options.dataDir.isEmpty())
        saveNow();
    for (QTcpServer *s : d->http.servers())
        s->close();
}

bool SandboxServer::saveNow()
{
    if (d->options.dataDir.isEmpty())
        return false;
    QDir().mkpath(d->options.dataDir);
    QSaveFile f(d->storeFile());
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(d->store.toJson()).toJson(QJsonDocument::Compact));
    return f.commit();
}

quint16 SandboxServer::listen(quint16 port)
{
    if (d->options.tls && d->tlsIdentity.certificate.isNull()) {
        d->tlsIdentity = SelfSignedCertificate::generate();
        if (d->tlsIdentity.certificate.isNull()) {
            qCWarning(lcSandbox) << "could not generate the TLS certificate";
            return 0;
        }
        d->http.sslSetup(d->tlsIdentity.certificate, d->tlsIdentity.key);
    }
    d->port = d->http.listen(QHostAddress::LocalHost, port);
    return d->port;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(d->options.tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(d->port));
}

QUrl SandboxServer::kfpUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/pipeline"));
    return url;
}

QSslCertificate SandboxServer::certificate() const
{
    return d->tlsIdentity.certificate;
}

void SandboxServer::seedDemo()
{
    Seeder::seedDemo(d->store, d->simulator, d->options.multiUser);
}

void SandboxServer::seedPipelines(int count)
{
    Seeder::seedPipelines(d->store, count);
}

void SandboxServer::seedRuns(int count)
{
    Seeder::seedRuns(d->store, count, d->options.multiUser);
}

void SandboxServer::seedRunningRuns(int count)
{
    Seeder::seedRuns(d->store, count, d->options.multiUser, true);
}

bool SandboxServer::setExperimentStorageUnspecified(const QString &experimentId)
{
    const auto it = d->store.experiments.find(experimentId);
    if (it == d->store.experiments.end())
        return false;
    it->storageUnspecified = true;
    it->archived = false;
    return true;
}

bool SandboxServer::addFault(const QString &spec, QString *error)
{
    return d->http.faults().add(spec, error);
}

void SandboxServer::clearFaults()
{
    d->http.faults().clear();
}

void SandboxServer::setFaultSeed(quint32 seed)
{
    d->http.faults().seed(seed);
}

QList<RequestLogEntry> SandboxServer::requestLog() const
{
    return d->log;
}

void SandboxServer::clearRequestLog()
{
    d->logBase += d->log.size();
    d->log.clear();
}

void SandboxServer::setRequestLogEnabled(bool enabled)
{
    d->logEnabled = enabled;
}

void SandboxServer::setVerbose(bool verbose)
{
    d->verbose = verbose;
}

int SandboxServer::pipelineCount() const
{
    return d->store.pipelines.size();
}

int SandboxServer::pipelineVersionCount() const
{
    return d->store.versions.size();
}

int SandboxServer::experimentCount() const
{
    return d->store.experiments.size();
}

int SandboxServer::runCount() const
{
    return d->store.runs.size();
}

int SandboxServer::recurringRunCount() const
{
    return d->store.recurringRuns.size();
}

void SandboxServer::setGateway(Gateway *gateway)
{
    if (auto *kubeflow = dynamic_cast<KubeflowGateway *>(gateway))
        kubeflow->setResourceNamespaces(&d->namespaces);
    d->http.setGateway(gateway);
}

int SandboxServer::loginAttempts() const
{
    return d->gateway ? d->gateway->state().counters.loginAttempts : 0;
}

int SandboxServer::loginAttempts(const QString &login) const
{
    return d->gateway ? d->gateway->state().counters.loginAttemptsByUser.value(login) : 0;
}

int SandboxServer::successfulLogins() const
{
    return d->gateway ? d->gateway->state().counters.successfulLogins : 0;
}

int SandboxServer::signOuts() const
{
    return d->gateway ? d->gateway->state().counters.signOuts : 0;
}

int SandboxServer::gatewayHits() const
{
    return d->gateway ? d->gateway->state().counters.gatewayHits : 0;
}

int SandboxServer::deniedRequests() const
{
    return d->gateway ? d->gateway->state().counters.deniedRequests : 0;
}

void SandboxServer::resetAuthCounters()
{
    if (d->gateway)
        d->gateway->state().counters = {};
}

void SandboxServer::expireSessions()
{
    if (d->gateway)
        d->gateway->state().expireSessions();
}

void SandboxServer::advanceAuthClock(qint64 secs)
{
    if (d->gateway)
        d->gateway->state().advanceClock(secs);
}

QString SandboxServer::mintToken(const QString &user, qint64 ttlSecs, const QString &issuer) const
{
    if (!d->gateway)
        return {};
    return d->gateway->jwt().mint(user, ttlSecs, d->gateway->state().now(), issuer);
}

QString SandboxServer::namespaceForUser(const QString &user)
{
    return KubeflowGateway::namespaceForUser(user);
}

} // namespace kfp::sandbox
