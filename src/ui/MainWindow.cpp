#include "MainWindow.h"
#include "AboutDialog.h"

#include "DetailsPane.h"
#include "MessageBanner.h"
#include "Prompter.h"
#include "ResourceActions.h"
#include "SectionView.h"
#include "api/KfpClient.h"
#include "connection/Connection.h"
#include "models/ExperimentTreeModel.h"
#include "models/NameCache.h"
#include "models/PipelineTreeModel.h"
#include "models/RecurringRunModel.h"
#include "models/RunListModel.h"
#include "models/RunStateCache.h"
#include "net/HttpSession.h"
#include "ui_MainWindow.h"
#include "watch/RunWatcher.h"

#include <QCloseEvent>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

namespace kfp {

namespace {

const char *const SettingsGroup = "MainWindow";

} // namespace

MainWindow::MainWindow(Connection *connection, QSettings *settings, Prompter *prompter,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_connection(connection)
    , m_client(connection->client())
    , m_settings(settings)
    , m_ownPrompter(prompter ? nullptr : std::make_unique<MessageBoxPrompter>())
    , m_prompter(prompter ? prompter : m_ownPrompter.get())
    , m_names(new NameCache(m_client, this))
    , m_runStates(new RunStateCache(this))
    , m_pipelineModel(new PipelineTreeModel(m_client, this))
    , m_experimentModel(new ExperimentTreeModel(m_client, m_names, this))
    , m_runModel(new RunListModel(m_client, m_names, this))
    , m_recurringModel(new RecurringRunModel(m_client, m_names, this))
    , m_archivedRunModel(new RunListModel(m_client, m_names, this))
    , m_archivedExperimentModel(new ExperimentTreeModel(m_client, m_names, this))
    , m_autoRefresh(new QTimer(this))
{
    m_ui->setupUi(this);
    m_runModel->setRunStateCache(m_runStates);
    m_archivedRunModel->setRunStateCache(m_runStates);
    m_status = new StatusPanel(statusBar());
    connect(m_connection, &Connection::stateChanged, this, &MainWindow::followConnection);
    connect(m_connection, &Connection::capabilitiesChanged, this, &MainWindow::updateApiLabel);
    connect(m_connection, &Connection::retryDue, this, &MainWindow::refresh);

    setupSections();
    setupActions();

    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    // The section list as wide as its longest (translated) name, the rest for the section.
    auto *list = m_ui->sectionList;
    int listWidth = 0;
    for (int i = 0; i < list->count(); ++i)
        listWidth =
            std::max(listWidth, list->fontMetrics().horizontalAdvance(list->item(i)->text()));
    listWidth += 2 * list->frameWidth() + 4 * list->fontMetrics().averageCharWidth();
    list->setMinimumWidth(listWidth); // from the text, so longer translations widen it
    m_ui->mainSplitter->setSizes({listWidth, listWidth * 8});
    connect(m_ui->messageBanner, &MessageBanner::retryRequested, this, &MainWindow::refresh);

    m_autoRefresh->setInterval(AutoRefreshMs);
    connect(m_autoRefresh, &QTimer::timeout, this, &MainWindow::autoRefresh);
    m_autoRefresh->start();

    restoreSettings();
    followConnection();
    onSectionChanged();
}

MainWindow::~MainWindow() = default;

bool MainWindow::sectionFromName(const QString &name, Section *section)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pipelines"))
        *section = Section::Pipelines;
    else if (n == QLatin1String("experiments"))
        *section = Section::Experiments;
    else if (n == QLatin1String("runs"))
        *section = Section::Runs;
    else if (n == QLatin1String("recurring-runs") || n == QLatin1String("recurring") ||
             n == QLatin1String("recurringruns"))
        *section = Section::RecurringRuns;
    else if (n == QLatin1String("archive"))
        *section = Section::Archive;
    else
        return false;
    return true;
}

SectionView *MainWindow::addSection(int kind, PagedTreeModel *model)
{
    auto *view = new SectionView(SectionView::Kind(kind), model, m_client, this);
    view->setNameCache(m_names);
    view->setRunStateCache(m_runStates);
    connect(view, &SectionView::contextMenuRequested, this, &MainWindow::showContextMenu);
    // The first answer of the first section shown tells main.cpp the window shows something.
    connect(model, &PagedTreeModel::pageLoaded, this, [this] {
        if (!std::exchange(m_firstLoadDone, true))
            Q_EMIT firstLoadDone();
    });
    connect(model, &PagedTreeModel::errorOccurred, this, [this] {
        if (!std::exchange(m_firstLoadDone, true))
            Q_EMIT firstLoadDone();
    });
    return view;
}

void MainWindow::setupSections()
{
    m_pipelines = addSection(int(SectionView::Kind::Pipelines), m_pipelineModel);
    m_experiments = addSection(int(SectionView::Kind::Experiments), m_experimentModel);
    m_runs = addSection(int(SectionView::Kind::Runs), m_runModel);
    m_recurring = addSection(int(SectionView::Kind::RecurringRuns), m_recurringModel);
    m_archivedRuns = addSection(int(SectionView::Kind::ArchivedRuns), m_archivedRunModel);
    m_archivedExperiments =
        addSection(int(SectionView::Kind::ArchivedExperiments), m_archivedExperimentModel);

    // The Archive section holds both archived lists, as the KFP UI's archive pages do.
    m_archiveTabs = new QTabWidget(this);
    m_archiveTabs->setObjectName(QStringLiteral("archiveTabs"));
    m_archiveTabs->setDocumentMode(true);
    m_archiveTabs->addTab(m_archivedRuns, tr("Runs"));
    m_archiveTabs->addTab(m_archivedExperiments, tr("Experiments"));
    connect(m_archiveTabs, &QTabWidget::currentChanged, this, &MainWindow::onSectionChanged);

    for (QWidget *page :
         {static_cast<QWidget *>(m_pipelines), static_cast<QWidget *>(m_experiments),
          static_cast<QWidget *>(m_runs), static_cast<QWidget *>(m_recurring),
          static_cast<QWidget *>(m_archiveTabs)})
        m_ui->sectionStack->addWidget(page);
    m_ui->sectionList->setCurrentRow(0);
    connect(m_ui->sectionList, &QListWidget::currentRowChanged, this,
            &MainWindow::onSectionChanged);
}

void MainWindow::setupActions()
{
    m_actions = new ResourceActions(m_client, m_prompter, this, this);
    m_actions->setRunStateCache(m_runStates);
    connect(m_actions, &ResourceActions::bulkStarted, this, [this](BulkAction *bulk) {
        m_status->showProgress(bulk->actionName(), 0, bulk->total());
        connect(bulk, &BulkAction::progress, m_status, [this, bulk](int done, int total) {
            m_status->showProgress(bulk->actionName(), done, total);
        });
    });
    connect(m_actions, &ResourceActions::bulkFinished, this, [this](BulkAction *bulk) {
        m_status->hideProgress();
        statusBar()->showMessage(bulk->summary(), 10000);
    });

    m_ui->actionRefresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"),
                                                  style()->standardIcon(QStyle::SP_BrowserReload)));
    m_ui->actionFind->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        if (SectionView *view = currentView())
            view->focusSearch();
    });
    const QList<QPair<QAction *, Section>> sections = {
        {m_ui->actionSectionPipelines, Section::Pipelines},
        {m_ui->actionSectionExperiments, Section::Experiments},
        {m_ui->actionSectionRuns, Section::Runs},
        {m_ui->actionSectionRecurringRuns, Section::RecurringRuns},
        {m_ui->actionSectionArchive, Section::Archive}};
    for (const auto &[action, section] : sections) {
        const Section s = section;
        connect(action, &QAction::triggered, this, [this, s] { setCurrentSection(s); });
    }

    m_ui->menuEdit->addAction(m_actions->copyIdAction());
    for (QAction *action : m_actions->actions()) {
        if (action == m_actions->copyIdAction())
            continue;
        if (action == m_actions->deleteAction() || action == m_actions->openInWebAction())
            m_ui->menuActions->addSeparator();
        m_ui->menuActions->addAction(action);
    }
    m_ui->mainToolBar->addSeparator();
    for (QAction *action :
         {m_actions->archiveAction(), m_actions->unarchiveAction(), m_actions->terminateAction(),
          m_actions->retryAction(), m_actions->enableAction(), m_actions->disableAction(),
          m_actions->deleteAction()})
        m_ui->mainToolBar->addAction(action);
}

