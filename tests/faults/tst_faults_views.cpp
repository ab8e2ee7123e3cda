// The main views under the seven faults of FaultCases.h (issue "Reliability"). MainWindow runs
// offscreen against the in-process sandbox, driven with real key and mouse events.
//
// What it proves, for each section (Pipelines, Experiments, Runs, Recurring runs, Archive) and
// each fault injected on that section's list call, then for a lazily loaded child list (a
// pipeline's versions) and for the details pane of a selected run:
//  * the error is shown where the user is looking (the section's banner, the child list's error
//    row, the details pane's banner) as a translated sentence that fits the fault;
//  * what the user typed or chose stays: the search text, the sort, the selection, the rows
//    already shown;
//  * the app recovers once the fault stops: Retry (or F5) asks the server again, the rows are
//    there and the banner is gone;
//  * the UI thread never stops (a heartbeat started before the fault);
//  * nothing is done twice: one F5 is one list call (plus the one resend Qt may make on its own),
//    and the rows end as the server's, without duplicates.
// "2 s latency" is no error: the rows arrive late and no banner shows. "50 % errors" is retried
// with Retry/F5 until a refresh succeeds.

#include "DetailsPane.h"
#include "FaultCases.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "SandboxFixture.h"
#include "SectionView.h"
#include "UiTestSupport.h"
#include "models/PagedTreeModel.h"
#include "models/roles.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>
#include <QTreeWidget>

using kfp::ApiError;
using kfp::MainWindow;
using kfp::PagedTreeModel;
using kfp::SectionView;

