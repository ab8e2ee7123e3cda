// AboutDialog: the version given, Qt's run-time and build-time versions, the Apache-2.0 licence
// text from the resources and the documentation link.

#include "AboutDialog.h"
#include "MainWindow.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using kfp::AboutDialog;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private:
    static QString labelText(QWidget *w, const char *name)
    {
        auto *label = w->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void showsVersionsLicenceAndDocs()
    {
        AboutDialog dialog(QStringLiteral("1.2.3"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(labelText(&dialog, "versionLabel").contains(QLatin1String("1.2.3")));
        const QString qt = labelText(&dialog, "qtVersionLabel");
        QVERIFY2(qt.contains(QLatin1String(qVersion())), qPrintable(qt));
        QVERIFY2(qt.contains(QLatin1String(QT_VERSION_STR)), qPrintable(qt));
        QVERIFY(labelText(&dialog, "licenseLabel").contains(QLatin1String("Apache")));
        QVERIFY(labelText(&dialog, "docsLabel").contains(AboutDialog::docsUrl().toString()));
        QVERIFY(AboutDialog::docsUrl().toString().contains(QLatin1String("kubeflow.org")));

        auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("licenseText"));
        QVERIFY(text);
        QVERIFY(text->isReadOnly());
        QVERIFY(text->toPlainText().contains(QLatin1String("Apache License")));
        QVERIFY(text->toPlainText().contains(QLatin1String("Version 2.0")));
        QCOMPARE(text->toPlainText(), AboutDialog::licenseText());
    }

    void closeButtonCloses()
    {
        AboutDialog dialog(QStringLiteral("1.2.3"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *box = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(box);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        box->button(QDialogButtonBox::Close)->click();
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog.isVisible());
    }

    void helpAboutOpensTheDialog()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        kfptest::SandboxClient sb;
        kfptest::ScriptedPrompter prompter;
        kfp::MainWindow window(sb.connection.get(), nullptr, &prompter);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("actionAbout"));
        QVERIFY(action);
        action->trigger();
        AboutDialog *about = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((about = window.findChild<AboutDialog *>()) && about->isVisible(),
                                 5000);
        QVERIFY(labelText(about, "versionLabel").contains(QLatin1String("9.8.7")));
        QVERIFY(prompter.questions().isEmpty()); // a real dialog, not a message box
        // Window-modal and deleted on close: nothing lingers.
        QPointer<AboutDialog> guard(about);
        about->close();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
