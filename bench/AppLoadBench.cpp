#include "AppLoadBench.h"

#include "DetailsPane.h"
#include "MainWindow.h"
#include "RunWizardLauncher.h"
#include "SectionView.h"
#include "UploadController.h"
#include "api/KfpClient.h"
#include "auth/Session.h"
#include "connection/Connection.h"
#include "models/PipelineTreeModel.h"
#include "models/RunListModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTreeView>

#include <malloc.h>

namespace kfp {

namespace {

constexpr int kExpandPipelines = 20;
constexpr int kKeyRepeatMs = 33;          // a held key's auto-repeat (about 30 per second)
constexpr int kSettleMs = 200;            // after a step: layout and paint, still under its window
constexpr int kStepTimeoutMs = 900000;    // a step that takes longer has hung
const char *const kSearchText = "run-09"; // bulk-run-09xxxx: 10% of 100,000 runs

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

AppLoadBench::AppLoadBench(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(kStepTimeoutMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("step timed out after %1 s").arg(kStepTimeoutMs / 1000));
    });
    m_keyRepeat.setInterval(kKeyRepeatMs);
}

AppLoadBench::~AppLoadBench()
{
    m_upload.reset();
    m_launcher.reset();
    m_window.reset(); // before the client it uses, and before the server goes
    m_client.reset();
    m_session.reset();
    m_nam.reset();
    bench::stopSandbox(m_serverThread);
}

void AppLoadBench::start()
{
    m_loadAverage = bench::loadAverage(); // before seeding, which loads the machine itself
    const Options o = m_options;
    QJsonObject *seeded = &m_seeded;
    const quint16 port = bench::startSandbox(
        [o, seeded](sandbox::SandboxServer &server) {
            server.seedPipelines(o.pipelines);
            server.seedRuns(o.runs);
            server.seedDemo();
            *seeded = {{str("pipelines"), server.pipelineCount()},
                       {str("versions"), server.pipelineVersionCount()},
                       {str("experiments"), server.experimentCount()},
                       {str("runs"), server.runCount()},
                       {str("recurring_runs"), server.recurringRunCount()}};
        },
        &m_serverThread);
    if (port == 0) {
        fail(QStringLiteral("sandbox did not listen"));
        return;
    }
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_session = std::make_unique<Session>(m_nam.get());
    m_session->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    m_session->setDefaultTimeout(60000);
    m_client = std::make_unique<KfpClient>(m_session.get());
    m_client->setApiVersion(m_options.v1 ? ApiVersion::V1Beta1 : ApiVersion::V2Beta1);

    // The window as the app makes it (no settings: nothing remembered from a previous session).
    QElapsedTimer construct;
    construct.start();
    m_connection = std::make_unique<Connection>(m_session.get(), m_client.get());
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_launcher = std::make_unique<RunWizardLauncher>(m_window.get(), m_client.get(),
                                                     m_window->fileMenu(), m_window->toolBar());
    m_upload =
        std::make_unique<UploadController>(m_window.get(), m_client.get(), m_window->fileMenu());
    m_constructMs = construct.elapsed();
    m_window->setAutoRefreshInterval(24 * 3600 * 1000); // F5 is measured on its own
    m_window->resize(1200, 720);
    for (auto section : {MainWindow::Section::Pipelines, MainWindow::Section::Experiments,
                         MainWindow::Section::Runs, MainWindow::Section::RecurringRuns,
                         MainWindow::Section::Archive}) {
        connect(m_window->sectionView(section)->model(), &PagedTreeModel::errorOccurred, this,
                [this](const ApiError &e) { fail(e.fullMessage()); });
    }

    MainWindow *w = m_window.get();
    m_steps = {
        [this] { stepStart(); },
        [this] { stepPipelinesScroll(); },
        [this] { stepPipelinesExpand(); },
        [this] { stepRunsFirstRows(); },
        [this] { stepRunsLoadAll(); },
        [this] { stepRunsSelect(); },
        [this] { stepRunsRefresh(); },
        [this] { stepRunsSearch(); },
        [this] { stepRunsSearchClear(); },
        [this] { stepRunsSort(); },
        [this] { stepRunsSortedAll(); },
        [this, w] {
            stepSectionFirstRows("experiments_first_rows", Qt::Key_2,
                                 w->sectionView(MainWindow::Section::Experiments)->model());
        },
        [this, w] {
            stepSectionFirstRows("recurring_runs_first_rows", Qt::Key_4,
                                 w->sectionView(MainWindow::Section::RecurringRuns)->model());
        },
        [this, w] {
            stepSectionFirstRows("archive_first_rows", Qt::Key_5, w->archivedRunsView()->model());
        },
        [this] { finish(); },
    };
    m_heartbeat.start();
    nextStep();
}

