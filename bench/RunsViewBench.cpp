#include "RunsViewBench.h"

#include "api/KfpClient.h"
#include "auth/Session.h"
#include "models/NameCache.h"
#include "models/RunListModel.h"
#include "sandbox/SandboxServer.h"

#include "BenchSupport.h"

#include <QNetworkAccessManager>
#include <QTreeView>

#include <malloc.h>

namespace kfp {

using bench::statusMb;

RunsViewBench::RunsViewBench(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{}

RunsViewBench::~RunsViewBench()
{
    m_view.reset();
    m_model.reset();
    bench::stopSandbox(m_serverThread);
}

void RunsViewBench::start()
{
    const int runs = m_options.runs;
    const quint16 p = bench::startSandbox(
        [runs](sandbox::SandboxServer &server) { server.seedRuns(runs); }, &m_serverThread);
    if (p == 0) {
        Q_EMIT finished({{QStringLiteral("error"), QStringLiteral("sandbox did not listen")}}, 1);
        return;
    }
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_session = std::make_unique<Session>(m_nam.get());
    m_session->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(p)));
    m_session->setDefaultTimeout(60000);
    m_client = std::make_unique<KfpClient>(m_session.get());
    m_client->setApiVersion(m_options.v1 ? ApiVersion::V1Beta1 : ApiVersion::V2Beta1);
    m_names = std::make_unique<NameCache>(m_client.get());
    m_model = std::make_unique<RunListModel>(m_client.get(), m_names.get());
    m_model->setPageSize(m_options.pageSize);
    m_view = std::make_unique<QTreeView>();
    m_view->setUniformRowHeights(true); // what the app's run view uses for long lists
    m_view->setRootIsDecorated(false);
    m_view->resize(1200, 800);
    m_view->show();

    malloc_trim(0);
    m_baseRssMb = statusMb("VmRSS:");
    connect(m_model.get(), &PagedTreeModel::pageLoaded, this, &RunsViewBench::onPage);
    connect(m_model.get(), &PagedTreeModel::errorOccurred, this, [this](const ApiError &e) {
        Q_EMIT finished({{QStringLiteral("error"), e.fullMessage()}}, 1);
    });
    m_heartbeat = std::make_unique<bench::Heartbeat>();
    m_loadAverage = bench::loadAverage();
    m_clock.start();
    m_heartbeat->start();
    m_view->setModel(m_model.get());
    m_model->fetchMore({});
}

void RunsViewBench::onPage()
{
    ++m_pages;
    if (m_firstRowsMs < 0)
        m_firstRowsMs = m_clock.elapsed();
    if (m_model->canFetchMore({})) {
        m_model->fetchMore({}); // as a user holding End would: every page, in order
        return;
    }
    if (m_done)
        return;
    m_done = true;
    m_allRowsMs = m_clock.elapsed();
    // Let the view lay out and paint the final state under the heartbeat, then report.
    QTimer::singleShot(200, this, &RunsViewBench::finish);
}

void RunsViewBench::finish()
{
    m_heartbeat->stop();
    malloc_trim(0); // count what is live, not what the allocator keeps cached
    const double rssMb = statusMb("VmRSS:");
    const int loaded = m_model->loadedCount();
    QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("runs-view")},
        {QStringLiteral("api"),
         m_options.v1 ? QStringLiteral("v1beta1") : QStringLiteral("v2beta1")},
        {QStringLiteral("runs"), m_options.runs},
        {QStringLiteral("loaded_rows"), loaded},
        {QStringLiteral("page_size"), m_options.pageSize},
        {QStringLiteral("pages"), m_pages},
        {QStringLiteral("first_rows_ms"), m_firstRowsMs},
        {QStringLiteral("all_rows_ms"), m_allRowsMs},
        {QStringLiteral("max_stall_ms"), m_heartbeat->overall().wallMs},
        {QStringLiteral("max_stall_cpu_ms"), qRound64(m_heartbeat->overall().cpuMs)},
        {QStringLiteral("load_average"), m_loadAverage},
        {QStringLiteral("peak_rss_mb"), statusMb("VmHWM:")},
        {QStringLiteral("rss_mb"), rssMb},
        {QStringLiteral("bytes_per_run"),
         loaded > 0 ? qint64((rssMb - m_baseRssMb) * 1024 * 1024 / loaded) : 0},
        {QStringLiteral("name_requests"), m_names->requestCount()},
        {QStringLiteral("sandbox"), QStringLiteral("in-process, own thread")},
    };
    Q_EMIT finished(result, loaded == m_options.runs ? 0 : 1);
}

} // namespace kfp
