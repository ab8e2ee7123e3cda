#include "Prompter.h"

#include <QPushButton>

namespace kfp {

Prompter::~Prompter() = default;

namespace {

QMessageBox::Icon iconFor(Prompter::Kind kind)
{
    switch (kind) {
    case Prompter::Kind::Question:
        return QMessageBox::Question;
    case Prompter::Kind::Warning:
        return QMessageBox::Warning;
    case Prompter::Kind::Information:
        return QMessageBox::Information;
    case Prompter::Kind::Error:
        return QMessageBox::Critical;
    }
    return QMessageBox::NoIcon;
}

// At most this many affected items are listed in the box itself; the rest go to the details,
// so a bulk delete of 500 runs still fits on the screen.
constexpr int MaxListedItems = 15;

} // namespace

void MessageBoxPrompter::ask(QWidget *parent, const Question &question, QObject *context,
                             Answer done)
{
    auto *box = new QMessageBox(iconFor(question.kind), question.title, question.text,
                                question.buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->setObjectName(QStringLiteral("prompterBox"));
    if (question.defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(question.defaultButton);
    if (!question.yesText.isEmpty()) {
        if (auto *yes = box->button(QMessageBox::Yes))
            yes->setText(question.yesText);
    }

    QString informative = question.informativeText.toHtmlEscaped();
    QStringList details;
    if (!question.items.isEmpty()) {
        QStringList shown = question.items.mid(0, MaxListedItems);
        for (QString &item : shown)
            item = item.toHtmlEscaped();
        QString list =
            QStringLiteral("<ul><li>%1</li></ul>").arg(shown.join(QStringLiteral("</li><li>")));
        if (question.items.size() > MaxListedItems) {
            list += tr("…and %n more (see the details).", nullptr,
                       int(question.items.size() - MaxListedItems));
            details = question.items;
        }
        informative = list + informative;
    }
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(informative);
    if (!question.detailedText.isEmpty())
        details.prepend(question.detailedText);
    if (!details.isEmpty())
        box->setDetailedText(details.join(QLatin1Char('\n')));

    QPointer<QObject> guard(context);
    QObject::connect(box, &QMessageBox::finished, box, [box, guard, done = std::move(done)] {
        if (!guard)
            return;
        QAbstractButton *clicked = box->clickedButton();
        const auto answer = clicked ? box->standardButton(clicked) : QMessageBox::Cancel;
        done(answer == QMessageBox::NoButton ? QMessageBox::Cancel : answer);
    });
    box->open();
}

} // namespace kfp