// --- the session ------------------------------------------------------------------------------

void AppLoadBench::stepStart()
{
    beginStep("start");
    PagedTreeModel *model = m_window->pipelineModel();
    m_stepConnections << connect(m_window.get(), &MainWindow::firstLoadDone, this, [this, model] {
        endStep({{str("first_rows"), model->loadedCount()}, {str("construct_ms"), m_constructMs}});
    });
    m_window->show();
    m_window->activateWindow(); // F5 and the section shortcuts need the active window
    m_openClock.start();
    m_connection->verify();
}

void AppLoadBench::stepPipelinesScroll()
{
    beginStep("pipelines_scroll_to_end");
    PagedTreeModel *model = m_window->pipelineModel();
    QTreeView *view = m_window->sectionView(MainWindow::Section::Pipelines)->view();
    const auto done = [this, model] {
        if (model->hasMorePages({}) || model->loadState() != LoadState::Fetched)
            return false;
        m_pipelinesLoaded = model->loadedCount();
        endStep({{str("rows"), m_pipelinesLoaded},
                 {str("pages"), m_pages},
                 {str("key_presses"), m_keyPresses},
                 {str("since_open_ms"), m_openClock.elapsed()}});
        return true;
    };
    if (done())
        return;
    m_stepConnections << connect(model, &PagedTreeModel::pageLoaded, this,
                                 [this, done](const QModelIndex &parent) {
                                     if (parent.isValid())
                                         return;
                                     ++m_pages;
                                     done();
                                 });
    m_stepConnections << connect(&m_keyRepeat, &QTimer::timeout, this, [this, view] {
        ++m_keyPresses;
        QTest::keyClick(view, Qt::Key_End);
    });
    ++m_keyPresses;
    QTest::keyClick(view, Qt::Key_End);
    m_keyRepeat.start();
}

void AppLoadBench::stepPipelinesExpand()
{
    beginStep("pipelines_expand");
    PagedTreeModel *model = m_window->pipelineModel();
    QTreeView *view = m_window->sectionView(MainWindow::Section::Pipelines)->view();
    QTest::keyClick(view, Qt::Key_Home); // back to the top, where the user expands
    m_expanding.clear();
    for (int row = 0; row < model->rowCount() && m_expanding.size() < kExpandPipelines; ++row) {
        const QModelIndex index = model->index(row, 0);
        if (model->nodeKind(index) == NodeKind::Pipeline)
            m_expanding.append(index);
    }
    const auto done = [this, model] {
        int versions = 0;
        for (const QPersistentModelIndex &index : std::as_const(m_expanding)) {
            if (model->loadState(index) != LoadState::Fetched || model->hasMorePages(index))
                return;
            versions += model->rowCount(index);
        }
        endStep({{str("expanded"), int(m_expanding.size())}, {str("version_rows"), versions}});
    };
    m_stepConnections << connect(model, &PagedTreeModel::pageLoaded, this,
                                 [done](const QModelIndex &parent) {
                                     if (parent.isValid())
                                         done();
                                 });
    for (const QPersistentModelIndex &index : std::as_const(m_expanding))
        view->expand(index); // what a click on its arrow does; the view fetches the versions
    if (m_expanding.isEmpty())
        done();
}

void AppLoadBench::stepRunsFirstRows()
{
    m_rssBeforeRunsMb = quietRssMb();
    beginStep("runs_first_rows");
    if (!windowIsActive("Ctrl+3"))
        return;
    PagedTreeModel *model = m_window->runModel();
    m_stepConnections << connect(
        model, &PagedTreeModel::pageLoaded, this, [this, model](const QModelIndex &parent) {
            if (!parent.isValid())
                endStep({{str("rows"), model->loadedCount()}, {str("total"), model->totalCount()}});
        });
    m_openClock.start();
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    if (m_window->currentSection() != MainWindow::Section::Runs)
        fail(QStringLiteral("Ctrl+3 did not switch to the Runs section"));
}

void AppLoadBench::stepRunsLoadAll()
{
    beginStep("runs_load_all");
    PagedTreeModel *model = m_window->runModel();
    m_pages = 1; // the first page came in the previous step
    const auto doneOrNext = [this, model] {
        if (model->loadState() != LoadState::Fetched)
            return; // a page in flight
        if (model->hasMorePages({})) {
            model->fetchNextPage({}); // every page, in order, as holding End would
            return;
        }
        m_runsLoaded = model->loadedCount();
        endStep({{str("rows"), m_runsLoaded},
                 {str("pages"), m_pages},
                 {str("since_open_ms"), m_openClock.elapsed()}});
    };
    m_stepConnections << connect(model, &PagedTreeModel::pageLoaded, this,
                                 [this, doneOrNext](const QModelIndex &parent) {
                                     if (parent.isValid())
                                         return;
                                     ++m_pages;
                                     doneOrNext();
                                 });
    doneOrNext();
}

