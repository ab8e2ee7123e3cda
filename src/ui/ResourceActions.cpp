#include "ResourceActions.h"

#include "MessageBanner.h"
#include "Prompter.h"
#include "UiLogging.h"
#include "api/KfpClient.h"
#include "auth/Session.h"
#include "models/PagedTreeModel.h"
#include "models/RunStateCache.h"
#include "watch/RunWatcher.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QMenu>
#include <QSet>
#include <QStyle>
#include <QTimer>

namespace kfp {

ResourceActions::ResourceActions(KfpClient *client, Prompter *prompter, QWidget *window,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_prompter(prompter)
    , m_window(window)
    , m_enableTimer(new QTimer(this))
{
    m_enableTimer->setSingleShot(true);
    m_enableTimer->setInterval(0);
    connect(m_enableTimer, &QTimer::timeout, this, &ResourceActions::updateEnabled);
    m_archive = makeAction(QStringLiteral("actionArchive"), tr("&Archive"),
                           QStringLiteral("archive-insert"));
    m_unarchive = makeAction(QStringLiteral("actionUnarchive"), tr("&Restore from Archive"),
                             QStringLiteral("archive-extract"));
    m_terminate = makeAction(QStringLiteral("actionTerminate"), tr("&Terminate"),
                             QStringLiteral("process-stop"));
    m_retry =
        makeAction(QStringLiteral("actionRetry"), tr("Re&try"), QStringLiteral("view-refresh"));
    m_enable = makeAction(QStringLiteral("actionEnable"), tr("&Enable"),
                          QStringLiteral("media-playback-start"));
    m_disable = makeAction(QStringLiteral("actionDisable"), tr("&Disable"),
                           QStringLiteral("media-playback-pause"));
    m_delete =
        makeAction(QStringLiteral("actionDelete"), tr("&Delete…"), QStringLiteral("edit-delete"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_copyId =
        makeAction(QStringLiteral("actionCopyId"), tr("&Copy ID"), QStringLiteral("edit-copy"));
    m_copyId->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    m_openInWeb = makeAction(QStringLiteral("actionOpenInWeb"), tr("Open in &Web UI"),
                             QStringLiteral("internet-web-browser"));

    connect(m_archive, &QAction::triggered, this, [this] { trigger(Verb::Archive); });
    connect(m_unarchive, &QAction::triggered, this, [this] { trigger(Verb::Unarchive); });
    connect(m_terminate, &QAction::triggered, this, [this] { trigger(Verb::Terminate); });
    connect(m_retry, &QAction::triggered, this, [this] { trigger(Verb::Retry); });
    connect(m_enable, &QAction::triggered, this, [this] { trigger(Verb::Enable); });
    connect(m_disable, &QAction::triggered, this, [this] { trigger(Verb::Disable); });
    connect(m_delete, &QAction::triggered, this, [this] { trigger(Verb::Delete); });
    connect(m_copyId, &QAction::triggered, this, &ResourceActions::copyIds);
    connect(m_openInWeb, &QAction::triggered, this, &ResourceActions::openInWeb);
    updateEnabled();
}

ResourceActions::~ResourceActions() = default;

QAction *ResourceActions::makeAction(const QString &name, const QString &text, const QString &icon)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setObjectName(name);
    // Shortcuts work from the views of whichever section is shown.
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

QList<QAction *> ResourceActions::actions() const
{
    return {m_archive, m_unarchive, m_terminate, m_retry,    m_enable,
            m_disable, m_delete,    m_copyId,    m_openInWeb};
}

void ResourceActions::setSection(SectionView *section)
{
    // The user moved on to another section: the last action's result is no longer news.
    if (section != m_section)
        dismissResult();
    if (m_section)
        disconnect(m_section, &SectionView::selectionChanged, this, nullptr);
    m_section = section;
    if (m_section)
        connect(m_section, &SectionView::selectionChanged, this, &ResourceActions::updateEnabled);
    updateEnabled();
}

void ResourceActions::setRunStateCache(RunStateCache *cache)
{
    if (m_stateCache)
        disconnect(m_stateCache, nullptr, this, nullptr);
    m_stateCache = cache;
    if (m_stateCache)
        connect(m_stateCache, &RunStateCache::runStateChanged, m_enableTimer,
                qOverload<>(&QTimer::start));
    updateEnabled();
}

void ResourceActions::setRunWatcher(RunWatcher *watcher)
{
    m_watcher = watcher;
}

QList<SelectedItem> ResourceActions::currentSelection() const
{
    QList<SelectedItem> selection = m_section ? m_section->selectedItems() : QList<SelectedItem>();
    if (!m_stateCache)
        return selection;
    for (SelectedItem &item : selection) {
        if (item.kind != NodeKind::Run)
            continue;
        const RunStateFact fact = m_stateCache->fact(item.id);
        if (fact.isValid())
            item.state = fact.state;
    }
    return selection;
}

QList<SelectedItem> ResourceActions::applicable(Verb verb, const QList<SelectedItem> &selection)
{
    QList<SelectedItem> out;
    for (const SelectedItem &item : selection) {
        const bool archived = item.storage == StorageState::Archived;
        const bool run = item.kind == NodeKind::Run;
        const bool experiment = item.kind == NodeKind::Experiment;
        const bool recurring = item.kind == NodeKind::RecurringRun;
        bool ok = false;
        switch (verb) {
        case Verb::Archive:
            ok = (run || experiment) && !archived;
            break;
        case Verb::Unarchive:
            ok = (run || experiment) && archived;
            break;
        case Verb::Terminate:
            // The server stops only PENDING, RUNNING, PAUSED or unspecified runs and answers
            // 400 otherwise (RunStore.TerminateRun in backend/src/apiserver/storage/run_store.go).
            ok = run && (item.state == RunState::Pending || item.state == RunState::Running ||
                         item.state == RunState::Paused || item.state == RunState::Unspecified);
            break;
        case Verb::Retry:
            // The server retries a workflow in phase Failed or Error (v1 "Error" reads as
            // FAILED; a terminated run ends FAILED too), never an archived run
            // (ResourceManager.RetryRun in backend/src/apiserver/resource/resource_manager.go).
            ok = run && item.state == RunState::Failed && !archived;
            break;
        case Verb::Enable:
            ok = recurring && !item.enabled;
            break;
        case Verb::Disable:
            ok = recurring && item.enabled;
            break;
        case Verb::Delete:
            ok = run || experiment || recurring || item.kind == NodeKind::Pipeline ||
                 item.kind == NodeKind::PipelineVersion;
            break;
        }
        if (ok)
            out.append(item);
    }
    return out;
}

QString ResourceActions::notApplicableReason(Verb verb)
{
    switch (verb) {
    case Verb::Terminate:
        return tr("Only pending, running or paused runs can be terminated.");
    case Verb::Retry:
        return tr("Only failed runs that are not archived can be retried.");
    case Verb::Unarchive:
        return tr("Only archived runs and experiments can be restored.");
    case Verb::Delete:
        return tr("Select the items to delete.");
    case Verb::Archive:
    case Verb::Enable:
    case Verb::Disable:
        break;
    }
    return {};
}

void ResourceActions::updateEnabled()
{
    m_enableTimer->stop();
    const QList<SelectedItem> selection = currentSelection();
    const bool busy = !m_bulk.isNull();
    const QList<QPair<QAction *, Verb>> verbs = {
        {m_archive, Verb::Archive}, {m_unarchive, Verb::Unarchive}, {m_terminate, Verb::Terminate},
        {m_retry, Verb::Retry},     {m_enable, Verb::Enable},       {m_disable, Verb::Disable},
        {m_delete, Verb::Delete}};
    for (const auto &[action, verb] : verbs) {
        const bool applies = !applicable(verb, selection).isEmpty();
        action->setEnabled(!busy && applies);
        // A disabled action says why (an empty tip: Qt's default, the action's text).
        const QString why = busy       ? tr("Wait for the action in progress to finish.")
                            : !applies ? notApplicableReason(verb)
                                       : QString();
        action->setToolTip(why);
        action->setStatusTip(why);
    }
    m_copyId->setEnabled(!selection.isEmpty());
    m_openInWeb->setEnabled(selection.size() == 1);
}

void ResourceActions::fillContextMenu(QMenu *menu) const
{
    for (QAction *action : {m_archive, m_unarchive, m_terminate, m_retry, m_enable, m_disable}) {
        if (action->isEnabled())
            menu->addAction(action);
    }
    if (m_delete->isEnabled()) {
        menu->addSeparator();
        menu->addAction(m_delete);
    }
    menu->addSeparator();
    menu->addAction(m_copyId);
    menu->addAction(m_openInWeb);
}

QString ResourceActions::verbName(Verb verb) const
{
    switch (verb) {
    case Verb::Archive:
        return tr("Archive");
    case Verb::Unarchive:
        return tr("Restore");
    case Verb::Terminate:
        return tr("Terminate");
    case Verb::Retry:
        return tr("Retry");
    case Verb::Enable:
        return tr("Enable");
    case Verb::Disable:
        return tr("Disable");
    case Verb::Delete:
        return tr("Delete");
    }
    return {};
}

void ResourceActions::trigger(Verb verb)
{
    if (!m_section || m_bulk)
        return;
    const QList<SelectedItem> selection = currentSelection();
    QList<SelectedItem> items = applicable(verb, selection);
    if (items.isEmpty())
        return;
    // What was chosen but is already as the action would leave it is reported, not sent.
    QList<BulkUnchanged> unchanged;
    for (const SelectedItem &item : selection) {
        const bool applies = std::any_of(items.begin(), items.end(), [&](const SelectedItem &i) {
            return i.id == item.id && i.kind == item.kind;
        });
        if (!applies)
            unchanged.append({bulkItem(item), unchangedReason(verb, item)});
    }
    if (verb == Verb::Delete) {
        // A version whose pipeline is deleted too goes with it (cascade).
        QSet<QString> pipelines;
        for (const SelectedItem &item : items)
            if (item.kind == NodeKind::Pipeline)
                pipelines.insert(item.id);
        items.erase(std::remove_if(items.begin(), items.end(),
                                   [&](const SelectedItem &item) {
                                       return item.kind == NodeKind::PipelineVersion &&
                                              pipelines.contains(item.parentId);
                                   }),
                    items.end());
    }
    confirmThenRun(verb, items, unchanged);
}

BulkItem ResourceActions::bulkItem(const SelectedItem &item)
{
    return {item.id, item.label, item.parentId, int(item.kind)};
}

QString ResourceActions::unchangedReason(Verb verb, const SelectedItem &item)
{
    const bool run = item.kind == NodeKind::Run;
    const bool archivable = run || item.kind == NodeKind::Experiment;
    const bool recurring = item.kind == NodeKind::RecurringRun;
    switch (verb) {
    case Verb::Archive:
        if (archivable)
            return tr("already archived");
        break;
    case Verb::Unarchive:
        if (archivable)
            return tr("not archived");
        break;
    case Verb::Terminate:
        if (run)
            return item.state == RunState::Canceling ? tr("already stopping")
                                                     : tr("already finished");
        break;
    case Verb::Retry:
        if (run)
            return tr("only failed runs can be retried");
        break;
    case Verb::Enable:
        if (recurring)
            return tr("already enabled");
        break;
    case Verb::Disable:
        if (recurring)
            return tr("already disabled");
        break;
    case Verb::Delete:
        break;
    }
    return tr("does not apply to this kind of item");
}

void ResourceActions::dismissResult()
{
    // Only the banner of an action's result: a list's own error stays until the list loads.
    if (m_resultBanner && !m_resultBanner->property("modelError").toBool())
        m_resultBanner->hide();
    m_resultBanner = nullptr;
}

void ResourceActions::confirmThenRun(Verb verb, const QList<SelectedItem> &items,
                                     const QList<BulkUnchanged> &unchanged)
{
    const int n = int(items.size());
    Prompter::Question q;
    for (const SelectedItem &item : items)
        q.items << (item.label.isEmpty() ? item.id : tr("%1 (%2)").arg(item.label, item.id));
    q.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    q.defaultButton = QMessageBox::Cancel;
    q.yesText = verbName(verb);

    const bool hasPipelines = std::any_of(items.begin(), items.end(), [](const SelectedItem &i) {
        return i.kind == NodeKind::Pipeline;
    });
    switch (verb) {
    case Verb::Delete:
        q.kind = Prompter::Kind::Warning;
        q.title = tr("Delete");
        q.text = tr("Delete %n item(s)?", nullptr, n);
        // KFP refuses to delete a pipeline that still has versions unless asked to cascade.
        q.informativeText = hasPipelines
                                ? tr("Each pipeline is deleted together with all of its "
                                     "versions. Runs that used them are kept. This cannot be "
                                     "undone.")
                                : tr("This cannot be undone.");
        break;
    case Verb::Terminate:
        q.kind = Prompter::Kind::Warning;
        q.title = tr("Terminate");
        q.text = tr("Terminate %n run(s)?", nullptr, n);
        q.informativeText = tr("Running tasks are stopped; the server then reports the runs as failed.");
        break;
    case Verb::Archive:
        q.title = tr("Archive");
        q.text = tr("Archive %n item(s)?", nullptr, n);
        q.informativeText = tr("They move to the Archive section, where they can be restored. "
                               "Archiving an experiment also archives its runs and recurring "
                               "runs.");
        break;
    case Verb::Disable:
        q.title = tr("Disable");
        q.text = tr("Disable %n recurring run(s)?", nullptr, n);
        q.informativeText = tr("They start no new runs until enabled again.");
        break;
    case Verb::Retry:
        q.title = tr("Retry");
        q.text = tr("Retry %n run(s)?", nullptr, n);
        q.informativeText = tr("The tasks that did not succeed run again; the runs show as "
                               "running until they end.");
        break;
    case Verb::Unarchive:
    case Verb::Enable:
        // Harmless and reversible: no question.
        run(verb, items, unchanged, false);
        return;
    }
    m_prompter->ask(m_window, q, this,
                    [this, verb, items, unchanged](QMessageBox::StandardButton answer) {
                        if (answer == QMessageBox::Yes)
                            run(verb, items, unchanged, true);
                    });
}

ApiJob *ResourceActions::startCall(Verb verb, const BulkItem &item, bool cascade) const
{
    const auto kind = NodeKind(item.kind);
    switch (verb) {
    case Verb::Archive:
        return kind == NodeKind::Experiment ? m_client->archiveExperiment(item.id)
                                            : m_client->archiveRun(item.id);
    case Verb::Unarchive:
        return kind == NodeKind::Experiment ? m_client->unarchiveExperiment(item.id)
                                            : m_client->unarchiveRun(item.id);
    case Verb::Terminate:
        return m_client->terminateRun(item.id);
    case Verb::Retry:
        return m_client->retryRun(item.id);
    case Verb::Enable:
        return m_client->enableRecurringRun(item.id);
    case Verb::Disable:
        return m_client->disableRecurringRun(item.id);
    case Verb::Delete:
        switch (kind) {
        case NodeKind::Pipeline:
            return m_client->deletePipeline(item.id, cascade);
        case NodeKind::PipelineVersion:
            return m_client->deletePipelineVersion(item.parentId, item.id);
        case NodeKind::Experiment:
            return m_client->deleteExperiment(item.id);
        case NodeKind::Run:
            return m_client->deleteRun(item.id);
        case NodeKind::RecurringRun:
            return m_client->deleteRecurringRun(item.id);
        default:
            return nullptr;
        }
    }
    return nullptr;
}

void ResourceActions::run(Verb verb, const QList<SelectedItem> &items,
                          const QList<BulkUnchanged> &unchanged, bool cascade)
{
    if (!m_section || m_bulk)
        return;
    // Another action starts: the previous one's result gives way.
    dismissResult();
    QList<BulkItem> bulkItems;
    for (const SelectedItem &item : items)
        bulkItems.append(bulkItem(item));
    auto *bulk = new BulkAction(
        verbName(verb), bulkItems,
        [this, verb, cascade](const BulkItem &item) { return startCall(verb, item, cascade); },
        this);
    for (const BulkUnchanged &u : unchanged)
        bulk->addUnchanged(u.item, u.reason);
    m_bulk = bulk;
    QPointer<SectionView> section = m_section;
    connect(bulk, &BulkAction::itemFinished, this, [this, bulk, verb](const QString &id, bool ok) {
        // A run the user retried from here is followed like one created here: its end notifies.
        if (ok && verb == Verb::Retry && m_watcher)
            m_watcher->watch(id, {}, WatchOrigin::Created);
        if (ok) {
            Q_EMIT callFinished(true, {});
            return;
        }
        for (const BulkFailure &f : bulk->failures())
            if (f.item.id == id)
                Q_EMIT callFinished(false, f.error);
    });
    connect(bulk, &BulkAction::finished, this, [this, section] { onBulkFinished(section); });
    updateEnabled();
    Q_EMIT bulkStarted(bulk);
    bulk->start();
}

void ResourceActions::onBulkFinished(SectionView *section)
{
    BulkAction *bulk = m_bulk;
    m_bulk = nullptr;
    qCInfo(lcUi) << bulk->summary();
    if (!bulk->failures().isEmpty())
        qCWarning(lcUi).noquote() << bulk->failureDetails();
    if (section) {
        // Rows that were archived, deleted… leave or change in place.
        section->refresh();
        // Every item is accounted for behind "Details": done, refused and why, unchanged.
        const auto kind = bulk->failures().isEmpty() ? MessageBanner::Kind::Information
                                                     : MessageBanner::Kind::Error;
        section->banner()->showMessage(kind, bulk->summary(), bulk->report(), false);
        section->banner()->setProperty("modelError", false);
        m_resultBanner = section->banner();
    }
    Q_EMIT bulkFinished(bulk);
    updateEnabled();
    bulk->deleteLater();
}

void ResourceActions::copyIds()
{
    if (!m_section)
        return;
    QStringList ids;
    for (const SelectedItem &item : m_section->selectedItems())
        ids << item.id;
    if (!ids.isEmpty())
        QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

QUrl ResourceActions::webUrl(const QUrl &base, const SelectedItem &item)
{
    // The KFP UI is a single-page app with hash routes (frontend/src/components/Router.tsx).
    QString route;
    switch (item.kind) {
    case NodeKind::Pipeline:
        route = QStringLiteral("/pipelines/details/%1").arg(item.id);
        break;
    case NodeKind::PipelineVersion:
        route = QStringLiteral("/pipelines/details/%1/version/%2").arg(item.parentId, item.id);
        break;
    case NodeKind::Experiment:
        route = QStringLiteral("/experiments/details/%1").arg(item.id);
        break;
    case NodeKind::Run:
        route = QStringLiteral("/runs/details/%1").arg(item.id);
        break;
    case NodeKind::RecurringRun:
        route = QStringLiteral("/recurringrun/details/%1").arg(item.id);
        break;
    default:
        return {};
    }
    QUrl url = base;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path);
    url.setFragment(route);
    return url;
}

void ResourceActions::openInWeb()
{
    if (!m_section)
        return;
    const QList<SelectedItem> items = m_section->selectedItems();
    if (items.size() != 1)
        return;
    const QUrl url = webUrl(m_client->session()->baseUrl(), items.first());
    if (url.isValid())
        QDesktopServices::openUrl(url);
}

} // namespace kfp
