#include "TextTable.h"

#include <QChar>

#include <algorithm>

namespace kfp {

namespace {

// East Asian Width W and F ranges (Unicode 15, condensed to the blocks that matter in practice).
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F)      // Hangul Jamo initial consonants
           || (c >= 0x2E80 && c <= 0x303E)   // CJK radicals, Kangxi, CJK symbols and punctuation
           || (c >= 0x3041 && c <= 0x33FF)   // Hiragana, Katakana, Bopomofo, Hangul compat. Jamo...
           || (c >= 0x3400 && c <= 0x4DBF)   // CJK Extension A
           || (c >= 0x4E00 && c <= 0x9FFF)   // CJK Unified Ideographs
           || (c >= 0xA000 && c <= 0xA4CF)   // Yi
           || (c >= 0xA960 && c <= 0xA97F)   // Hangul Jamo Extended-A
           || (c >= 0xAC00 && c <= 0xD7A3)   // Hangul Syllables
           || (c >= 0xF900 && c <= 0xFAFF)   // CJK Compatibility Ideographs
           || (c >= 0xFE10 && c <= 0xFE19)   // vertical forms
           || (c >= 0xFE30 && c <= 0xFE6F)   // CJK compatibility forms, small forms
           || (c >= 0xFF00 && c <= 0xFF60)   // fullwidth forms
           || (c >= 0xFFE0 && c <= 0xFFE6)   // fullwidth signs
           || (c >= 0x1F300 && c <= 0x1F64F) // pictographs, emoticons
           || (c >= 0x1F900 && c <= 0x1F9FF) // supplemental symbols and pictographs
           || (c >= 0x20000 && c <= 0x3FFFD); // CJK Extension B and beyond
}

} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    const auto codePoints = text.toUcs4();
    for (const uint u : codePoints) {
        const auto c = char32_t(u);
        switch (QChar::category(c)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_Enclosing:
        case QChar::Other_Control:
        case QChar::Other_Format:
            break;
        default:
            width += isWide(c) ? 2 : 1;
        }
    }
    return width;
}

QString padToWidth(const QString &text, int width)
{
    const int pad = width - displayWidth(text);
    return pad > 0 ? text + QString(pad, QLatin1Char(' ')) : text;
}

void TextTable::addRow(QStringList cells)
{
    // A cell is one line: newlines and tabs would break the columns.
    for (auto &cell : cells) {
        cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
        cell.replace(QLatin1Char('\t'), QLatin1Char(' '));
    }
    m_rows.append(std::move(cells));
}

QString TextTable::render() const
{
    const int columns = int(m_header.size());
    QList<int> widths(columns, 0);
    auto measure = [&](const QStringList &cells) {
        for (int c = 0; c < columns && c < cells.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(cells.at(c)));
    };
    measure(m_header);
    for (const auto &row : m_rows)
        measure(row);

    QString out;
    auto emitLine = [&](const QStringList &cells) {
        QString line;
        for (int c = 0; c < columns; ++c) {
            const QString cell = c < cells.size() ? cells.at(c) : QString();
            line += c + 1 < columns ? padToWidth(cell, widths[c]) + QLatin1String("  ") : cell;
        }
        // trailing blanks from empty last cells are noise for `diff` and `cut`
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    };
    emitLine(m_header);
    for (const auto &row : m_rows)
        emitLine(row);
    return out;
}

QString renderKeyValues(const QList<QPair<QString, QString>> &pairs)
{
    int width = 0;
    for (const auto &kv : pairs)
        width = std::max(width, displayWidth(kv.first) + 1);
    QString out;
    for (const auto &kv : pairs) {
        QString value = kv.second;
        value.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(width + 2, QLatin1Char(' ')));
        out += padToWidth(kv.first + QLatin1Char(':'), width) + QLatin1String("  ") + value +
               QLatin1Char('\n');
    }
    return out;
}

} // namespace kfp
