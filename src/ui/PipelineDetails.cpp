#include "PipelineDetails.h"

#include "DisplayText.h"
#include "api/KfpClient.h"
#include "ui_PipelineDetails.h"

namespace kfp {

namespace {

QString tagsText(const QMap<QString, QString> &tags)
{
    QStringList parts;
    for (auto it = tags.begin(); it != tags.end(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key(), it.value());
    return DisplayText::orNone(parts.join(QStringLiteral(", ")));
}

// One page of versions is what a details pane should show; a pipeline with more than 200
// versions says so in the tab title.
constexpr int VersionPageSize = 200;

} // namespace

PipelineDetails::PipelineDetails(KfpClient *client, QWidget *parent)
    : DetailsPane(client, parent)
    , m_ui(std::make_unique<Ui::PipelineDetails>())
{
    m_ui->setupUi(this);
    setChrome(m_ui->banner, m_ui->loadingLabel);
    styleTitle(m_ui->titleLabel);
    connect(m_ui->versionTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT versionActivated(currentId(), item->data(0, Qt::UserRole).toString());
    });
}

PipelineDetails::~PipelineDetails() = default;

void PipelineDetails::showPipeline(const QString &pipelineId)
{
    if (pipelineId.isEmpty()) {
        clear();
        return;
    }
    track<Pipeline>(pipelineId, client()->getPipeline(pipelineId), [this](const Pipeline &p) {
        fill(p);
        loadVersions(p.id);
    });
}

void PipelineDetails::reload()
{
    if (!currentId().isEmpty())
        showPipeline(currentId());
}

int PipelineDetails::versionCount() const
{
    return m_ui->versionTree->topLevelItemCount();
}

void PipelineDetails::clearValues()
{
    m_ui->titleLabel->clear();
    for (QLabel *label :
         {m_ui->nameValue, m_ui->idValue, m_ui->descriptionValue, m_ui->createdValue,
          m_ui->namespaceValue, m_ui->tagsValue, m_ui->defaultVersionValue})
        label->clear();
    m_ui->versionTree->clear();
}

void PipelineDetails::fill(const Pipeline &p)
{
    m_ui->titleLabel->setText(p.title());
    m_ui->nameValue->setText(p.name);
    m_ui->idValue->setText(p.id);
    m_ui->descriptionValue->setText(DisplayText::orNone(p.description));
    m_ui->createdValue->setText(DisplayText::dateTime(p.createdAt));
    m_ui->namespaceValue->setText(p.namespaceName.isEmpty() ? tr("Shared") : p.namespaceName);
    m_ui->tagsValue->setText(tagsText(p.tags));
    m_ui->defaultVersionValue->setText(DisplayText::orNone(p.defaultVersionId));
    if (!p.errorMessage.isEmpty())
        m_ui->descriptionValue->setText(
            tr("%1\nServer error: %2").arg(DisplayText::orNone(p.description), p.errorMessage));
}

void PipelineDetails::loadVersions(const QString &pipelineId)
{
    // A second job on the same pane: its answer is dropped if the selection moved on.
    auto *job = client()->listPipelineVersions(
        pipelineId,
        ListQuery().withPageSize(VersionPageSize).sortedBy(QStringLiteral("created_at"), true));
    connect(job, &ApiJob::finished, this, [this, job, pipelineId] {
        if (pipelineId != currentId())
            return;
        if (!job->ok()) {
            showError(job->error());
            return;
        }
        fillVersions(job->result());
    });
}

void PipelineDetails::fillVersions(const Page<PipelineVersion> &page)
{
    m_ui->versionTree->clear();
    for (const PipelineVersion &v : page.items) {
        auto *item = new QTreeWidgetItem(m_ui->versionTree,
                                         {v.title(), DisplayText::dateTime(v.createdAt), v.id});
        item->setData(0, Qt::UserRole, v.id);
        item->setToolTip(0, v.description);
    }
    const int index = m_ui->tabs->indexOf(m_ui->versionsTab);
    m_ui->tabs->setTabText(index, page.hasMore() ? tr("Versions (newest %1)").arg(page.items.size())
                                                 : tr("Versions (%1)").arg(page.items.size()));
    m_ui->versionTree->resizeColumnToContents(0);
}

} // namespace kfp
