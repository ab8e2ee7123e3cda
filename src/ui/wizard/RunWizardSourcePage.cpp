#include "RunWizardSourcePage.h"

#include "RunWizard.h"
#include "api/KfpClient.h"
#include "ui_RunWizardSourcePage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QTimer>
#include <QtConcurrent>

namespace kfp {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int SearchDelayMs = 300; // one request per pause in typing, not per key
constexpr int ListPageSize = 200;  // the server's cap
} // namespace

RunWizardSourcePage::RunWizardSourcePage(RunWizard *wizard)
    : m_ui(std::make_unique<Ui::RunWizardSourcePage>())
    , m_wizard(wizard)
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->busyBar->hide();
    m_ui->retryButton->hide();
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (auto retry = std::exchange(m_retry, {}))
            retry();
    });
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &RunWizardSourcePage::loadPipelines);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->serverRadio, &QRadioButton::toggled, this, &RunWizardSourcePage::updateMode);
    connect(m_ui->pipelineList, &QListWidget::currentItemChanged, this,
            &RunWizardSourcePage::onPipelineChanged);
    connect(m_ui->versionCombo, &QComboBox::currentIndexChanged, this,
            &RunWizardSourcePage::onVersionChanged);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &RunWizardSourcePage::browse);
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->fileRadio->isChecked() && m_ui->fileEdit->text() != m_packageFile)
            readFile(m_ui->fileEdit->text());
    });
    updateMode();
}

RunWizardSourcePage::~RunWizardSourcePage() = default;

void RunWizardSourcePage::initializePage()
{
    if (!m_pipelinesLoaded && m_busy == 0 && m_ui->serverRadio->isChecked())
        loadPipelines();
}

bool RunWizardSourcePage::isComplete() const
{
    return m_ready && m_busy == 0;
}

bool RunWizardSourcePage::validatePage()
{
    RunDraft &d = m_wizard->draft();
    if (m_ui->serverRadio->isChecked()) {
        d.source = RunDraft::Source::PipelineVersion;
        const auto *item = m_ui->pipelineList->currentItem();
        d.pipelineId = item ? item->data(IdRole).toString() : QString();
        d.pipelineName = item ? item->text() : QString();
        d.pipelineVersionId = m_ui->versionCombo->currentData().toString();
        d.versionName = m_ui->versionCombo->currentText();
        d.pipelineSpec = {};
        d.workflowManifest.clear();
    } else {
        d.source = RunDraft::Source::Package;
        d.pipelineId.clear();
        d.pipelineVersionId.clear();
        d.pipelineName = m_package.displayName();
        d.packagePath = m_packageFile;
        // The dialect sends the field its API knows: v2 pipeline_spec, v1 workflow_manifest.
        d.pipelineSpec = m_package.kind() == PipelinePackage::Kind::KfpV2Ir
                             ? m_package.pipelineSpecJson()
                             : QJsonObject();
        d.workflowManifest = m_package.kind() == PipelinePackage::Kind::ArgoWorkflowV1
                                 ? m_package.workflowManifest()
                                 : QString();
    }
    return true;
}

void RunWizardSourcePage::preselectPipeline(const QString &pipelineId, const QString &versionId)
{
    m_presetPipelineId = pipelineId;
    m_presetVersionId = versionId;
    m_ui->serverRadio->setChecked(true);
    loadPipelines();
}

void RunWizardSourcePage::preselectPackageFile(const QString &filePath)
{
    m_ui->fileRadio->setChecked(true);
    m_ui->fileEdit->setText(filePath);
    readFile(filePath);
}

void RunWizardSourcePage::preselectInlineSpec(const QJsonObject &pipelineSpec,
                                              const QString &workflowManifest)
{
    m_ui->fileRadio->setChecked(true);
    m_ui->fileEdit->setText(tr("(the pipeline of the original run)"));
    m_packageFile = m_ui->fileEdit->text();
    invalidate();
    if (!pipelineSpec.isEmpty())
        parsePackage(QJsonDocument(pipelineSpec).toJson(QJsonDocument::Compact),
                     QStringLiteral("pipeline.json"), true);
    else
        parsePackage(workflowManifest.toUtf8(), QStringLiteral("pipeline.yaml"), true);
}

void RunWizardSourcePage::setBusyMessage(const QString &message)
{
    m_busy += message.isEmpty() ? -1 : 1;
    m_busy = qMax(0, m_busy);
    m_ui->busyBar->setVisible(m_busy > 0);
    m_ui->statusLabel->setText(message);
    m_ui->retryButton->hide();
    Q_EMIT completeChanged();
}

void RunWizardSourcePage::showError(const QString &message, std::function<void()> retry)
{
    m_ui->statusLabel->setText(message);
    m_retry = std::move(retry);
    m_ui->retryButton->setVisible(bool(m_retry));
}

