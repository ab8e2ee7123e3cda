// SendOnceBody: a request body Qt cannot rewind. As a device: the exact bytes of a memory body and
// of a multipart body streamed from a file (whatever the chunking), reset()/seek() refused, size
// and bytesAvailable counting down, a file that shrank failing instead of stalling. Over loopback
// HTTP against the sandbox: what the server receives, and that a POST whose connection drops
// before the answer is not sent a second time by QNetworkAccessManager (while a plain QByteArray
// body is: the reason the class exists).

#include "net/SendOnceBody.h"
#include "sandbox/SandboxServer.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kfp;

namespace {

QByteArray noise(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(rng.bounded(256));
    return out;
}

QByteArray boundaryOf(const SendOnceBody &body)
{
    static const QRegularExpression re(
        QStringLiteral("^multipart/form-data; boundary=(kfp-desktop-[0-9a-f]{16})$"));
    const auto m = re.match(QString::fromLatin1(body.contentType()));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

QByteArray multipart(const QByteArray &boundary, const QByteArray &field,
                     const QByteArray &fileName, const QByteArray &content)
{
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field +
           "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" +
           content + "\r\n--" + boundary + "--\r\n";
}

// Reads with read(char *, n) in pieces of `chunk` until the device says no more.
QByteArray readInPieces(QIODevice &device, qint64 chunk, qint64 *last = nullptr)
{
    QByteArray out;
    QByteArray buffer(chunk, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = device.read(buffer.data(), chunk)) > 0)
        out.append(buffer.constData(), n);
    if (last)
        *last = n;
    return out;
}

QBuffer *openBuffer(const QByteArray &content)
{
    auto *b = new QBuffer;
    b->setData(content);
    b->open(QIODevice::ReadOnly);
    return b;
}

} // namespace

