#include "sandbox/PipelineUpload.h"

#include "sandbox/ListEngine.h"
#include "sandbox/PipelineSpec.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <archive.h>
#include <archive_entry.h>

namespace kfp::sandbox {
namespace {

struct Part
{
    QByteArray name, fileName, data;
};

// Minimal multipart/form-data parser (QHttpServer has none). Qt's QHttpMultiPart quotes the
// boundary, browsers and Go do not.
QList<Part> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    QList<Part> parts;
    const int b = contentType.indexOf("boundary=");
    if (b < 0)
        return parts;
    QByteArray boundary = contentType.mid(b + 9);
    const int semi = boundary.indexOf(';');
    if (semi >= 0)
        boundary.truncate(semi);
    boundary = boundary.trimmed();
    if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delim = "--" + boundary;
    int pos = body.indexOf(delim);
    while (pos >= 0) {
        pos += delim.size();
        if (body.mid(pos, 2) == "--")
            break;
        const int headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            break;
        const QByteArray headers = body.mid(pos, headerEnd - pos);
        const int next = body.indexOf("\r\n" + delim, headerEnd + 4);
        if (next < 0)
            break;
        Part part;
        part.data = body.mid(headerEnd + 4, next - headerEnd - 4);
        static const QRegularExpression nameRe(QStringLiteral("[^e]name=\"([^\"]*)\""));
        static const QRegularExpression fileRe(QStringLiteral("filename=\"([^\"]*)\""));
        const QString h = QString::fromUtf8(headers);
        if (auto m = nameRe.match(h); m.hasMatch())
            part.name = m.captured(1).toUtf8();
        if (auto m = fileRe.match(h); m.hasMatch())
            part.fileName = m.captured(1).toUtf8();
        parts.append(part);
        pos = next + 2;
    }
    return parts;
}

bool isYamlFile(const QString &name)
{
    return name.endsWith(QLatin1String(".yaml")) || name.endsWith(QLatin1String(".yml"));
}

// The server's rule, from backend/src/apiserver/server/util.go (DecompressPipelineZip,
// DecompressPipelineTarball): the entry named exactly "pipeline.yaml", else the archive's first
// entry, which must have a name ending in ".yaml" or ".yml" (case-sensitive).
ApiError readArchive(const QByteArray &data, bool zip, QByteArray *yaml)
{
    const QString kind = zip ? QStringLiteral("zip file") : QStringLiteral("tarball file");
    const QString inside = zip ? QStringLiteral("zip") : QStringLiteral("tarball");
    archive *a = archive_read_new();
    if (zip) {
        archive_read_support_format_zip(a);
    } else {
        archive_read_support_filter_gzip(a);
        archive_read_support_format_tar(a);
    }
    ApiError error;
    bool found = false;
    bool first = true;
    QString firstName;
    QByteArray firstContent;
    if (archive_read_open_memory(a, data.constData(), static_cast<size_t>(data.size())) !=
        ARCHIVE_OK) {
        error = ApiError::invalid(
            QStringLiteral("Error extracting pipeline from the %1. Not a valid %1.").arg(kind));
    } else {
        archive_entry *entry = nullptr;
        int rc = ARCHIVE_OK;
        while ((rc = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
            const QString path = QString::fromUtf8(archive_entry_pathname(entry));
            QByteArray content;
            char buf[65536];
            la_ssize_t n = 0;
            while ((n = archive_read_data(a, buf, sizeof buf)) > 0)
                content.append(buf, static_cast<int>(n));
            if (first) {
                first = false;
                firstName = path;
                firstContent = content;
            }
            if (path == QLatin1String("pipeline.yaml")) {
                *yaml = content;
                found = true;
                break;
            }
        }
        if (!found && rc != ARCHIVE_EOF) {
            error = ApiError::invalid(
                QStringLiteral("Error extracting pipeline from the %1. Not a valid %1.").arg(kind));
        } else if (!found && first) {
            error = ApiError::invalid(zip ? QStringLiteral("Error extracting pipeline from the "
                                                           "zip file. Empty zip file.")
                                          : QStringLiteral("Error extracting pipeline from the "
                                                           "tarball file. Not a valid tarball "
                                                           "file."));
        } else if (!found && !isYamlFile(firstName)) {
            error = ApiError::invalid(QStringLiteral("Error extracting pipeline from the %1. "
                                                     "Expecting a pipeline.yaml file inside the "
                                                     "%2. Got: %3")
                                          .arg(kind, inside, firstName));
        } else if (!found) {
            *yaml = firstContent;
        }
    }
    archive_read_free(a);
    return error;
}

// KFP 1.8's upload handlers url.QueryUnescape name/description once more (a second decoding);
// the 2.x handlers read them with a plain Query().Get(). The sandbox's v1beta1 routes play 1.8.
QString uploadParam(const HttpRequest &req, const QString &name)
{
    if (!req.apiPath.startsWith(QLatin1String("/apis/v1beta1/")))
        return req.param(name);
    QString out;
    return ListEngine::goQueryUnescape(req.param(name), &out) ? out : req.param(name);
}

} // namespace

ApiError PipelineUpload::extractPackage(const QString &fileName, const QByteArray &data,
                                        QByteArray *yaml)
{
    // ReadPipelineFile in backend/src/apiserver/server/util.go: the uploaded file's name decides
    // for YAML and JSON (case-sensitive), the first bytes for zip and gzip-compressed tar.
    if (isYamlFile(fileName) || fileName.endsWith(QLatin1String(".json"))) {
        *yaml = data;
        return {};
    }
    const bool zip = data.size() > 2 && data.startsWith("PK");
    const bool gzip = data.size() > 2 && static_cast<uchar>(data[0]) == 0x1F &&
                      static_cast<uchar>(data[1]) == 0x8B;
    if (!zip && !gzip)
        return ApiError::invalid(QStringLiteral(
            "Unexpected pipeline file format. Support .zip, .tar.gz, .json or YAML."));
    return readArchive(data, zip, yaml);
}

ApiError PipelineUpload::addPipeline(Store &store, const QString &name, const QString &displayName,
                                     const QString &description, const QString &ns, QString *id)
{
    if (name.isEmpty() && displayName.isEmpty())
        return ApiError::invalid(QStringLiteral("pipeline name is empty"));
    const QString finalName = name.isEmpty() ? displayName : name;
    if (store.pipelineByName(finalName, ns))
        return ApiError::alreadyExists(
            QStringLiteral("Failed to create a new pipeline. The name %1 already exist. Please "
                           "specify a new name")
                .arg(finalName));
    Pipeline p;
    p.id = newId();
    p.name = finalName;
    p.displayName = displayName.isEmpty() ? finalName : displayName;
    p.description = description;
    p.ns = ns;
    p.createdAt = nowSecs();
    store.pipelines.insert(p.id, p);
    store.touch();
    *id = p.id;
    return {};
}

ApiError PipelineUpload::addVersion(Store &store, const QString &pipelineId, const QString &name,
                                    const QString &displayName, const QString &description,
                                    const QByteArray &package, QString *id)
{
    auto pit = store.pipelines.find(pipelineId);
    if (pit == store.pipelines.end())
        return ApiError::notFound(QStringLiteral("Pipeline"), pipelineId);
    ParsedPipeline parsed;
    QString error;
    if (!PipelineSpec::parse(package, &parsed, &error))
        return ApiError::invalid(error);
    const QString finalName = name.isEmpty() ? displayName : name;
    if (finalName.isEmpty())
        return ApiError::invalid(QStringLiteral("pipeline version name is empty"));
    for (const PipelineVersion *v : store.versionsOf(pipelineId))
        if (v->name == finalName)
            return ApiError::alreadyExists(
                QStringLiteral("Failed to create a new pipeline version. The name %1 already "
                               "exist. Please specify a new name")
                    .arg(finalName));
    PipelineVersion v;
    v.id = newId();
    v.pipelineId = pipelineId;
    v.name = finalName;
    v.displayName = displayName.isEmpty() ? finalName : displayName;
    v.description = description;
    v.createdAt = nowSecs();
    v.yaml = package;
    v.spec = parsed.spec;
    v.platform = parsed.platform;
    v.isArgo = parsed.isArgo;
    v.v1Params = PipelineSpec::v1Parameters(parsed.spec);
    store.versions.insert(v.id, v);
    pit->defaultVersionId = v.id;
    store.touch();
    *id = v.id;
    return {};
}

QByteArray PipelineUpload::packageFromUrl(const QString &url)
{
    const QUrl u(url);
    if (u.isLocalFile()) {
        QFile f(u.toLocalFile());
        if (f.open(QIODevice::ReadOnly))
            return f.readAll();
    }
    const QString name = u.fileName().isEmpty() ? QStringLiteral("pipeline") : u.fileName();
    return QJsonDocument(PipelineSpec::placeholderSpec(name.section(QLatin1Char('.'), 0, 0)))
        .toJson();
}

ApiError PipelineUpload::handle(Store &store, const HttpRequest &req, bool isVersion,
                                bool multiUser, UploadResult *result)
{
    const QByteArray contentType = req.header("Content-Type");
    if (!contentType.toLower().startsWith("multipart/form-data"))
        return ApiError::invalid(QStringLiteral("Failed to read pipeline from file: request "
                                                "Content-Type isn't multipart/form-data"));
    const QList<Part> parts = parseMultipart(contentType, req.body);
    const Part *file = nullptr;
    for (const Part &p : parts)
        if (p.name == "uploadfile")
            file = &p;
    if (!file)
        return ApiError::invalid(
            QStringLiteral("Failed to read pipeline from file: http: no such file"));
    if (file->data.size() > MaxFileLength)
        return ApiError::invalid(QStringLiteral("File size too large. Maximum supported size: "
                                                "32MB"));
    QByteArray yaml;
    if (ApiError e = extractPackage(QString::fromUtf8(file->fileName), file->data, &yaml);
        e.isError())
        return e;
    ParsedPipeline parsed;
    QString error;
    if (!PipelineSpec::parse(yaml, &parsed, &error))
        return ApiError::invalid(error);

    // Name precedence: name, then display_name, then the file name.
    QString name = uploadParam(req, "name");
    QString displayName = uploadParam(req, "display_name");
    if (name.isEmpty())
        name = displayName.isEmpty() ? QString::fromUtf8(file->fileName) : displayName;
    const QString description = uploadParam(req, "description");

    if (isVersion) {
        const QString pid = req.param("pipelineid");
        if (pid.isEmpty())
            return ApiError::invalid(QStringLiteral("Failed to create a pipeline version: "
                                                    "pipelineid is missing"));
        result->pipelineId = pid;
        return addVersion(store, pid, name, displayName, description, yaml, &result->versionId);
    }
    const QString ns = multiUser ? req.param("namespace") : QString();
    if (ApiError e = addPipeline(store, name, displayName, description, ns, &result->pipelineId);
        e.isError())
        return e;
    if (!req.param("tags").isEmpty())
        store.pipelines[result->pipelineId].tags =
            QJsonDocument::fromJson(req.param("tags").toUtf8()).object();
    const ApiError e = addVersion(store, result->pipelineId, name, displayName, description, yaml,
                                  &result->versionId);
    if (e.isError())
        store.pipelines.remove(result->pipelineId);
    return e;
}

} // namespace kfp::sandbox
