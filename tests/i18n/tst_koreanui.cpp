// The Korean UI check: with the Korean catalogue and Qt's own installed, every
// dialog, wizard page and main-window section is opened offscreen at a normal size; every visible
// label, button, check box, group box title, tab and header section must fit its widget, and no
// visible text may still be the English source of a string the catalogue translates. A screenshot
// of each goes to <build>/screenshots/ko/<name>.png for a person to look at.

#include "AboutDialog.h"
#include "CertificateDialog.h"
#include "DetailsPane.h"
#include "LanguageSetting.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "RunWizardLauncher.h"
#include "SectionView.h"
#include "UiFitChecker.h"
#include "UiTestSupport.h"
#include "UploadController.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileStore.h"
#include "models/PagedTreeModel.h"
#ifdef KFP_HAVE_UPLOAD_DIALOG
#include "UploadDialog.h"
#endif
#ifdef KFP_HAVE_RUN_WIZARD
#include "wizard/RunWizard.h"
#endif

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSslCertificate>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

#include <utility>

using kfp::MainWindow;
using kfp::SectionView;

namespace {

constexpr int T = 15000;

} // namespace

class TestKoreanUi : public QObject
{
    Q_OBJECT

private:
    // Shows nothing itself: waits for `window` to be on screen, saves its screenshot, checks it.
    void inspect(QWidget *window, const QString &name)
    {
        QVERIFY2(QTest::qWaitForWindowExposed(window), qPrintable(name));
        const QString file = QDir(QStringLiteral(KFP_SCREENSHOT_DIR)).filePath(name + ".png");
        QVERIFY2(window->grab().save(file), qPrintable(file));
        kfptest::UiFitChecker checker(m_catalogue);
        const int checked = checker.check(window, name);
        QVERIFY2(checked > 0, qPrintable(name + QStringLiteral(": no text found")));
        // Collected, not failed at once: one run reports (and screenshots) every window.
        m_clipped += checker.problems();
        m_english += checker.english();
        ++m_windows;
    }

    // Fails the current test with everything the windows it inspected showed wrong.
    void verifyInspected()
    {
        const QStringList clipped = std::exchange(m_clipped, {});
        const QStringList english = std::exchange(m_english, {});
        QVERIFY2(clipped.isEmpty(),
                 qPrintable(QStringLiteral("\nClipped text:\n") + clipped.join(QLatin1Char('\n'))));
        QVERIFY2(english.isEmpty(),
                 qPrintable(QStringLiteral("\nEnglish text in the Korean UI:\n") +
                            english.join(QLatin1Char('\n'))));
    }

    static bool waitRows(SectionView *section)
    {
        return QTest::qWaitFor(
            [&] {
                return section->isAttached() && !section->model()->isLoading() &&
                       section->model()->loadedCount() > 0;
            },
            T);
    }

    // Selects the first row (or `index`) and waits until its details pane shows it.
    static bool selectAndWaitDetails(SectionView *section, const QModelIndex &index)
    {
        section->view()->setCurrentIndex(index);
        return QTest::qWaitFor(
            [&] {
                auto *pane = section->currentDetails();
                if (!pane || !pane->isVisible())
                    return false;
                auto *id = pane->findChild<QLabel *>(QStringLiteral("idValue"));
                return id && !id->text().isEmpty();
            },
            T);
    }

