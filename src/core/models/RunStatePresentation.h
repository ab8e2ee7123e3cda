#pragma once

// How a run state looks in a list: translated text, a colored status icon (drawn, so no image
// plugin is needed), its color, and the date text (durations: DurationText). Shared by RunListModel
// and ExperimentTreeModel.

#include "api/ApiTypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QIcon>

namespace kfp {

class RunStatePresentation final
{
    Q_DECLARE_TR_FUNCTIONS(kfp::RunStatePresentation)
public:
    static QString text(RunState state);
    static QIcon icon(RunState state);   // drawn anew; needs a QGuiApplication (see StateIcons)
    static QColor color(RunState state); // the KFP UI's: green, red, blue, grey
    static QString dateText(const QDateTime &utc); // local time, short format; "" when invalid
};

// A model's icons, one per state, drawn on first use (models own one; no global cache, so no
// pixmap outlives the application).
class StateIcons final
{
public:
    QIcon icon(RunState state) const;

private:
    mutable QHash<int, QIcon> m_icons;
};

} // namespace kfp
