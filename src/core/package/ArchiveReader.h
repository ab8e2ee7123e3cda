#pragma once

// Extracts the pipeline from a zip or gzip-compressed tar archive held in memory (libarchive),
// by the rule of the KFP API server (backend/src/apiserver/server/util.go, functions
// DecompressPipelineZip and DecompressPipelineTarball): the entry named exactly `pipeline.yaml`
// (the top level only: "dir/pipeline.yaml" and "./pipeline.yaml" are other names), else the
// archive's FIRST entry, whatever it is, which must then have a name ending in ".yaml" or ".yml"
// (case-sensitive).

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
        NotFound, // no top-level pipeline.yaml and the first entry is no YAML file (or none)
        Corrupt,  // libarchive could not read it
        TooLarge, // pipeline.yaml decompresses to more than maxEntrySize
    };
    struct Result
    {
        Status status = Status::Corrupt;
        QByteArray content;        // the entry taken, when Ok
        QString taken;             // its name: "pipeline.yaml" or the first entry's
        QString firstEntry;        // the archive's first entry (empty for an empty archive)
        QStringList entries;       // the entry names seen (at most 50)
        QString otherPipelineYaml; // e.g. "dir/pipeline.yaml" when only a nested one exists
        QString error;             // libarchive's message, untranslated
    };

    static constexpr char EntryName[] = "pipeline.yaml";

    // The server's test of an entry name (util.go, isYamlFile): ".yaml" or ".yml", case-sensitive.
    static bool isYamlName(const QString &name);

    static Result extractPipelineYaml(const QByteArray &archive, Format format,
                                      qint64 maxEntrySize);

    // Magic numbers: zip "PK\3\4" (or an empty zip "PK\5\6"), gzip 1F 8B.
    static bool looksLikeZip(const QByteArray &data);
    static bool looksLikeGzip(const QByteArray &data);
};

} // namespace kfp