QMenu *MainWindow::fileMenu() const
{
    return m_ui->menuFile;
}

QMenu *MainWindow::viewMenu() const
{
    return m_ui->menuView;
}

QMenu *MainWindow::actionsMenu() const
{
    return m_ui->menuActions;
}

QToolBar *MainWindow::toolBar() const
{
    return m_ui->mainToolBar;
}

void MainWindow::addContextMenuContributor(QObject *context,
                                           std::function<void(QMenu *)> contribute)
{
    connect(this, &MainWindow::contextMenuAboutToShow, context, std::move(contribute));
}

void MainWindow::setRunWatcher(RunWatcher *watcher)
{
    m_runWatcher = watcher;
    if (watcher)
        watcher->setRunStateCache(m_runStates);
    m_actions->setRunWatcher(watcher);
}

RunWatcher *MainWindow::runWatcher() const
{
    return m_runWatcher;
}

void MainWindow::setNotice(const QString &text)
{
    m_status->setNotice(text);
}

void MainWindow::setProfile(const QString &profile, const QString &user)
{
    m_status->setProfile(profile);
    m_status->setUser(user);
}

void MainWindow::setNamespace(const QString &namespaceName)
{
    m_names->setNamespace(namespaceName);
    for (PagedTreeModel *model : std::initializer_list<PagedTreeModel *>{
             m_pipelineModel, m_experimentModel, m_runModel, m_recurringModel, m_archivedRunModel,
             m_archivedExperimentModel})
        model->setNamespace(namespaceName);
    m_status->setNamespace(namespaceName);
}