void AppLoadBench::stepRunsSelect()
{
    m_rssLoadedMb = quietRssMb(); // all pipelines, 20 expanded, all runs
    beginStep("runs_select");
    SectionView *section = m_window->sectionView(MainWindow::Section::Runs);
    DetailsPane *pane = section->detailsFor(NodeKind::Run);
    m_stepConnections << connect(pane, &DetailsPane::loaded, this, [this](const QString &id) {
        if (id == m_expectedId)
            endStep(
                {{str("row"),
                  m_window->sectionView(MainWindow::Section::Runs)->view()->currentIndex().row()}});
    });
    const QString before = section->currentItem().id;
    QTest::keyClick(section->view(), Qt::Key_Down);
    m_expectedId = section->currentItem().id;
    if (m_expectedId.isEmpty() || m_expectedId == before)
        fail(QStringLiteral("Down did not select another run"));
}

void AppLoadBench::stepRunsRefresh()
{
    beginStep("runs_refresh_f5");
    if (!windowIsActive("F5"))
        return;
    PagedTreeModel *model = m_window->runModel();
    m_stepConnections << connect(model, &PagedTreeModel::refreshed, this, [this, model] {
        endStep({{str("rows"), model->loadedCount()}});
    });
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    if (m_stepOpen && !model->isLoading())
        fail(QStringLiteral("F5 did not start a refresh"));
}

void AppLoadBench::stepRunsSearch()
{
    beginStep("runs_search");
    SectionView *section = m_window->sectionView(MainWindow::Section::Runs);
    auto *edit = section->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    if (!edit) {
        fail(QStringLiteral("no search field"));
        return;
    }
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier); // focuses the search field
    if (QApplication::focusWidget() != edit) {
        fail(QStringLiteral("Ctrl+F did not focus the search field"));
        return;
    }
    endOnFirstPageAfterReset(section->model());
    QTest::keyClicks(edit, str(kSearchText));
    m_stepClock.restart(); // from the last key
}

void AppLoadBench::stepRunsSearchClear()
{
    beginStep("runs_search_clear");
    SectionView *section = m_window->sectionView(MainWindow::Section::Runs);
    auto *edit = section->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    endOnFirstPageAfterReset(section->model());
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    m_stepClock.restart();
}

void AppLoadBench::stepRunsSort()
{
    beginStep("runs_sort_header");
    SectionView *section = m_window->sectionView(MainWindow::Section::Runs);
    QHeaderView *header = section->view()->header();
    const int column = RunListModel::NameColumn;
    endOnFirstPageAfterReset(section->model());
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                    header->height() / 2);
    m_openClock.start();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    if (section->model()->sortColumn() != column)
        fail(QStringLiteral("the header click did not sort by name"));
}

void AppLoadBench::stepRunsSortedAll()
{
    beginStep("runs_sorted_all_rows");
    PagedTreeModel *model = m_window->runModel();
    const auto done = [this, model] {
        if (model->loadState() != LoadState::Fetched)
            return;
        if (model->hasMorePages({})) {
            model->fetchNextPage({}); // every page again, in the new order
            return;
        }
        endStep(
            {{str("rows"), model->loadedCount()}, {str("since_open_ms"), m_openClock.elapsed()}});
    };
    m_stepConnections << connect(model, &PagedTreeModel::pageLoaded, this,
                                 [done](const QModelIndex &parent) {
                                     if (!parent.isValid())
                                         done();
                                 });
    done();
}

void AppLoadBench::stepSectionFirstRows(const char *name, int key, PagedTreeModel *model)
{
    beginStep(name);
    m_stepConnections << connect(model, &PagedTreeModel::pageLoaded, this,
                                 [this, model](const QModelIndex &parent) {
                                     if (!parent.isValid())
                                         endStep({{str("rows"), model->loadedCount()}});
                                 });
    QTest::keyClick(m_window.get(), Qt::Key(key), Qt::ControlModifier);
}

void AppLoadBench::endOnFirstPageAfterReset(PagedTreeModel *model)
{
    m_stepConnections << connect(model, &QAbstractItemModel::modelReset, this,
                                 [this] { m_resetSeen = true; });
    m_stepConnections << connect(
        model, &PagedTreeModel::pageLoaded, this, [this, model](const QModelIndex &parent) {
            if (m_resetSeen && !parent.isValid())
                endStep({{str("rows"), model->loadedCount()},
                         {str("total"), model->totalCount()},
                         {str("search"), model->searchText()},
                         {str("sort_column"), model->sortColumn()},
                         {str("sort_descending"), model->sortOrder() == Qt::DescendingOrder}});
        });
}

// --- step machinery ---------------------------------------------------------------------------

