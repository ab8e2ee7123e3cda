#include "UiFitChecker.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QXmlStreamReader>

#include <utility>

namespace kfptest {

namespace {

// "&Log in" is shown as "Log in" with an underline; "&&" is a literal ampersand.
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString describe(const QWidget *w)
{
    const QString name = w->objectName().isEmpty() ? QStringLiteral("<unnamed>") : w->objectName();
    return QStringLiteral("%1 (%2)").arg(name, QLatin1String(w->metaObject()->className()));
}

int widestLine(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, fm.horizontalAdvance(line));
    return widest;
}

} // namespace

QHash<QString, QString> UiFitChecker::readCatalogue(const QString &tsFile)
{
    QHash<QString, QString> catalogue;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return catalogue;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
            const QString translation = xml.readElementText();
            // Strings that read the same in Korean (names, "API") prove nothing either way.
            if (!unfinished && !translation.isEmpty() && translation != source)
                catalogue.insert(withoutMnemonic(source), translation);
        }
    }
    return catalogue;
}

UiFitChecker::UiFitChecker(QHash<QString, QString> catalogue)
    : m_catalogue(std::move(catalogue))
{}

int UiFitChecker::check(QWidget *window, const QString &windowName)
{
    int checked = 0;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        const QFontMetrics fm = w->fontMetrics();
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty())
                continue;
            QString text = label->text();
            if (label->textFormat() == Qt::RichText ||
                (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
                text = QTextDocumentFragment::fromHtml(text).toPlainText();
            else if (label->buddy())
                text = withoutMnemonic(text);
            ++checked;
            checkEnglish(label, windowName, text);
            if (label->wordWrap()) {
                // A wrapped label fits when the lines it needs at its width fit its height.
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height())
                    m_problems << QStringLiteral("%1: %2 \"%3\" needs %4 px of height, has %5 "
                                                 "(width %6)")
                                      .arg(windowName, describe(label), text)
                                      .arg(needed)
                                      .arg(label->height())
                                      .arg(label->width());
                continue;
            }
            const int available =
                label->contentsRect().width() - 2 * label->margin() - qMax(0, label->indent());
            checkText(label, windowName, QStringLiteral("text"), text, widestLine(fm, text),
                      available);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            const QString text = withoutMnemonic(button->text());
            if (text.isEmpty())
                continue;
            if (auto *tool = qobject_cast<QToolButton *>(button);
                tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                continue; // only the icon is drawn; the text is the tooltip
            ++checked;
            checkEnglish(button, windowName, text);
            // The button's own size hint is its text plus icon, indicator and the style's
            // padding: narrower than that, the text is cut.
            const int chrome = button->sizeHint().width() - widestLine(fm, text);
            checkText(button, windowName, QStringLiteral("text"), text, widestLine(fm, text),
                      button->width() - chrome);
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            const QString title = withoutMnemonic(box->title());
            if (title.isEmpty())
                continue;
            ++checked;
            checkEnglish(box, windowName, title);
            // QGroupBox's minimum size hint covers its title (and check box).
            const int chrome = box->minimumSizeHint().width() - fm.horizontalAdvance(title);
            checkText(box, windowName, QStringLiteral("title"), title, fm.horizontalAdvance(title),
                      box->width() - qMax(chrome, 0));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            const int padding =
                tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
            for (int i = 0; i < tabs->count(); ++i) {
                const QString text = withoutMnemonic(tabs->tabText(i));
                if (text.isEmpty() || !tabs->isTabVisible(i))
                    continue;
                ++checked;
                checkEnglish(tabs, windowName, text);
                int available = tabs->tabRect(i).width() - padding;
                if (!tabs->tabIcon(i).isNull())
                    available -= tabs->iconSize().width() + 4;
                for (auto side : {QTabBar::LeftSide, QTabBar::RightSide})
                    if (QWidget *extra = tabs->tabButton(i, side))
                        available -= extra->width();
                checkText(tabs, windowName, QStringLiteral("tab %1").arg(i), text,
                          fm.horizontalAdvance(text), available);
            }
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (!header->model())
                continue;
            const int margin =
                header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            const int arrow =
                header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin;
            const QFontMetrics hfm(header->font());
            for (int i = 0; i < header->count(); ++i) {
                if (header->isSectionHidden(i) || header->sectionSize(i) <= 0)
                    continue;
                const QString text =
                    header->model()->headerData(i, header->orientation()).toString();
                if (text.isEmpty())
                    continue;
                ++checked;
                checkEnglish(header, windowName, text);
                int available = header->sectionSize(i) - 2 * margin;
                if (header->isSortIndicatorShown() && header->sortIndicatorSection() == i)
                    available -= arrow;
                checkText(header, windowName, QStringLiteral("section %1").arg(i), text,
                          hfm.horizontalAdvance(text), available);
            }
        }
    }
    return checked;
}

void UiFitChecker::checkText(QWidget *widget, const QString &window, const QString &what,
                             const QString &text, int needed, int available)
{
    if (needed <= available)
        return;
    m_problems << QStringLiteral("%1: %2 %3 \"%4\" is %5 px wide, has %6 px")
                      .arg(window, describe(widget), what, text)
                      .arg(needed)
                      .arg(available);
}

void UiFitChecker::checkEnglish(QWidget *widget, const QString &window, const QString &text)
{
    const auto it = m_catalogue.constFind(text);
    if (it == m_catalogue.constEnd())
        return;
    m_english << QStringLiteral("%1: %2 shows \"%3\" in English; the catalogue has \"%4\"")
                     .arg(window, describe(widget), text, it.value());
}

} // namespace kfptest
