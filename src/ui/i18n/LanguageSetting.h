#pragma once

// The interface language: the choice stored in QSettings under "ui/language" ("" follows the
// system locale, "ko", "en") and the translators that apply it. Qt cannot retranslate a running
// widget tree that was not written for it, so a new choice applies on the next start.
//
//     QSettings settings;
//     const QString lang = cliLang.isEmpty() ? LanguageSetting::stored(settings) : cliLang;
//     LanguageSetting::installTranslators(&app, lang);

#include <QString>
#include <QStringList>

class QCoreApplication;
class QSettings;

namespace kfp {

class LanguageSetting final
{
public:
    LanguageSetting() = delete;

    static QString settingsKey() { return QStringLiteral("ui/language"); }
    // The languages we ship a catalogue for; "" (the system locale) is always allowed too.
    static QStringList supported() { return {QStringLiteral("en"), QStringLiteral("ko")}; }
    static bool isSupported(const QString &lang);

    // The stored choice; anything unknown (a hand-edited file) reads as "" (system locale).
    static QString stored(const QSettings &settings);
    static void store(QSettings *settings, const QString &lang);

    // Installs our catalogue (:/i18n/kfp-desktop_<lang>.qm) and Qt's qtbase_<lang>.qm for `lang`
    // ("" = the system locale); the translators are children of `app`. Returns true when our
    // catalogue was found for that locale.
    static bool installTranslators(QCoreApplication *app, const QString &lang);
};

} // namespace kfp
