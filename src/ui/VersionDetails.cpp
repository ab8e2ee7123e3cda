#include "VersionDetails.h"

#include "DisplayText.h"
#include "MessageBanner.h"
#include "YamlHighlighter.h"
#include "YamlWriter.h"
#include "api/KfpClient.h"
#include "package/PipelinePackage.h"
#include "ui_VersionDetails.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtConcurrent>

namespace kfp {

VersionDetails::SpecView VersionDetails::readSpec(const PipelineVersion &version)
{
    SpecView view;
    PipelinePackage package;
    if (!version.pipelineSpec.isEmpty()) {
        // With a platform spec the server wraps it: {"pipeline_spec": IR, "platform_spec": …}.
        const QJsonObject ir =
            version.pipelineSpec.contains(QLatin1String("pipeline_spec"))
                ? version.pipelineSpec.value(QLatin1String("pipeline_spec")).toObject()
                : version.pipelineSpec;
        view.yaml = YamlWriter::toYaml(ir);
        if (version.pipelineSpec.contains(QLatin1String("platform_spec")))
            view.yaml +=
                QStringLiteral("---\n") +
                YamlWriter::toYaml(version.pipelineSpec.value(QLatin1String("platform_spec")));
        package = PipelinePackage::fromBytes(QJsonDocument(ir).toJson(QJsonDocument::Compact),
                                             QStringLiteral("pipeline.json"));
        view.format = tr("KFP v2 pipeline spec");
    } else if (!version.templateText.isEmpty()) {
        view.yaml = version.templateText;
        package = PipelinePackage::fromBytes(version.templateText.toUtf8(),
                                             QStringLiteral("pipeline.yaml"));
        // A KFP 2 server answers v1 clients with the stored YAML, which may be a v2 spec.
        view.format = package.kind() == PipelinePackage::Kind::KfpV2Ir
                          ? tr("KFP v2 pipeline spec")
                          : tr("Argo workflow (KFP v1)");
    }
    if (package.isValid()) {
        for (const PackageParameter &p : package.parameters())
            view.parameters.append({p.name, p.type, DisplayText::jsonValue(p.defaultValue),
                                    p.description, p.optional});
    } else {
        // No readable spec: the server's own list (v1 versions carry name/value pairs).
        for (const ParameterSpec &p : version.parameters)
            view.parameters.append({p.name,
                                    QStringLiteral("STRING"),
                                    DisplayText::jsonValue(p.defaultValue),
                                    {},
                                    false});
    }
    return view;
}

VersionDetails::VersionDetails(KfpClient *client, QWidget *parent)
    : DetailsPane(client, parent)
    , m_ui(std::make_unique<Ui::VersionDetails>())
{
    m_ui->setupUi(this);
    setChrome(m_ui->banner, m_ui->loadingLabel);
    styleTitle(m_ui->titleLabel);
    m_ui->specView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new YamlHighlighter(m_ui->specView->document());
    m_ui->saveSpecButton->setEnabled(false);
    connect(m_ui->saveSpecButton, &QPushButton::clicked, this, &VersionDetails::saveAs);
    connect(&m_specWatcher, &QFutureWatcher<SpecView>::finished, this,
            [this] { showSpec(m_specWatcher.result()); });
}

// A spec still being read on the worker finishes there with its own copy; nobody waits for it.
VersionDetails::~VersionDetails() = default;

void VersionDetails::showVersion(const QString &pipelineId, const QString &versionId)
{
    if (versionId.isEmpty()) {
        clear();
        return;
    }
    m_pipelineId = pipelineId;
    track<PipelineVersion>(versionId, client()->getPipelineVersion(pipelineId, versionId),
                           [this](const PipelineVersion &v) { fill(v); });
}

void VersionDetails::reload()
{
    if (!currentId().isEmpty())
        showVersion(m_pipelineId, currentId());
}

QString VersionDetails::specText() const
{
    return m_ui->specView->toPlainText();
}

int VersionDetails::parameterCount() const
{
    return m_ui->parameterTree->topLevelItemCount();
}

void VersionDetails::clearValues()
{
    m_ui->titleLabel->clear();
    for (QLabel *label : {m_ui->nameValue, m_ui->idValue, m_ui->pipelineValue,
                          m_ui->descriptionValue, m_ui->createdValue, m_ui->packageUrlValue,
                          m_ui->codeSourceValue, m_ui->tagsValue, m_ui->specFormatLabel})
        label->clear();
    m_ui->parameterTree->clear();
    m_ui->specView->clear();
    m_ui->saveSpecButton->setEnabled(false);
}

void VersionDetails::fill(const PipelineVersion &v)
{
    m_versionName = v.title();
    m_ui->titleLabel->setText(v.title());
    m_ui->nameValue->setText(v.name);
    m_ui->idValue->setText(v.id);
    m_ui->pipelineValue->setText(DisplayText::orNone(v.pipelineId));
    m_ui->descriptionValue->setText(DisplayText::orNone(v.description));
    m_ui->createdValue->setText(DisplayText::dateTime(v.createdAt));
    m_ui->packageUrlValue->setText(DisplayText::orNone(v.packageUrl));
    m_ui->codeSourceValue->setText(DisplayText::orNone(v.codeSourceUrl));
    QStringList tags;
    for (auto it = v.tags.begin(); it != v.tags.end(); ++it)
        tags << QStringLiteral("%1=%2").arg(it.key(), it.value());
    m_ui->tagsValue->setText(DisplayText::orNone(tags.join(QStringLiteral(", "))));
    m_ui->specFormatLabel->setText(tr("Reading the spec…"));
    m_specWatcher.setFuture(QtConcurrent::run(&VersionDetails::readSpec, v));
}

void VersionDetails::showSpec(const SpecView &view)
{
    m_ui->parameterTree->clear();
    for (const auto &p : view.parameters) {
        new QTreeWidgetItem(
            m_ui->parameterTree,
            {p.name, p.type, p.defaultText, p.optional ? tr("yes") : tr("no"), p.description});
    }
    m_ui->parameterTree->resizeColumnToContents(0);
    m_ui->specView->setPlainText(view.yaml);
    m_ui->specFormatLabel->setText(view.yaml.isEmpty() ? tr("The server sent no spec.")
                                                       : view.format);
    m_ui->saveSpecButton->setEnabled(!view.yaml.isEmpty());
    Q_EMIT specReady();
}

bool VersionDetails::saveSpecTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(specText().toUtf8()) < 0 || !file.commit()) {
        m_ui->banner->showMessage(MessageBanner::Kind::Error,
                                  tr("Could not save the spec to %1.").arg(path),
                                  file.errorString(), false);
        return false;
    }
    return true;
}

void VersionDetails::saveAs()
{
    // The non-blocking form of the file dialog: no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Save Pipeline Spec"), m_saveDir,
                                   tr("YAML files (*.yaml *.yml);;All files (*)"));
    dialog->setObjectName(QStringLiteral("saveSpecDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("yaml"));
    QString base = m_versionName;
    base.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("_"));
    dialog->selectFile(base.isEmpty() ? QStringLiteral("pipeline.yaml")
                                      : base + QStringLiteral(".yaml"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (!path.isEmpty())
            saveSpecTo(path);
    });
    dialog->open();
}

} // namespace kfp
