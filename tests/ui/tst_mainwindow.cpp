// MainWindow offscreen against the in-process demo sandbox: the pipelines appear in the tree,
// selecting one fills the details pane, a server error shows the banner and Retry recovers.

#include "MainWindow.h"
#include "MessageBanner.h"
#include "api/KfpClient.h"
#include "auth/Session.h"
#include "models/PipelineListModel.h"
#include "models/roles.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTreeView>
#include <QtTest>

#include <memory>

using kfp::MainWindow;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<kfp::sandbox::SandboxServer>();
        m_server->seedDemo();
        QVERIFY(m_server->listen(0) != 0);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_session = std::make_unique<kfp::Session>(m_nam.get());
        m_session->setBaseUrl(m_server->baseUrl());
        m_client = std::make_unique<kfp::KfpClient>(m_session.get());
        m_window = std::make_unique<MainWindow>(m_client.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_client.reset();
        m_session.reset();
        m_nam.reset();
        m_server.reset();
    }

    void showsDemoPipelines()
    {
        QSignalSpy firstLoad(m_window.get(), &MainWindow::firstLoadDone);
        m_window->connectToServer(true);
        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("pipelineTree"));
        QVERIFY(tree);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->pipelineModel()->rowCount(), m_server->pipelineCount(),
                                  10000);
        QCOMPARE(tree->model(), static_cast<QAbstractItemModel *>(m_window->pipelineModel()));
        QCOMPARE(firstLoad.size(), 1);
        QCOMPARE(m_window->connectionState(), MainWindow::ConnectionState::Connected);

        auto *sections = m_window->findChild<QListWidget *>(QStringLiteral("sectionList"));
        QVERIFY(sections);
        QCOMPARE(sections->count(), 1);
        auto *server = m_window->findChild<QLabel *>(QStringLiteral("serverLabel"));
        QVERIFY(server);
        QVERIFY(server->text().contains(QString::number(m_server->port())));
        auto *api = m_window->findChild<QLabel *>(QStringLiteral("apiLabel"));
        QVERIFY(api->text().contains(QLatin1String("v2beta1")));
        auto *banner = m_window->findChild<kfp::MessageBanner *>(QStringLiteral("messageBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
    }

    void selectingFillsDetails()
    {
        m_window->connectToServer(true);
        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("pipelineTree"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->pipelineModel()->rowCount() > 0, 10000);
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("detailsStack"));
        // The first pipeline is selected once loaded, so the pane is never empty for nothing.
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("pipelinePage"));
        QCOMPARE(tree->currentIndex().row(), 0);

        const QModelIndex second = tree->model()->index(tree->model()->rowCount() > 1 ? 1 : 0, 0);
        tree->setCurrentIndex(second);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("pipelinePage"));
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("nameValue"))->text(),
                 second.data(kfp::NameRole).toString());
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("idValue"))->text(),
                 second.data(kfp::IdRole).toString());
        QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("createdValue"))->text().isEmpty());
        QVERIFY(
            !m_window->findChild<QLabel *>(QStringLiteral("descriptionValue"))->text().isEmpty());

        // Keyboard: Down moves the selection and the details follow.
        tree->setFocus();
        if (tree->model()->rowCount() > 2) {
            QTest::keyClick(tree, Qt::Key_Down);
            QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("idValue"))->text(),
                     tree->model()->index(2, 0).data(kfp::IdRole).toString());
        }
    }

    void errorShowsBannerAndRetryRecovers()
    {
        m_window->connectToServer(true);
        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("pipelineTree"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->pipelineModel()->rowCount(), m_server->pipelineCount(),
                                  10000);
        QCOMPARE(tree->model(), static_cast<QAbstractItemModel *>(m_window->pipelineModel()));
        const int rows = tree->model()->rowCount();
        tree->setCurrentIndex(tree->model()->index(0, 0));
        const QString selectedId = tree->currentIndex().data(kfp::IdRole).toString();

        QString why;
        QVERIFY2(m_server->addFault(
                     QStringLiteral("path=/apis/v2beta1/pipelines,method=GET,status=500"), &why),
                 qPrintable(why));
        auto *refresh = m_window->findChild<QAction *>(QStringLiteral("actionRefresh"));
        QVERIFY(refresh);
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
        refresh->trigger();

        auto *banner = m_window->findChild<kfp::MessageBanner *>(QStringLiteral("messageBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(!banner->message().isEmpty());
        QCOMPARE(m_window->connectionState(), MainWindow::ConnectionState::Failed);
        QCOMPARE(tree->model()->rowCount(), rows); // the list stays as it was

        m_server->clearFaults();
        auto *retry = banner->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry && retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionState(),
                                  MainWindow::ConnectionState::Connected, 10000);
        QVERIFY(!banner->isVisible());
        QCOMPARE(tree->model()->rowCount(), rows);
        QCOMPARE(tree->currentIndex().data(kfp::IdRole).toString(), selectedId); // selection kept
    }

    void unreachableServerShowsBanner()
    {
        // Detection fails (nothing on the port) → banner; the window stays usable.
        m_session->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        QSignalSpy firstLoad(m_window.get(), &MainWindow::firstLoadDone);
        m_window->connectToServer(true);
        auto *banner = m_window->findChild<kfp::MessageBanner *>(QStringLiteral("messageBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QCOMPARE(firstLoad.size(), 1);
        QCOMPARE(m_window->connectionState(), MainWindow::ConnectionState::Failed);

        // Back to the sandbox: Retry detects again and loads.
        m_session->setBaseUrl(m_server->baseUrl());
        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("retryButton")),
                          Qt::LeftButton);
        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("pipelineTree"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->pipelineModel()->rowCount(), m_server->pipelineCount(),
                                  10000);
        QCOMPARE(tree->model(), static_cast<QAbstractItemModel *>(m_window->pipelineModel()));
        QVERIFY(!banner->isVisible());
    }

private:
    std::unique_ptr<kfp::sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<kfp::Session> m_session;
    std::unique_ptr<kfp::KfpClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
