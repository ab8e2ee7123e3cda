// UploadDialog against an in-process sandbox over loopback HTTP: the preview, new pipeline and
// new version uploads, each bad input refused locally, server errors, cancel.

#include "../ui/UiTestSupport.h"
#include "UploadDialog.h"
#include "UploadTestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

using kfp::UploadDialog;
using FileState = kfp::UploadDialog::FileState;

class TestUploadDialog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<kfptest::SandboxClient> m_sb;
    std::unique_ptr<UploadDialog> m_dialog;
    QTemporaryDir m_tmp;

    void open(const QStringList &paths)
    {
        m_dialog = std::make_unique<UploadDialog>(m_sb->client.get(), QString());
        QSignalSpy read(m_dialog.get(), &UploadDialog::fileRead);
        m_dialog->addFiles(paths);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), int(paths.size()), 15000);
    }
    template<class T> T *child(const char *name) const
    {
        auto *w = m_dialog->findChild<T *>(QLatin1String(name));
        Q_ASSERT(w);
        return w;
    }
    QString cell(int row, int column) const
    {
        auto *item = child<QTableWidget>("parameterTable")->item(row, column);
        return item ? item->text() : QString();
    }
    int uploadRequests() const { return m_sb->count("POST", QStringLiteral("/pipelines/upload")); }
    // Uploads the current file with the Upload button and waits for the answer.
    bool clickUpload()
    {
        QSignalSpy done(m_dialog.get(), &UploadDialog::uploadFinished);
        QTest::mouseClick(child<QPushButton>("uploadButton"), Qt::LeftButton);
        return done.wait(15000) && done.first().at(1).toBool();
    }
    kfp::Pipeline createPipeline(const QString &name)
    {
        const kfp::Pipeline p = kfptest::createPipeline(m_sb->client.get(), name);
        if (p.id.isEmpty())
            qFatal("could not create the pipeline %s", qPrintable(name));
        return p;
    }

