#pragma once

// YAML (yaml-cpp) to QJsonValue. Plain (untagged, unquoted) scalars are resolved by the YAML 1.2
// core schema: null, bool, int (decimal, 0o octal, 0x hex; within 64 bits, beyond as double),
// float; quoted and block scalars stay strings, so '1.0' is a string and 1.0 a number. The core
// tags !!str, !!int, !!float, !!bool and !!null are honoured; other tags are ignored. .inf and
// .nan have no JSON form and stay strings. Aliases are expanded, within a budget of values
// proportional to the input size (no "billion laughs") and a nesting limit.

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace kfp {

class YamlToJson
{
public:
    struct Error
    {
        QString message;            // yaml-cpp's message, untranslated
        int line = 0;               // 1-based, 0 when unknown
        int column = 0;             // 1-based
        bool limitExceeded = false; // too deep or too many values after alias expansion
    };

    static constexpr int MaxDepth = 512;

    // Parses every document of utf8 (a leading BOM is fine). Null documents are kept as Null
    // values. Returns false and fills error on a syntax error.
    static bool parseAll(const QByteArray &utf8, QList<QJsonValue> *documents, Error *error);

    // The core-schema resolution of one plain scalar (exposed for tests).
    static QJsonValue resolvePlainScalar(const QByteArray &text);
};

} // namespace kfp