namespace {

// Seeded on top of the demo data; ArchivedRuns of them are archived (the Archive section's rows).
constexpr int SeededRuns = 12;
constexpr int ArchivedRuns = 3;
constexpr int WaitMs = 20000; // ceiling of every wait: the suite also runs under ASan, loaded

// One main view: where it lists from, and a search that keeps some of its rows.
struct SectionCase
{
    const char *name; // the data tag's prefix
    MainWindow::Section section;
    const char *listPath; // the list call (the sandbox matches it with and without /pipeline)
    const char *search;   // typed into the section's search field
};

const SectionCase Sections[] = {
    {"Pipelines", MainWindow::Section::Pipelines, "/apis/v2beta1/pipelines", "optional"},
    {"Experiments", MainWindow::Section::Experiments, "/apis/v2beta1/experiments", "experiment"},
    {"Runs", MainWindow::Section::Runs, "/apis/v2beta1/runs", "bulk-run"},
    {"Recurring runs", MainWindow::Section::RecurringRuns, "/apis/v2beta1/recurringruns", "hourly"},
    {"Archive", MainWindow::Section::Archive, "/apis/v2beta1/runs", "bulk-run"},
};

// The section of the current data row ("Runs: 5xx burst" → Runs).
const SectionCase *currentSectionCase()
{
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    for (const SectionCase &c : Sections)
        if (tag.startsWith(QLatin1String(c.name) + QLatin1String(": ")))
            return &c;
    return nullptr;
}

// Whether `error` is what `spec` should surface as, and reads as the right sentence.
bool errorFits(const QString &spec, const ApiError &error, const QString &shown, QString *why)
{
    using Kind = ApiError::Kind;
    const QString message = error.userMessage();
    bool kindOk = false;
    if (spec.contains(QLatin1String("status=")))
        kindOk = error.kind() == Kind::ServerError;
    else if (spec.startsWith(QLatin1String("truncate")) || spec.startsWith(QLatin1String("reset")))
        kindOk = error.kind() == Kind::Network || error.kind() == Kind::InvalidResponse;
    else if (spec == QLatin1String("html"))
        // Must tell the user a web page (a login page) came instead of data.
        kindOk = error.kind() == Kind::InvalidResponse && error.isHtml() &&
                 message.contains(QLatin1String("web page")) &&
                 message.contains(QLatin1String("sign in"));
    else if (spec.startsWith(QLatin1String("drip")))
        // The server took too long.
        kindOk = error.kind() == Kind::Timeout && message.contains(QLatin1String("in time"));
    *why = QStringLiteral("fault \"%1\": kind %2, http %3, message \"%4\", shown \"%5\"")
               .arg(spec)
               .arg(int(error.kind()))
               .arg(error.httpStatus())
               .arg(message, shown);
    return kindOk && !message.isEmpty() && shown == message;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestFaultsViews final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<kfptest::SandboxClient> m_sb;
    kfptest::ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;

    // A window on demo data + SeededRuns runs (ArchivedRuns of them archived), showing `section`.
    void start(MainWindow::Section section)
    {
        m_sb = std::make_unique<kfptest::SandboxClient>(true);
        m_sb->server->seedRuns(SeededRuns);
        m_sb->session->setDefaultTimeout(faulttest::TransferTimeoutMs);
        kfp::ListQuery query;
        query.pageSize = 200;
        query.sortedBy(QStringLiteral("created_at"));
        query.where(
            kfp::Predicate::substring(QStringLiteral("display_name"), QStringLiteral("bulk-run")));
        const auto runs = testutil::await(m_sb->client->listRuns(query));
        QVERIFY2(runs.ok(), runs.describe());
        QCOMPARE(runs.result.items.size(), SeededRuns);
        for (int i = 0; i < ArchivedRuns; ++i) {
            const auto archived =
                testutil::await(m_sb->client->archiveRun(runs.result.items[i].id));
            QVERIFY2(archived.ok(), archived.describe());
        }

        m_window = std::make_unique<MainWindow>(m_sb->connection.get(), nullptr, &m_prompter);
        m_window->setAutoRefreshInterval(3600 * 1000); // only the test's F5 and Retry refresh
        m_window->resize(1200, 760);
        m_window->setCurrentSection(section); // before connecting: only this section loads
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_sb->connection->verify();
    }

    // The server's ids of what `c`'s view lists with its search (asked without a fault).
    QStringList serverIds(const SectionCase &c) const
    {
        kfp::ListQuery query;
        query.pageSize = 200;
        query.where(kfp::Predicate::substring(QStringLiteral("display_name"),
                                              QString::fromLatin1(c.search)));
        const auto notArchived =
            kfp::Predicate::notEquals(QStringLiteral("storage_state"), QStringLiteral("ARCHIVED"));
        QStringList ids;
        auto collect = [&ids](const auto &outcome) {
            for (const auto &item : outcome.result.items)
                ids << item.id;
            return outcome.ok();
        };
        bool ok = false;
        switch (c.section) {
        case MainWindow::Section::Pipelines:
            ok = collect(testutil::await(m_sb->client->listPipelines(query)));
            break;
        case MainWindow::Section::Experiments:
            ok = collect(testutil::await(m_sb->client->listExperiments(query.where(notArchived))));
            break;
        case MainWindow::Section::Runs:
            ok = collect(testutil::await(m_sb->client->listRuns(query.where(notArchived))));
            break;
        case MainWindow::Section::RecurringRuns:
            ok = collect(testutil::await(m_sb->client->listRecurringRuns(query)));
            break;
        case MainWindow::Section::Archive:
            ok = collect(testutil::await(m_sb->client->listRuns(query.where(kfp::Predicate::equals(
                QStringLiteral("storage_state"), QStringLiteral("ARCHIVED"))))));
            break;
        }
        return ok ? sorted(ids) : QStringList{QStringLiteral("<server list failed>")};
    }

    // The ids of `parent`'s item rows, in view order (status rows left out).
    static QStringList modelIds(PagedTreeModel *model, const QModelIndex &parent = {})
    {
        QStringList ids;
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (!model->isStatusRow(i))
                ids << i.data(kfp::IdRole).toString();
        }
        return ids;
    }

    // GETs of exactly `apiPath` since the log was last cleared.
    int calls(const QString &apiPath) const
    {
        int n = 0;
        for (const auto &e : m_sb->server->requestLog())
            if (e.method == "GET" && e.apiPath == apiPath)
                ++n;
        return n;
    }

