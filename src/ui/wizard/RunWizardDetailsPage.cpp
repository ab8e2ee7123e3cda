#include "RunWizardDetailsPage.h"

#include "RunWizard.h"
#include "api/KfpClient.h"
#include "models/PagedTreeModel.h"
#include "ui_RunWizardDetailsPage.h"

#include <QLocale>

namespace kfp {

RunWizardDetailsPage::RunWizardDetailsPage(RunWizard *wizard)
    : m_ui(std::make_unique<Ui::RunWizardDetailsPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    m_ui->busyBar->hide();
    // Once the user typed a name, a later pipeline change must not overwrite it.
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

RunWizardDetailsPage::~RunWizardDetailsPage() = default;

void RunWizardDetailsPage::prefill(const RunDraft &draft)
{
    m_ui->nameEdit->setText(draft.displayName);
    m_nameEdited = !draft.displayName.isEmpty();
    m_ui->descriptionEdit->setPlainText(draft.description);
    m_ui->serviceAccountEdit->setText(draft.serviceAccount);
    m_presetExperimentId = draft.experimentId;
    if (m_loaded) {
        const int i = m_ui->experimentCombo->findData(draft.experimentId);
        if (i >= 0)
            m_ui->experimentCombo->setCurrentIndex(i);
    }
}

void RunWizardDetailsPage::initializePage()
{
    if (!m_nameEdited) {
        const QString when = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
        m_ui->nameEdit->setText(tr("Run of %1 (%2)").arg(m_wizard->draft().pipelineName, when));
    }
    if (!m_loaded && !m_busy)
        loadExperiments();
}

bool RunWizardDetailsPage::isComplete() const
{
    return !m_busy && !m_ui->nameEdit->text().trimmed().isEmpty();
}

void RunWizardDetailsPage::setBusy(const QString &message)
{
    m_busy = !message.isEmpty();
    m_ui->busyBar->setVisible(m_busy);
    m_ui->experimentCombo->setEnabled(!m_busy);
    m_ui->statusLabel->setText(message);
    Q_EMIT completeChanged();
}

void RunWizardDetailsPage::loadExperiments()
{
    setBusy(tr("Loading experiments…"));
    ListQuery query;
    query.withPageSize(200).sortedBy(QStringLiteral("created_at"), true);
    // As the Experiments section: everything not archived, which includes experiments without
    // an explicit AVAILABLE state.
    PagedTreeModel::addStoragePredicate(query, PagedTreeModel::Storage::Active);
    query.inNamespace(m_wizard->namespaceName());
    auto *job = m_wizard->client()->listExperiments(query);
    connect(job, &ApiJob::finished, this, [this, job] {
        setBusy({});
        if (!job->ok()) {
            // Still usable: a typed name is created (or found) with ensureExperiment.
            m_ui->statusLabel->setText(
                tr("Could not list the experiments: %1").arg(job->error().fullMessage()));
            return;
        }
        m_loaded = true;
        const QString typed = m_ui->experimentCombo->currentText();
        m_ui->experimentCombo->clear();
        for (const Experiment &e : job->result().items)
            m_ui->experimentCombo->addItem(e.displayName, e.id);
        int select = m_ui->experimentCombo->findData(m_presetExperimentId);
        if (select < 0 && !typed.isEmpty())
            select = m_ui->experimentCombo->findText(typed);
        if (select >= 0)
            m_ui->experimentCombo->setCurrentIndex(select);
        else
            m_ui->experimentCombo->setEditText(typed);
    });
}

QString RunWizardDetailsPage::experimentIdForText() const
{
    const int i = m_ui->experimentCombo->findText(m_ui->experimentCombo->currentText().trimmed(),
                                                  Qt::MatchExactly);
    return i >= 0 ? m_ui->experimentCombo->itemData(i).toString() : QString();
}

bool RunWizardDetailsPage::validatePage()
{
    RunDraft &d = m_wizard->draft();
    d.displayName = m_ui->nameEdit->text().trimmed();
    d.description = m_ui->descriptionEdit->toPlainText();
    d.serviceAccount = m_ui->serviceAccountEdit->text().trimmed();
    const QString name = m_ui->experimentCombo->currentText().trimmed();
    d.experimentName = name;
    // No experiment: the server files the run under its "Default" experiment.
    if (name.isEmpty()) {
        d.experimentId.clear();
        return true;
    }
    const QString id = experimentIdForText();
    if (!id.isEmpty()) {
        d.experimentId = id;
        return true;
    }
    if (name == m_ensuredName && !m_ensuredId.isEmpty()) {
        d.experimentId = m_ensuredId;
        return true;
    }
    setBusy(tr("Creating experiment “%1”…").arg(name));
    auto *job = m_wizard->client()->ensureExperiment(name, {}, m_wizard->namespaceName());
    connect(job, &ApiJob::finished, this, [this, job, name] {
        setBusy({});
        if (!job->ok()) {
            m_ui->statusLabel->setText(tr("Could not create the experiment “%1”: %2")
                                           .arg(name, job->error().fullMessage()));
            return;
        }
        m_ensuredName = name;
        m_ensuredId = job->result().id;
        m_ui->experimentCombo->addItem(job->result().displayName, m_ensuredId);
        m_ui->experimentCombo->setCurrentIndex(m_ui->experimentCombo->count() - 1);
        if (m_wizard->currentPage() == this)
            m_wizard->next();
    });
    return false;
}

} // namespace kfp
