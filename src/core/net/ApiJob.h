#pragma once

// An API call in flight. KfpClient creates one per call, already started. It emits finished()
// exactly once on every path (success, HTTP error, parse error, timeout, abort), owns its reply,
// and deletes itself after finished() unless setAutoDelete(false). Connect with a context object:
//
//     auto *job = client->listRuns(query);
//     connect(job, &ApiJob::finished, this, [this, job] { if (job->ok()) use(job->result()); });
//
// Large replies are parsed on a worker thread; the job finishes back on its own thread.

#include "ApiError.h"
#include "RequestSpec.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QNetworkReply;
class QTimer;

namespace kfp {

class HttpSession;

class ApiJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)
public:
    ~ApiJob() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    const RequestSpec &request() const { return m_spec; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

    // Cancels the call; finished() is emitted (with Kind::Canceled) if it had not been already.
    void abort();

Q_SIGNALS:
    void finished();
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);

protected:
    // parser: turns the reply body into the job's result; runs on a worker thread for big bodies,
    // so it must touch no QObject. Returns an error message ("" = success).
    using Parser = std::function<QString(const QByteArray &body)>;

    ApiJob(HttpSession *session, RequestSpec spec, QObject *parent);
    void setParser(Parser parser) { m_parser = std::move(parser); }

    // For composite jobs (create-or-get, wait-for-completion) that finish without a reply of their
    // own.
    void finishWith(const ApiError &error);

    // Starts the request. Called by KfpClient right after construction. An early failure (no
    // session, unreadable upload file) is reported from the event loop, never from inside start().
    void start();
    // Composite jobs: the step in flight. abort() aborts it (after disconnecting it from us).
    void setCurrentStep(ApiJob *step);
    // finishWith() from the event loop (so that a caller connecting after the call still sees it).
    void finishLater(const ApiError &error);

    friend class KfpClient;

private:
    void send();
    void startDeadline(QNetworkReply *reply);
    void onReplyFinished();
    // Session gone at the gateway: wait for the session's shared re-login, then send once more.
    bool waitForRelogin();
    void finishParsed(const QString &parseError);

    QPointer<HttpSession> m_session;
    bool m_sent = false; // a request went out (composite jobs send none of their own)
    RequestSpec m_spec;
    Parser m_parser;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline = nullptr; // bounds one exchange (see startDeadline())
    ApiError m_error;
    int m_httpStatus = 0;
    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_started = false;
    bool m_aborting = false; // abort() called: OperationCanceledError is then not a timeout
    bool m_replayed = false; // sent again after a re-login: never a second time
    quint64 m_sentGeneration = 0;
    QPointer<ApiJob> m_step;
};

// A job with a typed result. The template holds no signals (those are in ApiJob).
template<class T> class ResultJob : public ApiJob
{
public:
    using ApiJob::ApiJob;
    const T &result() const { return *m_result; }

protected:
    // Installs a parser that fills result() from the body with `parse(body, &error)`.
    void setResultParser(std::function<T(const QByteArray &, QString *)> parse)
    {
        auto holder = m_result;
        setParser([holder, parse = std::move(parse)](const QByteArray &body) {
            QString why;
            *holder = parse(body, &why);
            return why;
        });
    }
    void setResult(T value) { *m_result = std::move(value); }

    friend class KfpClient;

private:
    std::shared_ptr<T> m_result = std::make_shared<T>();
};

} // namespace kfp
