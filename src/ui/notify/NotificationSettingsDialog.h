#pragma once

// Which finished runs notify: the final states, "only runs I started here", desktop pop-ups on or
// off, and whether every active run of the namespace is watched. Opened with open() (no nested
// event loop); the caller reads the values on accepted().

#include "watch/NotificationSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NotificationSettingsDialog;
}

namespace kfp {

class NotificationSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationSettingsDialog)
public:
    explicit NotificationSettingsDialog(QWidget *parent = nullptr);
    ~NotificationSettingsDialog() override;

    void setSettings(const NotificationSettings &settings, bool watchAllActive);
    NotificationSettings settings() const;
    bool watchAllActive() const;

private:
    std::unique_ptr<Ui::NotificationSettingsDialog> m_ui;
    NotificationSettings m_base; // fields the dialog does not show keep their values
};

} // namespace kfp
