#include "PipelinePackage.h"

#include "ArchiveReader.h"
#include "PipelineTextReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

namespace kfp {

namespace {

// A decompressed pipeline.yaml may be larger than its archive, but not without bound.
constexpr qint64 MaxArchiveEntrySize = 4 * PipelinePackage::MaxFileSize;

enum class Format
{
    Yaml,
    Json,
    Other,
};

// The server decides by the uploaded file's name, case-sensitively (ReadPipelineFile in
// backend/src/apiserver/server/util.go): "p.YAML" is no YAML file to it.
Format formatOf(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".yaml")) || fileName.endsWith(QLatin1String(".yml")))
        return Format::Yaml;
    if (fileName.endsWith(QLatin1String(".json")))
        return Format::Json;
    return Format::Other;
}

// A YAML or JSON name in another case, which the server does not recognise.
bool hasTextNameInOtherCase(const QString &fileName)
{
    return formatOf(fileName.toLower()) != Format::Other;
}

bool hasArchiveName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    return lower.endsWith(QLatin1String(".zip")) || lower.endsWith(QLatin1String(".tar.gz")) ||
           lower.endsWith(QLatin1String(".tgz"));
}

} // namespace

void PipelinePackage::fail(PackageError::Kind kind, const QString &message, const QString &detail,
                           int line, int column)
{
    m_error.kind = kind;
    m_error.message = message;
    m_error.detail = detail;
    m_error.line = line;
    m_error.column = column;
    m_kind = Kind::Unknown;
}

void PipelinePackage::failTooLarge(qint64 size)
{
    const QLocale locale;
    QString sizeText = locale.formattedDataSize(size);
    const QString limitText = locale.formattedDataSize(MaxFileSize);
    if (sizeText == limitText) // just over the limit: "32.00 MiB" twice would puzzle
        sizeText = tr("%1 bytes").arg(locale.toString(size));
    fail(PackageError::Kind::TooLarge,
         tr("%1 is too large to upload: %2, more than the server's limit of %3")
             .arg(m_fileName, sizeText, limitText),
         QString::number(size));
}

PipelinePackage PipelinePackage::read(const QString &filePath, Detail detail)
{
    PipelinePackage p;
    p.m_detail = detail;
    const QFileInfo info(filePath);
    p.m_filePath = filePath;
    p.m_fileName = info.fileName();
    p.m_name = fileStem(p.m_fileName);
    if (!info.exists()) {
        p.fail(PackageError::Kind::FileNotFound, tr("%1 does not exist").arg(filePath));
        return p;
    }
    if (info.isDir()) {
        p.fail(PackageError::Kind::Unreadable,
               tr("%1 is a folder, not a pipeline file").arg(p.m_fileName));
        return p;
    }
    // Check the size before reading anything: the server refuses more than 32 MiB.
    if (info.size() > MaxFileSize) {
        p.failTooLarge(info.size());
        return p;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        p.fail(PackageError::Kind::Unreadable,
               tr("%1 cannot be read: %2").arg(p.m_fileName, file.errorString()),
               file.errorString());
        return p;
    }
    if (detail == Detail::Summary && formatOf(p.m_fileName) == Format::Yaml) {
        PipelineTextReader::readYamlFile(&p, &file, info.size());
        return p;
    }
    // A file that grew since the size check is caught by fromBytes().
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        p.fail(PackageError::Kind::Unreadable,
               tr("%1 cannot be read: %2").arg(p.m_fileName, file.errorString()),
               file.errorString());
        return p;
    }
    PipelinePackage result = fromBytes(data, p.m_fileName, detail);
    result.m_filePath = filePath;
    return result;
}

