#include "YamlHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace kfp {

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_key(QStringLiteral(
          "^\\s*(?:-\\s+)?((?:'[^']*'|\"[^\"]*\"|[^\\s'\"#:][^:#]*?)\\s*):(?=\\s|$)"))
    , m_string(QStringLiteral("'(?:[^']|'')*'|\"(?:[^\"\\\\]|\\\\.)*\""))
    , m_number(QStringLiteral(
          "(?<=[\\s:\\-\\[,])-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?(?=\\s*$|\\s*[,\\]])"))
    , m_literal(QStringLiteral("(?<=:\\s|-\\s)(true|false|null|~)\\s*$"))
{
    // Darker hues on light themes, lighter ones on dark themes, so both stay readable.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_keyFormat.setForeground(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa8));
    m_keyFormat.setFontWeight(QFont::DemiBold);
    m_stringFormat.setForeground(dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x18, 0x80, 0x38));
    m_commentFormat.setForeground(dark ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x70, 0x75, 0x7a));
    m_commentFormat.setFontItalic(true);
    m_numberFormat.setForeground(dark ? QColor(0xfd, 0xd6, 0x63) : QColor(0xa5, 0x4b, 0x00));
}

YamlHighlighter::~YamlHighlighter() = default;

void YamlHighlighter::highlightBlock(const QString &text)
{
    // Strings first, remembering where they are, so a '#' inside one is not a comment.
    QList<QPair<int, int>> strings;
    auto it = m_string.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        strings.append({int(m.capturedStart()), int(m.capturedEnd())});
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_stringFormat);
    }
    const auto key = m_key.match(text);
    if (key.hasMatch())
        setFormat(int(key.capturedStart(1)), int(key.capturedLength(1)), m_keyFormat);
    auto numbers = m_number.globalMatch(text);
    while (numbers.hasNext()) {
        const auto m = numbers.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_numberFormat);
    }
    const auto literal = m_literal.match(text);
    if (literal.hasMatch())
        setFormat(int(literal.capturedStart(1)), int(literal.capturedLength(1)), m_numberFormat);

    // A comment starts at '#' at the line start or after white space, outside strings.
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('#') || (i > 0 && !text.at(i - 1).isSpace()))
            continue;
        bool inString = false;
        for (const auto &s : strings)
            inString = inString || (i >= s.first && i < s.second);
        if (!inString) {
            setFormat(i, int(text.size()) - i, m_commentFormat);
            break;
        }
    }
}

} // namespace kfp
