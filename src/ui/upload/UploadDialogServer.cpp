// UploadDialog's calls to the server: the existing-pipeline lookup, the pipeline picker's
// search, and the upload itself.

#include "UiLogging.h"
#include "UploadDialog.h"
#include "UploadDialogItem.h"
#include "api/KfpClient.h"
#include "ui_UploadDialog.h"

#include <QFileInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <algorithm>

namespace kfp {

// A pipeline of that name exists already: the upload is most likely its next version (the
// server would answer 409 to a new pipeline of the same name).
void UploadDialog::lookUpExistingPipeline(Item *item)
{
    auto *job = m_client->getPipelineByName(item->pipelineName, selectedNamespace());
    connect(job, &ApiJob::finished, this, [this, job, item] {
        // Only while the user has not chosen yet (the file is untouched and not uploading).
        if (!job->ok() || item->state != FileState::Ready || item->touched)
            return;
        const Pipeline &pipeline = job->result();
        item->newVersion = true;
        item->pipelineId = pipeline.id;
        item->pipelineTitle = pipeline.title();
        if (indexOf(*item) == m_current)
            showCurrent();
    });
}

void UploadDialog::searchPipelines()
{
    if (m_searchJob)
        m_searchJob->abort(); // an older search must not overwrite a newer one
    ListQuery query;
    query.withPageSize(PickerPageSize).sortedBy(QStringLiteral("display_name"));
    const QString text = m_ui->pipelineSearchEdit->text().trimmed();
    if (!text.isEmpty())
        query.where(Predicate::substring(QStringLiteral("display_name"), text));
    if (m_client->isMultiUser())
        query.inNamespace(m_userNamespace);
    auto *job = m_client->listPipelines(query);
    m_searchJob = job;
    connect(job, &ApiJob::finished, this, [this, job, text] {
        if (!job->ok()) {
            if (job->error().kind() != ApiError::Kind::Canceled)
                qCWarning(lcUi) << "pipeline search failed:" << job->error().fullMessage();
            return;
        }
        // The results replace the list; the pipeline shown before stays chosen if it is among
        // them, else the first match is (the search is how the user picks another one).
        const QString keepId = m_ui->pipelinePicker->currentData().toString();
        m_loadingForm = true;
        m_ui->pipelinePicker->clear();
        for (const Pipeline &p : job->result().items)
            m_ui->pipelinePicker->addItem(p.title(), p.id);
        m_ui->pipelinePicker->setCurrentIndex(std::max(0, m_ui->pipelinePicker->findData(keepId)));
        m_loadingForm = false;
        // The file shown may have been preselected for a pipeline beyond the first page.
        if (m_current >= 0) {
            const Item &item = *m_items[size_t(m_current)];
            if (text.isEmpty() && !item.pipelineId.isEmpty())
                setPickerPipeline(item.pipelineId, item.pipelineTitle);
        }
        saveForm();
    });
}

void UploadDialog::setPickerPipeline(const QString &id, const QString &title)
{
    int index = m_ui->pipelinePicker->findData(id);
    if (index < 0) {
        m_ui->pipelinePicker->insertItem(0, title, id);
        index = 0;
    }
    m_ui->pipelinePicker->setCurrentIndex(index);
}

void UploadDialog::startUpload()
{
    if (m_current < 0 || isUploading())
        return;
    saveForm();
    Item *item = m_items[size_t(m_current)].get();
    if (item->state != FileState::Ready && item->state != FileState::Failed)
        return;
    if (!item->newVersion && item->pipelineName.trimmed().isEmpty()) {
        showError(tr("Enter a name for the new pipeline."));
        m_ui->pipelineNameEdit->setFocus();
        return;
    }
    if (item->newVersion && item->pipelineId.isEmpty()) {
        showError(tr("Choose the pipeline this file is a new version of."));
        m_ui->pipelineSearchEdit->setFocus();
        return;
    }
    if (item->newVersion && item->versionName.trimmed().isEmpty()) {
        showError(tr("Enter a name for the new version."));
        m_ui->versionNameEdit->setFocus();
        return;
    }

    // An upload whose answer was lost (a timeout, a reset connection) may have been stored all
    // the same, and sending it again would only meet "already exists". So the server is asked
    // first what the name holds: before the first attempt (to know what was there already) and
    // after a lost answer (a pipeline or version that was not there before is this upload's).
    const QString key = item->newVersion
                            ? item->pipelineId + QLatin1Char('/') + item->versionName
                            : item->namespaceName + QLatin1Char('/') + item->pipelineName;
    if (key != item->lookupKey) {
        item->lookupKey = key;
        item->looked = false;
        item->existingId.clear();
        item->outcomeUnknown = false;
    }
    item->state = FileState::Uploading;
    item->error.clear();
    item->progress->setValue(0);
    updateRow(*item);
    showError({});
    updateControls();
    if (item->looked && !item->outcomeUnknown) {
        sendUpload(item);
        return;
    }
    findUploaded(item, [this, item](const ApiError &error, const QString &pipelineId,
                                    const QString &versionId) {
        if (error.isError()) {
            finishUpload(item, error, {}, {});
            return;
        }
        const QString found = item->newVersion ? versionId : pipelineId;
        if (!item->looked) {
            item->looked = true;
            item->existingId = found;
        } else if (!found.isEmpty() && found != item->existingId) {
            finishUpload(item, {}, pipelineId, versionId); // the lost attempt's upload
            return;
        }
        sendUpload(item);
    });
}

// Calls `done` with the id of the pipeline (new pipeline) or the version (new version) the form
// names, empty when the server has none of that name.
void UploadDialog::findUploaded(Item *item, const FoundCallback &done)
{
    if (item->newVersion) {
        const QString pipelineId = item->pipelineId;
        auto *job = m_client->listPipelineVersions(
            pipelineId, ListQuery()
                            .where(Predicate::equals(QStringLiteral("display_name"),
                                                     item->versionName.trimmed()))
                            .withPageSize(10));
        item->job = job;
        connect(job, &ApiJob::finished, this, [job, done, pipelineId] {
            if (!job->ok()) {
                done(job->error(), {}, {});
                return;
            }
            const auto &items = job->result().items;
            done({}, pipelineId, items.isEmpty() ? QString() : items.first().id);
        });
        return;
    }
    auto *job = m_client->getPipelineByName(item->pipelineName.trimmed(), item->namespaceName);
    item->job = job;
    connect(job, &ApiJob::finished, this, [job, done] {
        if (job->error().kind() == ApiError::Kind::NotFound)
            done({}, {}, {});
        else if (!job->ok())
            done(job->error(), {}, {});
        else
            done({}, job->result().id, {});
    });
}

// The client streams the file from disk: the package read for the preview is the only other
// copy.
void UploadDialog::sendUpload(Item *item)
{
    ApiJob *job = nullptr;
    if (item->newVersion) {
        PipelineVersionUpload upload;
        upload.filePath = item->path;
        upload.pipelineId = item->pipelineId;
        upload.name = item->versionName.trimmed();
        upload.description = item->description;
        auto *versionJob = m_client->uploadPipelineVersion(upload);
        connect(versionJob, &ApiJob::finished, this, [this, item, versionJob] {
            onUploadFinished(item, versionJob, versionJob->result().pipelineId,
                             versionJob->result().id);
        });
        job = versionJob;
    } else {
        PipelineUpload upload;
        upload.filePath = item->path;
        upload.name = item->pipelineName.trimmed();
        upload.description = item->description;
        upload.namespaceName = item->namespaceName;
        auto *pipelineJob = m_client->uploadPipeline(upload);
        connect(pipelineJob, &ApiJob::finished, this, [this, item, pipelineJob] {
            onUploadFinished(item, pipelineJob, pipelineJob->result().id, QString());
        });
        job = pipelineJob;
    }
    item->job = job;
    connect(job, &ApiJob::uploadProgress, item->progress, [this, item](qint64 sent, qint64 total) {
        if (total <= 0)
            return;
        item->progress->setValue(int(sent * 100 / total));
        Q_EMIT uploadProgress(indexOf(*item), item->progress->value());
    });
}

void UploadDialog::cancelUpload()
{
    for (auto &item : m_items) {
        if (item->job)
            item->job->abort(); // finished() follows with Kind::Canceled
    }
}

void UploadDialog::onUploadFinished(Item *item, ApiJob *job, const QString &pipelineId,
                                    const QString &versionId)
{
    if (job->ok() || !job->error().outcomeUnknown()) {
        item->outcomeUnknown = false;
        finishUpload(item, job->error(), pipelineId, versionId);
        return;
    }
    // The answer was lost: if the server has it now (and did not before), it is this upload.
    item->outcomeUnknown = true;
    const ApiError sendError = job->error();
    findUploaded(item, [this, item, sendError](const ApiError &, const QString &foundPipeline,
                                               const QString &foundVersion) {
        const QString found = item->newVersion ? foundVersion : foundPipeline;
        if (!found.isEmpty() && found != item->existingId) {
            item->outcomeUnknown = false;
            finishUpload(item, {}, foundPipeline, foundVersion);
            return;
        }
        finishUpload(item, sendError, {}, {});
    });
}

void UploadDialog::finishUpload(Item *item, const ApiError &error, const QString &pipelineId,
                                const QString &versionId)
{
    item->job = nullptr;
    const int index = indexOf(*item);
    const bool ok = !error.isError();
    if (ok) {
        item->state = FileState::Uploaded;
        item->progress->setValue(100);
    } else if (error.kind() == ApiError::Kind::Canceled) {
        item->state = FileState::Ready;
        item->error = tr("Upload canceled.");
        item->progress->setValue(0);
    } else {
        // 409 (exists), 400 (invalid): the server's reason, with its details; the form keeps
        // what the user typed so that a changed name can be tried again.
        item->state = FileState::Failed;
        item->error = tr("The server refused %1: %2")
                          .arg(QFileInfo(item->path).fileName(), error.fullMessage());
        if (item->outcomeUnknown)
            item->error = tr("Could not upload %1: %2\nThe server may have stored it anyway. "
                             "Upload looks for it first and does not store it twice.")
                              .arg(QFileInfo(item->path).fileName(), error.fullMessage());
        qCWarning(lcUi) << "upload failed:" << error.fullMessage();
    }
    updateRow(*item);
    if (index == m_current) {
        showError(item->error);
        updateControls();
    }
    if (ok) {
        Q_EMIT uploaded(pipelineId, versionId);
        // On to the next file waiting in the queue.
        for (int i = 0; i < fileCount(); ++i) {
            if (m_items[size_t(i)]->state == FileState::Ready) {
                setCurrentFile(i);
                break;
            }
        }
    }
    Q_EMIT uploadFinished(index, ok);
}

} // namespace kfp
