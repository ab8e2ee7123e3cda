#include "UploadController.h"

#include "SectionView.h"
#include "UploadDialog.h"
#include "UploadDropOverlay.h"
#include "Workbench.h"
#include "models/PipelineTreeModel.h"
#include "models/roles.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMimeData>
#include <QTreeView>
#include <QUrl>

namespace kfp {

UploadController::UploadController(Workbench *workbench, KfpClient *client, QMenu *fileMenu,
                                   QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_window(workbench->mainWindow())
    , m_client(client)
    , m_action(new QAction(tr("&Upload Pipeline…"), m_window))
    , m_overlay(
          new UploadDropOverlay(m_window->centralWidget() ? m_window->centralWidget() : m_window))
{
    m_action->setObjectName(QStringLiteral("actionUploadPipeline"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_action->setStatusTip(tr("Upload a compiled pipeline as a new pipeline or a new version"));
    connect(m_action, &QAction::triggered, this, &UploadController::chooseFiles);
    // First in the File menu, as the KFP UI's "Upload pipeline" leads the Pipelines page.
    fileMenu->insertAction(fileMenu->actions().value(0), m_action);
    if (fileMenu->actions().size() > 1)
        fileMenu->insertSeparator(fileMenu->actions().value(1));
    m_window->addAction(m_action); // the shortcut works wherever the focus is

    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
}

UploadController::~UploadController() = default;

UploadDialog *UploadController::dialog() const
{
    return m_dialog;
}

bool UploadController::isPipelineFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    for (const char *suffix : {".yaml", ".yml", ".json", ".zip", ".tar.gz", ".tgz"}) {
        if (name.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

QStringList UploadController::localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

bool UploadController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const QStringList files = localFiles(drag->mimeData());
        if (files.isEmpty())
            return false; // not ours (text, a row of a view...)
        int uploadable = 0;
        for (const QString &file : files)
            uploadable += isPipelineFile(file) ? 1 : 0;
        if (event->type() == QEvent::DragEnter)
            m_overlay->showFor(uploadable, int(files.size()) - uploadable);
        // Accepted even when nothing fits, so that the drop can say why it is refused.
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::DragLeave:
        m_overlay->hide();
        return false;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        m_overlay->hide();
        if (localFiles(drop->mimeData()).isEmpty())
            return false;
        drop->acceptProposedAction();
        dropFiles(drop->mimeData());
        return true;
    }
    default:
        return false;
    }
}

void UploadController::dropFiles(const QMimeData *mime)
{
    QStringList accepted;
    QStringList refused;
    for (const QString &file : localFiles(mime))
        (isPipelineFile(file) ? accepted : refused).append(QFileInfo(file).fileName());
    if (!refused.isEmpty()) {
        const QString message =
            tr("Not a pipeline file: %1. Upload takes .yaml, .yml, .json, .zip or .tar.gz files.")
                .arg(refused.join(QLatin1String(", ")));
        m_workbench->setNotice(message);
        Q_EMIT dropRefused(message);
    }
    QStringList paths;
    for (const QString &file : localFiles(mime)) {
        if (isPipelineFile(file))
            paths.append(file);
    }
    if (!paths.isEmpty())
        openFiles(paths);
}

void UploadController::chooseFiles()
{
    auto *dialog = new QFileDialog(m_window, tr("Upload Pipeline"));
    dialog->setObjectName(QStringLiteral("uploadFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters(
        {tr("Pipeline files (*.yaml *.yml *.json *.zip *.tar.gz *.tgz)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this,
            [this](const QStringList &files) { openFiles(files); });
    dialog->open(); // window-modal without a nested event loop
}

void UploadController::openFiles(const QStringList &paths)
{
    if (!m_dialog) {
        auto *ns = m_workbench->pipelineModel();
        m_dialog = new UploadDialog(m_client, ns->namespaceName(), m_window);
        m_dialog->setObjectName(QStringLiteral("uploadDialog"));
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &UploadDialog::uploaded, this, &UploadController::selectUploaded);
    }
    m_dialog->addFiles(paths);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void UploadController::selectUploaded(const QString &pipelineId, const QString &versionId)
{
    m_workbench->setCurrentSection(Section::Pipelines);
    PipelineTreeModel *model = m_workbench->pipelineModel();
    // Select the new row once the list has been read again: by a refresh when rows are shown,
    // else by the first page that switching to the section has just asked for.
    struct Pending
    {
        QMetaObject::Connection refreshed;
        QMetaObject::Connection firstPage;
    };
    auto pending = std::make_shared<Pending>();
    auto selectOnce = [this, pending, pipelineId, versionId] {
        disconnect(pending->refreshed);
        disconnect(pending->firstPage);
        selectIn(pipelineId, versionId);
    };
    pending->refreshed = connect(model, &PagedTreeModel::refreshed, this, selectOnce);
    pending->firstPage =
        connect(model, &PagedTreeModel::pageLoaded, this, [selectOnce](const QModelIndex &parent) {
            if (!parent.isValid())
                selectOnce();
        });
    if (model->loadedCount() > 0 && !model->isLoading())
        model->refresh();
}

void UploadController::selectIn(const QString &pipelineId, const QString &versionId)
{
    PipelineTreeModel *model = m_workbench->pipelineModel();
    QTreeView *view = m_workbench->sectionView(Section::Pipelines)->view();
    const QModelIndex pipeline = model->indexForId(pipelineId, NodeKind::Pipeline);
    if (!pipeline.isValid())
        return;
    auto select = [view](const QModelIndex &index) {
        view->scrollTo(index);
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
    };
    if (versionId.isEmpty()) {
        select(pipeline);
        return;
    }
    auto selectVersion = [model, select, versionId] {
        const QModelIndex version = model->indexForId(versionId, NodeKind::PipelineVersion);
        if (version.isValid())
            select(version);
        return version.isValid();
    };
    view->expand(pipeline); // the view fetches the versions lazily
    if (selectVersion())
        return;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(model, &PagedTreeModel::pageLoaded, this,
                          [connection, selectVersion, pipelineId](const QModelIndex &parent) {
                              if (parent.data(IdRole).toString() != pipelineId)
                                  return;
                              disconnect(*connection);
                              selectVersion();
                          });
}

} // namespace kfp
