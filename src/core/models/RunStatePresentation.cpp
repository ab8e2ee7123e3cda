#include "RunStatePresentation.h"

#include <QColor>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace kfp {

QString RunStatePresentation::text(RunState state)
{
    switch (state) {
    case RunState::Pending:
        return tr("Pending");
    case RunState::Running:
        return tr("Running");
    case RunState::Succeeded:
        return tr("Succeeded");
    case RunState::Skipped:
        return tr("Skipped");
    case RunState::Failed:
        return tr("Failed");
    case RunState::Canceling:
        return tr("Canceling");
    case RunState::Canceled:
        return tr("Canceled");
    case RunState::Paused:
        return tr("Paused");
    case RunState::Unspecified:
        break;
    }
    return tr("Unknown");
}

// The KFP UI's status colors (frontend/src/Css.tsx): green, red, blue, grey.
QColor RunStatePresentation::color(RunState state)
{
    switch (state) {
    case RunState::Succeeded:
        return QColor(0x34, 0xa8, 0x53);
    case RunState::Failed:
        return QColor(0xd5, 0x00, 0x00);
    case RunState::Running:
    case RunState::Pending:
        return QColor(0x1a, 0x73, 0xe8);
    case RunState::Canceling:
    case RunState::Canceled:
    case RunState::Paused:
        return QColor(0x80, 0x86, 0x8b);
    default:
        return QColor(0x9a, 0xa0, 0xa6);
    }
}

namespace {

// A filled circle with a white glyph, drawn on a QImage (no image-format plugin needed).
QImage drawStateImage(RunState state, int size)
{
    QImage img(size, size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.setPen(Qt::NoPen);
    p.setBrush(RunStatePresentation::color(state));
    p.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88));
    QPen pen(Qt::white, s * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (state) {
    case RunState::Succeeded: {
        QPainterPath check;
        check.moveTo(s * 0.28, s * 0.52);
        check.lineTo(s * 0.44, s * 0.68);
        check.lineTo(s * 0.72, s * 0.36);
        p.drawPath(check);
        break;
    }
    case RunState::Failed:
        p.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
        p.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
        break;
    case RunState::Running:
        p.drawArc(QRectF(s * 0.28, s * 0.28, s * 0.44, s * 0.44), 90 * 16, -270 * 16);
        break;
    case RunState::Pending:
        p.drawLine(QPointF(s * 0.5, s * 0.3), QPointF(s * 0.5, s * 0.5));
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.65, s * 0.6));
        break;
    case RunState::Canceling:
    case RunState::Canceled:
    case RunState::Paused:
        p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
        break;
    default:
        p.drawPoint(QPointF(s * 0.5, s * 0.5));
        break;
    }
    return img;
}

} // namespace

QIcon RunStatePresentation::icon(RunState state)
{
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(QPixmap::fromImage(drawStateImage(state, size)));
    return icon;
}

QString RunStatePresentation::dateText(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace kfp

namespace kfp {

QIcon StateIcons::icon(RunState state) const
{
    // Drawn once per state and shared (QIcon is implicitly shared): never per row or per paint.
    auto it = m_icons.find(int(state));
    if (it == m_icons.end())
        it = m_icons.insert(int(state), RunStatePresentation::icon(state));
    return *it;
}

} // namespace kfp
