#pragma once

// Details of one pipeline version: its metadata, its input parameters (type, default, optional)
// and the compiled spec as highlighted, read-only YAML that can be saved to a file.
//
// The spec comes from GET …/versions/{id} (v2: `pipeline_spec`, a JSON Struct of the compiled YAML;
// v1: the Argo workflow text of …/templates). Turning it into parameters and YAML text runs on a
// worker thread: a spec can be megabytes.

#include "DetailsPane.h"

#include <QFutureWatcher>
#include <memory>

namespace Ui {
class VersionDetails;
}

namespace kfp {

struct PipelineVersion;
class Prompter;
class YamlHighlighter;

class VersionDetails final : public DetailsPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionDetails)
public:
    // What the worker makes of a spec.
    struct SpecView
    {
        QString yaml;
        QString format; // translated: "KFP v2 pipeline spec", "Argo workflow (KFP v1)"
        struct Parameter
        {
            QString name, type, defaultText, description;
            bool optional = false;
        };
        QList<Parameter> parameters;
    };
    static SpecView readSpec(const PipelineVersion &version); // pure; worker thread

    VersionDetails(KfpClient *client, QWidget *parent = nullptr);
    ~VersionDetails() override;

    void showVersion(const QString &pipelineId, const QString &versionId);
    void reload() override;
    QString specText() const;
    int parameterCount() const;
    // The directory "Save As…" starts in; tests point it at a temp dir.
    void setSaveDirectory(const QString &dir) { m_saveDir = dir; }
    // Writes the spec to `path`; false (and the banner says why) on failure.
    bool saveSpecTo(const QString &path);

Q_SIGNALS:
    void specReady();

protected:
    void clearValues() override;

private:
    void fill(const PipelineVersion &version);
    void showSpec(const SpecView &view);
    void saveAs();

    std::unique_ptr<Ui::VersionDetails> m_ui;
    YamlHighlighter *m_highlighter;
    QFutureWatcher<SpecView> m_specWatcher;
    QString m_pipelineId;
    QString m_versionName;
    QString m_saveDir;
};

} // namespace kfp
