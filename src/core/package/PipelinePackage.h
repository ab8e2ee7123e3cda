#pragma once

// Local reader and validator of compiled pipeline files (what `kfp dsl compile` writes), run
// before an upload: it refuses what the server would refuse, with a message that says where.
//
// Pure code, no QObject: safe on a worker thread (the UI calls read() through QtConcurrent).
//
// Formats, as the KFP API server takes them (docs/wire.md, Uploads):
//  * `.yaml`/`.yml`: YAML (yaml-cpp), one document or several (the pipeline spec, then the
//    platform spec, a document whose top-level key is `platforms`);
//  * `.json`: JSON;
//  * any other name: the bytes are sniffed for a zip (`PK`) or a gzip-compressed tar (`1F 8B`)
//    archive (libarchive) holding `pipeline.yaml` at its top level. Anything else is refused
//    (UnsupportedFormat), as the server refuses it ("Unexpected pipeline file format").
// Files over MaxFileSize are refused before they are read.
//
// Detail::Summary reads only what the preview and the checks need (name, description,
// parameters, components, tasks, kind and versions): a YAML file is then checked and parsed as
// a stream, never held whole, and pipelineSpecJson() / workflowManifest() are empty. An upload
// and `kfpctl package inspect` read that way; a run from a file needs Detail::Full.

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace kfp {

// One input parameter of the pipeline.
struct PackageParameter
{
    QString name;
    // v2: the IR parameterType (STRING, NUMBER_INTEGER, NUMBER_DOUBLE, BOOLEAN, LIST, STRUCT,
    // TASK_FINAL_STATUS, TASK_CONFIG, PARAMETER_TYPE_ENUM_UNSPECIFIED); v1: always "STRING".
    QString type;
    // Typed as in the file (NUMBER_INTEGER defaults are doubles such as 1.0); v1: a string.
    // Undefined when there is no default.
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined);
    bool optional = false;
    QString description;
    QJsonArray literals; // the allowed values, when the IR lists them
    // Neither optional nor with a default: a run must give a value.
    bool isRequired() const { return !optional && defaultValue.isUndefined(); }
};

// One task of the root DAG.
struct PackageTask
{
    QString name;
    QString componentRef; // v2: componentRef.name; v1: the Argo template's name
    QStringList dependsOn;
};

struct PackageError
{
    enum class Kind
    {
        None,
        FileNotFound,
        Unreadable,                 // cannot open or read; a directory
        Empty,                      // no bytes, only white space, or no YAML document
        TooLarge,                   // over PipelinePackage::MaxFileSize (or an archive bomb)
        Binary,                     // NUL bytes, not UTF-8, UTF-16
        InvalidYaml,                // with line and column
        InvalidJson,                // with line and column
        NotAPipeline,               // well-formed, but neither a KFP v2 IR nor an Argo Workflow
        ArchiveWithoutPipelineYaml, // zip or tar.gz without a top-level pipeline.yaml
        InvalidArchive,             // a corrupt archive, or an archive name on other bytes
        UnsupportedFormat,          // a file name the server does not take, not an archive
    };
    Kind kind = Kind::None;
    QString message; // translated; names the file and what is wrong
    int line = 0;    // 1-based; 0 when unknown or not applicable
    int column = 0;  // 1-based
    QString detail;  // untranslated technical detail (parser message, entries found...)
};

class PipelinePackage
{
    Q_DECLARE_TR_FUNCTIONS(kfp::PipelinePackage)
public:
    enum class Kind
    {
        Unknown,
        KfpV2Ir,
        ArgoWorkflowV1,
    };

    enum class Detail
    {
        Full,    // the whole spec too, for a run
        Summary, // what a preview shows and the checks (see above)
    };

    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024; // the server's limit

    PipelinePackage() = default;

    // Reads a file: checks its size first, then dispatches on the extension (see above).
    static PipelinePackage read(const QString &filePath, Detail detail = Detail::Full);
    // The same on bytes already in memory; fileName chooses the format like read()'s path.
    static PipelinePackage fromBytes(const QByteArray &data, const QString &fileName,
                                     Detail detail = Detail::Full);
    Detail detail() const { return m_detail; }

