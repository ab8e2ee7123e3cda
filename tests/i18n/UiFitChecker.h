#pragma once

// For the Korean UI test: walks a shown window and reports every visible piece of text that does
// not fit its widget (labels, buttons, check boxes, radio buttons, group box titles, tab texts,
// header sections), and every visible text still in English although the Korean catalogue
// translates it (a string that never went through tr()).
//
//     UiFitChecker checker(catalogue);
//     checker.check(&dialog, QStringLiteral("LoginDialog"));
//     QVERIFY2(checker.problems().isEmpty(), qPrintable(checker.report()));

#include <QHash>
#include <QString>
#include <QStringList>

class QWidget;

namespace kfptest {

class UiFitChecker final
{
public:
    // English source → Korean translation, for the finished entries of a .ts file.
    static QHash<QString, QString> readCatalogue(const QString &tsFile);

    explicit UiFitChecker(QHash<QString, QString> catalogue);

    // Appends the problems found in `window` (named `windowName` in the report); returns how many
    // texts were checked, so a test can tell it really looked at something.
    int check(QWidget *window, const QString &windowName);
    // Text that does not fit, and text shown in English although the catalogue translates it
    // (in some context: a string outside tr(), or one the .ts has not caught up with yet).
    const QStringList &problems() const { return m_problems; }
    const QStringList &english() const { return m_english; }
    QString report() const { return (m_problems + m_english).join(QLatin1Char('\n')); }

private:
    void checkText(QWidget *widget, const QString &window, const QString &what, const QString &text,
                   int needed, int available);
    void checkEnglish(QWidget *widget, const QString &window, const QString &text);

    QHash<QString, QString> m_catalogue; // keys without mnemonic ampersands
    QStringList m_problems;
    QStringList m_english;
};

} // namespace kfptest