private Q_SLOTS:
    void init() { m_sb = std::make_unique<kfptest::SandboxClient>(false); }
    void cleanup()
    {
        m_dialog.reset();
        m_sb.reset();
    }

    void previewShowsTheParameters()
    {
        open({kfptest::samplePath(kfptest::kEcho)});
        QCOMPARE(m_dialog->fileState(0), FileState::Ready);
        QCOMPARE(child<QLabel>("previewName")->text(), QStringLiteral("echo"));
        QVERIFY(child<QLabel>("previewTasks")->text().startsWith(QStringLiteral("1 task")));
        auto *table = child<QTableWidget>("parameterTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(cell(0, 0), QStringLiteral("param1"));
        QCOMPARE(cell(0, 1), QStringLiteral("STRING"));
        QCOMPARE(cell(0, 2), QStringLiteral("hello"));
        QCOMPARE(cell(0, 3), QStringLiteral("has default"));
        QCOMPARE(cell(1, 0), QStringLiteral("param2"));
        QCOMPARE(cell(1, 2), QString());
        QCOMPARE(cell(1, 3), QStringLiteral("required"));
        QCOMPARE(child<QLineEdit>("pipelineNameEdit")->text(), QStringLiteral("echo"));
        QVERIFY(child<QRadioButton>("newPipelineRadio")->isChecked());
        QVERIFY(child<QLineEdit>("versionNameEdit")
                    ->text()
                    .contains(QRegularExpression(
                        QStringLiteral("^v2_arguments_parameters-\\d{8}-\\d{6}$"))));
        QVERIFY(child<QLabel>("kindWarning")->isHidden());
    }

    void kindWarningForAV1Server()
    {
        m_sb = std::make_unique<kfptest::SandboxClient>(false, kfp::ApiVersion::V1Beta1);
        open({kfptest::samplePath(kfptest::kEcho)});
        QVERIFY(!child<QLabel>("kindWarning")->isHidden());
        QVERIFY(child<QLabel>("kindWarning")->text().contains(QStringLiteral("v1beta1")));
    }

    void uploadsANewPipeline()
    {
        open({kfptest::samplePath(kfptest::kEcho)});
        QSignalSpy uploaded(m_dialog.get(), &UploadDialog::uploaded);
        const int before = m_sb->server->pipelineCount();
        QVERIFY(clickUpload());
        QCOMPARE(m_sb->server->pipelineCount(), before + 1);
        QCOMPARE(uploadRequests(), 1);
        QCOMPARE(m_dialog->fileState(0), FileState::Uploaded);
        QCOMPARE(m_dialog->progressPercent(0), 100);
        QCOMPARE(uploaded.size(), 1);
        QVERIFY(!uploaded.first().at(0).toString().isEmpty());
        QVERIFY(uploaded.first().at(1).toString().isEmpty());
    }

    void existingNameLeadsToANewVersion()
    {
        const kfp::Pipeline existing = createPipeline(QStringLiteral("echo"));
        open({kfptest::samplePath(kfptest::kEcho)});
        // getPipelineByName found it: "new version of" with it preselected.
        QTRY_VERIFY_WITH_TIMEOUT(child<QRadioButton>("newVersionRadio")->isChecked(), 10000);
        QCOMPARE(child<QComboBox>("pipelinePicker")->currentData().toString(), existing.id);
        QSignalSpy uploaded(m_dialog.get(), &UploadDialog::uploaded);
        const int before = m_sb->server->pipelineCount();
        QVERIFY(clickUpload());
        QCOMPARE(m_sb->server->pipelineCount(), before);
        QCOMPARE(m_sb->count("POST", QStringLiteral("/pipelines/upload_version")), 1);
        QCOMPARE(uploaded.first().at(0).toString(), existing.id);
        QVERIFY(!uploaded.first().at(1).toString().isEmpty());
    }

    void searchablePicker()
    {
        createPipeline(QStringLiteral("alpha-one"));
        const kfp::Pipeline beta = createPipeline(QStringLiteral("beta-two"));
        open({kfptest::samplePath(kfptest::kEcho)});
        auto *radio = child<QRadioButton>("newVersionRadio");
        // On the indicator: a radio button only takes clicks on its indicator and text.
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
        QVERIFY(child<QRadioButton>("newVersionRadio")->isChecked());
        QVERIFY(child<QLineEdit>("pipelineSearchEdit")->isEnabled());
        QTest::keyClicks(child<QLineEdit>("pipelineSearchEdit"), QStringLiteral("beta"));
        QCOMPARE(child<QLineEdit>("pipelineSearchEdit")->text(), QStringLiteral("beta"));
        auto *picker = child<QComboBox>("pipelinePicker");
        QTRY_COMPARE_WITH_TIMEOUT(picker->count(), 1, 10000);
        QCOMPARE(picker->currentData().toString(), beta.id);
    }

    void multiUserOffersTheNamespace()
    {
        m_sb->client->setMultiUser(true);
        m_dialog = std::make_unique<UploadDialog>(m_sb->client.get(), QStringLiteral("team-a"));
        QSignalSpy read(m_dialog.get(), &UploadDialog::fileRead);
        m_dialog->addFiles({kfptest::samplePath(kfptest::kEcho)});
        m_dialog->show();
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 15000);
        auto *ns = child<QComboBox>("namespaceCombo");
        QVERIFY(!ns->isHidden());
        QCOMPARE(ns->count(), 2);
        ns->setCurrentIndex(1);
        QSignalSpy done(m_dialog.get(), &UploadDialog::uploadFinished);
        QTest::mouseClick(child<QPushButton>("uploadButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
        // The upload named the user's namespace (however this single-user sandbox answered).
        bool sent = false;
        for (const auto &e : m_sb->server->requestLog()) {
            if (e.method == "POST" && e.apiPath.contains(QStringLiteral("/pipelines/upload")))
                sent = e.query.toString().contains(QStringLiteral("team-a")) ||
                       e.body.contains("team-a");
        }
        QVERIFY(sent);
    }

    void badInputIsRefusedLocally_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << "empty.yaml" << QByteArray() << "empty";
        QTest::newRow("binary") << "binary.yaml" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                << "binary";
        QTest::newRow("invalid yaml")
            << "broken.yaml" << QByteArray("pipelineInfo:\n  name: x\nroot: [a, b\n") << "line 4";
        QTest::newRow("not a pipeline")
            << "config.yaml" << QByteArray("foo: 1\nbar: [1, 2]\n") << "not a Kubeflow pipeline";
        QTest::newRow("too large") << "huge.yaml" << QByteArray() << "too large";
        QTest::newRow("zip without pipeline.yaml")
            << "nopipeline.zip" << QByteArray() << "pipeline.yaml";
    }
    void badInputIsRefusedLocally()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_tmp.filePath(fileName);
        if (fileName == QLatin1String("huge.yaml")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(33 * 1024 * 1024)); // sparse
        } else if (fileName.endsWith(QLatin1String(".zip"))) {
            QVERIFY(kfptest::writeZip(path, QStringLiteral("README.md"), "hello"));
        } else {
            QVERIFY(kfptest::writeFile(path, content));
        }
        open({path});
        QCOMPARE(m_dialog->fileState(0), FileState::Invalid);
        auto *error = child<QLabel>("errorLabel");
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(expected, Qt::CaseInsensitive), qPrintable(error->text()));
        QCOMPARE(error->text(), m_dialog->fileError(0));
        QVERIFY(!child<QPushButton>("uploadButton")->isEnabled());
        m_dialog->startUpload(); // even forced: nothing leaves
        QCOMPARE(m_dialog->fileState(0), FileState::Invalid);
        QCOMPARE(uploadRequests(), 0);
    }

    void conflictKeepsTheTypedName()
    {
        createPipeline(QStringLiteral("taken"));
        open({kfptest::samplePath(kfptest::kEcho)});
        auto *name = child<QLineEdit>("pipelineNameEdit");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("taken"));
        QVERIFY(!clickUpload());
        QCOMPARE(m_dialog->fileState(0), FileState::Failed);
        auto *error = child<QLabel>("errorLabel");
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("taken")) ||
                     error->text().contains(QStringLiteral("exist"), Qt::CaseInsensitive),
                 qPrintable(error->text()));
        QCOMPARE(name->text(), QStringLiteral("taken"));
        QVERIFY(child<QPushButton>("uploadButton")->isEnabled()); // the user may try again
    }

    void badRequestIsShown()
    {
        QVERIFY(m_sb->server->addFault(QStringLiteral("path=*/pipelines/upload*,status=400")));
        open({kfptest::samplePath(kfptest::kEcho)});
        QVERIFY(!clickUpload());
        QCOMPARE(m_dialog->fileState(0), FileState::Failed);
        QVERIFY(!child<QLabel>("errorLabel")->text().isEmpty());
        QCOMPARE(child<QLineEdit>("pipelineNameEdit")->text(), QStringLiteral("echo"));
    }

    void cancelMidUploadLeavesNothing()
    {
        // A big (valid) file, so that the upload is still streaming when it is canceled: the
        // sandbox handles a request once its body is complete.
        QByteArray yaml = kfptest::sampleBytes(kfptest::kEcho);
        const QByteArray filler = "# " + QByteArray(78, 'x') + '\n';
        while (yaml.size() < 24 * 1024 * 1024)
            yaml += filler.repeated(4096);
        const QString path = m_tmp.filePath(QStringLiteral("big.yaml"));
        QVERIFY(kfptest::writeFile(path, yaml));
        open({path});
        QCOMPARE(m_dialog->fileState(0), FileState::Ready);

        const int before = m_sb->server->pipelineCount();
        QSignalSpy done(m_dialog.get(), &UploadDialog::uploadFinished);
        connect(m_dialog.get(), &UploadDialog::uploadProgress, this, [this](int, int percent) {
            if (percent < 100)
                QTest::mouseClick(child<QPushButton>("cancelUploadButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>("uploadButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->fileState(0), FileState::Uploading);
        QVERIFY(child<QPushButton>("cancelUploadButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
        QCOMPARE(done.first().at(1).toBool(), false);
        QCOMPARE(m_dialog->fileState(0), FileState::Ready);
        QVERIFY(child<QPushButton>("uploadButton")->isEnabled());
        QCOMPARE(m_sb->server->pipelineCount(), before);
    }

    void slowServerCanBeCanceled()
    {
        QVERIFY(m_sb->server->addFault(QStringLiteral("path=*/upload*,latency=3000")));
        open({kfptest::samplePath(kfptest::kEcho)});
        QSignalSpy done(m_dialog.get(), &UploadDialog::uploadFinished);
        QTest::mouseClick(child<QPushButton>("uploadButton"), Qt::LeftButton);
        QVERIFY(m_dialog->isUploading());
        QTest::mouseClick(child<QPushButton>("cancelUploadButton"), Qt::LeftButton);
        QCOMPARE(done.size(), 1); // at once, not after the server's 3 s
        QCOMPARE(m_dialog->fileState(0), FileState::Ready);
        QVERIFY(m_dialog->fileError(0).contains(QStringLiteral("canceled")));
    }
};

QTEST_MAIN(TestUploadDialog)
#include "tst_uploaddialog.moc"
