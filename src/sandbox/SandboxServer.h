#pragma once

#include "sandbox/gateways/AuthOptions.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace kfp::sandbox {

class Gateway;
class SandboxServerPrivate;

struct SandboxOptions
{
    bool multiUser = false;
    QString dataDir;        // empty = in-memory only; else load at start, save on change
    double timeScale = 1.0; // multiplies simulated task durations; tests use e.g. 0.01
    // The Kubeflow login gateway in front of the API (auth.mode None = no gateway). With one,
    // the host is laid out like a Kubeflow ingress: KFP at /pipeline (API /pipeline/apis/...),
    // Dex at /dex/, oauth2-proxy at /oauth2/ or authservice at /authservice/, the dashboard's
    // /api/workgroup/env-info. Direct /apis/... stays the unguarded in-cluster ml-pipeline
    // service (multi-user: needs a kubeflow-userid header). See README.md "Login gateways".
    AuthOptions auth;
    // Serve HTTPS with a self-signed certificate made at start (certificate()).
    bool tls = false;
};

struct RequestLogEntry
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // path as received (decoded)
    QString apiPath;   // same with any "/pipeline" prefix removed
    QUrlQuery query;   // as received
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int status = 0; // HTTP status answered (0 if the connection was dropped)
};

// A local emulation of the Kubeflow Pipelines API server (v2beta1 and v1beta1 on one store).
class SandboxServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    quint16 listen(quint16 port = 0); // binds 127.0.0.1 only; returns the port, 0 on failure
    quint16 port() const;
    QUrl baseUrl() const; // "http://127.0.0.1:<port>" ("https://" with options.tls)
    QUrl kfpUrl() const;  // baseUrl() + "/pipeline": the URL a Kubeflow user gives
    // The TLS certificate (null without options.tls); pin it by certificate().digest(Sha256).
    QSslCertificate certificate() const;

    void seedDemo();
    void seedPipelines(int count);
    void seedRuns(int count);
    void seedRunningRuns(int count); // RUNNING until terminated
    // Leaves the experiment's storage state unspecified (neither AVAILABLE nor ARCHIVED).
    bool setExperimentStorageUnspecified(const QString &experimentId);

    bool addFault(const QString &spec, QString *error = nullptr);
    void clearFaults();
    void setFaultSeed(quint32 seed); // reseeds the fault RNG (default seed 42)

    QList<RequestLogEntry> requestLog() const;
    void clearRequestLog();
    void setRequestLogEnabled(bool enabled);
    void setVerbose(bool verbose); // log each request to stderr

    int pipelineCount() const;
    int pipelineVersionCount() const;
    int experimentCount() const;
    int runCount() const;
    int recurringRunCount() const;

    void setGateway(Gateway *gateway); // not owned; nullptr = no auth (replaces options.auth)

    // --- Login gateway (options.auth); all 0 / no-ops without one ---
    int loginAttempts() const;                     // password POSTs to Dex, any outcome
    int loginAttempts(const QString &login) const; // by the `login` field as typed
    int successfulLogins() const;                  // session cookies issued by a callback
    int signOuts() const;                          // /oauth2/sign_out, /authservice/logout
    int gatewayHits() const;    // requests the gateway answered itself (Dex, front, denials,
                                // env-info, UI pages) instead of passing them to the API
    int deniedRequests() const; // of those, "not logged in" / rejected-token answers
    void resetAuthCounters();
    void expireSessions();              // every session cookie becomes invalid now
    void advanceAuthClock(qint64 secs); // moves the gateway clock (sessions, CSRF, JWT exp)
    // A JWT like a Dex ID token (claims iss, sub, aud, email, iat, exp) for `user`; ttlSecs <= 0
    // gives an expired one; another issuer gives one Istio would not know. Empty without gateway.
    QString mintToken(const QString &user, qint64 ttlSecs = 3600, const QString &issuer = {}) const;
    // The profile namespace of a user, as env-info reports and multi-user checks it:
    // user@example.com → kubeflow-user-example-com.
    static QString namespaceForUser(const QString &user);

    // Writes the store to dataDir now (normally debounced). Returns false on error.
    bool saveNow();

private:
    std::unique_ptr<SandboxServerPrivate> d;
};

} // namespace kfp::sandbox
