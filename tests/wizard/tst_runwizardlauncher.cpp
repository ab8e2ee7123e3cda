// RunWizardLauncher on the real MainWindow, attached as WindowControllers attaches it, offscreen,
// against the sandbox: Ctrl+N opens the wizard, a pipeline row's context menu opens it
// preselected, a run's offers "Clone run", and a run created through the wizard ends up selected
// in the Runs section. A run created or cloned through the wizard is handed to the window's run
// watcher.

#include "MainWindow.h"
#include "RunWizardLauncher.h"
#include "SectionView.h"
#include "UiTestSupport.h"
#include "models/ParameterTableModel.h"
#include "models/roles.h"
#include "watch/RunWatcher.h"
#include "wizard/RunWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>

using kfp::MainWindow;
using kfp::RunWizard;

namespace {
constexpr int T = 15000;
}

class TestRunWizardLauncher final : public QObject
{
    Q_OBJECT

    std::unique_ptr<kfptest::SandboxClient> m_sb;
    kfptest::ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    std::unique_ptr<kfp::RunWatcher> m_watcher; // not started: what it is given to watch is all
    std::unique_ptr<kfp::RunWizardLauncher> m_launcher;

    RunWizard *openWizard() const { return m_window->findChild<RunWizard *>(); }

    // Clicks the row (selecting it), then opens its context menu as a right click would.
    QMenu *contextMenuAt(kfp::SectionView *section, const QModelIndex &index)
    {
        QTreeView *tree = section->view();
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
        if (!QTest::qWaitFor([&] { return section->selectedItems().size() == 1; }, 5000))
            return nullptr;
        const QPoint pos = tree->visualRect(index).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, tree->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(tree->viewport(), &event);
        QMenu *menu = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (QMenu *m : m_window->findChildren<QMenu *>(QStringLiteral("contextMenu")))
                    if (m->isVisible())
                        menu = m;
                return menu != nullptr;
            },
            5000);
        return menu;
    }

    QModelIndex rowNamed(kfp::SectionView *view, const QString &name)
    {
        QModelIndex found;
        (void)QTest::qWaitFor(
            [&] {
                const QAbstractItemModel *model = view->model();
                const auto hits =
                    model->match(model->index(0, 0), kfp::NameRole, name, 1, Qt::MatchExactly);
                if (!hits.isEmpty())
                    found = hits.first();
                return found.isValid();
            },
            T);
        return found;
    }

