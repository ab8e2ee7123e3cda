#pragma once

// Internal to YamlToJson: builds QJsonValues straight from yaml-cpp's parser events
// (YAML::Parser + YAML::EventHandler), without yaml-cpp's node tree, reading the input through
// a stream so the text is never copied.
//
// A YamlPathFilter can leave out what a caller does not need: a value whose path no pattern
// reaches is still parsed (so syntax errors are found with their line) but not built; in its
// place the parent gets an empty object, an empty array or null. Keys are always kept, so a
// mapping's keys and size stay right.

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <istream>

namespace kfp {

class YamlPathFilter
{
public:
    // Patterns are '/'-separated paths from a document's root; '*' matches any key or any
    // sequence item, and a final "**" keeps the whole value at that path. "a/b" keeps the
    // value at a/b without its children (they become placeholders).
    explicit YamlPathFilter(const QStringList &patterns);

    enum class Match
    {
        None,    // no pattern reaches this path: a placeholder
        Partial, // on the way to a pattern: built, its children decided one by one
        Whole,   // under a "**" pattern: built with everything below it
    };
    Match match(const QStringList &path) const;

private:
    struct Pattern
    {
        QStringList segments;
        bool whole = false;
    };
    QList<Pattern> m_patterns;
};

struct YamlParseError
{
    QString message;
    int line = 0;   // 1-based, 0 when unknown
    int column = 0; // 1-based
    bool limitExceeded = false;
};

// Parses every document of `in` (sizeHint: its length in bytes, for the limits) into
// `documents`; filter may be null (build everything). Returns false and fills error on a
// syntax error or an exceeded limit.
bool buildJsonFromYaml(std::istream &in, qint64 sizeHint, const YamlPathFilter *filter,
                       QList<QJsonValue> *documents, YamlParseError *error);

} // namespace kfp
