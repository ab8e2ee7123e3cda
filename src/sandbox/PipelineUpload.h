#pragma once

#include "sandbox/HttpTypes.h"
#include "sandbox/JsonUtil.h"
#include "sandbox/Store.h"

namespace kfp::sandbox {

struct UploadResult
{
    QString pipelineId;
    QString versionId;
};

// The multipart upload handlers (`/pipelines/upload`, `/pipelines/upload_version`) and the
// shared "create pipeline / create version from a package" logic.
class PipelineUpload final
{
public:
    static constexpr qint64 MaxFileLength = 32 << 20; // common.MaxFileLength

    static ApiError handle(Store &store, const HttpRequest &req, bool isVersion, bool multiUser,
                           UploadResult *result);

    // Creates a pipeline without versions (AlreadyExists if the name is taken in `ns`).
    static ApiError addPipeline(Store &store, const QString &name, const QString &displayName,
                                const QString &description, const QString &ns, QString *id);
    // Parses `package` and adds it as a version of `pipelineId`; it becomes the default version.
    static ApiError addVersion(Store &store, const QString &pipelineId, const QString &name,
                               const QString &displayName, const QString &description,
                               const QByteArray &package, QString *id);
    // For create-from-URL: the sandbox fetches nothing; file:// URLs are read, anything else gets
    // a placeholder one-task spec.
    static QByteArray packageFromUrl(const QString &url);

    // Extracts the pipeline file from a .yaml/.yml/.json upload or a zip / tar.gz archive.
    static ApiError extractPackage(const QString &fileName, const QByteArray &data,
                                   QByteArray *yaml);
};

} // namespace kfp::sandbox
