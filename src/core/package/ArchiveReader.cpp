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

bool ArchiveReader::isYamlName(const QString &name)
{
    return name.endsWith(QLatin1String(".yaml")) || name.endsWith(QLatin1String(".yml"));
}

namespace {

enum class ReadOutcome
{
    Ok,
    Corrupt,
    TooLarge,
};

// The data of the current entry, at most maxSize bytes.
ReadOutcome readEntry(archive *a, archive_entry *entry, qint64 maxSize, QByteArray *content)
{
    if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > maxSize)
        return ReadOutcome::TooLarge;
    char buffer[64 * 1024];
    for (;;) {
        const la_ssize_t n = archive_read_data(a, buffer, sizeof buffer);
        if (n == 0)
            return ReadOutcome::Ok;
        if (n < 0)
            return ReadOutcome::Corrupt;
        if (content->size() + n > maxSize)
            return ReadOutcome::TooLarge;
        content->append(buffer, qsizetype(n));
    }
}

} // namespace

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

    // The first entry is read ahead: it is the one taken when no pipeline.yaml follows.
    bool first = true;
    bool firstUsable = false; // a regular file with a YAML name
    ReadOutcome firstOutcome = ReadOutcome::Ok;
    QByteArray firstContent;
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
            QByteArray content;
            switch (readEntry(a.get(), entry, maxEntrySize, &content)) {
            case ReadOutcome::Ok:
                break;
            case ReadOutcome::Corrupt:
                result.status = Status::Corrupt;
                result.error = archiveError(a.get());
                return result;
            case ReadOutcome::TooLarge:
                result.status = Status::TooLarge;
                result.taken = name;
                return result;
            }
            result.status = Status::Ok;
            result.taken = name;
            result.content = content;
            return result;
        }
        if (first) {
            first = false;
            result.firstEntry = name;
            firstUsable = regular && isYamlName(name);
            if (firstUsable) {
                firstOutcome = readEntry(a.get(), entry, maxEntrySize, &firstContent);
                if (firstOutcome == ReadOutcome::Corrupt) {
                    result.status = Status::Corrupt;
                    result.error = archiveError(a.get());
                    return result;
                }
                continue;
            }
        }
        if (regular && result.otherPipelineYaml.isEmpty() &&
            (name.endsWith(QLatin1String("/pipeline.yaml")) ||
             name == QLatin1String("pipeline.yaml")))
            result.otherPipelineYaml = name;
        archive_read_data_skip(a.get());
    }
    if (!firstUsable) {
        result.status = Status::NotFound;
        return result;
    }
    result.taken = result.firstEntry;
    if (firstOutcome == ReadOutcome::TooLarge) {
        result.status = Status::TooLarge;
        return result;
    }
    result.status = Status::Ok;
    result.content = firstContent;
    return result;
}

} // namespace kfp
