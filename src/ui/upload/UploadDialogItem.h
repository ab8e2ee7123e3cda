#pragma once

// UploadDialog's state of one queued file (private to UploadDialog*.cpp).

#include "UploadDialog.h"
#include "net/ApiJob.h"

#include <QPointer>

class QProgressBar;
class QTreeWidgetItem;

namespace kfp {

struct UploadDialog::Item
{
    QString path;
    FileState state = FileState::Reading;
    PipelinePackage package;
    QString error; // the package's error, or the server's after a failed upload
    // What the form says for this file (kept while another file is shown).
    bool touched = false; // the user changed the form: no more automatic choices
    bool newVersion = false;
    QString pipelineName;
    QString description;
    QString namespaceName;
    QString pipelineId; // "new version of"
    QString pipelineTitle;
    QString versionName;
    QTreeWidgetItem *row = nullptr;   // owned by the queue list
    QProgressBar *progress = nullptr; // owned by the queue list
    QPointer<ApiJob> job;             // the upload (or the look before it) in flight
    // Whether an upload's answer was lost (see UploadDialog::startUpload): what the form named
    // when the server was last asked, the id that name already had then, and whether the last
    // attempt left it open if the server stored the file.
    QString lookupKey;
    bool looked = false;
    QString existingId;
    bool outcomeUnknown = false;
};

} // namespace kfp
