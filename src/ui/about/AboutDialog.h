#pragma once

// Help → About: the application's name and version, the Qt it runs on and was built with, the
// licence (Apache-2.0, full text from :/about/LICENSE) and a link to the Kubeflow Pipelines docs.
//
//     auto *about = new AboutDialog(QCoreApplication::applicationVersion(), window);
//     about->setAttribute(Qt::WA_DeleteOnClose);
//     about->open();

#include <QDialog>
#include <QUrl>
#include <memory>

namespace Ui {
class AboutDialog;
}

namespace kfp {

class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(const QString &version, QWidget *parent = nullptr);
    ~AboutDialog() override;

    static QUrl docsUrl();
    // The LICENSE text embedded in the resources (empty if the resource is missing).
    static QString licenseText();

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace kfp
