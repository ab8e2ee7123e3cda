#include "RunWizardLauncher.h"

#include "RunWizard.h"
#include "Workbench.h"
#include "models/PagedTreeModel.h"
#include "models/roles.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace kfp {

RunWizardLauncher::RunWizardLauncher(Workbench *workbench, KfpClient *client, QMenu *fileMenu,
                                     QToolBar *toolBar, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_client(client)
    , m_newRun(new QAction(tr("&New run…"), this))
{
    m_newRun->setObjectName(QStringLiteral("actionNewRun"));
    m_newRun->setShortcut(QKeySequence::New); // Ctrl+N
    m_newRun->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    m_newRun->setToolTip(tr("Create a run or a recurring run"));
    connect(m_newRun, &QAction::triggered, this, [this] { openNew(); });
    fileMenu->insertAction(fileMenu->actions().value(0), m_newRun);
    if (toolBar)
        toolBar->insertAction(toolBar->actions().value(0), m_newRun);
    workbench->addContextMenuContributor(this, [this](QMenu *menu) { addContextEntries(menu); });
}

RunWizardLauncher::~RunWizardLauncher() = default;

RunWizard *RunWizardLauncher::wizard() const
{
    return m_wizard;
}

RunWizard *RunWizardLauncher::open()
{
    // One wizard at a time: a second request raises the one already open.
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return nullptr;
    }
    m_wizard = new RunWizard(m_client, m_workbench->runWatcher(), m_workbench->mainWindow());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &RunWizard::runCreated, this, [this](const Run &run) { selectRun(run.id); });
    connect(m_wizard, &RunWizard::recurringRunCreated, this, [this] {
        m_workbench->setCurrentSection(Section::RecurringRuns);
        m_workbench->refresh();
    });
    return m_wizard;
}

RunWizard *RunWizardLauncher::openNew()
{
    RunWizard *w = open();
    if (w)
        w->show();
    return w;
}

RunWizard *RunWizardLauncher::openForPipeline(const QString &pipelineId, const QString &versionId)
{
    RunWizard *w = open();
    if (w) {
        w->preselectPipeline(pipelineId, versionId);
        w->show();
    }
    return w;
}

RunWizard *RunWizardLauncher::openClone(const SelectedItem &item)
{
    RunWizard *w = open();
    if (!w)
        return nullptr;
    if (item.kind == NodeKind::RecurringRun)
        w->cloneRecurringRun(item.id);
    else
        w->cloneRun(item.id);
    w->show();
    return w;
}

void RunWizardLauncher::addContextEntries(QMenu *menu)
{
    const SectionView *view = m_workbench->currentView();
    if (!view)
        return;
    const QList<SelectedItem> items = view->selectedItems();
    if (items.size() != 1)
        return;
    const SelectedItem item = items.first();
    QAction *action = nullptr;
    switch (item.kind) {
    case NodeKind::Pipeline:
    case NodeKind::PipelineVersion:
        action = new QAction(tr("Create &run…"), menu);
        action->setObjectName(QStringLiteral("actionCreateRunFrom"));
        connect(action, &QAction::triggered, this, [this, item] {
            if (item.kind == NodeKind::Pipeline)
                openForPipeline(item.id, {});
            else
                openForPipeline(item.parentId, item.id);
        });
        break;
    case NodeKind::Run:
        action = new QAction(tr("Clo&ne run…"), menu);
        action->setObjectName(QStringLiteral("actionCloneRun"));
        connect(action, &QAction::triggered, this, [this, item] { openClone(item); });
        break;
    case NodeKind::RecurringRun:
        action = new QAction(tr("Clo&ne recurring run…"), menu);
        action->setObjectName(QStringLiteral("actionCloneRecurringRun"));
        connect(action, &QAction::triggered, this, [this, item] { openClone(item); });
        break;
    default:
        return;
    }
    menu->insertAction(menu->actions().value(0), action);
    menu->insertSeparator(menu->actions().value(1));
}

void RunWizardLauncher::selectRun(const QString &runId)
{
    m_workbench->setCurrentSection(Section::Runs);
    SectionView *runs = m_workbench->sectionView(Section::Runs);
    PagedTreeModel *model = runs->model();
    // The new run shows after the next page arrives (the list is newest first by default).
    auto select = [runs, model, runId] {
        const QModelIndexList found =
            model->match(model->index(0, 0), IdRole, runId, 1, Qt::MatchExactly);
        if (found.isEmpty())
            return false;
        runs->view()->setCurrentIndex(found.first());
        runs->view()->scrollTo(found.first());
        return true;
    };
    auto *once = new QObject(this);
    connect(model, &PagedTreeModel::pageLoaded, once, [once, select] {
        if (select())
            once->deleteLater();
    });
    // Give up after a while: the user may have filtered the new run out of the list.
    QTimer::singleShot(30000, once, &QObject::deleteLater);
    m_workbench->refresh();
}

} // namespace kfp