MainWindow::ConnectionState MainWindow::connectionState() const
{
    return m_status->connection();
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(qBound(0, m_ui->sectionList->currentRow(), int(Section::Archive)));
}

void MainWindow::setCurrentSection(Section section)
{
    m_ui->sectionList->setCurrentRow(int(section));
}

SectionView *MainWindow::sectionView(Section section) const
{
    switch (section) {
    case Section::Pipelines:
        return m_pipelines;
    case Section::Experiments:
        return m_experiments;
    case Section::Runs:
        return m_runs;
    case Section::RecurringRuns:
        return m_recurring;
    case Section::Archive:
        return qobject_cast<SectionView *>(m_archiveTabs->currentWidget());
    }
    return nullptr;
}

SectionView *MainWindow::currentView() const
{
    return sectionView(currentSection());
}

void MainWindow::onSectionChanged()
{
    m_ui->sectionStack->setCurrentIndex(int(currentSection()));
    SectionView *view = currentView();
    m_actions->setSection(view);
    if (!view || !m_apiKnown)
        return;
    // A section shown again gets fresh rows; one shown for the first time loads them.
    if (view->isAttached())
        view->refresh();
    else
        view->attach();
}

void MainWindow::updateApiLabel()
{
    if (!m_connection->capabilities().apiKnown) {
        const bool trying = m_connection->state() == Connection::State::Connecting;
        m_status->setApi(trying ? tr("API: detecting…") : tr("API: unknown"));
        return;
    }
    const QString version = m_client->apiVersion() == ApiVersion::V1Beta1
                                ? QStringLiteral("v1beta1")
                                : QStringLiteral("v2beta1");
    m_status->setApi(m_client->isMultiUser() ? tr("API %1 (multi-user)").arg(version)
                                             : tr("API %1").arg(version));
}

void MainWindow::followConnection()
{
    using State = Connection::State;
    const State state = m_connection->state();
    const State previous = std::exchange(m_shownState, state);
    m_status->setConnection(state, m_connection->nextAttempt());
    m_status->setServer(m_client->session()->baseUrl().toDisplayString());
    updateApiLabel();
    switch (state) {
    case State::Online:
        // Connected anew (the first time, a new login, another profile): the current section
        // loads. Back from Retrying or Offline, the views already show their own state: the
        // answer that brought the connection back came from one of them (or a retry is due).
        m_apiKnown = true;
        updateApiLabel();
        if (previous != State::Retrying && previous != State::Offline && previous != State::Online)
            startLoading();
        return;
    case State::Retrying:
    case State::Offline:
    case State::Failed:
        if (m_apiKnown)
            return; // the views show their own errors; a retry reloads them
        showConnectionError();
        return;
    case State::Connecting:
        if (!m_connection->capabilities().apiKnown)
            m_apiKnown = false; // another server: nothing loads until it has answered
        return;
    case State::Disconnected:
    case State::NeedsLogin:
        return;
    }
}

