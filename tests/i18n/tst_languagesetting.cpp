// LanguageSetting (the stored "ui/language" and the translators) and LanguageMenu
// (View → Language): the choice is stored, the menu reflects it, the user is told it applies on
// the next start, and the translators really translate.

#include "LanguageMenu.h"
#include "LanguageSetting.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using kfp::LanguageMenu;
using kfp::LanguageSetting;

class TestLanguageSetting : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QSettings> settings()
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("kfp.ini")),
                                           QSettings::IniFormat);
    }
    QTemporaryDir m_dir;

private Q_SLOTS:
    void cleanup() { QFile::remove(m_dir.filePath(QStringLiteral("kfp.ini"))); }

    void storedChoiceRoundTrips()
    {
        auto s = settings();
        QCOMPARE(LanguageSetting::stored(*s), QString()); // nothing stored: the system locale
        LanguageSetting::store(s.get(), QStringLiteral("ko"));
        QCOMPARE(s->value(QStringLiteral("ui/language")).toString(), QStringLiteral("ko"));
        QCOMPARE(LanguageSetting::stored(*settings()), QStringLiteral("ko"));
        LanguageSetting::store(s.get(), QString());
        QVERIFY(!s->contains(QStringLiteral("ui/language")));
    }

    void unknownStoredLanguageFollowsTheSystem()
    {
        auto s = settings();
        s->setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
        QCOMPARE(LanguageSetting::stored(*s), QString());
        s->setValue(QStringLiteral("ui/language"), QStringLiteral(" KO "));
        QCOMPARE(LanguageSetting::stored(*s), QStringLiteral("ko"));
    }

    void menuStoresTheChoiceAndSaysWhenItApplies()
    {
        auto s = settings();
        kfptest::ScriptedPrompter prompter;
        prompter.setFallback(QMessageBox::Ok);
        QMenu view;
        QWidget parent;
        LanguageMenu menu(s.get(), &prompter);
        menu.install(&view, &parent);
        QVERIFY(menu.menu());
        QCOMPARE(menu.menu()->objectName(), QStringLiteral("menuLanguage"));
        QCOMPARE(menu.menu()->actions().size(), 3);
        QVERIFY(menu.action(QString())->isChecked()); // nothing stored: System default
        QCOMPARE(menu.action(QStringLiteral("ko"))->text(), QStringLiteral("한국어"));
        QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);

        menu.action(QStringLiteral("ko"))->trigger();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("ko"));
        QCOMPARE(LanguageSetting::stored(*settings()), QStringLiteral("ko")); // synced to disk
        QVERIFY(menu.action(QStringLiteral("ko"))->isChecked());
        QVERIFY(!menu.action(QString())->isChecked());
        QCOMPARE(prompter.questions().size(), 1);
        QVERIFY(prompter.questions().at(0).text.contains(QLatin1String("next time")));

        // Choosing the current language again changes nothing and says nothing.
        menu.action(QStringLiteral("ko"))->trigger();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(prompter.questions().size(), 1);

        menu.action(QString())->trigger();
        QCOMPARE(LanguageSetting::stored(*settings()), QString());
        QCOMPARE(chosen.count(), 2);
    }

    void menuShowsTheStoredChoice()
    {
        auto s = settings();
        LanguageSetting::store(s.get(), QStringLiteral("en"));
        kfptest::ScriptedPrompter prompter;
        QMenu view;
        LanguageMenu menu(s.get(), &prompter);
        menu.install(&view, nullptr);
        QVERIFY(menu.action(QStringLiteral("en"))->isChecked());
        QVERIFY(!menu.action(QStringLiteral("ko"))->isChecked());
    }

    // Last: it installs translators into the application for good.
    void koreanTranslatorsTranslate()
    {
        // English is the source language: its catalogue only carries plural forms.
        LanguageSetting::installTranslators(qApp, QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("kfp::LanguageMenu", "&System Default"),
                 QStringLiteral("&System Default"));

        QVERIFY(LanguageSetting::installTranslators(qApp, QStringLiteral("ko")));
        QCOMPARE(QLocale().language(), QLocale::Korean);
        // Ours (a string every build has) and Qt's own (standard buttons).
        QVERIFY(QCoreApplication::translate("main", "Desktop client for Kubeflow Pipelines") !=
                QLatin1String("Desktop client for Kubeflow Pipelines"));
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
    }
};

QTEST_MAIN(TestLanguageSetting)
#include "tst_languagesetting.moc"
