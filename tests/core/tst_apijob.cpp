// ApiJob beyond the smoke test, over loopback HTTP against the in-process sandbox: the deadline
// that bounds a whole exchange (an answer dripping in never ends by Qt's transfer timeout alone),
// abort() before the request leaves, during it, while a big body is being parsed and after the
// end, finished() exactly once on every path (success, HTTP and network errors, HTML, parse
// errors, timeouts, no session, the session or the job itself destroyed), and where parsing runs:
// small bodies on the job's thread, big ones on a worker thread, finished() always back on the
// job's thread.

#include "SandboxFixture.h"

#include "net/ApiJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QTcpServer>
#include <QThread>

#include <atomic>

using namespace kfp;
using namespace testutil;

namespace {

// What the parser saw, written from whichever thread it ran on.
struct ParseLog
{
    std::atomic<int> calls{0};
    std::atomic<qint64> bodySize{0};
    std::atomic<QThread *> thread{nullptr};
    // A blocking parser waits on `gate` after setting `started`; `done` when it returns.
    bool blocking = false;
    std::atomic<bool> started{false};
    std::atomic<bool> done{false};
    QSemaphore gate;
    QString result; // what the parser returns ("" = parsed)
};

// The protected parts of ApiJob, for a job that is not one of KfpClient's.
class ProbeJob final : public ApiJob
{
public:
    ProbeJob(Session *session, RequestSpec spec)
        : ApiJob(session, std::move(spec), nullptr)
    {}
    using ApiJob::finishLater;
    using ApiJob::finishWith;
    using ApiJob::start;

    void parseInto(std::shared_ptr<ParseLog> log)
    {
        setParser([log](const QByteArray &body) {
            log->thread = QThread::currentThread();
            log->bodySize = body.size();
            ++log->calls;
            if (log->blocking) {
                log->started = true;
                (void)log->gate.tryAcquire(1, 20000); // never for ever, even on a failed test
            }
            log->done = true;
            return log->result;
        });
    }
};

// Releases a blocking parser whatever happens in the test, so the shared pool is not left stuck.
struct GateOpener
{
    std::shared_ptr<ParseLog> log;
    ~GateOpener()
    {
        if (log && log->blocking && !log->done) {
            log->gate.release();
            (void)QTest::qWaitFor([this] { return log->done.load(); }, 10000);
        }
    }
};

// finished() as seen from outside: how often, on which thread, with what.
struct Seen
{
    int count = 0;
    QThread *thread = nullptr;
    ApiError error;
    int httpStatus = 0;
};

void watch(ApiJob *job, Seen *seen, QObject *context)
{
    QObject::connect(job, &ApiJob::finished, context, [job, seen] {
        ++seen->count;
        seen->thread = QThread::currentThread();
        seen->error = job->error();
        seen->httpStatus = job->httpStatus();
    });
}

RequestSpec getSpec(const QString &path, const QString &query = {}, int timeoutMs = 0)
{
    RequestSpec spec;
    spec.path = path;
    spec.encodedQuery = query;
    spec.timeoutMs = timeoutMs;
    return spec;
}

// Bodies above this are parsed on a worker thread.
constexpr qsizetype WorkerThreshold = 256 * 1024; // ApiJob.cpp's WorkerParseThreshold

} // namespace

// Waits for the first finished(), then a little more to catch a second one.
#define VERIFY_FINISHED_ONCE(seen)                                                                 \
    do {                                                                                           \
        QTRY_VERIFY_WITH_TIMEOUT((seen).count >= 1, 30000);                                        \
        QTest::qWait(300);                                                                         \
        QCOMPARE((seen).count, 1);                                                                 \
    } while (false)

#define VERIFY_KIND(seen, k) QCOMPARE(kindName((seen).error.kind()), kindName(k))

