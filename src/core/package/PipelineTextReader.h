#pragma once

// Internal to PipelinePackage: reads a pipeline's text, YAML or JSON, after the checks of
// TextCheck (encoding, NUL bytes, only white space), in memory or, for a YAML file read in
// summary, as a stream; then hands the documents to PipelineSpecReader. Errors go to the
// package with their line and column.

#include <QByteArray>
#include <QString>

class QFile;

namespace kfp {

class PipelinePackage;
class TextCheck;
class YamlPathFilter;

class PipelineTextReader
{
public:
    // raw: the whole text; json: JSON, else YAML; what: the file as messages name it.
    static void parseText(PipelinePackage *p, const QByteArray &raw, bool json,
                          const QString &what);
    // A YAML file of `size` bytes, checked in chunks and parsed as a stream.
    static void readYamlFile(PipelinePackage *p, QFile *file, qint64 size);

private:
    static bool checkText(PipelinePackage *p, const TextCheck &check, const QString &what);
    static void failYaml(PipelinePackage *p, const QString &what, const QString &message, int line,
                         int column);
    static const YamlPathFilter *yamlFilter(const PipelinePackage *p);
};

} // namespace kfp
