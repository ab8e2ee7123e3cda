#pragma once

// The note a section shows above its list when the filters leave it empty: one sentence naming
// the filters ("No runs match: state: Failed; name contains “x”.") and a "Clear filters" button.

#include <QFrame>

class QLabel;

namespace kfp {

class EmptyResultNote final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyResultNote)
public:
    explicit EmptyResultNote(QWidget *parent = nullptr);
    ~EmptyResultNote() override;

    void showText(const QString &text);
    QString text() const;

Q_SIGNALS:
    // "Clear filters" was clicked (the note has hidden itself).
    void clearRequested();

private:
    QLabel *m_label;
};

} // namespace kfp
