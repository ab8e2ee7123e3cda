#include "PipelineTextReader.h"

#include "PipelinePackage.h"
#include "PipelineSpecReader.h"
#include "TextCheck.h"
#include "YamlJsonBuilder.h"
#include "YamlToJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <istream>
#include <streambuf>

namespace kfp {

namespace {

int lineAt(const QByteArray &data, qsizetype offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

// 1-based line and column (in characters) of a byte offset.
void lineAndColumn(const QByteArray &data, qsizetype offset, int *line, int *column)
{
    offset = qBound(qsizetype(0), offset, data.size());
    const qsizetype lineStart = data.lastIndexOf('\n', offset - 1) + 1;
    *line = lineAt(data, offset);
    int chars = 0;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((uchar(data.at(i)) & 0xC0) != 0x80)
            ++chars;
    }
    *column = chars + 1;
}

// A std::streambuf reading a QIODevice in chunks: yaml-cpp parses a file without it being held
// in memory whole.
class DeviceBuffer final : public std::streambuf
{
public:
    explicit DeviceBuffer(QIODevice *device)
        : m_device(device)
        , m_buffer(64 * 1024, Qt::Uninitialized)
    {}

protected:
    int_type underflow() override
    {
        if (gptr() < egptr())
            return traits_type::to_int_type(*gptr());
        const qint64 n = m_device->read(m_buffer.data(), m_buffer.size());
        if (n <= 0)
            return traits_type::eof();
        setg(m_buffer.data(), m_buffer.data(), m_buffer.data() + n);
        return traits_type::to_int_type(*gptr());
    }

private:
    QIODevice *m_device;
    QByteArray m_buffer;
};

} // namespace

bool PipelineTextReader::checkText(PipelinePackage *p, const TextCheck &check, const QString &what)
{
    switch (check.problem()) {
    case TextCheck::Problem::Utf16:
        p->fail(PackageError::Kind::Binary,
                PipelinePackage::tr("%1 is UTF-16 text: save it as UTF-8 and try again").arg(what));
        return false;
    case TextCheck::Problem::Nul:
        p->fail(
            PackageError::Kind::Binary,
            PipelinePackage::tr("%1 is a binary file, not YAML or JSON text (it holds NUL bytes)")
                .arg(what),
            QStringLiteral("NUL byte at offset %1").arg(check.offset()), check.line());
        return false;
    case TextCheck::Problem::InvalidUtf8:
        p->fail(PackageError::Kind::Binary,
                PipelinePackage::tr(
                    "%1 is not UTF-8 text (line %2): it is a binary file or uses another encoding")
                    .arg(what)
                    .arg(check.line()),
                QStringLiteral("invalid UTF-8 at offset %1").arg(check.offset()), check.line());
        return false;
    case TextCheck::Problem::None:
        break;
    }
    if (check.isBlank()) {
        p->fail(PackageError::Kind::Empty,
                PipelinePackage::tr("%1 is empty (only white space)").arg(what));
        return false;
    }
    return true;
}

void PipelineTextReader::failYaml(PipelinePackage *p, const QString &what, const QString &message,
                                  int line, int column)
{
    if (line > 0) {
        p->fail(PackageError::Kind::InvalidYaml,
                PipelinePackage::tr("%1 is not valid YAML: %2 (line %3, column %4)")
                    .arg(what, message)
                    .arg(line)
                    .arg(column),
                message, line, column);
    } else {
        p->fail(PackageError::Kind::InvalidYaml,
                PipelinePackage::tr("%1 is not valid YAML: %2").arg(what, message), message);
    }
}

const YamlPathFilter *PipelineTextReader::yamlFilter(const PipelinePackage *p)
{
    return p->m_detail == PipelinePackage::Detail::Summary ? &PipelineSpecReader::summaryFilter()
                                                           : nullptr;
}

void PipelineTextReader::readYamlFile(PipelinePackage *p, QFile *file, qint64 size)
{
    // Checked in chunks, then parsed as a stream: the file is never in memory whole.
    TextCheck check;
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    while (!check.decided()) {
        const qint64 n = file->read(chunk.data(), chunk.size());
        if (n < 0) {
            p->fail(PackageError::Kind::Unreadable,
                    PipelinePackage::tr("%1 cannot be read: %2")
                        .arg(p->m_fileName, file->errorString()),
                    file->errorString());
            return;
        }
        if (n == 0)
            break;
        check.feed(chunk.constData(), n);
    }
    check.finish();
    chunk = QByteArray();
    if (!checkText(p, check, p->m_fileName))
        return;
    if (!file->seek(check.hasUtf8Bom() ? 3 : 0)) {
        p->fail(
            PackageError::Kind::Unreadable,
            PipelinePackage::tr("%1 cannot be read: %2").arg(p->m_fileName, file->errorString()),
            file->errorString());
        return;
    }
    DeviceBuffer buffer(file);
    std::istream in(&buffer);
    QList<QJsonValue> documents;
    YamlToJson::Error error;
    if (!YamlToJson::parseAll(in, size, &documents, &error, yamlFilter(p)))
        return failYaml(p, p->m_fileName, error.message, error.line, error.column);
    PipelineSpecReader::read(p, documents, p->m_fileName);
}

void PipelineTextReader::parseText(PipelinePackage *p, const QByteArray &raw, bool json,
                                   const QString &what)
{
    TextCheck check;
    check.feed(raw.constData(), raw.size());
    check.finish();
    if (!checkText(p, check, what))
        return;
    // Without the BOM; shares raw's bytes.
    const QByteArray data =
        check.hasUtf8Bom() ? QByteArray::fromRawData(raw.constData() + 3, raw.size() - 3) : raw;

    QList<QJsonValue> documents;
    if (json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError) {
            int line = 0;
            int column = 0;
            lineAndColumn(data, error.offset, &line, &column);
            p->fail(PackageError::Kind::InvalidJson,
                    PipelinePackage::tr("%1 is not valid JSON: %2 (line %3, column %4)")
                        .arg(what, error.errorString())
                        .arg(line)
                        .arg(column),
                    error.errorString(), line, column);
            return;
        }
        documents.append(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    } else {
        YamlToJson::Error error;
        if (!YamlToJson::parseAll(data, &documents, &error, yamlFilter(p)))
            return failYaml(p, what, error.message, error.line, error.column);
    }
    PipelineSpecReader::read(p, documents, what);
}

} // namespace kfp
