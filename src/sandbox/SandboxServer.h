#pragma once

#include <QList>
#include <QObject>
#include <QPair>
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
    QUrl baseUrl() const; // "http://127.0.0.1:<port>"

    void seedDemo();
    void seedPipelines(int count);
    void seedRuns(int count);

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

    void setGateway(Gateway *gateway); // not owned; nullptr = no auth

    // Writes the store to dataDir now (normally debounced). Returns false on error.
    bool saveNow();

private:
    std::unique_ptr<SandboxServerPrivate> d;
};

} // namespace kfp::sandbox