    static QModelIndex rowNamed(PagedTreeModel *model, const QString &name)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, 0);
            if (i.data(kfp::NameRole).toString() == name)
                return i;
        }
        return {};
    }

    static void clickRow(QTreeView *tree, const QModelIndex &index)
    {
        tree->scrollTo(index);
        const QRect rect = tree->visualRect(index);
        QVERIFY(rect.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    }

    static void clickRetry(kfp::MessageBanner *banner)
    {
        auto *retry = banner->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry && retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
    }

    void pressF5() { QTest::keyClick(m_window.get(), Qt::Key_F5); }

    static QString labelText(QWidget *pane, const char *name)
    {
        auto *label = pane->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void cleanup()
    {
        m_window.reset();
        m_sb.reset();
        m_prompter.clear();
    }

    // --- a section's list ------------------------------------------------------------------------
    void sectionListSurvivesFault_data()
    {
        faulttest::addFaultColumns();
        for (const SectionCase &c : Sections)
            faulttest::addFaultRows(QLatin1String(c.name) + QLatin1String(": "));
    }
    void sectionListSurvivesFault()
    {
        QFETCH(QString, spec);
        QFETCH(bool, intermittent);
        QFETCH(bool, delayedOnly);
        const SectionCase *c = currentSectionCase();
        QVERIFY(c);
        start(c->section);
        if (QTest::currentTestFailed())
            return;
        SectionView *section = m_window->sectionView(c->section);
        PagedTreeModel *model = section->model();
        auto *banner = section->banner();
        auto idle = [&] {
            return section->isAttached() && !model->isLoading() &&
                   model->loadState() == kfp::LoadState::Fetched;
        };
        QVERIFY(QTest::qWaitFor([&] { return idle() && model->loadedCount() > 0; }, WaitMs));

        // The user's input: a search that keeps some rows, and a row chosen with the mouse.
        auto *search = section->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        const QString searchText = QString::fromLatin1(c->search);
        search->setFocus();
        QTest::keyClicks(search, searchText);
        QTRY_COMPARE_WITH_TIMEOUT(model->searchText(), searchText, WaitMs);
        const QStringList expected = serverIds(*c);
        QVERIFY(!expected.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(idle() && sorted(modelIds(model)) == expected, WaitMs);
        // A sort chosen with a header click (the name column: the server sorts it).
        QVERIFY(model->isColumnSortable(0));
        auto *header = section->view()->header();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(0) + 5, header->height() / 2));
        QTRY_COMPARE_WITH_TIMEOUT(model->sortColumn(), 0, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(idle() && sorted(modelIds(model)) == expected, WaitMs);
        const Qt::SortOrder sortOrder = model->sortOrder();
        const QModelIndex chosen = model->index(expected.size() > 1 ? 1 : 0, 0);
        const QString chosenId = chosen.data(kfp::IdRole).toString();
        clickRow(section->view(), chosen);
        QCOMPARE(section->currentItem().id, chosenId);
        const QStringList shownBefore = modelIds(model);

        // The fault, then F5 as the user presses it.
        QString error;
        QVERIFY2(m_sb->server->addFault(
                     faulttest::faultSpec(QString::fromLatin1(c->listPath), "GET", spec), &error),
                 qPrintable(error));
        faulttest::Heartbeat heartbeat;
        heartbeat.start();
        m_sb->server->clearRequestLog();
        QSignalSpy errors(model, &PagedTreeModel::errorOccurred);
        QSignalSpy refreshed(model, &PagedTreeModel::refreshed);
        pressF5();
        QVERIFY(model->isLoading()); // F5 asked the server

        if (delayedOnly) {
            // Late, not wrong: the rows stay, no banner, and the UI keeps running meanwhile.
            bool bannerSeen = false;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    bannerSeen = bannerSeen || banner->isVisible();
                    return !refreshed.isEmpty();
                },
                WaitMs));
            QVERIFY(!bannerSeen);
            QCOMPARE(errors.size(), 0);
            QVERIFY2(heartbeat.ticks() > 50, heartbeat.describe()); // it ticked while waiting
        } else if (intermittent) {
            // Retry (then F5, alternately) until one refresh gets through after one that failed.
            bool failedOnce = false;
            for (int attempt = 1;; ++attempt) {
                QVERIFY(QTest::qWaitFor([&] { return !model->isLoading(); }, WaitMs));
                const bool ok = !model->lastError().isError() && !banner->isVisible();
                if (ok && failedOnce) {
                    qInfo("50 %% errors: loaded at attempt %d", attempt);
                    break;
                }
                if (!ok) {
                    failedOnce = true;
                    QVERIFY2(banner->isVisible(), "an error that the section does not show");
                    QString why;
                    QVERIFY2(errorFits(QStringLiteral("status=500"), model->lastError(),
                                       banner->message(), &why),
                             qPrintable(why));
                }
                QVERIFY2(attempt < 20, "20 attempts at 50 % errors");
                if (banner->isVisible() && attempt % 2)
                    clickRetry(banner);
                else
                    pressF5();
                QVERIFY2(model->isLoading(), "Retry/F5 did not ask the server again");
            }
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), WaitMs);
            QString why;
            QVERIFY2(errorFits(spec, model->lastError(), banner->message(), &why), qPrintable(why));
            qInfo("shown: %s", qPrintable(banner->message()));
            // One F5, one list call (Qt may resend once by itself on a closed keep-alive).
            const int listCalls = calls(QString::fromLatin1(c->listPath));
            QVERIFY2(listCalls >= 1 && listCalls <= 2, qPrintable(QString::number(listCalls)));
        }
        FAULT_VERIFY_ALIVE(heartbeat);

        // What the user typed and chose is still there, and so are the rows.
        QCOMPARE(search->text(), searchText);
        QCOMPARE(model->searchText(), searchText);
        QCOMPARE(section->currentItem().id, chosenId);
        QCOMPARE(model->sortColumn(), 0);
        QCOMPARE(model->sortOrder(), sortOrder);
        QCOMPARE(header->sortIndicatorSection(), 0);
        QCOMPARE(modelIds(model), shownBefore);

        // The fault stops: Retry (if the banner offers it) or F5 loads the rows again.
        m_sb->server->clearFaults();
        QSignalSpy loaded(model, &PagedTreeModel::pageLoaded);
        if (banner->isVisible())
            clickRetry(banner);
        else
            pressF5();
        QVERIFY2(model->isLoading(), "Retry/F5 did not ask the server again");
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && idle(), WaitMs);
        QVERIFY(!banner->isVisible());
        const QStringList ids = modelIds(model);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()); // no duplicates
        QCOMPARE(sorted(ids), serverIds(*c));
        QCOMPARE(section->currentItem().id, chosenId);
        QCOMPARE(search->text(), searchText);
        QCOMPARE(model->sortColumn(), 0);
        QCOMPARE(model->sortOrder(), sortOrder);
        heartbeat.stop();
        FAULT_VERIFY_ALIVE(heartbeat);
    }

    // --- a lazily loaded child list: a pipeline's versions ---------------------------------------
    void childListSurvivesFault_data()
    {
        faulttest::addFaultColumns();
        faulttest::addFaultRows(QStringLiteral("Versions: "));
    }
    void childListSurvivesFault()
    {
        QFETCH(QString, spec);
        QFETCH(bool, intermittent);
        QFETCH(bool, delayedOnly);
        start(MainWindow::Section::Pipelines);
        if (QTest::currentTestFailed())
            return;
        SectionView *section = m_window->sectionView(MainWindow::Section::Pipelines);
        PagedTreeModel *model = section->model();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return section->isAttached() && !model->isLoading() &&
                       model->loadedCount() == m_sb->server->pipelineCount();
            },
            WaitMs));
        QModelIndex pipeline = model->index(0, 0);
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(kfp::NameRole).toString() ==
                QLatin1String("xgboost-training"))
                pipeline = model->index(r, 0);
        const QString pipelineId = pipeline.data(kfp::IdRole).toString();
        clickRow(section->view(), pipeline);
        // The details pane lists the versions too: let it finish before the fault.
        auto *pane = section->currentDetails();
        QVERIFY(pane);
        auto *versionTree = pane->findChild<QTreeWidget *>(QStringLiteral("versionTree"));
        QVERIFY(versionTree);
        QTRY_VERIFY_WITH_TIMEOUT(versionTree->topLevelItemCount() > 0 && !pane->isLoading(),
                                 WaitMs);
        QStringList expected;
        {
            const auto versions = testutil::await(m_sb->client->listPipelineVersions(pipelineId));
            QVERIFY2(versions.ok(), versions.describe());
            for (const auto &v : versions.result.items)
                expected << v.id;
        }
        QVERIFY(expected.size() >= 2);

        const QString path = QStringLiteral("/apis/v2beta1/pipelines/%1/versions").arg(pipelineId);
        // 50 % errors: a seed whose first two rolls fail, so the error row shows before it loads.
        if (intermittent)
            m_sb->server->setFaultSeed(9);
        QVERIFY(m_sb->server->addFault(faulttest::faultSpec(path, "GET", spec)));
        faulttest::Heartbeat heartbeat;
        heartbeat.start();
        m_sb->server->clearRequestLog();
        auto *banner = section->banner();
        // Expand with the keyboard: the view fetches the versions.
        section->view()->setFocus();
        QTest::keyClick(section->view(), Qt::Key_Right);
        QVERIFY(section->view()->isExpanded(pipeline));
        auto branchState = [&] {
            return model->loadState(pipeline);
        };
        QCOMPARE(branchState(), kfp::LoadState::Fetching);

        // The error row: the last child, with the translated sentence.
        auto checkErrorRow = [&](const QString &faultSpec) {
            const int rows = model->rowCount(pipeline);
            QVERIFY(rows >= 1);
            const QModelIndex errorRow = model->index(rows - 1, 0, pipeline);
            QVERIFY(model->isStatusRow(errorRow));
            QVERIFY(errorRow.data(kfp::ErrorRole).toBool());
            QString why;
            QVERIFY2(errorFits(faultSpec, model->errorAt(errorRow),
                               errorRow.data(Qt::DisplayRole).toString(), &why),
                     qPrintable(why));
        };

        if (delayedOnly) {
            bool errorSeen = false;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    errorSeen =
                        errorSeen || banner->isVisible() || branchState() == kfp::LoadState::Failed;
                    return branchState() != kfp::LoadState::Fetching;
                },
                WaitMs));
            QVERIFY(!errorSeen);
            QVERIFY2(heartbeat.ticks() > 50, heartbeat.describe());
        } else if (intermittent) {
            for (int attempt = 1;; ++attempt) {
                QVERIFY(QTest::qWaitFor([&] { return !model->isLoading(); }, WaitMs));
                if (branchState() == kfp::LoadState::Fetched) {
                    qInfo("50 %% errors: versions loaded at attempt %d", attempt);
                    QVERIFY(attempt > 1);
                    break;
                }
                QCOMPARE(branchState(), kfp::LoadState::Failed);
                checkErrorRow(QStringLiteral("status=500"));
                QVERIFY2(attempt < 20, "20 attempts at 50 % errors all failed");
                if (attempt % 2 && banner->isVisible())
                    clickRetry(banner);
                else
                    pressF5();
                QVERIFY2(model->isLoading(), "Retry/F5 did not ask the server again");
            }
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(branchState(), kfp::LoadState::Failed, WaitMs);
            checkErrorRow(spec);
            QVERIFY(banner->isVisible());
            qInfo("error row: %s", qPrintable(model->index(0, 0, pipeline).data().toString()));
            const int versionCalls = calls(path);
            QVERIFY2(versionCalls >= 1 && versionCalls <= 2,
                     qPrintable(QString::number(versionCalls)));
        }
        FAULT_VERIFY_ALIVE(heartbeat);
        QCOMPARE(section->currentItem().id, pipelineId); // the selection stays
        QCOMPARE(model->loadedCount(), m_sb->server->pipelineCount());

        m_sb->server->clearFaults();
        if (branchState() == kfp::LoadState::Failed) {
            QSignalSpy loaded(model, &PagedTreeModel::pageLoaded);
            if (banner->isVisible())
                clickRetry(banner);
            else
                pressF5();
            QVERIFY2(model->isLoading(), "Retry/F5 did not ask the server again");
            QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !model->isLoading(), WaitMs);
        }
        QTRY_COMPARE_WITH_TIMEOUT(branchState(), kfp::LoadState::Fetched, WaitMs);
        QVERIFY(!banner->isVisible());
        const QStringList ids = modelIds(model, pipeline);
        QCOMPARE(ids.size(), model->rowCount(pipeline)); // no status row left
        QCOMPARE(sorted(ids), sorted(expected));         // each version once
        QVERIFY(section->view()->isExpanded(pipeline));
        QCOMPARE(section->currentItem().id, pipelineId);
        heartbeat.stop();
        FAULT_VERIFY_ALIVE(heartbeat);
    }

    // --- the details pane of a selected run -----------------------------------------------------
    void runDetailsSurviveFault_data()
    {
        faulttest::addFaultColumns();
        int n = 0;
        const faulttest::FaultCase *cases = faulttest::faultCases(&n);
        for (int i = 0; i < n; ++i) {
            const QLatin1String name(cases[i].name);
            if (name == QLatin1String("5xx burst") || name == QLatin1String("truncated JSON") ||
                name == QLatin1String("HTML instead of JSON"))
                QTest::newRow(qPrintable(QStringLiteral("Run details: ") + name))
                    << QString::fromLatin1(cases[i].spec) << cases[i].intermittent
                    << cases[i].delayedOnly;
        }
    }
    void runDetailsSurviveFault()
    {
        QFETCH(QString, spec);
        start(MainWindow::Section::Runs);
        if (QTest::currentTestFailed())
            return;
        SectionView *section = m_window->sectionView(MainWindow::Section::Runs);
        PagedTreeModel *model = section->model();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return section->isAttached() && !model->isLoading() && model->loadedCount() > 0;
            },
            WaitMs));
        const QModelIndex row = rowNamed(model, QStringLiteral("xgboost nightly")); // finished
        QVERIFY(row.isValid());
        const QString runId = row.data(kfp::IdRole).toString();
        clickRow(section->view(), row);
        kfp::DetailsPane *pane = section->currentDetails();
        QVERIFY(pane);
        QCOMPARE(pane->objectName(), QStringLiteral("runDetails"));
        QTRY_VERIFY_WITH_TIMEOUT(labelText(pane, "idValue") == runId && !pane->isLoading(), WaitMs);
        const QString name = labelText(pane, "nameValue");
        QVERIFY(!name.isEmpty());
        auto *paneBanner = pane->findChild<kfp::MessageBanner *>(QStringLiteral("banner"));
        QVERIFY(paneBanner);

        const QString path = QStringLiteral("/apis/v2beta1/runs/") + runId;
        QVERIFY(m_sb->server->addFault(faulttest::faultSpec(path, "GET", spec)));
        faulttest::Heartbeat heartbeat;
        heartbeat.start();
        m_sb->server->clearRequestLog();
        QSignalSpy failed(pane, &kfp::DetailsPane::loadFailed);
        pressF5(); // reloads the list and the details of the current row
        QVERIFY(pane->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(paneBanner->isVisible(), WaitMs);
        FAULT_VERIFY_ALIVE(heartbeat);
        QCOMPARE(failed.size(), 1);
        QString why;
        QVERIFY2(
            errorFits(spec, failed.first().at(1).value<ApiError>(), paneBanner->message(), &why),
            qPrintable(why));
        const int detailCalls = calls(path);
        QVERIFY2(detailCalls >= 1 && detailCalls <= 2, qPrintable(QString::number(detailCalls)));
        // The list was fine: no banner over it. The pane still shows the run it showed.
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), WaitMs);
        QVERIFY(!section->banner()->isVisible());
        QCOMPARE(section->currentItem().id, runId);
        QCOMPARE(labelText(pane, "idValue"), runId);

        m_sb->server->clearFaults();
        QSignalSpy loaded(pane, &kfp::DetailsPane::loaded);
        clickRetry(paneBanner);
        QVERIFY2(pane->isLoading(), "Retry did not ask the server again");
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !pane->isLoading(), WaitMs);
        QCOMPARE(loaded.size(), 1);
        QVERIFY(!paneBanner->isVisible());
        QCOMPARE(labelText(pane, "idValue"), runId);
        QCOMPARE(labelText(pane, "nameValue"), name);
        QCOMPARE(failed.size(), 1);
        heartbeat.stop();
        FAULT_VERIFY_ALIVE(heartbeat);
    }
};

QTEST_MAIN(TestFaultsViews)
#include "tst_faults_views.moc"
