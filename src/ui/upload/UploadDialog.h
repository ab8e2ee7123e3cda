#pragma once

// Uploads compiled pipeline files (what `kfp dsl compile` writes) to the server, one queued file
// at a time, as a new pipeline or as a new version of an existing one.
//
// Each file is read with PipelinePackage on a worker thread (a 32 MiB YAML takes a while) and
// previewed: name, description, parameters, task count, and a warning when its kind does not
// fit the server's API version. A file PipelinePackage refuses cannot be uploaded: its error
// (with line and column) is shown and nothing reaches the server. Server errors (409 exists,
// 400 invalid) are shown in the dialog and what the user typed stays.
//
//     auto *dialog = new UploadDialog(client, userNamespace, window);
//     connect(dialog, &UploadDialog::uploaded, window, selectInTree);
//     dialog->addFiles(paths);
//     dialog->show();

#include "package/PipelinePackage.h"

#include <QDialog>
#include <QPointer>
#include <functional>
#include <memory>
#include <vector>

class QProgressBar;
class QTimer;
class QTreeWidgetItem;

namespace Ui {
class UploadDialog;
}

namespace kfp {

class ApiError;
class ApiJob;
class KfpClient;

class UploadDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadDialog)
public:
    enum class FileState
    {
        Reading,   // PipelinePackage runs on a worker thread
        Invalid,   // refused by PipelinePackage: never uploaded
        Ready,     // previewed, waiting for Upload
        Uploading, // the request is in flight
        Uploaded,
        Failed, // the server refused it or the call failed; Upload tries again
    };
    Q_ENUM(FileState)

    static constexpr int SearchDelayMs = 300;
    static constexpr int PickerPageSize = 50;

    // userNamespace: the user's namespace in multi-user mode (offered beside "shared").
    UploadDialog(KfpClient *client, const QString &userNamespace, QWidget *parent = nullptr);
    ~UploadDialog() override;

    // Queues files (each is read at once, off the UI thread). The first one queued while nothing
    // is shown becomes the current file.
    void addFiles(const QStringList &paths);

    int fileCount() const { return int(m_items.size()); }
    int currentFile() const { return m_current; }
    void setCurrentFile(int index);
    FileState fileState(int index) const;
    // The error shown for that file: the package error, or the server's after a failed upload.
    QString fileError(int index) const;
    PipelinePackage package(int index) const;
    int progressPercent(int index) const;
    bool isUploading() const;

    // Uploads the current file with what the form says (the Upload button).
    void startUpload();
    // Aborts the upload in flight (the Cancel Upload button); the file can be uploaded again.
    void cancelUpload();

Q_SIGNALS:
    void fileRead(int index); // PipelinePackage answered (valid or not)
    // A file is on the server: a new pipeline (versionId empty) or a new version.
    void uploaded(const QString &pipelineId, const QString &versionId);
    void uploadFinished(int index, bool ok);
    void uploadProgress(int index, int percent); // from the upload's bytes sent

protected:
    void done(int result) override;

private:
    struct Item;

    void onFileRead(Item *item, const PipelinePackage &package);
    int indexOf(const Item &item) const;
    void lookUpExistingPipeline(Item *item);
    void saveForm();
    void showCurrent();
    void showPreview(const Item &item);
    void updateRow(const Item &item);
    void updateControls();
    void showError(const QString &text);
    void searchPipelines();
    void setPickerPipeline(const QString &id, const QString &title);
    using FoundCallback = std::function<void(const ApiError &error, const QString &pipelineId,
                                             const QString &versionId)>;
    void findUploaded(Item *item, const FoundCallback &done);
    void sendUpload(Item *item);
    void onUploadFinished(Item *item, ApiJob *job, const QString &pipelineId,
                          const QString &versionId);
    void finishUpload(Item *item, const ApiError &error, const QString &pipelineId,
                      const QString &versionId);
    QString selectedNamespace() const;
    QString kindWarning(const PipelinePackage &package) const;
    static QString stateText(FileState state);

    std::unique_ptr<Ui::UploadDialog> m_ui;
    KfpClient *m_client;
    QString m_userNamespace;
    std::vector<std::unique_ptr<Item>> m_items;
    int m_current = -1;
    QTimer *m_searchTimer;
    QPointer<ApiJob> m_searchJob;
    bool m_loadingForm = false; // showCurrent() fills the form: no saving back meanwhile
};

} // namespace kfp
