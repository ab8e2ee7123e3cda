// PipelineListModel against the in-process sandbox: QAbstractItemModelTester on every change,
// paging with fetchMore(), refresh() in place (rows and persistent indexes kept, never a reset),
// and the error state with retry().

#include "api/KfpClient.h"
#include "auth/Session.h"
#include "models/PipelineListModel.h"
#include "models/roles.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using kfp::PipelineListModel;

class TestPipelineListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QFETCH_GLOBAL(QString, api);
        m_server = std::make_unique<kfp::sandbox::SandboxServer>();
        m_server->seedPipelines(250);
        QVERIFY(m_server->listen(0) != 0);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_session = std::make_unique<kfp::Session>(m_nam.get());
        m_session->setBaseUrl(m_server->baseUrl());
        m_client = std::make_unique<kfp::KfpClient>(m_session.get());
        m_client->setApiVersion(api == QLatin1String("v1beta1") ? kfp::ApiVersion::V1Beta1
                                                                : kfp::ApiVersion::V2Beta1);
        m_model = std::make_unique<PipelineListModel>(m_client.get());
        m_model->setPageSize(100);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_client.reset();
        m_session.reset();
        m_nam.reset();
        m_server.reset();
    }
    void initTestCase_data()
    {
        QTest::addColumn<QString>("api");
        QTest::newRow("v2beta1") << QStringLiteral("v2beta1");
        QTest::newRow("v1beta1") << QStringLiteral("v1beta1");
    }

    // QAbstractItemModelTester itself calls fetchMore() after every change (as a view does), so
    // the model must page to the end on its own, one call at a time, without reading a page twice.
    void pagesWithFetchMore()
    {
        const int total = m_server->pipelineCount();
        QVERIFY(total >= 250);
        QCOMPARE(m_model->columnCount(), int(PipelineListModel::ColumnCount));
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy loading(m_model.get(), &PipelineListModel::loadingChanged);
        loadAll();
        QCOMPARE(m_model->rowCount(), total);
        QVERIFY(!m_model->canFetchMore({}));
        const int pages = (total + 99) / 100;
        QCOMPARE(listRequests(), pages);
        QVERIFY(inserted.size() >= pages - 1); // the first page may have come before the spy
        // Exactly the ids of the server, each once.
        QSet<QString> ids;
        for (int r = 0; r < m_model->rowCount(); ++r)
            ids.insert(m_model->index(r, 0).data(kfp::IdRole).toString());
        QCOMPARE(ids.size(), total);

        // Every row carries its data and roles.
        const QModelIndex first = m_model->index(0, PipelineListModel::NameColumn);
        QVERIFY(!first.data(kfp::IdRole).toString().isEmpty());
        QCOMPARE(first.data().toString(), first.data(kfp::NameRole).toString());
        QVERIFY(first.data(kfp::CreatedAtRole).toDateTime().isValid());
        QCOMPARE(m_model->indexOfId(first.data(kfp::IdRole).toString()), first);
        QVERIFY(!m_model->index(0, PipelineListModel::CreatedColumn).data().toString().isEmpty());
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    }

    void refreshKeepsRowsAndPersistentIndexes()
    {
        loadAll();
        const int before = m_model->rowCount();
        const QPersistentModelIndex kept = m_model->index(50, 0);
        const QString keptId = kept.data(kfp::IdRole).toString();
        const QString goneId = m_model->index(10, 0).data(kfp::IdRole).toString();

        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        // Nothing changed on the server: a refresh is silent.
        m_model->refresh();
        QVERIFY(m_model->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 10000);
        QCOMPARE(m_model->rowCount(), before);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 0);

        // One pipeline deleted: exactly that row goes, the others keep their indexes.
        auto *del = m_client->deletePipeline(goneId, true);
        bool done = false;
        bool deleted = false;
        connect(del, &kfp::ApiJob::finished, this, [&, del] {
            done = true;
            deleted = del->ok();
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(deleted);
        m_model->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 10000);
        QVERIFY2(!m_model->hasError(), qPrintable(m_model->error().fullMessage()));
        QCOMPARE(m_model->rowCount(), before - 1);
        QCOMPARE(removed.size(), 1);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.row(), 49);
        QCOMPARE(kept.data(kfp::IdRole).toString(), keptId);
        QVERIFY(!m_model->indexOfId(goneId).isValid());
        QCOMPARE(reset.size(), 0);
    }

    void refreshErrorKeepsRowsAndRetryRecovers()
    {
        loadAll();
        const int rows = m_model->rowCount();
        QVERIFY(addListFault());

        QSignalSpy errorChanged(m_model.get(), &PipelineListModel::errorChanged);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_model->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_model->hasError(), 10000);
        QCOMPARE(m_model->error().kind(), kfp::ApiError::Kind::ServerError);
        QVERIFY(!m_model->error().userMessage().isEmpty());
        QCOMPARE(errorChanged.size(), 1);
        QCOMPARE(m_model->rowCount(), rows); // the loaded rows stay
        QCOMPARE(removed.size(), 0);
        QVERIFY(!m_model->canFetchMore({})); // no automatic hammering while in error

        m_server->clearFaults();
        m_model->retry();
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading() && !m_model->hasError(), 10000);
        QCOMPARE(errorChanged.size(), 2);
        QCOMPARE(m_model->rowCount(), rows);
    }

    void firstPageErrorThenRetry()
    {
        m_model->cancel(); // the tester's own first fetchMore()
        QVERIFY(addListFault());
        m_model->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(m_model->hasError(), 10000);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->canFetchMore({}));
        m_server->clearFaults();
        m_model->retry();
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->hasError() && m_model->rowCount() > 0, 10000);
        loadAll();
        QCOMPARE(m_model->rowCount(), m_server->pipelineCount());
    }

    void cancelLeavesModelIdle()
    {
        QVERIFY(m_model->isLoading()); // the tester started the first page
        m_model->cancel();
        QVERIFY(!m_model->isLoading());
        QTest::qWait(50);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->hasError());
        QVERIFY(m_model->canFetchMore({}));
    }

private:
    // Fetches until the last page, whoever (test, tester) starts each call.
    void loadAll()
    {
        QTRY_VERIFY_WITH_TIMEOUT(([this] {
                                     if (!m_model->isLoading() && m_model->canFetchMore({}))
                                         m_model->fetchMore({});
                                     return !m_model->isLoading() && !m_model->canFetchMore({});
                                 })(),
                                 20000);
        QVERIFY2(!m_model->hasError(), qPrintable(m_model->error().fullMessage()));
    }

    int listRequests() const
    {
        int n = 0;
        for (const auto &e : m_server->requestLog())
            n += e.method == "GET" && e.apiPath == listPath();
        return n;
    }
    QString listPath() const
    {
        return m_client->apiVersion() == kfp::ApiVersion::V1Beta1
                   ? QStringLiteral("/apis/v1beta1/pipelines")
                   : QStringLiteral("/apis/v2beta1/pipelines");
    }
    bool addListFault()
    {
        QString why;
        const bool ok = m_server->addFault(
            QStringLiteral("path=%1,method=GET,status=500").arg(listPath()), &why);
        if (!ok)
            qWarning("addFault: %s", qPrintable(why));
        return ok;
    }

    std::unique_ptr<kfp::sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<kfp::Session> m_session;
    std::unique_ptr<kfp::KfpClient> m_client;
    std::unique_ptr<PipelineListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestPipelineListModel)
#include "tst_pipelinelistmodel.moc"