private slots:
    void init()
    {
        m_sb = std::make_unique<kfptest::SandboxClient>(false);
        kfp::PipelineUpload u;
        u.filePath = QStringLiteral(KFP_WIZARD_DATA_DIR "/typed_v2.yaml");
        u.name = QStringLiteral("typed-params");
        auto *job = m_sb->client->uploadPipeline(u);
        bool done = false;
        connect(job, &kfp::ApiJob::finished, this, [&done] { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, T));
        m_window = std::make_unique<MainWindow>(m_sb->connection.get(), nullptr, &m_prompter);
        m_watcher = std::make_unique<kfp::RunWatcher>(m_sb->client.get(),
                                                      m_dir.filePath(QStringLiteral("watch.json")));
        m_window->setRunWatcher(m_watcher.get());
        m_launcher = std::make_unique<kfp::RunWizardLauncher>(
            m_window.get(), m_sb->client.get(), m_window->fileMenu(), m_window->toolBar());
        m_window->show();
        m_sb->connection->verify();
    }
    void cleanup()
    {
        m_launcher.reset();
        m_window.reset();
        m_watcher.reset();
        m_sb.reset();
    }

    void ctrlNOpensTheWizard()
    {
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(openWizard() && openWizard()->isVisible(), T);
        // The toolbar carries the same action.
        QAction *action = m_launcher->newRunAction();
        QVERIFY(action);
        QCOMPARE(action->objectName(), QStringLiteral("actionNewRun"));
        QVERIFY(m_window->toolBar()->actions().contains(action));
        QVERIFY(m_window->fileMenu()->actions().contains(action));
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::New));
    }

    void pipelineRowCreatesRunThenSelectsIt()
    {
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setCurrentSection(MainWindow::Section::Pipelines);
        auto *pipelines = m_window->sectionView(MainWindow::Section::Pipelines);
        const QModelIndex row = rowNamed(pipelines, QStringLiteral("typed-params"));
        QVERIFY(row.isValid());
        QMenu *menu = contextMenuAt(pipelines, row);
        QVERIFY(menu);
        auto *create = menu->findChild<QAction *>(QStringLiteral("actionCreateRunFrom"));
        QVERIFY(create);
        create->trigger();
        menu->close();
        QTRY_VERIFY_WITH_TIMEOUT(openWizard() && openWizard()->isVisible(), T);
        RunWizard *w = openWizard();
        QSignalSpy created(w, &RunWizard::runCreated);
        auto *next = w->button(QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), T); // preselected, parameters loaded
        QCOMPARE(w->findChild<QListWidget *>(QStringLiteral("pipelineList"))->currentItem()->text(),
                 QStringLiteral("typed-params"));
        next->click();
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), T);
        next->click();
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(RunWizard::ParametersPageId), T);
        // The required "target": through the cell's editor.
        auto *view = w->findChild<QTableView *>(QStringLiteral("parameterView"));
        const auto *model = w->parameterModel();
        int target = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->parameters().at(r).name == QLatin1String("target"))
                target = r;
        view->setFocus();
        view->setCurrentIndex(model->index(target, kfp::ParameterTableModel::ValueColumn));
        auto visibleEditor = [view] {
            QLineEdit *edit = nullptr;
            for (auto *e : view->viewport()->findChildren<QLineEdit *>())
                if (e->isVisible())
                    edit = e;
            return edit;
        };
        // The page already made the invalid cell current: the edit key opens its editor.
        if (!visibleEditor())
            QTest::keyClick(view, Qt::Key_F2);
        QLineEdit *edit = visibleEditor();
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("t"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), T);
        next->click();
        next->click();
        w->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, T);
        const QString runId = created.first().first().value<kfp::Run>().id;

        QCOMPARE(m_window->currentSection(), MainWindow::Section::Runs);
        auto *runs = m_window->sectionView(MainWindow::Section::Runs);
        QTRY_COMPARE_WITH_TIMEOUT(runs->view()->currentIndex().data(kfp::IdRole).toString(), runId,
                                  T);

        QVERIFY(m_watcher->isWatched(runId));
        QVERIFY(m_watcher->origins(runId).testFlag(kfp::WatchOrigin::Created));

        // The run's own context menu offers a clone; the clone is watched too.
        QMenu *runMenu = contextMenuAt(runs, runs->view()->currentIndex());
        QVERIFY(runMenu);
        auto *clone = runMenu->findChild<QAction *>(QStringLiteral("actionCloneRun"));
        QVERIFY(clone);
        clone->trigger();
        runMenu->close();
        RunWizard *cw = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((cw = openWizard()) && cw->isVisible() &&
                                     cw->windowTitle() == QStringLiteral("Clone run"),
                                 T);
        QSignalSpy cloned(cw, &RunWizard::runCreated);
        // Every page is filled from the run: Next to the end, then Finish.
        for (int page = 0; page < 5 && !cw->button(QWizard::FinishButton)->isVisible(); ++page) {
            QTRY_VERIFY_WITH_TIMEOUT(cw->button(QWizard::NextButton)->isEnabled(), T);
            cw->button(QWizard::NextButton)->click();
        }
        QTRY_VERIFY_WITH_TIMEOUT(cw->button(QWizard::FinishButton)->isEnabled(), T);
        cw->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(cloned.count(), 1, T);
        const QString cloneId = cloned.first().first().value<kfp::Run>().id;
        QVERIFY(cloneId != runId);
        QVERIFY(m_watcher->isWatched(cloneId));
    }
};

QTEST_MAIN(TestRunWizardLauncher)
#include "tst_runwizardlauncher.moc"