PipelinePackage PipelinePackage::fromBytes(const QByteArray &data, const QString &fileName,
                                           Detail detail)
{
    PipelinePackage p;
    p.m_detail = detail;
    p.m_fileName = QFileInfo(fileName).fileName();
    p.m_name = fileStem(p.m_fileName);
    const QString &what = p.m_fileName;
    if (data.size() > MaxFileSize) {
        p.failTooLarge(data.size());
        return p;
    }
    if (data.isEmpty()) {
        p.fail(PackageError::Kind::Empty, tr("%1 is empty").arg(what));
        return p;
    }
    switch (formatOf(p.m_fileName)) {
    case Format::Yaml:
        PipelineTextReader::parseText(&p, data, false, what);
        return p;
    case Format::Json:
        PipelineTextReader::parseText(&p, data, true, what);
        return p;
    case Format::Other:
        break;
    }
    // Like the server: any other name is sniffed for an archive.
    if (ArchiveReader::looksLikeZip(data)) {
        p.parseArchive(data, true);
    } else if (ArchiveReader::looksLikeGzip(data)) {
        p.parseArchive(data, false);
    } else if (hasTextNameInOtherCase(p.m_fileName)) {
        p.fail(PackageError::Kind::UnsupportedFormat,
               tr("%1 has a file type the server does not take: it recognises .yaml, .yml and "
                  ".json only in lower case, so rename the file")
                   .arg(what));
    } else if (hasArchiveName(p.m_fileName)) {
        p.fail(PackageError::Kind::InvalidArchive,
               tr("%1 is not a zip or tar.gz archive, though its name says so").arg(what));
    } else {
        p.fail(PackageError::Kind::UnsupportedFormat,
               tr("%1 has a file type the server does not take: upload a .yaml, .yml or .json "
                  "file, or a .zip or .tar.gz archive holding pipeline.yaml or a single YAML "
                  "file")
                   .arg(what));
    }
    return p;
}

void PipelinePackage::parseArchive(const QByteArray &data, bool zip)
{
    const QString &archiveName = m_fileName;
    const ArchiveReader::Result r = ArchiveReader::extractPipelineYaml(
        data, zip ? ArchiveReader::Format::Zip : ArchiveReader::Format::TarGz, MaxArchiveEntrySize);
    switch (r.status) {
    case ArchiveReader::Status::Ok:
        break;
    case ArchiveReader::Status::Corrupt:
        fail(PackageError::Kind::InvalidArchive,
             zip ? tr("%1 is not a valid zip archive: %2").arg(archiveName, r.error)
                 : tr("%1 is not a valid tar.gz archive: %2").arg(archiveName, r.error),
             r.error);
        return;
    case ArchiveReader::Status::TooLarge:
        fail(PackageError::Kind::TooLarge,
             tr("%1 in %2 is larger than %3 once decompressed")
                 .arg(r.taken, archiveName, QLocale().formattedDataSize(MaxArchiveEntrySize)));
        return;
    case ArchiveReader::Status::NotFound: {
        // The server's rule (backend/src/apiserver/server/util.go, DecompressPipelineZip and
        // DecompressPipelineTarball): the top-level pipeline.yaml, else the first entry, which
        // must be a YAML file.
        const QString detail = r.entries.join(QLatin1String(", "));
        if (r.entries.isEmpty()) {
            fail(PackageError::Kind::ArchiveWithoutPipelineYaml,
                 tr("%1 is an empty archive: it must hold pipeline.yaml").arg(archiveName), detail);
        } else if (!r.otherPipelineYaml.isEmpty()) {
            fail(PackageError::Kind::ArchiveWithoutPipelineYaml,
                 tr("%1 has %2, but the server reads pipeline.yaml only at the top level of "
                    "the archive, else the archive's first entry, and %3 is not a .yaml or .yml "
                    "file")
                     .arg(archiveName, r.otherPipelineYaml, r.firstEntry),
                 detail);
        } else {
            fail(PackageError::Kind::ArchiveWithoutPipelineYaml,
                 tr("%1 holds no pipeline.yaml, and the server then takes the archive's first "
                    "entry, which must be a .yaml or .yml file: got %2 (the archive has %3)")
                     .arg(archiveName, r.firstEntry, detail),
                 detail);
        }
        return;
    }
    }
    const QString what = tr("%1 in %2").arg(r.taken, archiveName);
    if (r.content.isEmpty()) {
        fail(PackageError::Kind::Empty, tr("%1 is empty").arg(what));
        return;
    }
    PipelineTextReader::parseText(this, r.content, false, what);
}

QJsonObject PipelinePackage::pipelineSpecJson() const
{
    if (m_kind != Kind::KfpV2Ir || m_detail != Detail::Full)
        return {};
    if (m_platformSpec.isEmpty())
        return m_spec;
    return QJsonObject{{QStringLiteral("pipeline_spec"), m_spec},
                       {QStringLiteral("platform_spec"), m_platformSpec}};
}

