#pragma once

// Extracts pipeline.yaml from a zip or gzip-compressed tar archive held in memory (libarchive),
// as the KFP API server does: the entry must be named exactly `pipeline.yaml` (the top level).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kfp {

class ArchiveReader
{
public:
    enum class Format
    {
        Zip,
        TarGz,
    };
    enum class Status
    {
        Ok,
        NotFound, // a valid archive without a top-level pipeline.yaml
        Corrupt,  // libarchive could not read it
        TooLarge, // pipeline.yaml decompresses to more than maxEntrySize
    };
    struct Result
    {
        Status status = Status::Corrupt;
        QByteArray content;        // pipeline.yaml, when Ok
        QStringList entries;       // the entry names seen (at most 50)
        QString otherPipelineYaml; // e.g. "dir/pipeline.yaml" when only a nested one exists
        QString error;             // libarchive's message, untranslated
    };

    static constexpr char EntryName[] = "pipeline.yaml";

    static Result extractPipelineYaml(const QByteArray &archive, Format format,
                                      qint64 maxEntrySize);

    // Magic numbers: zip "PK\3\4" (or an empty zip "PK\5\6"), gzip 1F 8B.
    static bool looksLikeZip(const QByteArray &data);
    static bool looksLikeGzip(const QByteArray &data);
};

} // namespace kfp
