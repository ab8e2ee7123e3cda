#pragma once

// Shared by the upload tests: sample paths and bad files written at test time.

#include "api/KfpClient.h"

#include <QByteArray>
#include <QFile>
#include <QSignalSpy>
#include <QString>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

namespace kfptest {

inline QString samplePath(const QString &name)
{
    return QStringLiteral(KFP_TEST_DATA_DIR "/package/") + name;
}

inline QByteArray sampleBytes(const QString &name)
{
    QFile f(samplePath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A zip (libarchive's writer) with one entry.
inline bool writeZip(const QString &path, const QString &entryName, const QByteArray &data)
{
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    if (ok) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, entryName.toUtf8().constData());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, data.size());
        ok = archive_write_header(a, entry) == ARCHIVE_OK &&
             archive_write_data(a, data.constData(), size_t(data.size())) == data.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

inline const QString kEcho = QStringLiteral("v2_arguments_parameters.yaml"); // pipeline "echo"
inline const QString kLightweight = QStringLiteral("v2_lightweight_python_functions_pipeline.yaml");

// Uploads the lightweight sample as pipeline `name` through `client`; an empty id on failure.
inline kfp::Pipeline createPipeline(kfp::KfpClient *client, const QString &name)
{
    kfp::PipelineUpload upload;
    upload.filePath = samplePath(kLightweight);
    upload.name = name;
    auto *job = client->uploadPipeline(upload);
    job->setAutoDelete(false);
    QSignalSpy spy(job, &kfp::ApiJob::finished);
    kfp::Pipeline p;
    if (spy.wait(10000) && job->ok())
        p = job->result();
    delete job;
    return p;
}

} // namespace kfptest