void MainWindow::showConnectionError()
{
    const ApiError &error = m_connection->lastError();
    QString details = error.serverMessage();
    if (error.httpStatus() > 0)
        details = tr("HTTP %1: %2").arg(error.httpStatus()).arg(details);
    m_ui->messageBanner->showMessage(MessageBanner::Kind::Error, error.userMessage(), details);
    if (!std::exchange(m_firstLoadDone, true))
        Q_EMIT firstLoadDone();
}

void MainWindow::startLoading()
{
    m_ui->messageBanner->hide();
    onSectionChanged();
}

void MainWindow::refresh()
{
    if (!m_apiKnown) {
        m_connection->retryNow();
        return;
    }
    SectionView *view = currentView();
    if (!view)
        return;
    m_connection->noteAttempt();
    if (!view->isAttached()) {
        view->attach();
        return;
    }
    // A list whose last fetch failed has nothing to refresh: fetch it again.
    if (view->model()->loadState() == LoadState::Failed)
        view->model()->retry();
    else
        view->refresh();
}

void MainWindow::autoRefresh()
{
    // Only while someone is looking: a background window costs the server nothing.
    if (isVisible() && isActiveWindow() && !isMinimized())
        refresh();
}

void MainWindow::setAutoRefreshInterval(int ms)
{
    m_autoRefresh->setInterval(ms);
}

void MainWindow::showContextMenu(const QPoint &globalPos)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("contextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    m_actions->updateEnabled();
    m_actions->fillContextMenu(menu);
    Q_EMIT contextMenuAboutToShow(menu);
    menu->addSeparator();
    menu->addAction(m_ui->actionRefresh);
    menu->popup(globalPos); // not exec(): no nested event loop
}

void MainWindow::changeEvent(QEvent *event)
{
    // Coming back to the window after a while: show current data at once.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_apiKnown &&
        m_autoRefresh->remainingTime() < m_autoRefresh->interval() / 2)
        refresh();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings()
{
    if (!m_settings)
        return;
    m_settings->beginGroup(QLatin1String(SettingsGroup));
    m_settings->setValue(QStringLiteral("geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("windowState"), saveState());
    m_settings->setValue(QStringLiteral("mainSplitter"), m_ui->mainSplitter->saveState());
    m_settings->setValue(QStringLiteral("section"), int(currentSection()));
    m_settings->setValue(QStringLiteral("archiveTab"), m_archiveTabs->currentIndex());
    m_settings->beginGroup(QStringLiteral("Sections"));
    for (SectionView *view :
         {m_pipelines, m_experiments, m_runs, m_recurring, m_archivedRuns, m_archivedExperiments})
        view->saveState(*m_settings);
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
}

void MainWindow::restoreSettings()
{
    if (!m_settings)
        return;
    m_settings->beginGroup(QLatin1String(SettingsGroup));
    restoreGeometry(m_settings->value(QStringLiteral("geometry")).toByteArray());
    restoreState(m_settings->value(QStringLiteral("windowState")).toByteArray());
    m_ui->mainSplitter->restoreState(
        m_settings->value(QStringLiteral("mainSplitter")).toByteArray());
    m_archiveTabs->setCurrentIndex(m_settings->value(QStringLiteral("archiveTab"), 0).toInt());
    const int section = m_settings->value(QStringLiteral("section"), 0).toInt();
    if (section >= 0 && section <= int(Section::Archive))
        m_ui->sectionList->setCurrentRow(section);
    m_settings->beginGroup(QStringLiteral("Sections"));
    for (SectionView *view :
         {m_pipelines, m_experiments, m_runs, m_recurring, m_archivedRuns, m_archivedExperiments})
        view->restoreState(*m_settings);
    m_settings->endGroup();
    m_settings->endGroup();
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(QCoreApplication::applicationVersion(), this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

} // namespace kfp