class TstSendOnceBody final : public QObject
{
    Q_OBJECT

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(m_server->baseUrl().toString() + pathAndQuery);
    }
    int posts(const QString &apiPath) const
    {
        int n = 0;
        for (const auto &e : m_server->requestLog())
            n += e.method == "POST" && e.apiPath == apiPath;
        return n;
    }
    // Waits for the reply to finish; false on timeout.
    static bool finish(QNetworkReply *reply)
    {
        return QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000);
    }
    static QNetworkRequest jsonRequest(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return request;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(m_server->listen(0) != 0);
        m_nam = std::make_unique<QNetworkAccessManager>();
    }
    void cleanup()
    {
        m_nam.reset();
        m_server.reset();
    }

    // --- the device -----------------------------------------------------------------------------

    void memoryBodyReadsOnceAndCannotRewind()
    {
        SendOnceBody body(QByteArray("{\"a\":1}"));
        QVERIFY(body.isOpen());
        QVERIFY(body.isReadable());
        QVERIFY(!body.isWritable());
        QVERIFY(body.isSequential());
        QVERIFY(body.contentType().isEmpty());
        QCOMPARE(body.length(), qint64(7));
        QCOMPARE(body.size(), qint64(7));
        QCOMPARE(body.bytesAvailable(), qint64(7));
        QVERIFY(!body.atEnd());

        QCOMPARE(body.read(3), QByteArray("{\"a"));
        QCOMPARE(body.bytesAvailable(), qint64(4));
        QCOMPARE(body.size(), qint64(4)); // what is left to send
        QCOMPARE(body.length(), qint64(7));

        QVERIFY(!body.reset());
        QVERIFY(!body.seek(0));
        // Refusing to rewind changed nothing: the rest follows, not the start again.
        QCOMPARE(body.read(100), QByteArray("\":1}"));
        QVERIFY(body.atEnd());
        QCOMPARE(body.bytesAvailable(), qint64(0));
        QCOMPARE(body.size(), qint64(0));
        QVERIFY(!body.reset());
        QCOMPARE(body.read(100), QByteArray());
        QCOMPARE(body.readAll(), QByteArray());
    }

    void memoryBodyRefusesWrites()
    {
        SendOnceBody body(QByteArray("abc"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ReadOnly device")));
        QCOMPARE(body.write("x"), qint64(-1));
        QCOMPARE(body.readAll(), QByteArray("abc"));
    }

    void emptyMemoryBody()
    {
        SendOnceBody body{QByteArray()};
        QCOMPARE(body.length(), qint64(0));
        QCOMPARE(body.size(), qint64(0));
        QVERIFY(body.atEnd());
        QCOMPARE(body.readAll(), QByteArray());
    }

    void prepareSetsLengthAndForbidsBuffering()
    {
        SendOnceBody json(QByteArray(1234, 'j'));
        QNetworkRequest request = jsonRequest(QUrl(QStringLiteral("http://127.0.0.1:1/x")));
        json.prepare(&request);
        QCOMPARE(request.header(QNetworkRequest::ContentLengthHeader).toLongLong(), qint64(1234));
        QCOMPARE(request.attribute(QNetworkRequest::DoNotBufferUploadDataAttribute).toBool(), true);
        // A memory body keeps the request's own content type.
        QCOMPARE(request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/json"));

        SendOnceBody file("uploadfile", QStringLiteral("p.yaml"), openBuffer(QByteArray(10, 'f')));
        QNetworkRequest upload(QUrl(QStringLiteral("http://127.0.0.1:1/x")));
        file.prepare(&upload);
        QCOMPARE(upload.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 file.contentType());
        QCOMPARE(upload.header(QNetworkRequest::ContentLengthHeader).toLongLong(), file.length());
        QCOMPARE(upload.attribute(QNetworkRequest::DoNotBufferUploadDataAttribute).toBool(), true);
    }

    void multipartBodyIsExact()
    {
        const QByteArray content = noise(10000, 1);
        SendOnceBody body("uploadfile", QStringLiteral("my \"pipe\".yaml"), openBuffer(content));
        const QByteArray boundary = boundaryOf(body);
        QVERIFY2(!boundary.isEmpty(), body.contentType().constData());
        // A double quote would end the file name early: it becomes '_'.
        const QByteArray expected = multipart(boundary, "uploadfile", "my _pipe_.yaml", content);
        QCOMPARE(body.length(), qint64(expected.size()));
        QCOMPARE(body.size(), qint64(expected.size()));
        QVERIFY(!body.reset());
        QCOMPARE(body.readAll(), expected);
        QVERIFY(body.atEnd());
        QCOMPARE(body.size(), qint64(0));
    }

    void boundariesDiffer()
    {
        SendOnceBody a("f", QStringLiteral("a.yaml"), openBuffer("a"));
        SendOnceBody b("f", QStringLiteral("b.yaml"), openBuffer("b"));
        QVERIFY(!boundaryOf(a).isEmpty());
        QVERIFY(!boundaryOf(b).isEmpty());
        QVERIFY(boundaryOf(a) != boundaryOf(b));
    }

    // File sizes around the device's read sizes, so that one read ends in the head, in the file,
    // between file and tail or in the tail, and pieces of every size: the bytes are always the
    // same.
    void multipartBodyWhateverTheChunking()
    {
        for (qsizetype size : {qsizetype(0), qsizetype(1), qsizetype(100)}) {
            for (qint64 chunk : {1, 7, 64, 4096, 100000}) {
                const QByteArray content = noise(size, quint32(size));
                SendOnceBody body("uploadfile", QStringLiteral("p.yaml"), openBuffer(content));
                const QByteArray expected =
                    multipart(boundaryOf(body), "uploadfile", "p.yaml", content);
                QCOMPARE(readInPieces(body, chunk), expected);
            }
        }
        // Around 16 KiB and 32 KiB (QIODevice's read-ahead): the file's end and the tail (36
        // bytes) fall on every side of a read boundary.
        const qint64 headSize =
            multipart("kfp-desktop-0000000000000000", "uploadfile", "p.yaml", {}).size() - 36;
        for (qint64 total : {qint64(16384), qint64(32768)}) {
            for (qint64 delta = -40; delta <= 40; delta += 3) {
                const qsizetype size = qsizetype(total - headSize + delta);
                const QByteArray content = noise(size, quint32(delta + 100));
                SendOnceBody body("uploadfile", QStringLiteral("p.yaml"), openBuffer(content));
                const QByteArray expected =
                    multipart(boundaryOf(body), "uploadfile", "p.yaml", content);
                QCOMPARE(body.length(), qint64(expected.size()));
                const QByteArray got = readInPieces(body, 5000);
                QVERIFY2(got == expected,
                         qPrintable(QStringLiteral("file of %1 bytes: got %2 of %3")
                                        .arg(size)
                                        .arg(got.size())
                                        .arg(expected.size())));
            }
        }
    }

    // The file got shorter after the body announced its length: reading fails (-1) once the
    // file has nothing more, rather than returning 0 for ever (Qt would wait for more).
    void shrunkFileFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("p.yaml"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(noise(1000, 9)), qint64(1000));
        }
        auto *file = new QFile(path);
        QVERIFY(file->open(QIODevice::ReadOnly));
        SendOnceBody body("uploadfile", QStringLiteral("p.yaml"), file);
        const qint64 announced = body.length();
        const qint64 headSize = announced - 1000 - 36;
        QVERIFY(QFile::resize(path, 100));

        qint64 last = 0;
        const QByteArray got = readInPieces(body, 4096, &last);
        QCOMPARE(last, qint64(-1));
        QCOMPARE(qint64(got.size()), headSize + 100);
        QCOMPARE(got.mid(headSize), noise(1000, 9).left(100));
        QVERIFY(!body.atEnd()); // the missing bytes are still owed: not a clean end
    }

    void bodyOwnsTheFile()
    {
        QPointer<QBuffer> file(openBuffer("x"));
        {
            SendOnceBody body("uploadfile", QStringLiteral("p.yaml"), file);
            QCOMPARE(file->parent(), &body);
        }
        QVERIFY(file.isNull());
    }

    // --- over the wire --------------------------------------------------------------------------

    void serverReceivesTheExactBody()
    {
        const QString path = QStringLiteral("/apis/v2beta1/experiments");
        const QByteArray json = QJsonDocument(QJsonObject{{"display_name", "sent once"}})
                                    .toJson(QJsonDocument::Compact);
        auto *body = new SendOnceBody(json);
        QNetworkRequest request = jsonRequest(url(path));
        body->prepare(&request);
        QNetworkReply *reply = m_nam->post(request, body);
        body->setParent(reply);
        QVERIFY(finish(reply));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QCOMPARE(m_server->experimentCount(), 1);
        const auto log = m_server->requestLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().body, json);
    }

    // 2 MiB streamed from disk in many reads: the server gets the whole multipart body and makes
    // a pipeline of it.
    void bigUploadStreamsTheFile()
    {
        QFile sample(QStringLiteral(KFP_TEST_DATA_DIR "/client/hello_v2.yaml"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QByteArray yaml = sample.readAll();
        QByteArray padding;
        while (padding.size() < 2 * 1024 * 1024)
            padding += "# padding line to make the upload big enough to stream in pieces\n";
        yaml = padding + yaml;

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("big.yaml"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(yaml), qint64(yaml.size()));
        }
        auto *file = new QFile(path);
        QVERIFY(file->open(QIODevice::ReadOnly));
        auto *body = new SendOnceBody("uploadfile", QStringLiteral("big.yaml"), file);
        const QByteArray expected = multipart(boundaryOf(*body), "uploadfile", "big.yaml", yaml);
        QCOMPARE(body->length(), qint64(expected.size()));

        QNetworkRequest request(url(QStringLiteral("/apis/v2beta1/pipelines/upload?name=big")));
        body->prepare(&request);
        QNetworkReply *reply = m_nam->post(request, body);
        body->setParent(reply);
        QVERIFY(finish(reply));
        const QByteArray answer = reply->readAll();
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QCOMPARE(QJsonDocument::fromJson(answer).object().value("display_name").toString(),
                 QStringLiteral("big"));
        QCOMPARE(m_server->pipelineCount(), 1);
        const auto log = m_server->requestLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().body.size(), expected.size());
        QVERIFY(log.first().body == expected);
    }

    // The reason for the class: the server did the work, then the connection closed before the
    // answer. A rewindable body is sent again by Qt (a second create); a SendOnceBody is not: the
    // reply ends with ContentReSendError and the server saw one POST.
    void droppedPostIsNotResent()
    {
        const QString path = QStringLiteral("/apis/v2beta1/experiments");
        const QString fault = QStringLiteral("path=%1,method=POST,drop,count=1").arg(path);
        auto bodyFor = [](const char *name) {
            return QJsonDocument(QJsonObject{{"display_name", QString::fromLatin1(name)}})
                .toJson(QJsonDocument::Compact);
        };

        // Control: a QByteArray body. Qt resends it on a fresh connection.
        QVERIFY(m_server->addFault(fault));
        QNetworkReply *plain = m_nam->post(jsonRequest(url(path)), bodyFor("plain"));
        QVERIFY(finish(plain));
        plain->deleteLater();
        QCOMPARE(posts(path), 2);
        const int experiments = m_server->experimentCount();
        m_server->clearFaults();
        m_server->clearRequestLog();

        QVERIFY(m_server->addFault(fault));
        auto *body = new SendOnceBody(bodyFor("once"));
        QNetworkRequest request = jsonRequest(url(path));
        body->prepare(&request);
        QNetworkReply *reply = m_nam->post(request, body);
        body->setParent(reply);
        QVERIFY(finish(reply));
        QCOMPARE(reply->error(), QNetworkReply::ContentReSendError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
        reply->deleteLater();
        QTest::qWait(300); // a resend would have reached the server by now
        QCOMPARE(posts(path), 1);
        QCOMPARE(m_server->experimentCount(), experiments + 1); // created, once
    }
};

QTEST_GUILESS_MAIN(TstSendOnceBody)
#include "tst_sendoncebody.moc"