void RunWizardSourcePage::updateMode()
{
    const bool server = m_ui->serverRadio->isChecked();
    const QList<QWidget *> serverWidgets{m_ui->searchEdit,   m_ui->searchLabel,
                                         m_ui->pipelineList, m_ui->pipelineLabel,
                                         m_ui->versionCombo, m_ui->versionLabel};
    for (QWidget *w : serverWidgets)
        w->setEnabled(server);
    m_ui->fileEdit->setEnabled(!server);
    m_ui->browseButton->setEnabled(!server);
    invalidate();
    if (server) {
        if (!m_pipelinesLoaded && m_wizard->currentPage() == this)
            loadPipelines();
        else
            onVersionChanged();
    } else if (!m_ui->fileEdit->text().isEmpty() && m_packageFile == m_ui->fileEdit->text() &&
               m_package.isValid()) {
        takePackage(m_package, true);
    }
}

void RunWizardSourcePage::invalidate()
{
    ++m_generation;
    m_ready = false;
    Q_EMIT completeChanged();
}

void RunWizardSourcePage::loadPipelines()
{
    m_searchTimer->stop();
    ListQuery query;
    query.withPageSize(ListPageSize).sortedBy(QStringLiteral("created_at"), true);
    query.inNamespace(m_wizard->namespaceName());
    const QString search = m_ui->searchEdit->text().trimmed();
    if (!search.isEmpty())
        query.where(Predicate::substring(QStringLiteral("display_name"), search));
    setBusyMessage(tr("Loading pipelines…"));
    auto *job = m_wizard->client()->listPipelines(query);
    connect(job, &ApiJob::finished, this, [this, job] {
        setBusyMessage({});
        if (!job->ok()) {
            showError(tr("Could not list the pipelines: %1").arg(job->error().fullMessage()),
                      [this] { loadPipelines(); });
            return;
        }
        m_pipelinesLoaded = true;
        const auto *current = m_ui->pipelineList->currentItem();
        const QString previous = !m_presetPipelineId.isEmpty() ? m_presetPipelineId
                                 : current                     ? current->data(IdRole).toString()
                                                               : QString();
        QSignalBlocker block(m_ui->pipelineList);
        m_ui->pipelineList->clear();
        QListWidgetItem *select = nullptr;
        for (const Pipeline &p : job->result().items) {
            auto *item = new QListWidgetItem(p.title(), m_ui->pipelineList);
            item->setData(IdRole, p.id);
            item->setToolTip(p.description);
            if (p.id == previous)
                select = item;
        }
        if (job->result().items.isEmpty())
            showError(tr("No pipeline matches."));
        if (!select && !m_presetPipelineId.isEmpty()) {
            // Preselected but not on this page of the list: fetch that one pipeline.
            auto *one = m_wizard->client()->getPipeline(m_presetPipelineId);
            connect(one, &ApiJob::finished, this, [this, one] {
                if (!one->ok()) {
                    showError(
                        tr("Could not load the pipeline: %1").arg(one->error().fullMessage()));
                    return;
                }
                auto *item = new QListWidgetItem(one->result().title());
                item->setData(IdRole, one->result().id);
                m_ui->pipelineList->insertItem(0, item);
                m_ui->pipelineList->setCurrentItem(item);
            });
            return;
        }
        block.unblock();
        if (select)
            m_ui->pipelineList->setCurrentItem(select);
        else
            onPipelineChanged();
    });
}

void RunWizardSourcePage::onPipelineChanged()
{
    invalidate();
    QSignalBlocker block(m_ui->versionCombo);
    m_ui->versionCombo->clear();
    const auto *item = m_ui->pipelineList->currentItem();
    if (!item)
        return;
    const QString pipelineId = item->data(IdRole).toString();
    const int generation = m_generation;
    setBusyMessage(tr("Loading versions…"));
    // Newest first: the first entry is the latest version, the default.
    auto *job = m_wizard->client()->listPipelineVersions(
        pipelineId,
        ListQuery().withPageSize(ListPageSize).sortedBy(QStringLiteral("created_at"), true));
    connect(job, &ApiJob::finished, this, [this, job, generation] {
        setBusyMessage({});
        if (generation != m_generation)
            return;
        if (!job->ok()) {
            showError(tr("Could not list the versions: %1").arg(job->error().fullMessage()),
                      [this] { onPipelineChanged(); });
            return;
        }
        QSignalBlocker block(m_ui->versionCombo);
        int select = 0;
        for (const PipelineVersion &v : job->result().items) {
            if (v.id == m_presetVersionId)
                select = m_ui->versionCombo->count();
            m_ui->versionCombo->addItem(v.title(), v.id);
        }
        m_presetVersionId.clear();
        m_presetPipelineId.clear();
        if (m_ui->versionCombo->count() == 0) {
            showError(tr("This pipeline has no version to run."));
            return;
        }
        m_ui->versionCombo->setCurrentIndex(select);
        block.unblock();
        onVersionChanged();
    });
}

