#include "LanguageMenu.h"

#include "LanguageSetting.h"
#include "Prompter.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>
#include <QWidget>

namespace kfp {

LanguageMenu::LanguageMenu(QSettings *settings, Prompter *prompter, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_prompter(prompter)
{}

LanguageMenu::~LanguageMenu() = default;

void LanguageMenu::install(QMenu *menu, QWidget *dialogParent)
{
    m_dialogParent = dialogParent;
    menu->addSeparator();
    m_menu = menu->addMenu(tr("&Language"));
    m_menu->setObjectName(QStringLiteral("menuLanguage"));
    m_group = new QActionGroup(m_menu);
    m_group->setExclusive(true);

    // Each language is named in itself, as language pickers do, so a user who cannot read the
    // current language still finds theirs.
    const struct
    {
        QString lang;
        QString text;
        QString objectName;
    } entries[] = {
        {QString(), tr("&System Default"), QStringLiteral("actionLanguageSystem")},
        {QStringLiteral("en"), QStringLiteral("English"), QStringLiteral("actionLanguageEnglish")},
        {QStringLiteral("ko"), QStringLiteral("한국어"), QStringLiteral("actionLanguageKorean")},
    };
    const QString current = LanguageSetting::stored(*m_settings);
    for (const auto &entry : entries) {
        QAction *action = m_menu->addAction(entry.text);
        action->setObjectName(entry.objectName);
        action->setData(entry.lang);
        action->setCheckable(true);
        action->setChecked(entry.lang == current);
        action->setStatusTip(tr("Use this language from the next start"));
        m_group->addAction(action);
        const QString lang = entry.lang;
        connect(action, &QAction::triggered, this, [this, lang] { choose(lang); });
    }
}

QAction *LanguageMenu::action(const QString &lang) const
{
    if (!m_group)
        return nullptr;
    for (QAction *a : m_group->actions()) {
        if (a->data().toString() == lang)
            return a;
    }
    return nullptr;
}

void LanguageMenu::choose(const QString &lang)
{
    if (LanguageSetting::stored(*m_settings) == lang)
        return;
    LanguageSetting::store(m_settings, lang);
    m_settings->sync();
    Q_EMIT languageChosen(lang);

    Prompter::Question q;
    q.kind = Prompter::Kind::Information;
    q.title = tr("Language");
    q.text = tr("The new language applies the next time KFP Desktop starts.");
    m_prompter->ask(m_dialogParent, q, this, [](QMessageBox::StandardButton) {});
}

} // namespace kfp