void AppLoadBench::beginStep(const char *name)
{
    m_stepName = str(name);
    m_stepOpen = true;
    m_pages = 0;
    m_keyPresses = 0;
    m_resetSeen = false;
    m_heartbeat.takeWindow(); // from here on, the stalls are this step's
    m_watchdog.start();
    m_stepClock.start();
}

void AppLoadBench::endStep(QJsonObject fields)
{
    if (!m_stepOpen || m_finished)
        return;
    m_stepOpen = false;
    fields.insert(str("ms"), m_stepClock.elapsed());
    for (const QMetaObject::Connection &c : std::as_const(m_stepConnections))
        disconnect(c);
    m_stepConnections.clear();
    m_keyRepeat.stop();
    // The views lay out and paint what arrived: still this step's stall, then the next step.
    QTimer::singleShot(kSettleMs, this, [this, fields]() mutable {
        if (m_finished)
            return;
        m_watchdog.stop();
        const bench::Stall stall = m_heartbeat.takeWindow();
        fields.insert(str("step"), m_stepName);
        fields.insert(str("max_stall_ms"), stall.wallMs);
        fields.insert(str("max_stall_cpu_ms"), qRound64(stall.cpuMs));
        m_results.append(fields);
        nextStep();
    });
}

void AppLoadBench::nextStep()
{
    if (m_nextStep < m_steps.size())
        m_steps[m_nextStep++]();
}

void AppLoadBench::fail(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_heartbeat.stop();
    m_keyRepeat.stop();
    m_watchdog.stop();
    Q_EMIT finished({{str("benchmark"), str("app-load")},
                     {str("error"), message},
                     {str("step"), m_stepName},
                     {str("steps"), m_results}},
                    1);
}

double AppLoadBench::quietRssMb()
{
    m_heartbeat.stop();
    malloc_trim(0); // count what is live, not what the allocator keeps cached
    const double mb = bench::statusMb("VmRSS:");
    m_heartbeat.start();
    return mb;
}

bool AppLoadBench::windowIsActive(const char *what)
{
    if (QApplication::activeWindow() == m_window.get())
        return true;
    fail(QStringLiteral("the window is not active: %1 cannot reach its shortcut").arg(str(what)));
    return false;
}

void AppLoadBench::finish()
{
    const double rssEndMb = quietRssMb();
    m_heartbeat.stop();
    m_finished = true;
    const bench::Stall overall = m_heartbeat.overall();
    QString worst;
    qint64 worstCpu = -1;
    QJsonArray slowFirstRows;
    QJsonArray stalled;
    for (const QJsonValue &v : std::as_const(m_results)) {
        const QJsonObject step = v.toObject();
        const QString name = step.value(str("step")).toString();
        const qint64 cpu = step.value(str("max_stall_cpu_ms")).toInteger();
        if (cpu > worstCpu) {
            worstCpu = cpu;
            worst = name;
        }
        if (cpu > 100)
            stalled.append(name);
        if ((name == QLatin1String("start") || name.endsWith(QLatin1String("first_rows"))) &&
            step.value(str("ms")).toInteger() >= 1000)
            slowFirstRows.append(name);
    }
    const int seededRuns = m_seeded.value(str("runs")).toInt();
    const int seededPipelines = m_seeded.value(str("pipelines")).toInt();
    QJsonObject result{
        {str("benchmark"), str("app-load")},
        {str("api"), m_options.v1 ? str("v1beta1") : str("v2beta1")},
        {str("runs"), m_options.runs},
        {str("pipelines"), m_options.pipelines},
        {str("seeded"), m_seeded},
        {str("sandbox"), str("in-process, own thread")},
        {str("load_average"), m_loadAverage},
        {str("load_average_end"), bench::loadAverage()},
        {str("steps"), m_results},
        {str("max_stall_ms"), overall.wallMs},
        {str("max_stall_cpu_ms"), qRound64(overall.cpuMs)},
        {str("worst_step_cpu"), worst},
        {str("steps_over_100ms_cpu"), stalled},
        {str("first_rows_over_1s"), slowFirstRows},
        {str("peak_rss_mb"), bench::statusMb("VmHWM:")},
        {str("rss_before_runs_mb"), m_rssBeforeRunsMb},
        {str("rss_loaded_mb"), m_rssLoadedMb},
        {str("rss_end_mb"), rssEndMb},
        {str("bytes_per_run"),
         m_runsLoaded > 0 ? qint64((m_rssLoadedMb - m_rssBeforeRunsMb) * 1024 * 1024 / m_runsLoaded)
                          : 0},
    };
    const bool complete = m_runsLoaded == seededRuns && m_pipelinesLoaded == seededPipelines;
    Q_EMIT finished(result, complete ? 0 : 1);
}

} // namespace kfp
