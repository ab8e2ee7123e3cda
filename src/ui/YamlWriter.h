#pragma once

// Writes JSON as block-style YAML, for showing a v2 pipeline spec (the server returns the
// compiled YAML as a JSON Struct) the way `kfp dsl compile` wrote it. Keys keep the spec's order
// as far as QJsonObject allows (sorted); strings are quoted only when YAML would misread them.
// Pure: safe on a worker thread.

#include <QJsonValue>
#include <QString>

namespace kfp {

class YamlWriter
{
public:
    static QString toYaml(const QJsonValue &value);

private:
    static void write(QString &out, const QJsonValue &value, int indent, bool inList);
    static QString scalar(const QJsonValue &value);
    static QString quoted(const QString &text);
};

} // namespace kfp
