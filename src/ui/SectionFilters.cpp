#include "SectionFilters.h"

#include "DisplayText.h"
#include "SectionView.h"
#include "models/RunListModel.h"
#include "models/RunStatePresentation.h"
#include "ui_SectionView.h"

#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>
#include <QTimer>

namespace kfp {

SectionFilters::SectionFilters(Ui::SectionView *ui, PagedTreeModel *model, Options options,
                               QObject *parent)
    : QObject(parent)
    , m_ui(ui)
    , m_model(model)
    , m_options(options)
    , m_searchTimer(new QTimer(this))
{
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SectionView::SearchDelayMs);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { m_model->setSearchText(m_ui->searchEdit->text().trimmed()); });
    // Enter searches at once (no need to wait for the debounce).
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_model->setSearchText(m_ui->searchEdit->text().trimmed());
    });

    const QDate today = QDate::currentDate();
    m_ui->fromDate->setDate(today.addDays(-7));
    m_ui->toDate->setDate(today);
    connect(m_ui->fromCheck, &QCheckBox::toggled, m_ui->fromDate, &QWidget::setEnabled);
    connect(m_ui->toCheck, &QCheckBox::toggled, m_ui->toDate, &QWidget::setEnabled);
    connect(m_ui->fromCheck, &QCheckBox::toggled, this, &SectionFilters::applyDates);
    connect(m_ui->toCheck, &QCheckBox::toggled, this, &SectionFilters::applyDates);
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, &SectionFilters::applyDates);
    connect(m_ui->toDate, &QDateEdit::dateChanged, this, &SectionFilters::applyDates);

    m_ui->stateFilterButton->setVisible(m_options.states);
    if (m_options.states)
        setupStateMenu();

    // Pipelines and recurring runs have no storage state; the Archive lists are archived only.
    if (m_options.storageChoice) {
        m_ui->storageCombo->addItem(tr("Active"), int(PagedTreeModel::Storage::Active));
        m_ui->storageCombo->addItem(tr("Archived"), int(PagedTreeModel::Storage::Archived));
        connect(m_ui->storageCombo, &QComboBox::currentIndexChanged, this,
                &SectionFilters::applyStorage);
    } else {
        m_ui->storageCombo->hide();
    }
    if (m_options.archivedOnly)
        m_model->setStorage(PagedTreeModel::Storage::Archived);
}

SectionFilters::~SectionFilters() = default;

RunListModel *SectionFilters::runModel() const
{
    return qobject_cast<RunListModel *>(m_model);
}

void SectionFilters::setupStateMenu()
{
    m_stateMenu = new QMenu(m_ui->stateFilterButton);
    m_stateMenu->setObjectName(QStringLiteral("stateFilterMenu"));
    QAction *any = m_stateMenu->addAction(tr("Any state"));
    any->setObjectName(QStringLiteral("stateAny"));
    connect(any, &QAction::triggered, this, [this] {
        for (QAction *a : m_stateMenu->actions())
            if (a->isCheckable())
                a->setChecked(false);
        applyStates();
    });
    m_stateMenu->addSeparator();
    for (RunState state : DisplayText::filterableStates()) {
        QAction *a = m_stateMenu->addAction(RunStatePresentation::icon(state),
                                            RunStatePresentation::text(state));
        a->setObjectName(QStringLiteral("state_") + runStateName(state));
        a->setCheckable(true);
        a->setData(int(state));
        connect(a, &QAction::toggled, this, &SectionFilters::applyStates);
    }
    m_ui->stateFilterButton->setMenu(m_stateMenu);
}

void SectionFilters::updateStateButton()
{
    QStringList names;
    for (QAction *a : m_stateMenu->actions())
        if (a->isCheckable() && a->isChecked())
            names << a->text();
    m_ui->stateFilterButton->setText(
        names.isEmpty() ? tr("State: any") : tr("State: %1").arg(names.join(QStringLiteral(", "))));
}

void SectionFilters::applyStates()
{
    QList<RunState> states;
    for (QAction *a : m_stateMenu->actions())
        if (a->isCheckable() && a->isChecked())
            states << RunState(a->data().toInt());
    updateStateButton();
    if (auto *runs = runModel())
        runs->setStateFilter(states);
}

void SectionFilters::applyDates()
{
    // Whole local days: from the start of the first to the end of the last.
    const QDateTime from =
        m_ui->fromCheck->isChecked() ? m_ui->fromDate->date().startOfDay().toUTC() : QDateTime();
    const QDateTime to =
        m_ui->toCheck->isChecked() ? m_ui->toDate->date().endOfDay().toUTC() : QDateTime();
    if (from != m_model->createdFrom() || to != m_model->createdTo())
        m_model->setCreatedRange(from, to);
}

void SectionFilters::applyStorage()
{
    m_model->setStorage(PagedTreeModel::Storage(m_ui->storageCombo->currentData().toInt()));
}

QStringList SectionFilters::activeFilters() const
{
    QStringList out;
    if (!m_model->searchText().isEmpty())
        out << tr("name contains “%1”").arg(m_model->searchText());
    if (m_stateMenu) {
        QStringList names;
        for (QAction *a : m_stateMenu->actions())
            if (a->isCheckable() && a->isChecked())
                names << a->text();
        if (!names.isEmpty())
            out << tr("state: %1").arg(names.join(tr(" or ")));
    }
    const QLocale locale;
    if (m_model->createdFrom().isValid())
        out << tr("created from %1")
                   .arg(locale.toString(m_model->createdFrom().toLocalTime().date(),
                                        QLocale::ShortFormat));
    if (m_model->createdTo().isValid())
        out << tr("created until %1")
                   .arg(locale.toString(m_model->createdTo().toLocalTime().date(),
                                        QLocale::ShortFormat));
    if (m_options.storageChoice && m_model->storage() == PagedTreeModel::Storage::Archived)
        out << tr("archived");
    return out;
}

void SectionFilters::clear()
{
    // The widgets first, quietly; then the model, whose setters reload only what changed.
    {
        const QSignalBlocker search(m_ui->searchEdit);
        const QSignalBlocker from(m_ui->fromCheck);
        const QSignalBlocker to(m_ui->toCheck);
        const QSignalBlocker storage(m_ui->storageCombo);
        m_ui->searchEdit->clear();
        m_ui->fromCheck->setChecked(false);
        m_ui->toCheck->setChecked(false);
        m_ui->storageCombo->setCurrentIndex(0);
        if (m_stateMenu) {
            for (QAction *a : m_stateMenu->actions()) {
                const QSignalBlocker action(a);
                if (a->isCheckable())
                    a->setChecked(false);
            }
            updateStateButton();
        }
    }
    m_ui->fromDate->setEnabled(false);
    m_ui->toDate->setEnabled(false);
    m_searchTimer->stop();
    m_model->setSearchText({});
    if (auto *runs = runModel(); runs && m_options.states)
        runs->setStateFilter({});
    m_model->setCreatedRange({}, {});
    if (m_options.storageChoice)
        m_model->setStorage(PagedTreeModel::Storage::Active);
}

} // namespace kfp
