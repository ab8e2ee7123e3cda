#pragma once

// kfp-desktop --trace-startup: prints one JSON line on stdout with the milliseconds from the
// process's start (the kernel's start time of the process in /proc/self/stat, so the loading of
// the program and its libraries counts; 1/CLK_TCK = 10 ms resolution) to
//   shown_ms        window.show() returned: the main window is on screen;
//   first_rows_ms   the current section's tree receives its first paint after its first page
//                   arrived, i.e. with its rows (Qt paints them right then, in that event);
//   page_complete_ms the current section's first page arrived and every call of its model has
//                   answered (the model stops loading).
// main_ms is main()'s first line, for how much of the above is the loader's. In practice the
// order is shown ≤ page_complete ≤ first_rows: the rows go into the model when the page
// arrives and are painted at the next frame. The line is printed once the three are known.

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace kfp {

class MainWindow;

class StartupTrace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupTrace)
public:
    // Reads the clocks: construct it at the top of main().
    StartupTrace();

    // The milliseconds since the process started.
    double elapsedMs() const;

    // Watches `window`'s current section; call right after window->show().
    void watch(MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void printIfDone();

    QElapsedTimer m_clock; // since m_mainMs
    double m_mainMs = 0;   // process start → main()
    double m_shownMs = -1;
    double m_rowsMs = -1;
    double m_completeMs = -1;
    bool m_pageArrived = false;
    bool m_printed = false;
    QPointer<QObject> m_viewport;
};

} // namespace kfp
