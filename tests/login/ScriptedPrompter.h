#pragma once

// A Prompter that answers from a script, so tests drive modal questions without a box.

#include "Prompter.h"

#include <QList>
#include <QTimer>

namespace logintest {

class ScriptedPrompter final : public kfp::Prompter
{
public:
    void ask(QWidget *, const Question &question, QObject *context, Answer done) override
    {
        asked.append(question);
        const auto answer = answers.isEmpty() ? QMessageBox::Cancel : answers.takeFirst();
        // Answered later, like a real window-modal box.
        QTimer::singleShot(0, context, [done, answer] { done(answer); });
    }

    QList<QMessageBox::StandardButton> answers;
    QList<Question> asked;
};

} // namespace logintest
