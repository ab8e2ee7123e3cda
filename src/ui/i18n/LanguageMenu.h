#pragma once

// View → Language: System default / English / 한국어, checkable and exclusive. Choosing one
// stores it (LanguageSetting) and tells the user it applies on the next start.
//
//     LanguageMenu languageMenu(&settings, &prompter);
//     languageMenu.install(viewMenu, &window);

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QSettings;
class QWidget;

namespace kfp {

class Prompter;

class LanguageMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)
public:
    LanguageMenu(QSettings *settings, Prompter *prompter, QObject *parent = nullptr);
    ~LanguageMenu() override;

    // Appends the submenu to `menu` (after a separator); `dialogParent` parents the notice.
    void install(QMenu *menu, QWidget *dialogParent);
    QMenu *menu() const { return m_menu; }
    // The action for "" (system), "en" or "ko"; nullptr before install().
    QAction *action(const QString &lang) const;

Q_SIGNALS:
    // A different language was chosen and stored.
    void languageChosen(const QString &lang);

private:
    void choose(const QString &lang);

    QSettings *m_settings;
    Prompter *m_prompter;
    QWidget *m_dialogParent = nullptr;
    QMenu *m_menu = nullptr;
    QActionGroup *m_group = nullptr;
};

} // namespace kfp
