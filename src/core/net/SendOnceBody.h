#pragma once

// The body of a request that creates something: a run, a recurring run, an experiment, a pipeline
// or a pipeline version.
//
// QNetworkAccessManager quietly sends a request a second time when the connection closes before
// the reply begins (a proxy dropping an idle keep-alive connection, a server resetting after it
// did the work). For a GET that is harmless; for a POST that the server already carried out it
// means a second run or a "pipeline already exists" error for an upload that worked. Qt can only
// resend what it can rewind: this device cannot be rewound (it is sequential and reset() fails),
// so Qt ends such a reply with ContentReSendError instead, and the caller learns that the outcome
// is unknown (ApiError::outcomeUnknown()) rather than getting a duplicate.
//
// It streams: a JSON body from memory, or multipart/form-data with one file part read from disk
// piece by piece as Qt asks for it (a 30 MiB pipeline is never held in memory).

#include <QByteArray>
#include <QIODevice>

class QNetworkRequest;

namespace kfp {

class SendOnceBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendOnceBody)
public:
    // A body held in memory (e.g. JSON).
    explicit SendOnceBody(QByteArray bytes, QObject *parent = nullptr);
    // multipart/form-data with one part: `field` holding `file` (opened for reading; the body
    // takes ownership) under the file name `fileName`. contentType() gives the boundary.
    SendOnceBody(const QByteArray &field, const QString &fileName, QIODevice *file,
                 QObject *parent = nullptr);

    // "multipart/form-data; boundary=…" for a file body; empty for a memory body.
    QByteArray contentType() const { return m_contentType; }
    // The exact number of bytes the body sends (the Content-Length).
    qint64 length() const { return m_length; }
    // Sets Content-Length and tells Qt not to buffer (and so not to be able to resend) the body.
    void prepare(QNetworkRequest *request) const;

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return bytesAvailable(); }
    bool atEnd() const override { return bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_head; // everything before the file (the whole body for a memory body)
    QIODevice *m_file = nullptr;
    QByteArray m_tail; // everything after the file
    QByteArray m_contentType;
    qint64 m_length = 0;
    qint64 m_sent = 0; // bytes handed to Qt so far
};

} // namespace kfp