class TstApiJob final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_f;
    QString m_runs;
    QString m_experiments;

    // One experiment with a 300 KiB description: the experiment list is then a big body.
    bool seedBigBody()
    {
        const auto out = await(m_f->client->createExperiment(
            QStringLiteral("big"), QString(300 * 1024, QLatin1Char('d')), QString()));
        return out.ok();
    }

    ProbeJob *probe(const RequestSpec &spec, std::shared_ptr<ParseLog> log = {})
    {
        auto *job = new ProbeJob(m_f->session.get(), spec);
        if (log)
            job->parseInto(std::move(log));
        return job;
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<SandboxFixture>();
        QVERIFY(m_f->start(ApiVersion::V2Beta1));
        m_runs = m_f->apiPrefix() + QStringLiteral("/runs");
        m_experiments = m_f->apiPrefix() + QStringLiteral("/experiments");
    }
    void cleanup() { m_f.reset(); }

    // --- where parsing happens ----------------------------------------------------------------

    void smallBodyParsedOnTheJobThread()
    {
        m_f->server->seedRuns(3);
        auto log = std::make_shared<ParseLog>();
        auto *job = probe(getSpec(m_runs), log);
        QPointer<ProbeJob> guard(job);
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        job->start();
        VERIFY_FINISHED_ONCE(seen);
        VERIFY_KIND(seen, ApiError::Kind::None);
        QCOMPARE(seen.httpStatus, 200);
        QCOMPARE(log->calls.load(), 1);
        QVERIFY(log->bodySize.load() > 0);
        QVERIFY(log->bodySize.load() <= WorkerThreshold);
        QCOMPARE(log->thread.load(), QThread::currentThread());
        QCOMPARE(seen.thread, QThread::currentThread());
        QTRY_VERIFY(guard.isNull()); // auto-delete
    }

    void bigBodyParsedOnAWorkerThread()
    {
        QVERIFY(seedBigBody());
        auto log = std::make_shared<ParseLog>();
        auto *job = probe(getSpec(m_experiments), log);
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        job->start();
        VERIFY_FINISHED_ONCE(seen);
        VERIFY_KIND(seen, ApiError::Kind::None);
        QCOMPARE(log->calls.load(), 1);
        QVERIFY2(log->bodySize.load() > WorkerThreshold, QByteArray::number(log->bodySize.load()));
        QVERIFY(log->thread.load() != nullptr);
        QVERIFY(log->thread.load() != QThread::currentThread());
        QVERIFY(log->thread.load() != QCoreApplication::instance()->thread());
        QCOMPARE(seen.thread, QThread::currentThread()); // finished back on the job's thread
    }

    void parseErrors_data()
    {
        QTest::addColumn<bool>("worker");
        QTest::newRow("small body") << false;
        QTest::newRow("big body") << true;
    }
    void parseErrors()
    {
        QFETCH(bool, worker);
        if (worker)
            QVERIFY(seedBigBody());
        auto log = std::make_shared<ParseLog>();
        log->result = QStringLiteral("experiments is not a list");
        auto *job = probe(getSpec(m_experiments), log);
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        job->start();
        VERIFY_FINISHED_ONCE(seen);
        VERIFY_KIND(seen, ApiError::Kind::InvalidResponse);
        QCOMPARE(seen.error.serverMessage(), QStringLiteral("experiments is not a list"));
        QCOMPARE(seen.error.httpStatus(), 200);
        QCOMPARE(log->thread.load() != QThread::currentThread(), worker);
    }

    // abort() while a worker parses: the abort wins at once; the parse result, when it comes,
    // changes nothing (and the job, deleted meanwhile, is not touched).
    void abortWhileParsingWins()
    {
        QVERIFY(seedBigBody());
        auto log = std::make_shared<ParseLog>();
        log->blocking = true;
        GateOpener opener{log};
        auto *job = probe(getSpec(m_experiments), log);
        QPointer<ProbeJob> guard(job);
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(log->started.load(), 20000);
        QCOMPARE(seen.count, 0);
        job->abort();
        QCOMPARE(seen.count, 1); // synchronously
        VERIFY_KIND(seen, ApiError::Kind::Canceled);
        QTRY_VERIFY(guard.isNull());
        log->gate.release();
        QTRY_VERIFY(log->done.load());
        QTest::qWait(300);
        QCOMPARE(seen.count, 1);
        VERIFY_KIND(seen, ApiError::Kind::Canceled);
    }

    // --- the deadline -------------------------------------------------------------------------

    // The body drips in a piece every 600 ms for 6 s: Qt's transfer timeout (2 s without a byte)
    // never fires, the job's deadline does, at 2 s.
    void deadlineEndsADrippingAnswer_data()
    {
        QTest::addColumn<bool>("perRequest");
        QTest::newRow("request's own timeout") << true;
        QTest::newRow("session default") << false;
    }
    void deadlineEndsADrippingAnswer()
    {
        QFETCH(bool, perRequest);
        m_f->server->seedRuns(50);
        QVERIFY(m_f->server->addFault(QStringLiteral("path=%1,method=GET,drip=6000").arg(m_runs)));
        m_f->session->setDefaultTimeout(perRequest ? 60000 : 2000);
        auto log = std::make_shared<ParseLog>();
        auto *job =
            probe(getSpec(m_runs, QStringLiteral("page_size=50"), perRequest ? 2000 : 0), log);
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        QElapsedTimer clock;
        clock.start();
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(seen.count >= 1, 30000);
        const qint64 elapsed = clock.elapsed();
        QTest::qWait(300);
        QCOMPARE(seen.count, 1);
        VERIFY_KIND(seen, ApiError::Kind::Timeout);
        QCOMPARE(seen.error.serverMessage(), QStringLiteral("no complete answer within 2000 ms"));
        QVERIFY2(elapsed >= 1800, QByteArray::number(elapsed)); // a coarse timer may be early
        QVERIFY2(elapsed < 5500, QByteArray::number(elapsed));  // before the drip had ended
        QCOMPARE(log->calls.load(), 0);
    }

    // Not one byte in time: Qt's transfer timeout, reported as a timeout (not as "canceled").
    void silentServerIsATimeout()
    {
        QVERIFY(m_f->server->addFault(QStringLiteral("path=%1,latency=8000").arg(m_runs)));
        auto *job = probe(getSpec(m_runs, {}, 800));
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        job->start();
        VERIFY_FINISHED_ONCE(seen);
        VERIFY_KIND(seen, ApiError::Kind::Timeout);
        QCOMPARE(seen.httpStatus, 0);
    }

    // --- abort --------------------------------------------------------------------------------

    void abortBeforeTheRequestLeaves()
    {
        auto *job = m_f->client->listRuns();
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        job->abort();
        QCOMPARE(seen.count, 1);
        VERIFY_KIND(seen, ApiError::Kind::Canceled);
        QTest::qWait(500);
        QCOMPARE(seen.count, 1);
        QVERIFY(!m_f->lastRequest("GET", m_runs).has_value()); // never sent
    }

    void abortANeverStartedJob()
    {
        auto *job = probe(getSpec(m_runs));
        QPointer<ProbeJob> guard(job);
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        job->abort();
        QCOMPARE(seen.count, 1);
        VERIFY_KIND(seen, ApiError::Kind::Canceled);
        QVERIFY(job->isFinished());
        QVERIFY(!job->ok());
        job->abort();
        QCOMPARE(seen.count, 1);
        QTRY_VERIFY(guard.isNull());
        QVERIFY(m_f->server->requestLog().isEmpty());
    }

    void abortDuringTheRequest()
    {
        QVERIFY(m_f->server->addFault(QStringLiteral("path=%1,latency=3000").arg(m_runs)));
        auto log = std::make_shared<ParseLog>();
        auto *job = probe(getSpec(m_runs), log);
        QPointer<ProbeJob> guard(job);
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_f->lastRequest("GET", m_runs).has_value(), 10000);
        QCOMPARE(seen.count, 0);
        job->abort();
        QCOMPARE(seen.count, 1); // synchronously
        VERIFY_KIND(seen, ApiError::Kind::Canceled);
        QCOMPARE(seen.httpStatus, 0);
        QTRY_VERIFY(guard.isNull());
        QTest::qWait(3500); // past the moment the server answers
        QCOMPARE(seen.count, 1);
        QCOMPARE(log->calls.load(), 0);
    }

    void abortAfterTheEnd()
    {
        auto *job = m_f->client->listRuns();
        job->setAutoDelete(false);
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        VERIFY_FINISHED_ONCE(seen);
        VERIFY_KIND(seen, ApiError::Kind::None);
        job->abort();
        job->abort();
        QCOMPARE(seen.count, 1);
        QVERIFY(job->isFinished());
        QVERIFY(job->ok());
        QCOMPARE(kindName(job->error().kind()), kindName(ApiError::Kind::None));
        delete job; // auto-delete was off; finished already, so nothing more is emitted
        QCOMPARE(seen.count, 1);
    }

    // --- finished() exactly once, every other path -----------------------------------------------

    void httpError()
    {
        auto log = std::make_shared<ParseLog>();
        auto *job = probe(getSpec(m_runs + QStringLiteral("/no-such-run")), log);
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        job->start();
        VERIFY_FINISHED_ONCE(seen);
        VERIFY_KIND(seen, ApiError::Kind::NotFound);
        QCOMPARE(seen.httpStatus, 404);
        QCOMPARE(log->calls.load(), 0);
    }

    void serverError()
    {
        QVERIFY(m_f->server->addFault(QStringLiteral("path=%1,status=503").arg(m_runs)));
        auto *job = probe(getSpec(m_runs));
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        job->start();
        VERIFY_FINISHED_ONCE(seen);
        VERIFY_KIND(seen, ApiError::Kind::ServerError);
        QCOMPARE(seen.httpStatus, 503);
    }

    void htmlInsteadOfJson()
    {
        QVERIFY(m_f->server->addFault(QStringLiteral("path=%1,html=1").arg(m_runs)));
        auto log = std::make_shared<ParseLog>();
        auto *job = probe(getSpec(m_runs), log);
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        job->start();
        VERIFY_FINISHED_ONCE(seen);
        VERIFY_KIND(seen, ApiError::Kind::InvalidResponse);
        QVERIFY(seen.error.isHtml());
        QCOMPARE(log->calls.load(), 0);
    }

    void connectionDropped()
    {
        QVERIFY(m_f->server->addFault(QStringLiteral("path=%1,drop").arg(m_runs)));
        auto *job = probe(getSpec(m_runs));
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        job->start();
        VERIFY_FINISHED_ONCE(seen);
        VERIFY_KIND(seen, ApiError::Kind::Network);
        QCOMPARE(seen.httpStatus, 0);
    }

    void nothingListening()
    {
        QTcpServer probeServer;
        QVERIFY(probeServer.listen(QHostAddress::LocalHost));
        const quint16 port = probeServer.serverPort();
        probeServer.close();
        m_f->session->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        auto *job = probe(getSpec(m_runs));
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        job->start();
        VERIFY_FINISHED_ONCE(seen);
        VERIFY_KIND(seen, ApiError::Kind::Network);
    }

    // No session: reported from the event loop, so that a caller connecting after start() sees it.
    void noSession()
    {
        auto *job = new ProbeJob(nullptr, getSpec(m_runs));
        job->start();
        QVERIFY(!job->isFinished());
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        VERIFY_FINISHED_ONCE(seen);
        VERIFY_KIND(seen, ApiError::Kind::Network);
        QCOMPARE(seen.error.serverMessage(), QStringLiteral("no session"));
    }

    void sessionDestroyedMidRequest()
    {
        QVERIFY(m_f->server->addFault(QStringLiteral("path=%1,latency=3000").arg(m_runs)));
        auto *session = new Session(m_f->nam.get());
        session->setBaseUrl(m_f->server->baseUrl());
        auto *job = new ProbeJob(session, getSpec(m_runs));
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_f->lastRequest("GET", m_runs).has_value(), 10000);
        delete session;
        QCOMPARE(seen.count, 1);
        VERIFY_KIND(seen, ApiError::Kind::Canceled);
        QCOMPARE(seen.error.serverMessage(), QStringLiteral("session closed"));
        QTest::qWait(3500);
        QCOMPARE(seen.count, 1);
    }

    // The owner deletes the job before it finished: finished() still comes, once, Canceled.
    void destroyedBeforeTheEnd()
    {
        QVERIFY(m_f->server->addFault(QStringLiteral("path=%1,latency=3000").arg(m_runs)));
        auto *job = probe(getSpec(m_runs));
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_f->lastRequest("GET", m_runs).has_value(), 10000);
        delete job;
        QCOMPARE(seen.count, 1);
        VERIFY_KIND(seen, ApiError::Kind::Canceled);
        QTest::qWait(3500);
        QCOMPARE(seen.count, 1);
    }

    // A composite's own endings: the first one counts.
    void finishWithTwiceAndLater()
    {
        auto *job = probe(getSpec(m_runs));
        job->setAutoDelete(false);
        QObject context;
        Seen seen;
        watch(job, &seen, &context);
        job->finishLater(ApiError(ApiError::Kind::Conflict, QStringLiteral("later")));
        job->finishWith(ApiError(ApiError::Kind::NotFound, QStringLiteral("first")));
        job->finishWith(ApiError(ApiError::Kind::ServerError, QStringLiteral("second")));
        QCOMPARE(seen.count, 1);
        QTest::qWait(300);
        QCOMPARE(seen.count, 1);
        VERIFY_KIND(seen, ApiError::Kind::NotFound);
        QCOMPARE(job->error().serverMessage(), QStringLiteral("first"));
        delete job; // finished already: the destructor emits nothing more
        QCOMPARE(seen.count, 1);
    }
};

QTEST_GUILESS_MAIN(TstApiJob)
#include "tst_apijob.moc"
