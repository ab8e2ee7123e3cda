// kfp-bench-bare-window: the yardstick of `kfp-bench startup`, the least a Qt Widgets program
// does to show a list: a QMainWindow holding a QTreeView over 20 rows, shown, and quit after
// its first paint. Prints one JSON line like kfp-desktop --trace-startup, from the same clock
// (src/app/ProcessClock.h): main_ms, shown_ms, painted_ms.

#include "ProcessClock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <functional>
#include <utility>

namespace {

class PaintProbe final : public QObject
{
public:
    explicit PaintProbe(std::function<void()> onPaint)
        : m_onPaint(std::move(onPaint))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_onPaint)
            std::exchange(m_onPaint, nullptr)();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onPaint;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    const double mainMs = qMax(0.0, kfp::processAgeMs());
    const auto now = [&] {
        return mainMs + double(clock.nsecsElapsed()) / 1e6;
    };

    QApplication app(argc, argv);
    QMainWindow window;
    auto *tree = new QTreeView(&window);
    QStandardItemModel model(0, 3);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("Name"), QStringLiteral("Created"), QStringLiteral("Description")});
    for (int i = 0; i < 20; ++i) {
        model.appendRow({new QStandardItem(QStringLiteral("pipeline-%1").arg(i)),
                         new QStandardItem(QStringLiteral("2026-01-01 00:00")),
                         new QStandardItem(QStringLiteral("a row"))});
    }
    tree->setModel(&model);
    window.setCentralWidget(tree);
    window.resize(1200, 720);
    double shownMs = -1;
    PaintProbe probe([&] {
        const QJsonObject o{{QStringLiteral("trace"), QStringLiteral("bare-window")},
                            {QStringLiteral("clock"), QStringLiteral("process start")},
                            {QStringLiteral("main_ms"), mainMs},
                            {QStringLiteral("shown_ms"), shownMs},
                            {QStringLiteral("painted_ms"), now()}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    tree->viewport()->installEventFilter(&probe);
    window.show();
    shownMs = now();
    return app.exec();
}
