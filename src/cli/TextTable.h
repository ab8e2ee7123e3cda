#pragma once

// Plain-text tables for a terminal: columns aligned by *display width*, so Korean (and other
// East Asian wide) characters, which take two terminal cells, still line up.

#include <QList>
#include <QString>
#include <QStringList>

namespace kfp {

// Terminal cells taken by `text`: wide/fullwidth code points count 2, combining marks and
// control characters 0, everything else 1 (a small wcwidth()).
int displayWidth(const QString &text);

// `text` followed by spaces up to `width` cells.
QString padToWidth(const QString &text, int width);

class TextTable final
{
public:
    explicit TextTable(QStringList header)
        : m_header(std::move(header))
    {}

    void addRow(QStringList cells);
    int rowCount() const { return int(m_rows.size()); }

    // Header and rows, columns separated by two spaces, no trailing blanks, '\n' after each line.
    QString render() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

// "Label:  value" lines with the labels padded to the same display width.
QString renderKeyValues(const QList<QPair<QString, QString>> &pairs);

} // namespace kfp