    bool isValid() const
    {
        return m_error.kind == PackageError::Kind::None && m_kind != Kind::Unknown;
    }
    const PackageError &error() const { return m_error; }

    Kind kind() const { return m_kind; }
    // v2: pipelineInfo.name; v1: metadata.name, or metadata.generateName without its trailing
    // '-'; else the file name without its extension.
    QString name() const { return m_name; }
    // v2: pipelineInfo.description, else root.description; v1: the description of the
    // annotation pipelines.kubeflow.org/pipeline_spec.
    QString description() const { return m_description; }
    // v2: pipelineInfo.displayName; v1: the annotation pipelines.kubeflow.org/pipeline_spec's
    // name; else name().
    QString displayName() const { return m_displayName; }
    QString schemaVersion() const { return m_schemaVersion; } // v2 only, e.g. "2.1.0"
    // v2: sdkVersion ("kfp-2.14.6"); v1: the annotation pipelines.kubeflow.org/kfp_sdk_version.
    QString sdkVersion() const { return m_sdkVersion; }

    // v2: root.inputDefinitions.parameters, in key order (the SDK writes them sorted);
    // v1: spec.arguments.parameters in file order (descriptions from the pipeline_spec
    // annotation when it has them).
    QList<PackageParameter> parameters() const { return m_parameters; }
    // v2: the number of entries of `components` (sub-DAGs included); v1: the number of
    // templates that run something (container, script, resource, ...), i.e. all templates that
    // are neither `dag` nor `steps`.
    int componentCount() const { return m_componentCount; }
    // The root DAG. v2: root.dag.tasks, sorted by name; v1: the tasks of the entrypoint
    // template (`dag.tasks` with `dependencies`/`depends`, or `steps`, where each group depends
    // on the previous one), in file order. Nested DAGs are not expanded.
    QList<PackageTask> tasks() const { return m_tasks; }

    bool hasPlatformSpec() const { return !m_platformSpec.isEmpty(); }
    // v2: the IR as JSON (a run's runtime pipeline_spec); when there is a platform spec,
    // {"pipeline_spec": IR, "platform_spec": platforms document}. v1 or Detail::Summary: empty.
    QJsonObject pipelineSpecJson() const;
    QJsonObject platformSpecJson() const { return m_platformSpec; } // v2: {"platforms": ...}
    // v1: the Argo Workflow as compact JSON text (an inline v1 run). v2 or Detail::Summary:
    // empty.
    QString workflowManifest() const;

    QString fileName() const { return m_fileName; } // without its directory
    QString filePath() const { return m_filePath; } // as given to read(); empty for fromBytes()

    // A summary for `kfpctl package inspect --json`: kind, name, description, parameters,
    // componentCount, tasks, or the error.
    QJsonObject summaryJson() const;
    static QString kindName(Kind kind); // "KfpV2Ir", "ArgoWorkflowV1", "Unknown"
    // The file name of `path` without `.yaml`, `.tar.gz`, ...: the SDK's default pipeline name,
    // and the stem of the default pipeline and version names of an upload.
    static QString fileStem(const QString &path);
    static QString errorKindName(PackageError::Kind kind); // "InvalidYaml", ...

private:
    friend class PipelineSpecReader;
    friend class PipelineTextReader;

    void fail(PackageError::Kind kind, const QString &message, const QString &detail = {},
              int line = 0, int column = 0);
    void failTooLarge(qint64 size);
    void parseArchive(const QByteArray &data, bool zip);

    PackageError m_error;
    Detail m_detail = Detail::Full;
    Kind m_kind = Kind::Unknown;
    QString m_fileName;
    QString m_filePath;
    QString m_name;
    QString m_description;
    QString m_displayName;
    QString m_schemaVersion;
    QString m_sdkVersion;
    QList<PackageParameter> m_parameters;
    int m_componentCount = 0;
    QList<PackageTask> m_tasks;
    QJsonObject m_spec;         // v2 IR or v1 Workflow (Summary: only the parts read)
    QJsonObject m_platformSpec; // v2 only
};

} // namespace kfp
