#include "UploadDialog.h"

#include "UploadDialogItem.h"
#include "api/KfpClient.h"
#include "ui_UploadDialog.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QJsonDocument>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidgetItem>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace kfp {

namespace {

enum QueueColumn
{
    FileColumn,
    StatusColumn,
    ProgressColumn
};

// A parameter default as the KFP UI shows it: strings as they are, the rest as compact JSON.
QString defaultText(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isNull())
        return QStringLiteral("null");
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace

UploadDialog::UploadDialog(KfpClient *client, const QString &userNamespace, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UploadDialog>())
    , m_client(client)
    , m_userNamespace(userNamespace)
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->queueList->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_ui->queueList->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_ui->queueList->header()->setStretchLastSection(false);
    m_ui->parameterTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->parameterTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->errorLabel->hide();
    m_ui->kindWarning->hide();

    // Multi-user KFP: a pipeline is either shared (no namespace) or private to a namespace.
    const bool multiUser = m_client->isMultiUser();
    m_ui->namespaceLabel->setVisible(multiUser);
    m_ui->namespaceCombo->setVisible(multiUser);
    m_ui->namespaceCombo->addItem(tr("Shared (visible to all namespaces)"), QString());
    if (!m_userNamespace.isEmpty())
        m_ui->namespaceCombo->addItem(tr("Private to %1").arg(m_userNamespace), m_userNamespace);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &UploadDialog::searchPipelines);
    connect(m_ui->pipelineSearchEdit, &QLineEdit::textEdited, m_searchTimer,
            qOverload<>(&QTimer::start));

    connect(m_ui->queueList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *row) {
        if (!m_loadingForm && row)
            setCurrentFile(m_ui->queueList->indexOfTopLevelItem(row));
    });
    for (QRadioButton *radio : {m_ui->newPipelineRadio, m_ui->newVersionRadio})
        connect(radio, &QRadioButton::toggled, this, [this] {
            saveForm();
            updateControls();
        });
    // What the user does (not what the dialog fills in) marks the file as chosen by hand.
    auto touch = [this] {
        if (m_current >= 0)
            m_items[size_t(m_current)]->touched = true;
    };
    for (QLineEdit *edit : {m_ui->pipelineNameEdit, m_ui->descriptionEdit, m_ui->versionNameEdit,
                            m_ui->pipelineSearchEdit})
        connect(edit, &QLineEdit::textEdited, this, touch);
    for (QRadioButton *radio : {m_ui->newPipelineRadio, m_ui->newVersionRadio})
        connect(radio, &QRadioButton::clicked, this, touch);
    connect(m_ui->pipelinePicker, &QComboBox::activated, this, touch);
    connect(m_ui->namespaceCombo, &QComboBox::activated, this, touch);
    connect(m_ui->uploadButton, &QPushButton::clicked, this, &UploadDialog::startUpload);
    connect(m_ui->cancelUploadButton, &QPushButton::clicked, this, &UploadDialog::cancelUpload);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateControls();
    searchPipelines(); // the picker starts with the first pipelines
}

UploadDialog::~UploadDialog()
{
    // Nothing may keep uploading once the dialog is gone; no answer comes back to it either.
    for (auto &item : m_items) {
        if (item->job) {
            item->job->disconnect(this);
            item->job->abort();
        }
    }
}

void UploadDialog::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        auto item = std::make_unique<Item>();
        item->path = path;
        item->versionName =
            PipelinePackage::fileStem(path) +
            QDateTime::currentDateTime().toString(QStringLiteral("-yyyyMMdd-HHmmss"));
        item->row = new QTreeWidgetItem(m_ui->queueList, {QFileInfo(path).fileName()});
        item->row->setToolTip(FileColumn, path);
        item->progress = new QProgressBar(m_ui->queueList);
        item->progress->setRange(0, 100);
        item->progress->setValue(0);
        m_ui->queueList->setItemWidget(item->row, ProgressColumn, item->progress);
        Item *raw = item.get();
        m_items.push_back(std::move(item));
        updateRow(*raw);

        // A 32 MiB YAML parses for seconds: never on the UI thread.
        auto *watcher = new QFutureWatcher<PipelinePackage>(this);
        connect(watcher, &QFutureWatcher<PipelinePackage>::finished, this, [this, watcher, raw] {
            watcher->deleteLater();
            onFileRead(raw, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(
            [path] { return PipelinePackage::read(path, PipelinePackage::Detail::Summary); }));
    }
    if (m_current < 0 && !m_items.empty())
        setCurrentFile(0);
}

