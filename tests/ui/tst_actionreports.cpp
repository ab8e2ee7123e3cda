// What the main window tells the user after acting and while browsing, offscreen against the
// in-process sandbox with real clicks: an action reports per item what was done, what the server
// refused (with its reason) and what it left unchanged; its banner goes away when the user moves
// on; sorting keeps the selection and says which columns the server cannot sort by; a list
// emptied by filters says so, names them and clears them.

#include "DetailsPane.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "ResourceActions.h"
#include "SectionView.h"
#include "UiTestSupport.h"
#include "models/RunListModel.h"
#include "models/roles.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using kfp::MainWindow;
using kfp::SectionView;

class TestActionReports final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<kfptest::SandboxClient> m_sb;
    kfptest::ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;

    void start(bool demo, kfp::ApiVersion version = kfp::ApiVersion::V2Beta1,
               const std::function<void(kfp::sandbox::SandboxServer *)> &seed = {})
    {
        m_sb = std::make_unique<kfptest::SandboxClient>(demo, version);
        if (seed)
            seed(m_sb->server.get());
        m_window = std::make_unique<MainWindow>(m_sb->connection.get(), nullptr, &m_prompter);
        m_window->resize(1200, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_sb->connection->verify();
    }

    SectionView *view(MainWindow::Section s) const { return m_window->sectionView(s); }

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

    static QModelIndex rowNamed(SectionView *section, const QString &name)
    {
        auto *model = section->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, 0);
            if (i.data(kfp::NameRole).toString() == name)
                return i;
        }
        return {};
    }

    // Clicks the action's button on the main toolbar.
    void clickToolbar(QAction *action)
    {
        QVERIFY(action->isEnabled());
        QWidget *button = m_window->toolBar()->widgetForAction(action);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void clickSection(MainWindow::Section section)
    {
        auto *list = m_window->findChild<QListWidget *>(QStringLiteral("sectionList"));
        QVERIFY(list);
        QListWidgetItem *item = list->item(int(section));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(item).center());
        QCOMPARE(m_window->currentSection(), section);
    }

    void clickHeader(SectionView *section, int column)
    {
        auto *header = section->view()->header();
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(column) + 5, header->height() / 2));
    }

    // The lines of the report's group that starts with `heading`.
    static QStringList group(const QString &report, const QString &heading)
    {
        QStringList out;
        bool in = false;
        for (const QString &line : report.split(QLatin1Char('\n'))) {
            if (line == heading) {
                in = true;
                continue;
            }
            if (in && !line.startsWith(QLatin1String("  ")))
                break;
            if (in)
                out << line.trimmed();
        }
        return out;
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

    static QString apiOf(kfp::ApiVersion version)
    {
        return version == kfp::ApiVersion::V1Beta1 ? QStringLiteral("v1beta1")
                                                   : QStringLiteral("v2beta1");
    }

    static void addVersions()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v2beta1") << int(kfp::ApiVersion::V2Beta1);
        QTest::newRow("v1beta1") << int(kfp::ApiVersion::V1Beta1);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_window.reset();
        m_sb.reset();
        m_prompter.clear();
    }

    // Three runs selected, Terminate: one stops, the server refuses one (400 with its reason),
    // one had already finished and is left as it is. The banner counts each; "all done" never.
    void terminateReportsDoneRefusedAndUnchangedPerRun_data() { addVersions(); }
    void terminateReportsDoneRefusedAndUnchangedPerRun()
    {
        QFETCH(int, version);
        const auto api = kfp::ApiVersion(version);
        start(false, api, [](kfp::sandbox::SandboxServer *s) {
            s->seedRunningRuns(2);
            s->seedRuns(1); // bulk-run-000002, SUCCEEDED
        });
        m_window->setCurrentSection(MainWindow::Section::Runs);
        auto *runs = view(MainWindow::Section::Runs);
        QVERIFY(waitRows(runs, 3));
        const QModelIndex refusedRow = rowNamed(runs, QStringLiteral("bulk-run-000000"));
        const QModelIndex doneRow = rowNamed(runs, QStringLiteral("bulk-run-000001"));
        const QModelIndex finishedRow = rowNamed(runs, QStringLiteral("bulk-run-000002"));
        QVERIFY(refusedRow.isValid() && doneRow.isValid() && finishedRow.isValid());
        const QString refusedId = refusedRow.data(kfp::IdRole).toString();
        const QString doneId = doneRow.data(kfp::IdRole).toString();
        const QString finishedId = finishedRow.data(kfp::IdRole).toString();
        const QString terminate = api == kfp::ApiVersion::V1Beta1 ? QStringLiteral("/terminate")
                                                                  : QStringLiteral(":terminate");
        QVERIFY(m_sb->server->addFault(QStringLiteral("path=/apis/%1/runs/%2%3,status=400")
                                           .arg(apiOf(api), refusedId, terminate)));

        runs->view()->setFocus();
        clickRow(runs->view(), runs->model()->index(0, 0));
        QTest::keyClick(runs->view(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(runs->selectedItems().size(), 3);
        QSignalSpy finished(m_window->resourceActions(), &kfp::ResourceActions::bulkFinished);
        m_prompter.setNextAnswer(QMessageBox::Yes);
        clickToolbar(m_window->resourceActions()->terminateAction());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        // Only the two running runs were sent; the finished one was not.
        QCOMPARE(m_sb->count("POST", terminate), 2);
        QCOMPARE(m_sb->count("POST", finishedId), 0);

        auto *banner = runs->banner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->message(),
                 QStringLiteral("Terminate: 1 done, 1 refused by the server, 1 unchanged."));
        const QString report = banner->details();
        const QStringList refused = group(report, QStringLiteral("Refused by the server:"));
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().contains(refusedId), qPrintable(report));
        // The server's own reason, and which kind of no it was.
        QVERIFY2(refused.first().contains(QLatin1String(": sandbox fault injection (HTTP 400)")),
                 qPrintable(report));
        QVERIFY2(refused.first().endsWith(QLatin1String("(HTTP 400)")), qPrintable(report));
        const QStringList unchanged = group(report, QStringLiteral("Unchanged:"));
        QCOMPARE(unchanged.size(), 1);
        QVERIFY(unchanged.first().contains(finishedId));
        QVERIFY(unchanged.first().endsWith(QLatin1String("already finished")));
        const QStringList done = group(report, QStringLiteral("Done:"));
        QCOMPARE(done.size(), 1);
        QVERIFY(done.first().contains(doneId));
        QVERIFY(group(report, QStringLiteral("Failed:")).isEmpty());
    }

    // A refusal the sandbox gives by itself: retrying a run that is no longer failed (someone
    // retried it meanwhile; the row still says Failed). The item shows the server's reason.
    void retryOfARunNoLongerFailedShowsTheServersReason_data() { addVersions(); }
    void retryOfARunNoLongerFailedShowsTheServersReason()
    {
        QFETCH(int, version);
        const auto api = kfp::ApiVersion(version);
        start(false, api, [](kfp::sandbox::SandboxServer *s) { s->seedRuns(3); });
        m_window->setCurrentSection(MainWindow::Section::Runs);
        auto *runs = view(MainWindow::Section::Runs);
        QVERIFY(waitRows(runs, 3));
        const QModelIndex failedRow = rowNamed(runs, QStringLiteral("bulk-run-000002"));
        QVERIFY(failedRow.isValid());
        QCOMPARE(kfp::RunState(failedRow.data(kfp::StateRole).toInt()), kfp::RunState::Failed);
        const QString id = failedRow.data(kfp::IdRole).toString();
        clickRow(runs->view(), failedRow);
        QTRY_VERIFY(m_window->resourceActions()->retryAction()->isEnabled());

        // Retried elsewhere: the server has it running again.
        QSignalSpy retried(m_sb->client->retryRun(id), &kfp::ApiJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(retried.size(), 1, 5000);

        QSignalSpy finished(m_window->resourceActions(), &kfp::ResourceActions::bulkFinished);
        m_prompter.setNextAnswer(QMessageBox::Yes); // retry asks first
        clickToolbar(m_window->resourceActions()->retryAction());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        auto *banner = runs->banner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->message(), QStringLiteral("Retry: 0 done, 1 refused by the server."));

        // The same refusal, asked directly: its text is what the item shows.
        kfp::ApiError error;
        auto *again = m_sb->client->retryRun(id);
        QSignalSpy answered(again, &kfp::ApiJob::finished);
        connect(again, &kfp::ApiJob::finished, this, [&] { error = again->error(); });
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 5000);
        QVERIFY(error.httpStatus() >= 400 && error.httpStatus() < 500);
        QVERIFY(!error.serverMessage().isEmpty());
        const QStringList refused =
            group(banner->details(), QStringLiteral("Refused by the server:"));
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().contains(error.serverMessage().left(200)),
                 qPrintable(banner->details()));
        QVERIFY(refused.first().endsWith(QStringLiteral("(HTTP %1)").arg(error.httpStatus())));
    }

    // "All N items done" only when they all were.
    void allDoneOnlyWhenEveryItemWasDone()
    {
        start(false, kfp::ApiVersion::V2Beta1,
              [](kfp::sandbox::SandboxServer *s) { s->seedRuns(2); });
        m_window->setCurrentSection(MainWindow::Section::Runs);
        auto *runs = view(MainWindow::Section::Runs);
        QVERIFY(waitRows(runs, 2));
        runs->view()->setFocus();
        clickRow(runs->view(), runs->model()->index(0, 0));
        QTest::keyClick(runs->view(), Qt::Key_A, Qt::ControlModifier);
        QSignalSpy finished(m_window->resourceActions(), &kfp::ResourceActions::bulkFinished);
        m_prompter.setNextAnswer(QMessageBox::Yes);
        clickToolbar(m_window->resourceActions()->archiveAction());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(runs->banner()->message(), QStringLiteral("Archive: all 2 item(s) done."));
        QCOMPARE(group(runs->banner()->details(), QStringLiteral("Done:")).size(), 2);
    }

    // The result banner goes when the user switches section or starts another action, and a
    // new action's result replaces it.
    void resultBannerGoesWhenTheUserMovesOn()
    {
        start(false, kfp::ApiVersion::V2Beta1,
              [](kfp::sandbox::SandboxServer *s) { s->seedRuns(4); });
        m_window->setCurrentSection(MainWindow::Section::Runs);
        auto *runs = view(MainWindow::Section::Runs);
        QVERIFY(waitRows(runs, 4));
        auto *banner = runs->banner();
        auto *actions = m_window->resourceActions();
        QSignalSpy finished(actions, &kfp::ResourceActions::bulkFinished);

        clickRow(runs->view(), rowNamed(runs, QStringLiteral("bulk-run-000000")));
        m_prompter.setNextAnswer(QMessageBox::Yes);
        clickToolbar(actions->archiveAction());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QVERIFY(banner->isVisible());

        // Another section: the result is gone, and stays gone on coming back.
        clickSection(MainWindow::Section::Pipelines);
        QVERIFY(!banner->isVisible());
        clickSection(MainWindow::Section::Runs);
        QVERIFY(waitRows(runs, 3));
        QVERIFY(!banner->isVisible());

        // A result again, then another action: the old result goes as the new one starts.
        clickRow(runs->view(), rowNamed(runs, QStringLiteral("bulk-run-000001")));
        m_prompter.setNextAnswer(QMessageBox::Yes);
        clickToolbar(actions->archiveAction());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
        QVERIFY(banner->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(waitRows(runs, 2), 10000);
        QVERIFY(m_sb->server->addFault(QStringLiteral("path=*:archive,latency=800")));
        clickRow(runs->view(), rowNamed(runs, QStringLiteral("bulk-run-000002")));
        m_prompter.setNextAnswer(QMessageBox::Yes);
        clickToolbar(actions->archiveAction());
        QTRY_VERIFY_WITH_TIMEOUT(actions->currentBulk() != nullptr, 5000);
        QVERIFY(!banner->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 15000);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->message().startsWith(QLatin1String("Archive: all 1 item(s) done")));
    }

    // A header click sorts on the server; what was selected is selected again once the sorted
    // page arrives (not whatever came first). Columns the server cannot sort by say so.
    void sortingKeepsTheSelection()
    {
        start(true);
        m_window->setCurrentSection(MainWindow::Section::Runs);
        auto *runs = view(MainWindow::Section::Runs);
        QVERIFY(waitRows(runs, 5));
        const QModelIndex a = rowNamed(runs, QStringLiteral("xgboost nightly"));
        const QModelIndex b = rowNamed(runs, QStringLiteral("data passing - first try"));
        QVERIFY(a.isValid() && b.isValid());
        const QString idA = a.data(kfp::IdRole).toString();
        const QString idB = b.data(kfp::IdRole).toString();
        clickRow(runs->view(), a);
        clickRow(runs->view(), b, Qt::ControlModifier);
        QCOMPARE(runs->selectedItems().size(), 2);

        m_sb->server->clearRequestLog();
        clickHeader(runs, kfp::RunListModel::NameColumn);
        QTRY_COMPARE_WITH_TIMEOUT(runs->model()->sortColumn(), int(kfp::RunListModel::NameColumn),
                                  5000);
        QTRY_VERIFY_WITH_TIMEOUT(runListCalls() >= 1, 5000);
        QVERIFY(waitRows(runs, 5));
        QTRY_COMPARE_WITH_TIMEOUT(runs->selectedItems().size(), 2, 5000);
        QSet<QString> selected;
        for (const auto &item : runs->selectedItems())
            selected.insert(item.id);
        QCOMPARE(selected, (QSet<QString>{idA, idB}));
        QCOMPARE(runs->currentItem().id, idB);
        // The details pane shows the current run, not the new first row.
        QCOMPARE(runs->currentDetails()->currentId(), idB);

        // Reversing the order keeps it too.
        clickHeader(runs, kfp::RunListModel::NameColumn);
        QTRY_COMPARE_WITH_TIMEOUT(runs->model()->sortOrder(), Qt::DescendingOrder, 5000);
        QVERIFY(waitRows(runs, 5));
        QTRY_COMPARE_WITH_TIMEOUT(runs->selectedItems().size(), 2, 5000);
        QCOMPARE(runs->currentItem().id, idB);

        // Status: the server cannot sort by it. The header says so; a click changes nothing.
        auto *model = runs->model();
        QVERIFY(model->headerData(kfp::RunListModel::StatusColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("cannot sort")));
        QVERIFY(model->headerData(kfp::RunListModel::NameColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .isNull());
        m_sb->server->clearRequestLog();
        clickHeader(runs, kfp::RunListModel::StatusColumn);
        QTest::qWait(200);
        QCOMPARE(runs->view()->header()->sortIndicatorSection(),
                 int(kfp::RunListModel::NameColumn));
        QCOMPARE(runListCalls(), 0);
        QCOMPARE(runs->selectedItems().size(), 2);
    }

    // A search that matches nothing: "No … match" naming the filter, and "Clear filters" lists
    // everything again. Each resource's section.
    void emptyResultNamesTheFiltersAndClearsThem_data()
    {
        QTest::addColumn<int>("section");
        QTest::addColumn<QString>("headline");
        QTest::newRow("pipelines")
            << int(MainWindow::Section::Pipelines) << QStringLiteral("No pipelines match");
        QTest::newRow("experiments")
            << int(MainWindow::Section::Experiments) << QStringLiteral("No experiments match");
        QTest::newRow("runs") << int(MainWindow::Section::Runs) << QStringLiteral("No runs match");
        QTest::newRow("recurring")
            << int(MainWindow::Section::RecurringRuns) << QStringLiteral("No recurring runs match");
    }
    void emptyResultNamesTheFiltersAndClearsThem()
    {
        QFETCH(int, section);
        QFETCH(QString, headline);
        start(true);
        clickSection(MainWindow::Section(section));
        auto *sv = view(MainWindow::Section(section));
        QVERIFY(waitRows(sv, 1));
        const int all = sv->model()->loadedCount();
        auto *note = sv->findChild<QWidget *>(QStringLiteral("emptyResult"));
        QVERIFY(note);
        QVERIFY(!note->isVisible());

        auto *search = sv->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::mouseClick(search, Qt::LeftButton);
        QTest::keyClicks(search, QStringLiteral("zzz-nothing"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 10000);
        QCOMPARE(sv->model()->loadedCount(), 0);
        const QString text = note->findChild<QLabel *>(QStringLiteral("emptyResultLabel"))->text();
        QVERIFY2(text.startsWith(headline), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("“zzz-nothing”")), qPrintable(text));

        auto *clear = note->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"));
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(!note->isVisible());
        QVERIFY(search->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(sv->model()->loadedCount(), all, 10000);
        QVERIFY(sv->model()->searchText().isEmpty());
        QVERIFY(!note->isVisible());
    }

    // Several filters are all named; an empty list without filters shows no such note.
    void emptyResultListsEveryFilterAndNotWithoutFilters()
    {
        start(false, kfp::ApiVersion::V2Beta1,
              [](kfp::sandbox::SandboxServer *s) { s->seedRuns(5); });
        m_window->setCurrentSection(MainWindow::Section::Runs);
        auto *runs = view(MainWindow::Section::Runs);
        QVERIFY(waitRows(runs, 5));
        auto *note = runs->findChild<QWidget *>(QStringLiteral("emptyResult"));
        auto *stateButton = runs->findChild<QToolButton *>(QStringLiteral("stateFilterButton"));
        stateButton->menu()->findChild<QAction *>(QStringLiteral("state_RUNNING"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 10000);
        auto *search = runs->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("bulk"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(runs->model()->searchText() == QLatin1String("bulk") &&
                                     !runs->model()->isLoading() && note->isVisible(),
                                 10000);
        const QString text = note->findChild<QLabel *>(QStringLiteral("emptyResultLabel"))->text();
        QVERIFY2(text.contains(QLatin1String("Running")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("“bulk”")), qPrintable(text));
        QTest::mouseClick(note->findChild<QPushButton *>(QStringLiteral("clearFiltersButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(runs->model()->loadedCount(), 5, 10000);
        QVERIFY(!stateButton->menu()
                     ->findChild<QAction *>(QStringLiteral("state_RUNNING"))
                     ->isChecked());
        QVERIFY(!note->isVisible());

        // Nothing at all, no filter: the list is just empty.
        clickSection(MainWindow::Section::RecurringRuns);
        auto *recurring = view(MainWindow::Section::RecurringRuns);
        QTRY_VERIFY_WITH_TIMEOUT(recurring->isAttached() && !recurring->model()->isLoading() &&
                                     recurring->model()->loadState() == kfp::LoadState::Fetched,
                                 10000);
        QCOMPARE(recurring->model()->loadedCount(), 0);
        QVERIFY(!recurring->findChild<QWidget *>(QStringLiteral("emptyResult"))->isVisible());
    }
};

QTEST_MAIN(TestActionReports)
#include "tst_actionreports.moc"
