#pragma once

// The milliseconds since this process started, for start-up traces (kfp-desktop
// --trace-startup, and bench/BareWindow.cpp, which must measure the same way): the 22nd field of
// /proc/self/stat is the process's start time in clock ticks after boot (1/CLK_TCK, 10 ms),
// which CLOCK_BOOTTIME also counts from. So the loading of the program and of its libraries
// counts. -1 where unknown (not Linux).

#include <QByteArray>
#include <QFile>
#include <QList>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace kfp {

inline double processAgeMs()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count after its ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    bool ok = false;
    const qint64 startTicks = fields.value(22 - 3).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - double(startTicks) * 1000.0 / double(ticksPerSecond);
#else
    return -1;
#endif
}

} // namespace kfp