void UploadDialog::onFileRead(Item *item, const PipelinePackage &package)
{
    item->package = package;
    if (!package.isValid()) {
        item->state = FileState::Invalid;
        item->error = package.error().message;
    } else {
        item->state = FileState::Ready;
        item->pipelineName =
            package.name().isEmpty() ? PipelinePackage::fileStem(item->path) : package.name();
        item->description = package.description();
        lookUpExistingPipeline(item);
    }
    updateRow(*item);
    const int index = indexOf(*item);
    if (index == m_current)
        showCurrent();
    Q_EMIT fileRead(index);
}

int UploadDialog::indexOf(const Item &item) const
{
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].get() == &item)
            return int(i);
    }
    return -1;
}

void UploadDialog::setCurrentFile(int index)
{
    if (index < 0 || index >= fileCount() || index == m_current)
        return;
    saveForm();
    m_current = index;
    showCurrent();
}

UploadDialog::FileState UploadDialog::fileState(int index) const
{
    return m_items.at(size_t(index))->state;
}

QString UploadDialog::fileError(int index) const
{
    return m_items.at(size_t(index))->error;
}

PipelinePackage UploadDialog::package(int index) const
{
    return m_items.at(size_t(index))->package;
}

int UploadDialog::progressPercent(int index) const
{
    return m_items.at(size_t(index))->progress->value();
}

bool UploadDialog::isUploading() const
{
    for (const auto &item : m_items) {
        if (item->state == FileState::Uploading)
            return true;
    }
    return false;
}

// Keeps what the user typed with the file it belongs to (the form shows one file at a time).
void UploadDialog::saveForm()
{
    if (m_loadingForm || m_current < 0)
        return;
    Item &item = *m_items[size_t(m_current)];
    if (item.state == FileState::Reading || item.state == FileState::Invalid)
        return;
    item.newVersion = m_ui->newVersionRadio->isChecked();
    item.pipelineName = m_ui->pipelineNameEdit->text();
    item.description = m_ui->descriptionEdit->text();
    item.versionName = m_ui->versionNameEdit->text();
    item.namespaceName = selectedNamespace();
    item.pipelineId = m_ui->pipelinePicker->currentData().toString();
    item.pipelineTitle = m_ui->pipelinePicker->currentText();
}

void UploadDialog::showCurrent()
{
    if (m_current < 0)
        return;
    const Item &item = *m_items[size_t(m_current)];
    m_loadingForm = true;
    m_ui->queueList->setCurrentItem(item.row);
    m_ui->newVersionRadio->setChecked(item.newVersion);
    m_ui->newPipelineRadio->setChecked(!item.newVersion);
    m_ui->pipelineNameEdit->setText(item.pipelineName);
    m_ui->descriptionEdit->setText(item.description);
    m_ui->versionNameEdit->setText(item.versionName);
    const int ns = m_ui->namespaceCombo->findData(item.namespaceName);
    m_ui->namespaceCombo->setCurrentIndex(std::max(0, ns));
    if (!item.pipelineId.isEmpty())
        setPickerPipeline(item.pipelineId, item.pipelineTitle);
    m_loadingForm = false;
    showPreview(item);
    showError(item.error);
    updateControls();
}

