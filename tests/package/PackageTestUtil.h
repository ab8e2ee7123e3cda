#pragma once

// Helpers of tst_pipelinepackage: sample paths, files and archives written at test time.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>

#include <archive.h>
#include <archive_entry.h>

namespace kfp::test {

inline QString samplePath(const QString &name)
{
    return QStringLiteral(KFP_TEST_DATA_DIR "/package/") + name;
}

inline QByteArray sampleBytes(const QString &name)
{
    QFile f(samplePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// One archive entry; a name ending in '/' is a directory.
using Entry = QPair<QString, QByteArray>;

enum class ArchiveFormat
{
    Zip,
    TarGz,
};

// Writes a zip or gzip-compressed (pax) tar archive with libarchive's writer.
inline bool writeArchive(const QString &path, ArchiveFormat format, const QList<Entry> &entries)
{
    archive *a = archive_write_new();
    if (format == ArchiveFormat::Zip) {
        archive_write_set_format_zip(a);
    } else {
        archive_write_add_filter_gzip(a);
        archive_write_set_format_pax_restricted(a);
    }
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const Entry &e : entries) {
        if (!ok)
            break;
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.first.toUtf8().constData());
        const bool dir = e.first.endsWith(QLatin1Char('/'));
        archive_entry_set_filetype(entry, dir ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(entry, dir ? 0755 : 0644);
        archive_entry_set_size(entry, dir ? 0 : e.second.size());
        ok = archive_write_header(a, entry) == ARCHIVE_OK;
        if (ok && !dir && !e.second.isEmpty())
            ok = archive_write_data(a, e.second.constData(), size_t(e.second.size())) ==
                 e.second.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

// The 1-based number of the line that starts at byte offset `offset`.
inline int lineOfOffset(const QByteArray &data, qsizetype offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

} // namespace kfp::test
