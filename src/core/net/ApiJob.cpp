#include "ApiJob.h"

#include "HttpSession.h"
#include "net/Logging.h"

#include <QFutureWatcher>
#include <QNetworkReply>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace kfp {

namespace {

// Bodies above this size are parsed on a worker thread (a 200-run page can be megabytes).
constexpr qsizetype WorkerParseThreshold = 256 * 1024;

QThreadPool *parsePool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // intentionally leaked: outlives every job
        p->setMaxThreadCount(qBound(1, QThread::idealThreadCount() / 2, 4));
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    return contentType.toLower().contains("text/html") || body.trimmed().startsWith('<');
}

} // namespace

ApiJob::ApiJob(HttpSession *session, RequestSpec spec, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_spec(std::move(spec))
{}

ApiJob::~ApiJob()
{
    // Destroyed before finishing (owner gone): still keep the "finished() exactly once" promise.
    if (!m_finished) {
        m_finished = true;
        m_error = ApiError(ApiError::Kind::Canceled);
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            delete m_reply;
        }
        Q_EMIT finished();
    }
}

void ApiJob::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    if (!m_session) {
        finishLater(ApiError(ApiError::Kind::Network, QStringLiteral("no session")));
        return;
    }
    send();
}

void ApiJob::send()
{
    m_sent = true;
    m_sentGeneration = m_session->credentialGeneration();
    QNetworkReply *reply = m_session->send(m_spec);
    if (!reply) {
        finishLater(ApiError(ApiError::Kind::ClientError,
                             QStringLiteral("cannot open %1").arg(m_spec.uploadFilePath)));
        return;
    }
    m_reply = reply;
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, [this, reply](qint64 sent, qint64 total) {
        // Qt cannot see the size of a body streamed from a sequential device (SendOnceBody) and
        // reports the bytes sent so far as the total; the Content-Length is the real total.
        const QVariant length = reply->request().header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            total = length.toLongLong();
        Q_EMIT uploadProgress(sent, total);
    });
    startDeadline(reply);
    // If the session goes away, so may its network manager: stop now rather than dangle.
    if (!m_replayed) {
        connect(m_session, &QObject::destroyed, this, [this] {
            finishWith(ApiError(ApiError::Kind::Canceled, QStringLiteral("session closed")));
        });
    }
}

void ApiJob::startDeadline(QNetworkReply *reply)
{
    // Qt's transfer timeout fires only after that long without a single byte: an answer dripping
    // in a few bytes at a time would never end. The deadline bounds the whole exchange with the
    // same duration. Upload progress restarts it, so a big upload on a slow link is not cut off.
    const int timeoutMs = m_spec.timeoutMs > 0 ? m_spec.timeoutMs : m_session->defaultTimeout();
    if (timeoutMs <= 0)
        return;
    if (!m_deadline) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, [this] {
            if (!m_reply || m_finished)
                return;
            qCDebug(lcApi).noquote() << m_spec.method << m_spec.path << "→ deadline passed";
            finishWith(ApiError(
                ApiError::Kind::Timeout,
                QStringLiteral("no complete answer within %1 ms").arg(m_deadline->interval())));
        });
    }
    m_deadline->start(timeoutMs);
    connect(reply, &QNetworkReply::uploadProgress, m_deadline,
            [deadline = m_deadline, timeoutMs](qint64 sent, qint64) {
                if (sent > 0)
                    deadline->start(timeoutMs);
            });
}

bool ApiJob::waitForRelogin()
{
    // A request is replayed once at most. The gateway refused it before KFP saw it, so even a
    // POST that creates is safe to send again (a timeout never comes here: it is not a refusal).
    if (m_replayed || !m_session)
        return false;
    QPointer<ApiJob> self(this);
    return m_session->requestRelogin(m_sentGeneration, this, [self](const ApiError &error) {
        if (!self || self->m_finished)
            return;
        if (error.isError()) {
            self->finishWith(error);
            return;
        }
        self->m_replayed = true;
        qCDebug(lcApi).noquote() << "replaying" << self->m_spec.method << self->m_spec.path;
        self->send();
    });
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    m_aborting = true;
    finishWith(ApiError(ApiError::Kind::Canceled));
}

