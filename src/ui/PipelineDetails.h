#pragma once

// Details of one pipeline: description, created, namespace, tags and its versions (newest first).
// Double-clicking a version asks the window to show it (versionActivated).

#include "DetailsPane.h"
#include "api/Page.h"

#include <memory>

namespace Ui {
class PipelineDetails;
}

namespace kfp {

struct Pipeline;
struct PipelineVersion;

class PipelineDetails final : public DetailsPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineDetails)
public:
    explicit PipelineDetails(KfpClient *client, QWidget *parent = nullptr);
    ~PipelineDetails() override;

    void showPipeline(const QString &pipelineId);
    void reload() override;
    int versionCount() const;

Q_SIGNALS:
    void versionActivated(const QString &pipelineId, const QString &versionId);

protected:
    void clearValues() override;

private:
    void fill(const Pipeline &pipeline);
    void loadVersions(const QString &pipelineId);
    void fillVersions(const Page<PipelineVersion> &page);

    std::unique_ptr<Ui::PipelineDetails> m_ui;
};

} // namespace kfp
