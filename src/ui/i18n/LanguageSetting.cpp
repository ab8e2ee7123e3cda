#include "LanguageSetting.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace kfp {

bool LanguageSetting::isSupported(const QString &lang)
{
    return lang.isEmpty() || supported().contains(lang);
}

QString LanguageSetting::stored(const QSettings &settings)
{
    const QString lang = settings.value(settingsKey()).toString().trimmed().toLower();
    return isSupported(lang) ? lang : QString();
}

void LanguageSetting::store(QSettings *settings, const QString &lang)
{
    if (lang.isEmpty())
        settings->remove(settingsKey()); // "follow the system" is the absence of a choice
    else
        settings->setValue(settingsKey(), lang);
}

bool LanguageSetting::installTranslators(QCoreApplication *app, const QString &lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    // Dates, numbers and QLocale-based text follow the chosen language too.
    if (!lang.isEmpty())
        QLocale::setDefault(locale);
    // Our catalogue from the resources (embedded in kfpcore), Qt's own — standard dialogs,
    // buttons, context menus — from Qt's translations directory.
    auto *ours = new QTranslator(app);
    const bool found = ours->load(locale, QStringLiteral("kfp-desktop"), QStringLiteral("_"),
                                  QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}

} // namespace kfp