void ApiJob::setCurrentStep(ApiJob *step)
{
    m_step = step;
}

void ApiJob::finishLater(const ApiError &error)
{
    QTimer::singleShot(0, this, [this, error] { finishWith(error); });
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    if (m_deadline)
        m_deadline->stop();
    reply->deleteLater();

    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError netError = reply->error();
    qCDebug(lcApi).noquote() << m_spec.method << m_spec.path << "→" << m_httpStatus << body.size()
                             << "bytes";

    if (m_session && m_httpStatus != 0 &&
        ReplyClassifier::isSessionGone(m_session->classify(reply, body),
                                       m_session->authMode() == HttpSession::AuthMode::Bearer) &&
        waitForRelogin())
        return;

    if (m_httpStatus == 0 && netError != QNetworkReply::NoError) {
        ApiError error = ApiError::fromNetwork(netError, reply->errorString());
        // setTransferTimeout() ends the reply with OperationCanceledError: it was a timeout unless
        // we aborted it ourselves.
        if (netError == QNetworkReply::OperationCanceledError && !m_aborting)
            error = ApiError(ApiError::Kind::Timeout, reply->errorString());
        finishWith(error);
        return;
    }
    if (m_httpStatus >= 300 && m_httpStatus < 400) {
        // Redirects are not followed; a gateway redirects to its login page when the session is
        // gone. Gateways send a relative Location (Qt's parsed header takes absolute URLs only),
        // so the raw header is resolved against the request's URL, as HttpSession does.
        const QByteArray raw = reply->rawHeader("Location");
        const QUrl target =
            reply->url()
                .resolved(QUrl::fromEncoded(raw))
                .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
        const QString where = raw.isEmpty() || !target.isValid()
                                  ? tr("redirected without saying where (no Location header)")
                                  : tr("redirected to %1").arg(target.toString());
        ApiError error(ApiError::Kind::Unauthorized, where, m_httpStatus);
        finishWith(error);
        return;
    }
    if (m_httpStatus >= 400) {
        finishWith(ApiError::fromHttp(m_httpStatus, body, contentType));
        return;
    }
    if (netError != QNetworkReply::NoError) { // e.g. the connection dropped mid-body
        finishWith(ApiError::fromNetwork(netError, reply->errorString()));
        return;
    }
    if (looksLikeHtml(body, contentType)) {
        ApiError error(ApiError::Kind::InvalidResponse,
                       QStringLiteral("HTML where JSON was expected"), m_httpStatus);
        error.setHtml(true);
        finishWith(error);
        return;
    }
    if (!m_parser) {
        finishParsed({});
        return;
    }
    if (body.size() <= WorkerParseThreshold) {
        finishParsed(m_parser(body));
        return;
    }
    // Big body: parse on the shared pool; the parser touches no QObject, and the watcher brings
    // the result back to this thread. An abort meanwhile simply wins (finishParsed ignores it).
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        finishParsed(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(parsePool(), m_parser, body));
}

void ApiJob::finishParsed(const QString &parseError)
{
    if (parseError.isEmpty()) {
        finishWith(ApiError());
        return;
    }
    qCWarning(lcApi).noquote() << m_spec.path << "unreadable reply:" << parseError;
    finishWith(ApiError(ApiError::Kind::InvalidResponse, parseError, m_httpStatus));
}

void ApiJob::finishWith(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_step && !m_step->isFinished()) { // a composite ending early stops its step
        disconnect(m_step, nullptr, this, nullptr);
        m_step->abort();
    }
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (error.isError())
        qCDebug(lcApi).noquote() << m_spec.path << "failed:" << error.fullMessage();
    // Whether the server answered is news for whoever follows the connection's health.
    if (m_sent && m_session && error.kind() != ApiError::Kind::Canceled)
        m_session->reportOutcome(error);
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace kfp