QString PipelinePackage::workflowManifest() const
{
    if (m_kind != Kind::ArgoWorkflowV1 || m_detail != Detail::Full)
        return {};
    return QString::fromUtf8(QJsonDocument(m_spec).toJson(QJsonDocument::Compact));
}

QString PipelinePackage::kindName(Kind kind)
{
    switch (kind) {
    case Kind::KfpV2Ir:
        return QStringLiteral("KfpV2Ir");
    case Kind::ArgoWorkflowV1:
        return QStringLiteral("ArgoWorkflowV1");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

QString PipelinePackage::fileStem(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    for (const char *suffix : {".tar.gz", ".yaml", ".yml", ".json", ".zip", ".tgz"}) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return name.chopped(int(qstrlen(suffix)));
    }
    return QFileInfo(path).completeBaseName();
}

QString PipelinePackage::errorKindName(PackageError::Kind kind)
{
    using K = PackageError::Kind;
    switch (kind) {
    case K::None:
        return QStringLiteral("None");
    case K::FileNotFound:
        return QStringLiteral("FileNotFound");
    case K::Unreadable:
        return QStringLiteral("Unreadable");
    case K::Empty:
        return QStringLiteral("Empty");
    case K::TooLarge:
        return QStringLiteral("TooLarge");
    case K::Binary:
        return QStringLiteral("Binary");
    case K::InvalidYaml:
        return QStringLiteral("InvalidYaml");
    case K::InvalidJson:
        return QStringLiteral("InvalidJson");
    case K::NotAPipeline:
        return QStringLiteral("NotAPipeline");
    case K::ArchiveWithoutPipelineYaml:
        return QStringLiteral("ArchiveWithoutPipelineYaml");
    case K::InvalidArchive:
        return QStringLiteral("InvalidArchive");
    case K::UnsupportedFormat:
        return QStringLiteral("UnsupportedFormat");
    }
    return QStringLiteral("Unknown");
}

QJsonObject PipelinePackage::summaryJson() const
{
    QJsonObject o{{QStringLiteral("file"), m_fileName}, {QStringLiteral("valid"), isValid()}};
    if (!isValid()) {
        QJsonObject e{{QStringLiteral("kind"), errorKindName(m_error.kind)},
                      {QStringLiteral("message"), m_error.message}};
        if (m_error.line > 0) {
            e.insert(QStringLiteral("line"), m_error.line);
            e.insert(QStringLiteral("column"), m_error.column);
        }
        if (!m_error.detail.isEmpty())
            e.insert(QStringLiteral("detail"), m_error.detail);
        o.insert(QStringLiteral("error"), e);
        return o;
    }
    o.insert(QStringLiteral("kind"), kindName(m_kind));
    o.insert(QStringLiteral("name"), m_name);
    o.insert(QStringLiteral("displayName"), m_displayName);
    o.insert(QStringLiteral("description"), m_description);
    o.insert(QStringLiteral("schemaVersion"), m_schemaVersion);
    o.insert(QStringLiteral("sdkVersion"), m_sdkVersion);
    o.insert(QStringLiteral("componentCount"), m_componentCount);
    o.insert(QStringLiteral("hasPlatformSpec"), hasPlatformSpec());
    QJsonArray params;
    for (const PackageParameter &p : m_parameters) {
        QJsonObject po{{QStringLiteral("name"), p.name},
                       {QStringLiteral("type"), p.type},
                       {QStringLiteral("optional"), p.optional},
                       {QStringLiteral("required"), p.isRequired()}};
        if (!p.defaultValue.isUndefined())
            po.insert(QStringLiteral("default"), p.defaultValue);
        if (!p.description.isEmpty())
            po.insert(QStringLiteral("description"), p.description);
        if (!p.literals.isEmpty())
            po.insert(QStringLiteral("literals"), p.literals);
        params.append(po);
    }
    o.insert(QStringLiteral("parameters"), params);
    QJsonArray tasks;
    for (const PackageTask &t : m_tasks) {
        tasks.append(
            QJsonObject{{QStringLiteral("name"), t.name},
                        {QStringLiteral("componentRef"), t.componentRef},
                        {QStringLiteral("dependsOn"), QJsonArray::fromStringList(t.dependsOn)}});
    }
    o.insert(QStringLiteral("tasks"), tasks);
    return o;
}

} // namespace kfp
