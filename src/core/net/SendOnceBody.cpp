#include "SendOnceBody.h"

#include <QNetworkRequest>
#include <QRandomGenerator>

namespace kfp {

SendOnceBody::SendOnceBody(QByteArray bytes, QObject *parent)
    : QIODevice(parent)
    , m_head(std::move(bytes))
    , m_length(m_head.size())
{
    open(QIODevice::ReadOnly);
}

SendOnceBody::SendOnceBody(const QByteArray &field, const QString &fileName, QIODevice *file,
                           QObject *parent)
    : QIODevice(parent)
    , m_file(file)
{
    m_file->setParent(this);
    // A boundary that cannot occur by chance in a pipeline file.
    const QByteArray boundary =
        "kfp-desktop-" +
        QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
    m_contentType = "multipart/form-data; boundary=" + boundary;
    QString safeName = fileName;
    safeName.replace(QLatin1Char('"'), QLatin1Char('_'));
    m_head = "--" + boundary +
             "\r\n"
             "Content-Disposition: form-data; name=\"" +
             field + "\"; filename=\"" + safeName.toUtf8() +
             "\"\r\n"
             "Content-Type: application/octet-stream\r\n"
             "\r\n";
    m_tail = "\r\n--" + boundary + "--\r\n";
    m_length = m_head.size() + m_file->size() + m_tail.size();
    open(QIODevice::ReadOnly);
}

void SendOnceBody::prepare(QNetworkRequest *request) const
{
    if (!m_contentType.isEmpty())
        request->setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    request->setHeader(QNetworkRequest::ContentLengthHeader, m_length);
    request->setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
}

qint64 SendOnceBody::bytesAvailable() const
{
    return (m_length - m_sent) + QIODevice::bytesAvailable();
}

qint64 SendOnceBody::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    auto copy = [&](const QByteArray &part, qint64 partStart) {
        const qint64 offset = m_sent - partStart;
        if (offset < 0 || offset >= part.size() || done >= maxSize)
            return;
        const qint64 n = std::min<qint64>(part.size() - offset, maxSize - done);
        memcpy(data + done, part.constData() + offset, size_t(n));
        done += n;
        m_sent += n;
    };
    copy(m_head, 0);
    if (m_file && done < maxSize && m_sent >= m_head.size()) {
        const qint64 fileSize = m_length - m_head.size() - m_tail.size();
        const qint64 fileLeft = m_head.size() + fileSize - m_sent;
        if (fileLeft > 0) {
            const qint64 n = m_file->read(data + done, std::min(fileLeft, maxSize - done));
            if (n < 0 || (n == 0 && done == 0))
                return -1; // the file became unreadable or shorter: fail rather than stall
            done += n;
            m_sent += n;
        }
    }
    if (m_file)
        copy(m_tail, m_length - m_tail.size());
    return done;
}

} // namespace kfp
