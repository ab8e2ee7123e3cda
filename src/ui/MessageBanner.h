#pragma once

// An inline, non-modal message strip shown above a view (like KDE's KMessageWidget): one
// translated sentence, an expandable "Details" with the server's English text (scrolling when
// long, e.g. the failures of a bulk action), and optional Retry and Close buttons. It hides itself
// on Close; Retry emits retryRequested().

#include <QFrame>
#include <memory>

namespace Ui {
class MessageBanner;
}

namespace kfp {

class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)
public:
    enum class Kind
    {
        Error,
        Information
    };

    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;

    // Shows the banner. Details (may be empty) go behind the "Details" toggle.
    void showMessage(Kind kind, const QString &message, const QString &details = {},
                     bool retryable = true);
    QString message() const;
    QString details() const;
    bool isDetailsShown() const; // the "Details" toggle is open

Q_SIGNALS:
    void retryRequested();

private:
    void applyKind(Kind kind);

    std::unique_ptr<Ui::MessageBanner> m_ui;
};

} // namespace kfp
