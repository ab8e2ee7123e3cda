#include "EmptyResultNote.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace kfp {

EmptyResultNote::EmptyResultNote(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyResult"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("emptyResultLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // filter values are the user's text
    auto *clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("clearFiltersButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(clear);
    connect(clear, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT clearRequested();
    });
    hide();
}

EmptyResultNote::~EmptyResultNote() = default;

void EmptyResultNote::showText(const QString &text)
{
    m_label->setText(text);
    show();
}

QString EmptyResultNote::text() const
{
    return m_label->text();
}

} // namespace kfp