    QHash<QString, QString> m_catalogue;
    QStringList m_clipped;
    QStringList m_english;
    int m_windows = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kfp::LanguageSetting::installTranslators(qApp, QStringLiteral("ko")));
        // Qt's own catalogue is there too: standard buttons are Korean.
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
        m_catalogue = kfptest::UiFitChecker::readCatalogue(QStringLiteral(KFP_KO_TS));
        QVERIFY2(m_catalogue.size() > 100, "the Korean catalogue was not read");
        QVERIFY(QDir().mkpath(QStringLiteral(KFP_SCREENSHOT_DIR)));
    }

    void init()
    {
        m_clipped.clear();
        m_english.clear();
    }

    void checkerFindsClippedAndEnglishText()
    {
        // The checker itself: a label squeezed below its text, and an untranslated string.
        QWidget window;
        auto *label =
            new QLabel(QStringLiteral("이 텍스트는 잘리도록 일부러 좁게 둡니다"), &window);
        label->setObjectName(QStringLiteral("squeezed"));
        label->setGeometry(0, 0, 40, 20);
        QString english;
        for (auto it = m_catalogue.cbegin(); it != m_catalogue.cend() && english.isEmpty(); ++it) {
            if (!Qt::mightBeRichText(it.key()) && !it.key().contains(QLatin1Char('\n')) &&
                !it.key().contains(QLatin1Char('&')))
                english = it.key();
        }
        QVERIFY(!english.isEmpty());
        auto *plain = new QLabel(english, &window);
        plain->setObjectName(QStringLiteral("english"));
        plain->setGeometry(0, 30, 2000, 40);
        window.resize(2000, 80);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        kfptest::UiFitChecker checker(m_catalogue);
        QCOMPARE(checker.check(&window, QStringLiteral("probe")), 2);
        QCOMPARE(checker.problems().size(), 1);
        QCOMPARE(checker.english().size(), 1);
        QVERIFY(checker.report().contains(QLatin1String("squeezed")));
        QVERIFY(checker.report().contains(QLatin1String("english")));
    }

    void aboutDialog()
    {
        kfp::AboutDialog dialog(QStringLiteral("0.1.0")); // opens at its own reading size
        dialog.show();
        inspect(&dialog, QStringLiteral("AboutDialog"));
        verifyInspected();
    }

    void loginDialog_data()
    {
        QTest::addColumn<int>("mode");
        // One screenshot per auth mode: each shows a different credentials page.
        for (int i = 0; i < 4; ++i)
            QTest::newRow(qPrintable(QString::number(i))) << i;
    }
    void loginDialog()
    {
        QFETCH(int, mode);
        kfp::ProfileStore profiles;
        kfp::MemoryCredentialStore credentials;
        kfp::LoginDialog dialog(&profiles, &credentials);
        auto *modes = dialog.findChild<QComboBox *>(QStringLiteral("authModeCombo"));
        QVERIFY(modes);
        QVERIFY(mode < modes->count());
        modes->setCurrentIndex(mode);
        dialog.resize(dialog.sizeHint());
        dialog.show();
        inspect(&dialog, QStringLiteral("LoginDialog-%1")
                             .arg(modes->currentData().toString().isEmpty()
                                      ? QString::number(mode)
                                      : modes->currentData().toString()));
        verifyInspected();
    }

    void certificateDialog()
    {
        kfp::CertificateInfo info;
        info.host = QStringLiteral("kubeflow.example.com");
        info.subject = QStringLiteral("CN=kubeflow.example.com, O=Example");
        info.issuer = QStringLiteral("CN=Example Internal CA");
        info.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        info.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
        info.sha256 = QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:"
                                     "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");
        info.errors = {QStringLiteral("The issuer certificate of a locally looked up certificate "
                                      "could not be found")};
        kfp::CertificateDialog dialog(info);
        dialog.resize(dialog.sizeHint());
        dialog.show();
        inspect(&dialog, QStringLiteral("CertificateDialog"));
        verifyInspected();
    }

    void mainWindow()
    {
        kfptest::SandboxClient sb;
        kfptest::ScriptedPrompter prompter;
        MainWindow window(sb.connection.get(), nullptr, &prompter);
        // The File menu's and the toolbar's entries of the wizard and of upload, as in the app.
        kfp::RunWizardLauncher launcher(&window, sb.client.get(), window.fileMenu(),
                                        window.toolBar());
        kfp::UploadController upload(&window, sb.client.get(), window.fileMenu());
        window.resize(1200, 720);
        window.show();
        sb.connection->verify();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QList<QPair<MainWindow::Section, QString>> sections = {
            {MainWindow::Section::Pipelines, QStringLiteral("pipelines")},
            {MainWindow::Section::Experiments, QStringLiteral("experiments")},
            {MainWindow::Section::Runs, QStringLiteral("runs")},
            {MainWindow::Section::RecurringRuns, QStringLiteral("recurring-runs")}};
        for (const auto &[section, name] : sections) {
            window.setCurrentSection(section);
            SectionView *view = window.sectionView(section);
            QVERIFY2(waitRows(view), qPrintable(name));
            // The section with nothing selected, then with the first row's details.
            inspect(&window, QStringLiteral("MainWindow-%1").arg(name));
            QVERIFY2(selectAndWaitDetails(view, view->model()->index(0, 0)), qPrintable(name));
            inspect(&window, QStringLiteral("MainWindow-%1-details").arg(name));
        }

        // A pipeline version's details: expand the first pipeline, select its first version.
        SectionView *pipelines = window.sectionView(MainWindow::Section::Pipelines);
        window.setCurrentSection(MainWindow::Section::Pipelines);
        const QModelIndex pipeline = pipelines->model()->index(0, 0);
        pipelines->view()->setCurrentIndex(pipeline);
        pipelines->view()->setFocus();
        QTest::keyClick(pipelines->view(), Qt::Key_Right); // expands, as a user would
        QTRY_VERIFY_WITH_TIMEOUT(
            pipelines->model()->rowCount(pipeline) > 0 &&
                !pipelines->model()->isStatusRow(pipelines->model()->index(0, 0, pipeline)),
            T);
        QVERIFY(selectAndWaitDetails(pipelines, pipelines->model()->index(0, 0, pipeline)));
        QCOMPARE(pipelines->currentDetails()->objectName(), QStringLiteral("versionDetails"));
        inspect(&window, QStringLiteral("MainWindow-pipelines-version-details"));

        // Archive: both tabs, with details when the sandbox has archived items.
        window.setCurrentSection(MainWindow::Section::Archive);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("archiveTabs"));
        QVERIFY(tabs);
        const QList<QPair<SectionView *, QString>> archive = {
            {window.archivedRunsView(), QStringLiteral("archive-runs")},
            {window.archivedExperimentsView(), QStringLiteral("archive-experiments")}};
        for (const auto &[view, name] : archive) {
            tabs->setCurrentWidget(view);
            QTRY_VERIFY_WITH_TIMEOUT(view->isAttached() && !view->model()->isLoading(), T);
            inspect(&window, QStringLiteral("MainWindow-%1").arg(name));
            if (view->model()->loadedCount() > 0) {
                QVERIFY2(selectAndWaitDetails(view, view->model()->index(0, 0)), qPrintable(name));
                inspect(&window, QStringLiteral("MainWindow-%1-details").arg(name));
            }
        }
        verifyInspected();
    }