void UploadDialog::showPreview(const Item &item)
{
    const PipelinePackage &p = item.package;
    const bool valid = item.state != FileState::Reading && p.isValid();
    m_ui->previewName->setText(item.state == FileState::Reading
                                   ? tr("Reading %1…").arg(QFileInfo(item.path).fileName())
                                   : p.displayName());
    m_ui->previewDescription->setText(valid ? p.description() : QString());
    m_ui->previewKind->setText(!valid ? QString()
                               : p.kind() == PipelinePackage::Kind::KfpV2Ir
                                   ? tr("KFP v2 pipeline (schema %1)").arg(p.schemaVersion())
                                   : tr("KFP v1 pipeline (Argo Workflow)"));
    m_ui->previewTasks->setText(valid ? tr("%n task(s), ", nullptr, int(p.tasks().size())) +
                                            tr("%n component(s)", nullptr, p.componentCount())
                                      : QString());
    const QList<PackageParameter> params = valid ? p.parameters() : QList<PackageParameter>();
    m_ui->parameterTable->setRowCount(int(params.size()));
    for (int row = 0; row < params.size(); ++row) {
        const PackageParameter &param = params.at(row);
        auto *name = new QTableWidgetItem(param.name);
        name->setToolTip(param.description);
        m_ui->parameterTable->setItem(row, 0, name);
        m_ui->parameterTable->setItem(row, 1, new QTableWidgetItem(param.type));
        m_ui->parameterTable->setItem(row, 2,
                                      new QTableWidgetItem(defaultText(param.defaultValue)));
        m_ui->parameterTable->setItem(row, 3,
                                      new QTableWidgetItem(param.isRequired() ? tr("required")
                                                           : param.optional   ? tr("optional")
                                                                              : tr("has default")));
    }
    const QString warning = valid ? kindWarning(p) : QString();
    m_ui->kindWarning->setText(warning);
    m_ui->kindWarning->setVisible(!warning.isEmpty());
}

// The server of each API version runs one kind only: say so before the upload fails.
QString UploadDialog::kindWarning(const PipelinePackage &package) const
{
    const ApiVersion api = m_client->apiVersion();
    if (package.kind() == PipelinePackage::Kind::KfpV2Ir && api == ApiVersion::V1Beta1)
        return tr("Warning: this is a KFP v2 pipeline, but the server speaks the v1beta1 API "
                  "(KFP 1.x), which cannot run it.");
    if (package.kind() == PipelinePackage::Kind::ArgoWorkflowV1 && api == ApiVersion::V2Beta1)
        return tr("Warning: this is a KFP v1 pipeline (Argo Workflow), but the server speaks the "
                  "v2beta1 API (KFP 2.x), which refuses it. Recompile it with the KFP 2 SDK.");
    return {};
}

void UploadDialog::updateRow(const Item &item)
{
    item.row->setText(StatusColumn, stateText(item.state));
    item.row->setToolTip(StatusColumn, item.error);
}

void UploadDialog::updateControls()
{
    const Item *item = m_current >= 0 ? m_items[size_t(m_current)].get() : nullptr;
    const bool editable =
        item && (item->state == FileState::Ready || item->state == FileState::Failed);
    const bool newVersion = m_ui->newVersionRadio->isChecked();
    m_ui->targetGroup->setEnabled(editable);
    m_ui->pipelineNameEdit->setEnabled(!newVersion);
    m_ui->namespaceCombo->setEnabled(!newVersion);
    m_ui->pipelineSearchEdit->setEnabled(newVersion);
    m_ui->pipelinePicker->setEnabled(newVersion);
    m_ui->versionNameEdit->setEnabled(newVersion);
    // One upload at a time: the server is the bottleneck, and a queue reads more clearly.
    m_ui->uploadButton->setEnabled(editable && !isUploading());
    m_ui->cancelUploadButton->setEnabled(isUploading());
}

void UploadDialog::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

QString UploadDialog::selectedNamespace() const
{
    return m_client->isMultiUser() ? m_ui->namespaceCombo->currentData().toString() : QString();
}

QString UploadDialog::stateText(FileState state)
{
    switch (state) {
    case FileState::Reading:
        return tr("Reading…");
    case FileState::Invalid:
        return tr("Not uploadable");
    case FileState::Ready:
        return tr("Ready");
    case FileState::Uploading:
        return tr("Uploading…");
    case FileState::Uploaded:
        return tr("Uploaded");
    case FileState::Failed:
        return tr("Failed");
    }
    return {};
}

void UploadDialog::done(int result)
{
    // Closing the dialog stops what it started: nothing keeps uploading unseen.
    cancelUpload();
    QDialog::done(result);
}

} // namespace kfp
