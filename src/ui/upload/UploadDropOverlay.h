#pragma once

// The highlight over the main window's central area while files are dragged over it: says what
// a drop will do (upload N files) or that the files are not pipeline files.
//
// Transparent for the mouse, so the drag events still reach the window underneath.

#include <QWidget>
#include <memory>

namespace Ui {
class UploadDropOverlay;
}

namespace kfp {

class UploadDropOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadDropOverlay)
public:
    explicit UploadDropOverlay(QWidget *parent);
    ~UploadDropOverlay() override;

    // Covers the parent and shows what a drop of these files does.
    void showFor(int uploadable, int refused);
    QString text() const;
    bool isRefusing() const { return m_refusing; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::unique_ptr<Ui::UploadDropOverlay> m_ui;
    bool m_refusing = false;
};

} // namespace kfp
