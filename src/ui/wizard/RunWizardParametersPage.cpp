#include "RunWizardParametersPage.h"

#include "ParameterDelegate.h"
#include "RunWizard.h"
#include "models/ParameterTableModel.h"
#include "package/YamlToJson.h"
#include "ui_RunWizardParametersPage.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QSaveFile>

namespace kfp {

RunWizardParametersPage::RunWizardParametersPage(RunWizard *wizard)
    : m_ui(std::make_unique<Ui::RunWizardParametersPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    ParameterTableModel *model = wizard->parameterModel();
    m_ui->parameterView->setModel(model);
    m_ui->parameterView->setItemDelegate(new ParameterDelegate(m_ui->parameterView));
    m_ui->parameterView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_ui->parameterView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->parameterView->horizontalHeader()->setStretchLastSection(true);
    m_ui->parameterView->verticalHeader()->hide();
    connect(model, &ParameterTableModel::validityChanged, this,
            &RunWizardParametersPage::updateError);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->parameterView->resizeColumnsToContents();
        updateError();
    });
    connect(m_ui->resetButton, &QPushButton::clicked, this, [this, model] {
        const QModelIndex current = m_ui->parameterView->currentIndex();
        if (current.isValid())
            model->resetToDefault(current.row());
    });
    connect(m_ui->resetAllButton, &QPushButton::clicked, model,
            &ParameterTableModel::resetAllToDefaults);
    connect(m_ui->loadButton, &QPushButton::clicked, this, &RunWizardParametersPage::loadClicked);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &RunWizardParametersPage::saveClicked);
}

RunWizardParametersPage::~RunWizardParametersPage() = default;

void RunWizardParametersPage::initializePage()
{
    updateError();
}

bool RunWizardParametersPage::isComplete() const
{
    return m_wizard->parameterModel()->isValid();
}

bool RunWizardParametersPage::validatePage()
{
    m_wizard->draft().parameters = m_wizard->parameterModel()->runParameters();
    return true;
}

void RunWizardParametersPage::updateError()
{
    const ParameterTableModel *model = m_wizard->parameterModel();
    const int row = model->firstInvalidRow();
    if (row < 0) {
        m_ui->errorLabel->setText(model->rowCount() == 0 ? tr("This pipeline has no parameters.")
                                                         : QString());
    } else {
        const QString name = model->parameters().at(row).name;
        m_ui->errorLabel->setText(tr("Parameter “%1”: %2").arg(name, model->errorAt(row)));
        // Point at the cell, without closing an editor the user is typing in.
        const QModelIndex cell = model->index(row, ParameterTableModel::ValueColumn);
        // An open editor is a visible child of the viewport; moving the current cell would
        // commit and close it under the user's fingers.
        bool editing = false;
        const auto children = m_ui->parameterView->viewport()->findChildren<QWidget *>(
            QString(), Qt::FindDirectChildrenOnly);
        for (const QWidget *child : children)
            editing = editing || child->isVisible();
        if (!editing)
            m_ui->parameterView->setCurrentIndex(cell);
    }
    Q_EMIT completeChanged();
}

bool RunWizardParametersPage::loadParameterSet(const QString &filePath, QString *error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(filePath, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    QJsonObject object;
    if (filePath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = tr("%1 is not a JSON object of parameter values.").arg(filePath);
            return false;
        }
        object = doc.object();
    } else {
        QList<QJsonValue> docs;
        YamlToJson::Error ye;
        if (!YamlToJson::parseAll(bytes, &docs, &ye) || docs.isEmpty() ||
            !docs.first().isObject()) {
            *error = tr("%1 is not a YAML mapping of parameter values.").arg(filePath);
            return false;
        }
        object = docs.first().toObject();
    }
    QList<RunParameter> values;
    for (auto it = object.begin(); it != object.end(); ++it)
        values.append({it.key(), it.value()});
    const QStringList unknown = m_wizard->parameterModel()->setValues(values);
    if (!unknown.isEmpty()) {
        *error = tr("Ignored values for parameters this pipeline does not have: %1")
                     .arg(unknown.join(QLatin1String(", ")));
        return false;
    }
    return true;
}

bool RunWizardParametersPage::saveParameterSet(const QString &filePath, QString *error) const
{
    const QJsonObject values = m_wizard->parameterModel()->toJson();
    QByteArray bytes;
    if (filePath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        bytes = QJsonDocument(values).toJson(QJsonDocument::Indented);
    } else {
        // JSON's flow syntax is valid YAML: one "name: value" line per parameter.
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QByteArray key =
                QJsonDocument(QJsonArray{it.key()}).toJson(QJsonDocument::Compact);
            const QByteArray value =
                QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact);
            bytes += key.mid(1, key.size() - 2) + ": " + value.mid(1, value.size() - 2) + '\n';
        }
    }
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(filePath, file.errorString());
        return false;
    }
    return true;
}

void RunWizardParametersPage::loadClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load parameter set"), {},
                                                      tr("Parameter sets (*.json *.yaml *.yml)"));
    QString error;
    if (!path.isEmpty() && !loadParameterSet(path, &error))
        m_ui->errorLabel->setText(error);
}

void RunWizardParametersPage::saveClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save parameter set"), {},
                                                      tr("YAML (*.yaml *.yml);;JSON (*.json)"));
    QString error;
    if (!path.isEmpty() && !saveParameterSet(path, &error))
        m_ui->errorLabel->setText(error);
}

} // namespace kfp