void RunWizardSourcePage::onVersionChanged()
{
    invalidate();
    const auto *item = m_ui->pipelineList->currentItem();
    const QString versionId = m_ui->versionCombo->currentData().toString();
    if (!item || versionId.isEmpty() || !m_ui->serverRadio->isChecked())
        return;
    const int generation = m_generation;
    setBusyMessage(tr("Loading the pipeline's parameters…"));
    auto *job = m_wizard->client()->getPipelineVersion(item->data(IdRole).toString(), versionId);
    connect(job, &ApiJob::finished, this, [this, job, generation] {
        setBusyMessage({});
        if (generation != m_generation)
            return;
        if (!job->ok()) {
            showError(tr("Could not load the version: %1").arg(job->error().fullMessage()),
                      [this] { onVersionChanged(); });
            return;
        }
        const PipelineVersion &v = job->result();
        if (!v.pipelineSpec.isEmpty()) {
            // v2 may wrap the IR with its platform spec: {pipeline_spec, platform_spec}.
            QJsonObject spec = v.pipelineSpec;
            if (spec.value(QLatin1String("pipeline_spec")).isObject())
                spec = spec.value(QLatin1String("pipeline_spec")).toObject();
            parsePackage(QJsonDocument(spec).toJson(QJsonDocument::Compact),
                         QStringLiteral("pipeline.json"), false);
        } else if (!v.templateText.isEmpty()) {
            parsePackage(v.templateText.toUtf8(), QStringLiteral("pipeline.yaml"), false);
        } else {
            showError(tr("The server did not return this version's pipeline."));
        }
    });
}

void RunWizardSourcePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a pipeline package"), m_ui->fileEdit->text(),
        tr("Pipeline packages (*.yaml *.yml *.json *.zip *.tar.gz *.tgz);;All files (*)"));
    if (path.isEmpty())
        return;
    m_ui->fileEdit->setText(path);
    readFile(path);
}

void RunWizardSourcePage::readFile(const QString &filePath)
{
    invalidate();
    m_packageFile = filePath;
    const int generation = m_generation;
    setBusyMessage(tr("Reading %1…").arg(QFileInfo(filePath).fileName()));
    auto *watcher = new QFutureWatcher<PipelinePackage>(this);
    connect(watcher, &QFutureWatcher<PipelinePackage>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        setBusyMessage({});
        if (generation == m_generation)
            takePackage(watcher->result(), true);
    });
    watcher->setFuture(QtConcurrent::run([filePath] { return PipelinePackage::read(filePath); }));
}

void RunWizardSourcePage::parsePackage(const QByteArray &bytes, const QString &fileName,
                                       bool fromFile)
{
    const int generation = m_generation;
    setBusyMessage(tr("Reading the pipeline…"));
    auto *watcher = new QFutureWatcher<PipelinePackage>(this);
    connect(watcher, &QFutureWatcher<PipelinePackage>::finished, this,
            [this, watcher, generation, fromFile] {
                watcher->deleteLater();
                setBusyMessage({});
                if (generation == m_generation)
                    takePackage(watcher->result(), fromFile);
            });
    watcher->setFuture(QtConcurrent::run(
        [bytes, fileName] { return PipelinePackage::fromBytes(bytes, fileName); }));
}

void RunWizardSourcePage::takePackage(const PipelinePackage &package, bool fromFile)
{
    if (!package.isValid()) {
        showError(package.error().message.isEmpty() ? tr("This is not a pipeline package.")
                                                    : package.error().message);
        return;
    }
    if (fromFile) {
        // KFP 1.x runs Argo workflows only, KFP 2.x the v2 IR only: refuse the other kind here
        // rather than let the server fail the run.
        const bool v2 = m_wizard->client()->apiVersion() == ApiVersion::V2Beta1;
        if (v2 != (package.kind() == PipelinePackage::Kind::KfpV2Ir)) {
            showError(v2 ? tr("This is a KFP v1 (Argo) pipeline; this server runs KFP v2 "
                              "pipelines only.")
                         : tr("This is a KFP v2 pipeline; this server (v1beta1) runs KFP v1 "
                              "pipelines only."));
            return;
        }
        m_package = package;
    }
    m_wizard->setPipelineParameters(package.parameters());
    m_ui->statusLabel->setText(tr("%1: %n parameter(s).", nullptr, int(package.parameters().size()))
                                   .arg(package.displayName()));
    m_ready = true;
    Q_EMIT completeChanged();
}

} // namespace kfp
