#include "StartupTrace.h"

#include "MainWindow.h"
#include "ProcessClock.h"
#include "SectionView.h"

#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTreeView>

#include <cstdio>

namespace kfp {

StartupTrace::StartupTrace()
{
    m_clock.start();
    m_mainMs = qMax(0.0, processAgeMs());
}

double StartupTrace::elapsedMs() const
{
    return m_mainMs + double(m_clock.nsecsElapsed()) / 1e6;
}

void StartupTrace::watch(MainWindow *window)
{
    m_shownMs = elapsedMs();
    SectionView *section = window->currentView();
    if (!section) // no section: nothing more will come
        return;
    PagedTreeModel *model = section->model();
    m_viewport = section->view()->viewport();
    m_viewport->installEventFilter(this);
    connect(model, &PagedTreeModel::pageLoaded, this, [this, model](const QModelIndex &parent) {
        if (parent.isValid() || m_pageArrived)
            return;
        m_pageArrived = true;
        if (!model->isLoading()) {
            m_completeMs = elapsedMs();
            printIfDone();
        }
    });
    connect(model, &PagedTreeModel::loadingChanged, this, [this](bool loading) {
        if (loading || !m_pageArrived || m_completeMs >= 0)
            return;
        m_completeMs = elapsedMs();
        printIfDone();
    });
    // An error page counts as complete: the section shows what it has.
    connect(model, &PagedTreeModel::errorOccurred, this, [this] {
        if (m_completeMs < 0) {
            m_pageArrived = true;
            m_completeMs = elapsedMs();
            printIfDone();
        }
    });
}

bool StartupTrace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_viewport && m_rowsMs < 0) {
        // After the first page (or its error) arrived, a paint shows its rows.
        if (m_pageArrived) {
            m_rowsMs = elapsedMs();
            watched->removeEventFilter(this);
            printIfDone();
        }
    }
    return QObject::eventFilter(watched, event);
}

void StartupTrace::printIfDone()
{
    if (m_printed || m_shownMs < 0 || m_rowsMs < 0 || m_completeMs < 0)
        return;
    m_printed = true;
    const QJsonObject o{{QStringLiteral("trace"), QStringLiteral("startup")},
                        {QStringLiteral("clock"), QStringLiteral("process start")},
                        {QStringLiteral("main_ms"), m_mainMs},
                        {QStringLiteral("shown_ms"), m_shownMs},
                        {QStringLiteral("first_rows_ms"), m_rowsMs},
                        {QStringLiteral("page_complete_ms"), m_completeMs}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace kfp
