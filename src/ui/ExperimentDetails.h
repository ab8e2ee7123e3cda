#pragma once

// Details of one experiment: description, created, last run, namespace, active or archived.

#include "DetailsPane.h"

#include <memory>

namespace Ui {
class ExperimentDetails;
}

namespace kfp {

struct Experiment;

class ExperimentDetails final : public DetailsPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExperimentDetails)
public:
    explicit ExperimentDetails(KfpClient *client, QWidget *parent = nullptr);
    ~ExperimentDetails() override;

    void showExperiment(const QString &experimentId);
    void reload() override;

protected:
    void clearValues() override;

private:
    void fill(const Experiment &experiment);

    std::unique_ptr<Ui::ExperimentDetails> m_ui;
};

} // namespace kfp
