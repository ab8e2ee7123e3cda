#pragma once

// kfp-bench startup [--runs N]: how fast kfp-desktop shows its window and its first rows, beside
// the least a Qt Widgets program does (kfp-bench-bare-window, BareWindow.cpp).
//
// Runs `kfp-desktop --sandbox --trace-startup --quit-after 10000` (offscreen, a first start:
// fresh settings in temporary XDG folders) and the bare window N times each, alternating, and
// reads the JSON line each prints (milliseconds from process start, src/app/StartupTrace.h).
// Prints the medians, shown_ratio (kfp-desktop's shown / the bare window's) and the targets:
// shown ≤ 1.5 × the bare window, first rows from the sandbox ≤ 200 ms.

#include <QJsonObject>

namespace kfp {

class StartupBench
{
public:
    static QJsonObject run(int runs);
};

} // namespace kfp
