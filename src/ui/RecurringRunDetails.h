#pragma once

// Details of one recurring run (v1: job): the trigger in words (periodic interval, or cron with
// its six fields explained), start/end, max concurrency, catch-up, enabled, and its parameters.

#include "DetailsPane.h"

#include <memory>

namespace Ui {
class RecurringRunDetails;
}

namespace kfp {

struct RecurringRun;

class RecurringRunDetails final : public DetailsPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecurringRunDetails)
public:
    explicit RecurringRunDetails(KfpClient *client, QWidget *parent = nullptr);
    ~RecurringRunDetails() override;

    void showRecurringRun(const QString &recurringRunId);
    void reload() override;
    QString triggerText() const;

protected:
    void clearValues() override;
    void namesArrived() override;

private:
    void fill(const RecurringRun &recurringRun);
    void fillReferences();

    std::unique_ptr<Ui::RecurringRunDetails> m_ui;
    QString m_experimentId, m_pipelineId, m_versionId;
};

} // namespace kfp
