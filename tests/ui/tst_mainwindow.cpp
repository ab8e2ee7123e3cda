// MainWindow offscreen against the in-process sandbox, driven with real input events: every
// section shows its rows and the details of the selected one; actions run from the context menu
// and the keyboard, ask first through the Prompter and report per-item failures; refresh keeps
// selection and expansion; shortcuts; settings survive a restart.

#include "DetailsPane.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "ResourceActions.h"
#include "SectionView.h"
#include "UiTestSupport.h"
#include "models/PipelineTreeModel.h"
#include "models/RunListModel.h"
#include "models/roles.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using kfp::MainWindow;
using kfp::SectionView;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<kfptest::SandboxClient> m_sb;
    kfptest::ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;

    void start(bool demo = true, kfp::ApiVersion version = kfp::ApiVersion::V2Beta1,
               QSettings *settings = nullptr, int seedRuns = 0)
    {
        m_sb = std::make_unique<kfptest::SandboxClient>(demo, version);
        if (seedRuns > 0)
            m_sb->server->seedRuns(seedRuns);
        m_window = std::make_unique<MainWindow>(m_sb->connection.get(), settings, &m_prompter);
        m_window->resize(1200, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_sb->connection->verify();
    }

    SectionView *view(MainWindow::Section s) const { return m_window->sectionView(s); }

    // Waits until the section's top level has at least `count` item rows.
    static bool waitRows(SectionView *section, int count)
    {
        return QTest::qWaitFor(
            [&] {
                return section->isAttached() && section->model()->loadedCount() >= count &&
                       !section->model()->isLoading();
            },
            15000);
    }

    static void clickRow(QTreeView *tree, const QModelIndex &index,
                         Qt::KeyboardModifiers modifiers = {})
    {
        tree->scrollTo(index);
        const QRect rect = tree->visualRect(index);
        QVERIFY(rect.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, modifiers, rect.center());
    }

    static QModelIndex rowNamed(SectionView *section, const QString &name,
                                const QModelIndex &parent = {})
    {
        auto *model = section->model();
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (i.data(kfp::NameRole).toString() == name)
                return i;
        }
        return {};
    }

    // Opens the context menu on `index` as a right click would, and returns the menu shown.
    QMenu *openContextMenu(QTreeView *tree, const QModelIndex &index)
    {
        const QPoint pos = tree->visualRect(index).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, tree->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(tree->viewport(), &event);
        QMenu *menu = nullptr;
        // nullptr after 5 s; the caller's QVERIFY(menu) reports it.
        (void)QTest::qWaitFor(
            [&] {
                const auto menus = m_window->findChildren<QMenu *>(QStringLiteral("contextMenu"));
                for (QMenu *m : menus)
                    if (m->isVisible())
                        menu = m;
                return menu != nullptr;
            },
            5000);
        return menu;
    }

    // List calls of runs (GET …/runs), not the details' GET …/runs/{id}.
    int runListCalls() const
    {
        int n = 0;
        for (const auto &e : m_sb->server->requestLog())
            if (e.method == "GET" && e.apiPath.endsWith(QLatin1String("/runs")))
                ++n;
        return n;
    }

    static QAction *menuAction(QMenu *menu, const QString &objectName)
    {
        for (QAction *a : menu->actions())
            if (a->objectName() == objectName)
                return a;
        return nullptr;
    }

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
        QApplication::clipboard()->clear();
    }

    void eachSectionShowsItsItemDetails_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v2beta1") << int(kfp::ApiVersion::V2Beta1);
        QTest::newRow("v1beta1") << int(kfp::ApiVersion::V1Beta1);
    }
    void eachSectionShowsItsItemDetails()
    {
        QFETCH(int, version);
        start(true, kfp::ApiVersion(version));
        auto *sections = m_window->findChild<QListWidget *>(QStringLiteral("sectionList"));
        QCOMPARE(sections->count(), 5);

        // Pipelines: click a pipeline, then expand it and click a version.
        auto *pipelines = view(MainWindow::Section::Pipelines);
        QVERIFY(waitRows(pipelines, m_sb->server->pipelineCount()));
        const QModelIndex pipeline = pipelines->model()->index(1, 0);
        clickRow(pipelines->view(), pipeline);
        auto *pane = pipelines->currentDetails();
        QVERIFY(pane);
        QCOMPARE(pane->objectName(), QStringLiteral("pipelineDetails"));
        QTRY_COMPARE_WITH_TIMEOUT(labelText(pane, "idValue"), pipeline.data(kfp::IdRole).toString(),
                                  10000);
        QCOMPARE(labelText(pane, "nameValue").isEmpty(), false);
        pipelines->view()->setFocus();
        QTest::keyClick(pipelines->view(), Qt::Key_Right); // expand with the keyboard
        QTRY_VERIFY_WITH_TIMEOUT(
            pipelines->model()->rowCount(pipeline) > 0 &&
                !pipelines->model()->isStatusRow(pipelines->model()->index(0, 0, pipeline)),
            10000);
        const QModelIndex version0 = pipelines->model()->index(0, 0, pipeline);
        clickRow(pipelines->view(), version0);
        pane = pipelines->currentDetails();
        QCOMPARE(pane->objectName(), QStringLiteral("versionDetails"));
        QTRY_COMPARE_WITH_TIMEOUT(labelText(pane, "idValue"), version0.data(kfp::IdRole).toString(),
                                  10000);
        auto *spec = pane->findChild<QPlainTextEdit *>(QStringLiteral("specView"));
        QTRY_VERIFY_WITH_TIMEOUT(!spec->toPlainText().isEmpty(), 10000);

        // Experiments, runs, recurring runs: the section opens with Ctrl+N, a click selects.
        const QList<QPair<MainWindow::Section, QString>> others = {
            {MainWindow::Section::Experiments, QStringLiteral("experimentDetails")},
            {MainWindow::Section::Runs, QStringLiteral("runDetails")},
            {MainWindow::Section::RecurringRuns, QStringLiteral("recurringRunDetails")}};
        for (const auto &[section, paneName] : others) {
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + int(section)), Qt::ControlModifier);
            QCOMPARE(m_window->currentSection(), section);
            auto *sv = view(section);
            QVERIFY2(waitRows(sv, 1), qPrintable(sv->key()));
            const QModelIndex first = sv->model()->index(0, 0);
            clickRow(sv->view(), first);
            auto *p = sv->currentDetails();
            QVERIFY2(p, qPrintable(sv->key()));
            QCOMPARE(p->objectName(), paneName);
            QTRY_COMPARE_WITH_TIMEOUT(labelText(p, "idValue"), first.data(kfp::IdRole).toString(),
                                      10000);
            QVERIFY(!labelText(p, "nameValue").isEmpty());
        }
        // The recurring run's trigger reads as words.
        QVERIFY(
            labelText(view(MainWindow::Section::RecurringRuns)->currentDetails(), "triggerValue")
                .startsWith(QLatin1String("Every")));
        QCOMPARE(m_window->connectionState(), MainWindow::ConnectionState::Online);
        auto *api = m_window->findChild<QLabel *>(QStringLiteral("apiLabel"));
        QVERIFY(api->text().contains(version == int(kfp::ApiVersion::V1Beta1)
                                         ? QLatin1String("v1beta1")
                                         : QLatin1String("v2beta1")));
    }

    void archiveRunThroughContextMenu()
    {
        start();
        m_window->setCurrentSection(MainWindow::Section::Runs);
        auto *runs = view(MainWindow::Section::Runs);
        QVERIFY(waitRows(runs, 3));
        const QModelIndex row = rowNamed(runs, QStringLiteral("xgboost nightly"));
        QVERIFY(row.isValid());
        const QString runId = row.data(kfp::IdRole).toString();
        clickRow(runs->view(), row);

        m_prompter.setNextAnswer(QMessageBox::Yes);
        QMenu *menu = openContextMenu(runs->view(), row);
        QVERIFY(menu);
        QAction *archive = menuAction(menu, QStringLiteral("actionArchive"));
        QVERIFY(archive);
        QVERIFY(!menuAction(menu, QStringLiteral("actionUnarchive"))); // not for an active run
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(archive).center());

        // Asked first, naming the run.
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.questions().size(), 1, 5000);
        QVERIFY(m_prompter.questions()
                    .first()
                    .items.join(QLatin1Char('\n'))
                    .contains(QLatin1String("xgboost nightly")));
        // It leaves the active list and the server has it archived.
        QTRY_VERIFY_WITH_TIMEOUT(!runs->model()->indexForId(runId).isValid(), 10000);
        QCOMPARE(m_sb->count("POST", runId + QStringLiteral(":archive")), 1);

        // The Archive section lists it.
        // (offscreen, a closed popup does not hand activation back to the window by itself)
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        auto *archived = view(MainWindow::Section::Archive);
        QCOMPARE(archived, m_window->archivedRunsView());
        QTRY_VERIFY_WITH_TIMEOUT(
            archived->isAttached() && archived->model()->indexForId(runId).isValid(), 10000);
    }

    void deleteAsksFirstAndListsTheItems()
    {
        start();
        m_window->setCurrentSection(MainWindow::Section::Runs);
        auto *runs = view(MainWindow::Section::Runs);
        QVERIFY(waitRows(runs, 3));
        const QModelIndex a = runs->model()->index(0, 0);
        const QModelIndex b = runs->model()->index(2, 0);
        const QStringList names = {a.data(kfp::NameRole).toString(),
                                   b.data(kfp::NameRole).toString()};
        const QStringList ids = {a.data(kfp::IdRole).toString(), b.data(kfp::IdRole).toString()};
        clickRow(runs->view(), a);
        clickRow(runs->view(), b, Qt::ControlModifier);
        QCOMPARE(runs->selectedItems().size(), 2);

        // Cancel: nothing is deleted.
        m_prompter.setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(runs->view(), Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.questions().size(), 1, 5000);
        const auto question = m_prompter.questions().first();
        QCOMPARE(question.items.size(), 2);
        for (const QString &name : names)
            QVERIFY(question.items.join(QLatin1Char('\n')).contains(name));
        QCOMPARE(question.kind, kfp::Prompter::Kind::Warning);
        QTest::qWait(200);
        QCOMPARE(m_sb->count("DELETE", QStringLiteral("/runs/")), 0);

        // Yes: both go.
        m_prompter.setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(runs->view(), Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(m_sb->count("DELETE", QStringLiteral("/runs/")), 2, 10000);
        for (const QString &id : ids)
            QTRY_VERIFY_WITH_TIMEOUT(!runs->model()->indexForId(id).isValid(), 10000);
    }

    // 1,000 runs: opening the section reads one page; the next comes when the user scrolls to
    // the end (End), not before (a QTreeView would otherwise read every page by itself).
    void runsArePagedOnDemand()
    {
        start(false, kfp::ApiVersion::V2Beta1, nullptr, 1000);
        m_window->setCurrentSection(MainWindow::Section::Runs);
        auto *runs = view(MainWindow::Section::Runs);
        QVERIFY(waitRows(runs, 200));
        QTest::qWait(500); // time in which an eager view would have asked for every page
        QCOMPARE(runListCalls(), 1);
        QCOMPARE(runs->model()->loadedCount(), 200);

        runs->view()->setFocus();
        QTest::keyClick(runs->view(), Qt::Key_End);
        QVERIFY(waitRows(runs, 400));
        QTest::qWait(500);
        QCOMPARE(runListCalls(), 2);
        QCOMPARE(runs->model()->loadedCount(), 400);

        // Holding End reaches the last run, a page at a time.
        for (int i = 0; i < 20 && runs->model()->loadedCount() < 1000; ++i) {
            QTest::keyClick(runs->view(), Qt::Key_End);
            const int loaded = runs->model()->loadedCount();
            (void)QTest::qWaitFor([&] { return runs->model()->loadedCount() > loaded; }, 5000);
        }
        QCOMPARE(runs->model()->loadedCount(), 1000);
        QCOMPARE(runListCalls(), 5);
    }

    void bulkArchive50With5InjectedFailures()
    {
        start(false, kfp::ApiVersion::V2Beta1, nullptr, 50);
        m_window->setCurrentSection(MainWindow::Section::Runs);
        auto *runs = view(MainWindow::Section::Runs);
        QVERIFY(waitRows(runs, 50));
        QStringList failing;
        for (int r : {0, 9, 18, 27, 49}) {
            const QString id = runs->model()->index(r, 0).data(kfp::IdRole).toString();
            failing << id;
            QVERIFY(m_sb->server->addFault(
                QStringLiteral("path=/apis/v2beta1/runs/%1:archive,status=500").arg(id)));
        }
        runs->view()->setFocus();
        clickRow(runs->view(), runs->model()->index(0, 0));
        QTest::keyClick(runs->view(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(runs->selectedItems().size(), 50);

        QSignalSpy finished(m_window->resourceActions(), &kfp::ResourceActions::bulkFinished);
        m_prompter.setNextAnswer(QMessageBox::Yes);
        QMenu *menu = openContextMenu(runs->view(), runs->model()->index(3, 0));
        QVERIFY(menu);
        QAction *archive = menuAction(menu, QStringLiteral("actionArchive"));
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(archive).center());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(m_prompter.questions().first().items.size(), 50);

        // The banner sums it up; its details name exactly the 5 that failed, then the 45 done.
        auto *banner = runs->banner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->message(), QStringLiteral("Archive: 45 done, 5 failed."));
        const QStringList lines = banner->details().split(QLatin1Char('\n'));
        const int failedAt = int(lines.indexOf(QStringLiteral("Failed:")));
        const int doneAt = int(lines.indexOf(QStringLiteral("Done:")));
        QVERIFY(failedAt == 0 && doneAt == 7);
        for (int i = 1; i <= 5; ++i)
            QVERIFY2(failing.contains(
                         lines.at(i).section(QLatin1Char('('), 1).section(QLatin1Char(')'), 0, 0)),
                     qPrintable(lines.at(i)));
        QCOMPARE(lines.size() - doneAt - 1, 45);
        QVERIFY(!banner->isDetailsShown());
        QTest::mouseClick(banner->findChild<QToolButton *>(QStringLiteral("detailsButton")),
                          Qt::LeftButton);
        QVERIFY(banner->isDetailsShown());
        // The 45 left the active list; the 5 stay.
        QTRY_COMPARE_WITH_TIMEOUT(runs->model()->loadedCount(), 5, 10000);
        for (const QString &id : failing)
            QVERIFY(runs->model()->indexForId(id).isValid());
    }

    void activatingAVersionInDetailsSelectsItInTheTree()
    {
        start();
        auto *pipelines = view(MainWindow::Section::Pipelines);
        QVERIFY(waitRows(pipelines, m_sb->server->pipelineCount()));
        const QModelIndex pipeline = pipelines->model()->index(1, 0);
        clickRow(pipelines->view(), pipeline);
        QVERIFY(!pipelines->view()->isExpanded(pipeline));
        auto *versions =
            pipelines->currentDetails()->findChild<QTreeWidget *>(QStringLiteral("versionTree"));
        QTRY_VERIFY_WITH_TIMEOUT(versions->topLevelItemCount() > 0, 10000);
        // The Versions tab, as a user would open it.
        auto *tabs = pipelines->currentDetails()->findChild<QTabWidget *>(QStringLiteral("tabs"));
        const int versionsTab = tabs->indexOf(versions->parentWidget());
        QVERIFY(versionsTab > 0);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                          tabs->tabBar()->tabRect(versionsTab).center());
        QTRY_VERIFY(versions->isVisible());
        const QString versionId = versions->topLevelItem(0)->data(0, Qt::UserRole).toString();
        // Click the version, then Enter: activation, as a double-click gives.
        QTest::mouseClick(versions->viewport(), Qt::LeftButton, {},
                          versions->visualItemRect(versions->topLevelItem(0)).center());
        QTest::keyClick(versions, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(pipelines->view()->currentIndex().data(kfp::IdRole).toString(),
                                  versionId, 10000);
        QVERIFY(pipelines->view()->isExpanded(pipeline));
        QCOMPARE(pipelines->currentDetails()->objectName(), QStringLiteral("versionDetails"));
    }

    void refreshKeepsSelectionAndExpansion()
    {
        start();
        auto *pipelines = view(MainWindow::Section::Pipelines);
        QVERIFY(waitRows(pipelines, m_sb->server->pipelineCount()));
        auto *model = pipelines->model();
        const QModelIndex pipeline = model->index(2, 0);
        const QString pipelineId = pipeline.data(kfp::IdRole).toString();
        clickRow(pipelines->view(), pipeline);
        QTest::keyClick(pipelines->view(), Qt::Key_Right);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount(pipeline) > 0 &&
                                     !model->isStatusRow(model->index(0, 0, pipeline)),
                                 10000);
        const QModelIndex version = model->index(0, 0, pipeline);
        const QString versionId = version.data(kfp::IdRole).toString();
        clickRow(pipelines->view(), version);
        QVERIFY(pipelines->view()->isExpanded(pipeline));

        QSignalSpy refreshed(model, &kfp::PagedTreeModel::refreshed);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
        QCOMPARE(reset.size(), 0);

        const QModelIndex pipelineAfter = model->indexForId(pipelineId, kfp::NodeKind::Pipeline);
        QVERIFY(pipelineAfter.isValid());
        QVERIFY(pipelines->view()->isExpanded(pipelineAfter));
        QCOMPARE(pipelines->view()->currentIndex().data(kfp::IdRole).toString(), versionId);
        QCOMPARE(pipelines->selectedItems().size(), 1);
        QCOMPARE(pipelines->selectedItems().first().id, versionId);
    }

    void shortcutsSearchAndSort()
    {
        start();
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentSection(), MainWindow::Section::Runs);
        auto *runs = view(MainWindow::Section::Runs);
        QVERIFY(waitRows(runs, 3));

        // Ctrl+F focuses the search box; typing sends one debounced IS_SUBSTRING request.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = runs->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTRY_VERIFY(search->hasFocus());
        m_sb->server->clearRequestLog();
        QTest::keyClicks(search, QStringLiteral("xgb"));
        auto searches = [&] {
            int n = 0;
            for (const auto &e : m_sb->server->requestLog())
                if (e.apiPath.endsWith(QLatin1String("/runs")) &&
                    e.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded)
                        .contains(QLatin1String("IS_SUBSTRING")))
                    ++n;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(searches(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!runs->model()->isLoading(), 5000);
        QCOMPARE(runs->model()->loadedCount(), 2); // "xgboost nightly", "xgboost sweep"
        QTest::qWait(kfp::SectionView::SearchDelayMs + 100);
        QCOMPARE(searches(), 1);

        // Ctrl+Shift+C copies the selected run's id.
        clickRow(runs->view(), runs->model()->index(0, 0));
        const QString id = runs->model()->index(0, 0).data(kfp::IdRole).toString();
        QTest::keyClick(runs->view(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), id);

        // Header clicks: Name sorts on the server; Duration (not server-sortable) changes nothing.
        auto *header = runs->view()->header();
        m_sb->server->clearRequestLog();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(kfp::RunListModel::NameColumn) + 5,
                                 header->height() / 2));
        QTRY_COMPARE_WITH_TIMEOUT(runs->model()->sortColumn(), int(kfp::RunListModel::NameColumn),
                                  5000);
        QTRY_VERIFY_WITH_TIMEOUT(runListCalls() >= 1, 5000);
        bool sortedByName = false;
        for (const auto &e : m_sb->server->requestLog())
            sortedByName = sortedByName || e.query.queryItemValue(QStringLiteral("sort_by"))
                                               .contains(QLatin1String("display_name"));
        QVERIFY(sortedByName);
        QTRY_VERIFY_WITH_TIMEOUT(!runs->model()->isLoading(), 5000);
        m_sb->server->clearRequestLog();
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(kfp::RunListModel::DurationColumn) + 5,
                   header->height() / 2));
        QTest::qWait(200);
        QCOMPARE(runs->model()->sortColumn(), int(kfp::RunListModel::NameColumn));
        QCOMPARE(header->sortIndicatorSection(), int(kfp::RunListModel::NameColumn));
        QCOMPARE(runListCalls(), 0);

        // The state filter: check "Failed" in the tool button's menu.
        auto *stateButton = runs->findChild<QToolButton *>(QStringLiteral("stateFilterButton"));
        QVERIFY(stateButton->isVisible());
        QAction *failed = stateButton->menu()->findChild<QAction *>(QStringLiteral("state_FAILED"));
        QVERIFY(failed);
        m_sb->server->clearRequestLog();
        failed->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(runListCalls() >= 1, 5000);
        // A list request with the state filter (the details pane and the name lookups may ask
        // for other things meanwhile).
        QStringList listFilters;
        for (const auto &e : m_sb->server->requestLog())
            if (e.method == "GET" && e.apiPath.endsWith(QLatin1String("/runs")))
                listFilters << e.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
        QVERIFY2(listFilters.filter(QLatin1String("FAILED")).size() >= 1,
                 qPrintable(listFilters.join(QLatin1Char('\n'))));
        QVERIFY(stateButton->text().contains(QLatin1String("Failed")));
    }

    void connectionStateFollowsAnswers()
    {
        start();
        auto *pipelines = view(MainWindow::Section::Pipelines);
        QVERIFY(waitRows(pipelines, 1));
        QCOMPARE(m_window->connectionState(), MainWindow::ConnectionState::Online);
        QVERIFY(m_sb->server->addFault(QStringLiteral("path=*,status=503")));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionState(),
                                  MainWindow::ConnectionState::Retrying, 10000);
        QVERIFY(pipelines->banner()->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionState(), MainWindow::ConnectionState::Offline,
                                  10000);
        m_sb->server->clearFaults();
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionState(), MainWindow::ConnectionState::Online,
                                  10000);
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QCOMPARE(label->text(), QStringLiteral("Online"));
    }

    void deletePipelineCascadesAfterAsking()
    {
        start();
        auto *pipelines = view(MainWindow::Section::Pipelines);
        QVERIFY(waitRows(pipelines, m_sb->server->pipelineCount()));
        const QModelIndex row = pipelines->model()->index(0, 0);
        const QString id = row.data(kfp::IdRole).toString();
        clickRow(pipelines->view(), row);
        m_prompter.setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(pipelines->view(), Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.questions().size(), 1, 5000);
        QVERIFY(m_prompter.questions().first().informativeText.contains(QLatin1String("versions")));
        QTRY_VERIFY_WITH_TIMEOUT(!pipelines->model()->indexForId(id).isValid(), 10000);
        bool cascaded = false;
        for (const auto &e : m_sb->server->requestLog())
            if (e.method == "DELETE" && e.apiPath.endsWith(id))
                cascaded =
                    e.query.queryItemValue(QStringLiteral("cascade")) == QLatin1String("true");
        QVERIFY(cascaded);
    }

    void disableAndEnableRecurringRun()
    {
        start();
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        auto *recurring = view(MainWindow::Section::RecurringRuns);
        QVERIFY(waitRows(recurring, 1));
        const QModelIndex row = recurring->model()->index(0, 0);
        const QString id = row.data(kfp::IdRole).toString();
        QVERIFY(row.data(kfp::EnabledRole).toBool());
        clickRow(recurring->view(), row);
        auto *actions = m_window->resourceActions();
        QVERIFY(actions->disableAction()->isEnabled());
        QVERIFY(!actions->enableAction()->isEnabled());
        QVERIFY(!actions->archiveAction()->isEnabled()); // recurring runs cannot be archived
        m_prompter.setNextAnswer(QMessageBox::Yes);
        actions->disableAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            !recurring->model()->indexForId(id).data(kfp::EnabledRole).toBool(), 10000);
        QCOMPARE(m_sb->count("POST", id + QStringLiteral(":disable")), 1);
        QTRY_VERIFY_WITH_TIMEOUT(actions->enableAction()->isEnabled(), 5000);
        actions->enableAction()->trigger(); // harmless: no question
        QTRY_VERIFY_WITH_TIMEOUT(recurring->model()->indexForId(id).data(kfp::EnabledRole).toBool(),
                                 10000);
        QCOMPARE(m_prompter.questions().size(), 1);
    }

    void autoRefreshOnlyWhileActive()
    {
        start();
        auto *pipelines = view(MainWindow::Section::Pipelines);
        QVERIFY(waitRows(pipelines, 1));
        QSignalSpy refreshed(pipelines->model(), &kfp::PagedTreeModel::refreshed);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->setAutoRefreshInterval(100);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1, 5000);
        m_window->hide();
        QTest::qWait(50); // a refresh in flight may still complete
        const int count = int(refreshed.size());
        QTest::qWait(400);
        QCOMPARE(int(refreshed.size()), count);
    }

    void settingsRestoreAcrossInstances()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("kfp-desktop.ini")), QSettings::IniFormat);
        start(true, kfp::ApiVersion::V2Beta1, &settings);
        m_window->resize(1000, 640);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        auto *runs = view(MainWindow::Section::Runs);
        QVERIFY(waitRows(runs, 3));
        auto *header = runs->view()->header();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(kfp::RunListModel::NameColumn) + 5,
                                 header->height() / 2));
        QTRY_COMPARE(runs->model()->sortColumn(), int(kfp::RunListModel::NameColumn));
        const Qt::SortOrder order = runs->model()->sortOrder();
        header->resizeSection(kfp::RunListModel::StatusColumn, 211);
        header->moveSection(kfp::RunListModel::ExperimentColumn, 1);
        const QSize size = m_window->size();
        m_window->close();
        m_window.reset();

        auto second = std::make_unique<MainWindow>(m_sb->connection.get(), &settings, &m_prompter);
        QCOMPARE(second->currentSection(), MainWindow::Section::Runs);
        second->show();
        QVERIFY(QTest::qWaitForWindowExposed(second.get()));
        QCOMPARE(second->size(), size);
        m_sb->connection->verify();
        auto *runs2 = second->sectionView(MainWindow::Section::Runs);
        QVERIFY(waitRows(runs2, 3));
        QCOMPARE(runs2->model()->sortColumn(), int(kfp::RunListModel::NameColumn));
        QCOMPARE(runs2->model()->sortOrder(), order);
        QCOMPARE(runs2->view()->header()->sectionSize(kfp::RunListModel::StatusColumn), 211);
        QCOMPARE(runs2->view()->header()->visualIndex(kfp::RunListModel::ExperimentColumn), 1);
        second.reset();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
