// UploadController on a real MainWindow (offscreen) against an in-process sandbox, attached as
// WindowControllers attaches it: real QDragEnterEvent/QDragMoveEvent/QDropEvent with file URLs,
// as Qt's own tests send them.

#include "../ui/UiTestSupport.h"
#include "MainWindow.h"
#include "SectionView.h"
#include "UploadController.h"
#include "UploadDialog.h"
#include "UploadDropOverlay.h"
#include "UploadTestSupport.h"
#include "models/PipelineTreeModel.h"
#include "models/roles.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeView>

using kfp::MainWindow;
using kfp::UploadController;
using kfp::UploadDialog;

class TestUploadController final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<kfptest::SandboxClient> m_sb;
    kfptest::ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<UploadController> m_controller;
    QTemporaryDir m_tmp;

    UploadController *controller() const { return m_controller.get(); }

    static std::unique_ptr<QMimeData> fileMime(const QStringList &paths)
    {
        auto mime = std::make_unique<QMimeData>();
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls.append(QUrl::fromLocalFile(p));
        mime->setUrls(urls);
        return mime;
    }

    // Drags the files over the window's centre and drops them; returns whether the enter was
    // accepted.
    bool drop(const QStringList &paths, bool *overlayShown = nullptr)
    {
        auto mime = fileMime(paths);
        QWidget *target = m_window.get();
        const QPointF pos = QPointF(target->rect().center());
        QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, mime.get(), Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (overlayShown)
            *overlayShown = controller()->overlay()->isVisible();
        QDragMoveEvent move(pos.toPoint(), Qt::CopyAction, mime.get(), Qt::LeftButton,
                            Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QDropEvent dropEvent(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
        return enter.isAccepted() && dropEvent.isAccepted();
    }

    UploadDialog *waitDialog(int files)
    {
        UploadDialog *dialog = nullptr;
        const bool ok = QTest::qWaitFor(
            [&] {
                dialog = controller()->dialog();
                if (!dialog || dialog->fileCount() < files)
                    return false;
                for (int i = 0; i < files; ++i)
                    if (dialog->fileState(i) == UploadDialog::FileState::Reading)
                        return false;
                return true;
            },
            15000);
        return ok ? dialog : nullptr;
    }

    static bool clickUpload(UploadDialog *dialog)
    {
        QSignalSpy done(dialog, &UploadDialog::uploadFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("uploadButton")),
                          Qt::LeftButton);
        return done.wait(15000) && done.first().at(1).toBool();
    }

    QString selectedId() const
    {
        QTreeView *tree = m_window->sectionView(MainWindow::Section::Pipelines)->view();
        return tree->currentIndex().data(kfp::IdRole).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_sb = std::make_unique<kfptest::SandboxClient>(true);
        m_window = std::make_unique<MainWindow>(m_sb->connection.get(), nullptr, &m_prompter);
        m_controller = std::make_unique<UploadController>(m_window.get(), m_sb->client.get(),
                                                          m_window->fileMenu());
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_sb->connection->verify();
        m_window->setCurrentSection(MainWindow::Section::Runs); // the upload switches back
        QVERIFY(controller());
    }
    void cleanup()
    {
        m_controller.reset();
        m_window.reset();
        m_sb.reset();
    }

    void fileMenuHasUpload()
    {
        QAction *action = controller()->uploadAction();
        QVERIFY(m_window->fileMenu()->actions().contains(action));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_U));
        QVERIFY(m_window->acceptDrops());
    }

    void dropUploadsAndSelects()
    {
        bool overlay = false;
        QVERIFY(drop({kfptest::samplePath(kfptest::kEcho)}, &overlay));
        QVERIFY(overlay);                               // highlighted while dragging
        QVERIFY(!controller()->overlay()->isVisible()); // and no more after the drop
        UploadDialog *dialog = waitDialog(1);
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("parameterTable"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("param1"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("hello"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("param2"));

        const int before = m_sb->server->pipelineCount();
        QSignalSpy uploaded(dialog, &UploadDialog::uploaded);
        QVERIFY(clickUpload(dialog));
        QCOMPARE(m_sb->server->pipelineCount(), before + 1);
        QCOMPARE(dialog->progressPercent(0), 100);
        const QString id = uploaded.first().at(0).toString();
        QCOMPARE(m_window->currentSection(), MainWindow::Section::Pipelines);
        QTRY_COMPARE_WITH_TIMEOUT(selectedId(), id, 15000);
    }

    void dropOfAnExistingNameMakesAVersion()
    {
        QVERIFY(drop({kfptest::samplePath(kfptest::kEcho)}));
        UploadDialog *dialog = waitDialog(1);
        QVERIFY(dialog);
        QVERIFY(clickUpload(dialog));
        dialog->close();
        QTRY_VERIFY(!controller()->dialog());

        QVERIFY(drop({kfptest::samplePath(kfptest::kEcho)}));
        dialog = waitDialog(1);
        QVERIFY(dialog);
        auto *radio = dialog->findChild<QWidget *>(QStringLiteral("newVersionRadio"));
        QTRY_VERIFY_WITH_TIMEOUT(radio->property("checked").toBool(), 10000);
        const int before = m_sb->server->pipelineCount();
        QSignalSpy uploaded(dialog, &UploadDialog::uploaded);
        QVERIFY(clickUpload(dialog));
        QCOMPARE(m_sb->server->pipelineCount(), before);
        QCOMPARE(m_sb->count("POST", QStringLiteral("/pipelines/upload_version")), 1);
        const QString versionId = uploaded.first().at(1).toString();
        QVERIFY(!versionId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(selectedId(), versionId, 15000);
    }

    void otherFileTypesAreRefused()
    {
        const QString png = m_tmp.filePath(QStringLiteral("picture.png"));
        QVERIFY(kfptest::writeFile(png, QByteArray("\x89PNG\r\n\x1a\n", 8)));
        QSignalSpy refused(controller(), &UploadController::dropRefused);
        bool overlay = false;
        drop({png}, &overlay);
        QVERIFY(overlay);
        QVERIFY(controller()->overlay()->text().contains(QStringLiteral(".yaml")));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("picture.png")));
        QVERIFY(!controller()->dialog());
        QCOMPARE(m_sb->count("POST", QStringLiteral("/pipelines/upload")), 0);
    }

    void twoDroppedFilesAreBothUploaded()
    {
        const int before = m_sb->server->pipelineCount();
        QVERIFY(drop(
            {kfptest::samplePath(kfptest::kEcho), kfptest::samplePath(kfptest::kLightweight)}));
        UploadDialog *dialog = waitDialog(2);
        QVERIFY(dialog);
        QCOMPARE(dialog->currentFile(), 0);
        QVERIFY(clickUpload(dialog));
        QCOMPARE(dialog->currentFile(), 1); // on to the next file of the queue
        QVERIFY(clickUpload(dialog));
        QCOMPARE(m_sb->server->pipelineCount(), before + 2);
        QCOMPARE(dialog->fileState(0), UploadDialog::FileState::Uploaded);
        QCOMPARE(dialog->fileState(1), UploadDialog::FileState::Uploaded);
    }

    void dropWhileOpenJoinsTheQueue()
    {
        QVERIFY(drop({kfptest::samplePath(kfptest::kEcho)}));
        UploadDialog *dialog = waitDialog(1);
        QVERIFY(dialog);
        QVERIFY(drop({kfptest::samplePath(kfptest::kLightweight)}));
        QCOMPARE(controller()->dialog(), dialog);
        QVERIFY(waitDialog(2));
    }
};

QTEST_MAIN(TestUploadController)
#include "tst_uploadcontroller.moc"
