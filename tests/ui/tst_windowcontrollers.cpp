// WindowControllers on a real MainWindow, offscreen, against the sandbox: every controller is
// made once and attached where the app shows it — the File menu (the connection entries, then
// Upload Pipeline…, then New run…), the toolbar (New run… first), View → Language, Actions →
// Pin Run and Notification Settings…, the bell in the menu bar's corner, and the run context
// menu's Clone run… and Pin Run.

#include "ConnectionMenu.h"
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "NotificationController.h"
#include "RunWizardLauncher.h"
#include "SectionView.h"
#include "UiTestSupport.h"
#include "UploadController.h"
#include "WindowControllers.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileStore.h"
#include "models/PagedTreeModel.h"

#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using kfp::MainWindow;
using kfp::Section;

class TestWindowControllers final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<kfp::ProfileStore> m_profiles;
    kfp::MemoryCredentialStore m_credentials;
    kfptest::ScriptedPrompter m_prompter;
    std::unique_ptr<kfptest::SandboxClient> m_sb;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<kfp::WindowControllers> m_controllers;

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("app.ini")),
                                                 QSettings::IniFormat);
        m_profiles = std::make_unique<kfp::ProfileStore>(m_settings.get());
        m_sb = std::make_unique<kfptest::SandboxClient>(true);
        m_window = std::make_unique<MainWindow>(m_sb->connection.get(), nullptr, &m_prompter);
        m_controllers = std::make_unique<kfp::WindowControllers>(
            m_window.get(),
            kfp::WindowMenus{m_window->menuBar(), m_window->fileMenu(), m_window->viewMenu(),
                             m_window->actionsMenu(), m_window->toolBar()},
            m_sb->connection.get(), m_settings.get(), m_profiles.get(), &m_credentials,
            &m_prompter);
        m_controllers->notifications()->setDataDir(m_dir.path());
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_controllers.reset(); // before the window, as main() has it
        m_window.reset();
        m_sb.reset();
        m_profiles.reset();
        m_settings.reset();
    }

    void everyControllerIsMadeOnce()
    {
        QVERIFY(m_controllers->login());
        QVERIFY(m_controllers->connectionMenu());
        QVERIFY(m_controllers->runWizard());
        QVERIFY(m_controllers->upload());
        QVERIFY(m_controllers->languageMenu());
        QVERIFY(m_controllers->notifications());
    }

    void fileMenuHoldsConnectionThenUploadThenNewRun()
    {
        const QList<QAction *> file = m_window->fileMenu()->actions();
        const qsizetype connect = file.indexOf(m_controllers->connectionMenu()->connectAction());
        const qsizetype upload = file.indexOf(m_controllers->upload()->uploadAction());
        const qsizetype newRun = file.indexOf(m_controllers->runWizard()->newRunAction());
        QCOMPARE(connect, 0);
        QVERIFY(upload > connect);
        QVERIFY(newRun > upload);
        QVERIFY(file.at(upload + 1)->isSeparator()); // Upload Pipeline… stands apart
        QVERIFY(m_window->acceptDrops());
    }

    void toolBarViewAndActionsAreExtended()
    {
        QCOMPARE(m_window->toolBar()->actions().value(0),
                 m_controllers->runWizard()->newRunAction());
        QMenu *language = m_controllers->languageMenu()->menu();
        QVERIFY(language);
        QVERIFY(m_window->viewMenu()->actions().contains(language->menuAction()));
        const QList<QAction *> actions = m_window->actionsMenu()->actions();
        QVERIFY(actions.contains(m_controllers->notifications()->pinAction()));
        QVERIFY(actions.contains(m_controllers->notifications()->settingsAction()));
        QCOMPARE(m_window->menuBar()->cornerWidget(Qt::TopRightCorner),
                 m_controllers->notifications()->bellButton());
    }

    void runContextMenuGetsCloneAndPin()
    {
        m_sb->connection->verify();
        m_controllers->notifications()->connectTo(QStringLiteral("test"), {});
        m_window->setCurrentSection(Section::Runs);
        kfp::SectionView *runs = m_window->sectionView(Section::Runs);
        QTRY_VERIFY_WITH_TIMEOUT(runs->model()->loadedCount() > 0, 15000);
        runs->view()->setCurrentIndex(runs->model()->index(0, 0));
        QTRY_COMPARE(runs->selectedItems().size(), 1);
        Q_EMIT runs->contextMenuRequested(QPoint(10, 10));
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = m_window->findChild<QMenu *>(QStringLiteral("contextMenu"))) &&
                    menu->isVisible());
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("actionCloneRun")));
        QVERIFY(menu->actions().contains(m_controllers->notifications()->pinAction()));
        menu->close();
    }
};

QTEST_MAIN(TestWindowControllers)
#include "tst_windowcontrollers.moc"
