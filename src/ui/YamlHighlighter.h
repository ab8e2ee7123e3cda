#pragma once

// Colours YAML in a read-only editor: mapping keys, quoted strings, comments, numbers and the
// literals true/false/null. Line by line with regular expressions: enough for compiled pipeline
// specs, which use no multi-line flow collections.

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace kfp {

class YamlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlHighlighter)
public:
    explicit YamlHighlighter(QTextDocument *document);
    ~YamlHighlighter() override;

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_key;
    QRegularExpression m_string;
    QRegularExpression m_number;
    QRegularExpression m_literal;
    QTextCharFormat m_keyFormat;
    QTextCharFormat m_stringFormat;
    QTextCharFormat m_commentFormat;
    QTextCharFormat m_numberFormat;
};

} // namespace kfp
