#pragma once

// The one way the UI asks the user something modal ("Delete these 12 runs?") or tells a
// result that needs acknowledging. Widgets never open a QMessageBox themselves: they are given a
// Prompter, so a test can answer in advance (tests/ui/ScriptedPrompter.h) and the product uses
// MessageBoxPrompter.
//
// Asking is asynchronous (a window-modal box opened with open(), never exec()): the answer
// arrives in `done`, called at most once, and only while `context` is alive.
//
//     Prompter::Question q;
//     q.text = tr("Delete %n run(s)?", nullptr, n);
//     q.buttons = QMessageBox::Yes | QMessageBox::Cancel;
//     m_prompter->ask(this, q, this, [this](QMessageBox::StandardButton b) { ... });

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace kfp {

class Prompter
{
public:
    enum class Kind
    {
        Question,
        Warning,
        Information,
        Error
    };

    struct Question
    {
        Kind kind = Kind::Question;
        QString title;
        QString text;            // one sentence
        QString informativeText; // what follows from it ("This cannot be undone.")
        QStringList items;       // what will be affected, one per line (shown in the box)
        QString detailedText;    // behind "Show Details…" (e.g. server messages)
        QMessageBox::StandardButtons buttons = QMessageBox::Ok;
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
        // Renames the Yes button (e.g. "Delete"), so the answer reads as an action.
        QString yesText;
    };
    using Answer = std::function<void(QMessageBox::StandardButton)>;

    Prompter() = default;
    virtual ~Prompter();
    Prompter(const Prompter &) = delete;
    Prompter &operator=(const Prompter &) = delete;

    virtual void ask(QWidget *parent, const Question &question, QObject *context, Answer done) = 0;
};

// The product's Prompter: a window-modal QMessageBox, opened without a nested event loop.
class MessageBoxPrompter final : public Prompter
{
    Q_DECLARE_TR_FUNCTIONS(kfp::MessageBoxPrompter)
public:
    MessageBoxPrompter() = default;
    void ask(QWidget *parent, const Question &question, QObject *context, Answer done) override;
};

} // namespace kfp
