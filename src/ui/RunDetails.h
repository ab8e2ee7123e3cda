#pragma once

// Details of one run: state, timings, parameters, state history, error, and the task list from
// `run_details` (v1: from the Argo workflow status) as a tree by parent task.

#include "DetailsPane.h"

#include <memory>

namespace Ui {
class RunDetails;
}

namespace kfp {

struct Run;

class RunDetails final : public DetailsPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetails)
public:
    explicit RunDetails(KfpClient *client, QWidget *parent = nullptr);
    ~RunDetails() override;

    void showRun(const QString &runId);
    void reload() override;
    int taskCount() const;

protected:
    void clearValues() override;
    void namesArrived() override;

private:
    void fill(const Run &run);
    void fillReferences();
    void fillTasks(const Run &run);

    std::unique_ptr<Ui::RunDetails> m_ui;
    // The ids the shown run refers to, to put names on them when those arrive.
    QString m_experimentId, m_pipelineId, m_versionId, m_recurringRunId;
};

} // namespace kfp
