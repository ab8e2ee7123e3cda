#pragma once

// YAML (yaml-cpp) to QJsonValue. Plain (untagged, unquoted) scalars are resolved by the YAML 1.2
// core schema: null, bool, int (decimal, 0o octal, 0x hex; within 64 bits, beyond as double),
// float; quoted and block scalars stay strings, so '1.0' is a string and 1.0 a number. The core
// tags !!str, !!int, !!float, !!bool and !!null are honoured; other tags are ignored. .inf and
// .nan have no JSON form and stay strings. Aliases are expanded, within a budget of values
// proportional to the input size (no "billion laughs") and a nesting limit.
//
// The values are built from yaml-cpp's parser events (YamlJsonBuilder), never through its node
// tree, and the text is read in place: the memory needed is about that of the values built. A
// YamlPathFilter builds only the parts a caller reads (PipelinePackage's summary).

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <istream>
#include <string>

namespace kfp {

class YamlPathFilter;

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
    // The same, building only what filter keeps (null: everything).
    static bool parseAll(const QByteArray &utf8, QList<QJsonValue> *documents, Error *error,
                         const YamlPathFilter *filter);
    // The same from a stream (UTF-8, no BOM) of about sizeHint bytes (for the limits).
    static bool parseAll(std::istream &in, qint64 sizeHint, QList<QJsonValue> *documents,
                         Error *error, const YamlPathFilter *filter);

    // A scalar with its tag as yaml-cpp reports it ("?" plain, "!" quoted, or a resolved tag).
    static QJsonValue resolveScalar(const std::string &tag, const std::string &text);

    // The core-schema resolution of one plain scalar (exposed for tests).
    static QJsonValue resolvePlainScalar(const QByteArray &text);
};

} // namespace kfp
