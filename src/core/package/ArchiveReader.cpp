#include "ArchiveReader.h"

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace kfp {

namespace {

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};

QString archiveError(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : QStringLiteral("unknown archive error");
}

} // namespace

bool ArchiveReader::looksLikeZip(const QByteArray &data)
{
    return data.startsWith("PK\x03\x04") || data.startsWith("PK\x05\x06");
}

bool ArchiveReader::looksLikeGzip(const QByteArray &data)
{
    return data.size() >= 2 && uchar(data.at(0)) == 0x1f && uchar(data.at(1)) == 0x8b;
}

ArchiveReader::Result ArchiveReader::extractPipelineYaml(const QByteArray &data, Format format,
                                                         qint64 maxEntrySize)
{
    Result result;
    std::unique_ptr<archive, ArchiveDeleter> a(archive_read_new());
    if (!a) {
        result.error = QStringLiteral("out of memory");
        return result;
    }
    if (format == Format::Zip) {
        archive_read_support_format_zip(a.get());
    } else {
        archive_read_support_filter_gzip(a.get());
        archive_read_support_format_tar(a.get());
    }
    if (archive_read_open_memory(a.get(), data.constData(), size_t(data.size())) != ARCHIVE_OK) {
        result.error = archiveError(a.get());
        return result;
    }

    archive_entry *entry = nullptr;
    for (;;) {
        const int rc = archive_read_next_header(a.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc < ARCHIVE_WARN) {
            result.status = Status::Corrupt;
            result.error = archiveError(a.get());
            return result;
        }
        const char *rawName = archive_entry_pathname(entry);
        const QString name = rawName ? QString::fromUtf8(rawName) : QString();
        if (result.entries.size() < 50)
            result.entries.append(name);
        const bool regular = archive_entry_filetype(entry) == AE_IFREG;
        if (regular && name == QLatin1String(EntryName)) {
            if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > maxEntrySize) {
                result.status = Status::TooLarge;
                return result;
            }
            QByteArray content;
            char buffer[64 * 1024];
            for (;;) {
                const la_ssize_t n = archive_read_data(a.get(), buffer, sizeof buffer);
                if (n == 0)
                    break;
                if (n < 0) {
                    result.status = Status::Corrupt;
                    result.error = archiveError(a.get());
                    return result;
                }
                if (content.size() + n > maxEntrySize) {
                    result.status = Status::TooLarge;
                    return result;
                }
                content.append(buffer, qsizetype(n));
            }
            result.status = Status::Ok;
            result.content = content;
            return result;
        }
        if (regular && result.otherPipelineYaml.isEmpty() &&
            (name.endsWith(QLatin1String("/pipeline.yaml")) ||
             name == QLatin1String("pipeline.yaml")))
            result.otherPipelineYaml = name;
        archive_read_data_skip(a.get());
    }
    result.status = Status::NotFound;
    return result;
}

} // namespace kfp