#ifdef KFP_HAVE_UPLOAD_DIALOG
    void uploadDialog()
    {
        kfptest::SandboxClient sb;
        kfp::UploadDialog dialog(sb.client.get(), QString());
        dialog.addFiles(
            {QStringLiteral(KFP_TEST_DATA_DIR "/package/v2_arguments_parameters.yaml")});
        dialog.resize(dialog.sizeHint());
        dialog.show();
        inspect(&dialog, QStringLiteral("UploadDialog"));
        verifyInspected();
    }
#endif

#ifdef KFP_HAVE_RUN_WIZARD
    void runWizard()
    {
        kfptest::SandboxClient sb;
        kfp::RunWizard wizard(sb.client.get(), nullptr);
        wizard.resize(wizard.sizeHint());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // The Source page lists the pipelines; once they are there the page is complete.
        auto *list = wizard.findChild<QListWidget *>(QStringLiteral("pipelineList"));
        QVERIFY(list);
        QTRY_VERIFY_WITH_TIMEOUT(list->count() > 0, T);
        const QList<QPair<int, QString>> pages = {
            {kfp::RunWizard::SourcePageId, QStringLiteral("source")},
            {kfp::RunWizard::DetailsPageId, QStringLiteral("details")},
            {kfp::RunWizard::ParametersPageId, QStringLiteral("parameters")},
            {kfp::RunWizard::SchedulePageId, QStringLiteral("schedule")},
            {kfp::RunWizard::ReviewPageId, QStringLiteral("review")}};
        for (const auto &[id, name] : pages) {
            // Each page on its own (restart() shows the start page), as a user reaches it.
            wizard.setStartId(id);
            wizard.restart();
            QCOMPARE(wizard.currentId(), id);
            inspect(&wizard, QStringLiteral("RunWizard-%1").arg(name));
        }
        // The Source page when the list cannot be read: the message and Try Again.
        wizard.setStartId(kfp::RunWizard::SourcePageId);
        wizard.restart();
        QVERIFY(sb.server->addFault(QStringLiteral("path=*/pipelines,method=GET,status=503")));
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("searchEdit")),
                         QStringLiteral("x"));
        auto *retry = wizard.findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry);
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), T);
        inspect(&wizard, QStringLiteral("RunWizard-source-error"));
        verifyInspected();
    }
#endif

    void cleanupTestCase()
    {
        qInfo("%d windows checked, screenshots in %s", m_windows, KFP_SCREENSHOT_DIR);
    }
};

QTEST_MAIN(TestKoreanUi)
#include "tst_koreanui.moc"
