#pragma once

// The upload entry points of the main window: files dropped anywhere on it (the central area is
// highlighted while dragging, other file types are refused with a message) and File → Upload
// Pipeline… (Ctrl+U). Both open the UploadDialog (files dropped while it is open join its
// queue); after an upload the Pipelines section shows the new pipeline or version, selected.
//
// Made by WindowControllers with the window (as a Workbench) and the File menu it extends:
//
//     UploadController upload(&window, client, window.fileMenu());

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QMenu;
class QMimeData;
class QMainWindow;

namespace kfp {

class KfpClient;
class UploadDialog;
class UploadDropOverlay;
class Workbench;

class UploadController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadController)
public:
    // "Upload Pipeline…" goes first in `fileMenu`; drops are taken anywhere on the window.
    UploadController(Workbench *workbench, KfpClient *client, QMenu *fileMenu,
                     QObject *parent = nullptr);
    ~UploadController() override;

    // .yaml, .yml, .json, .zip, .tar.gz, .tgz: what the KFP server takes.
    static bool isPipelineFile(const QString &path);

    QAction *uploadAction() const { return m_action; }
    UploadDialog *dialog() const; // the open dialog, or nullptr
    UploadDropOverlay *overlay() const { return m_overlay; }

    // Opens the dialog (or adds to the open one's queue) with these files.
    void openFiles(const QStringList &paths);
    // Switches to Pipelines, refreshes it and selects the pipeline (or its version).
    void selectUploaded(const QString &pipelineId, const QString &versionId);

Q_SIGNALS:
    // Dropped files that are not pipeline files (the message is also on the status bar).
    void dropRefused(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseFiles();
    void dropFiles(const QMimeData *mime);
    void selectIn(const QString &pipelineId, const QString &versionId);
    static QStringList localFiles(const QMimeData *mime);

    Workbench *m_workbench;
    QMainWindow *m_window;
    KfpClient *m_client;
    QAction *m_action;
    UploadDropOverlay *m_overlay;
    QPointer<UploadDialog> m_dialog;
};

} // namespace kfp
