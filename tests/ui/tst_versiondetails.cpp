// VersionDetails against the sandbox: a version's parameters (types, defaults) come from its
// spec, the spec shows as YAML and saves to a file; a failed load shows the pane's banner and
// Retry recovers.

#include "MessageBanner.h"
#include "UiTestSupport.h"
#include "VersionDetails.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>

using kfp::VersionDetails;

class TestVersionDetails final : public QObject
{
    Q_OBJECT

private:
    // The demo pipeline with typed parameters and its first version.
    static QPair<QString, QString> argumentsPipeline(kfp::KfpClient *client)
    {
        QPair<QString, QString> ids;
        auto *job = client->listPipelines(kfp::ListQuery().withPageSize(200));
        QSignalSpy done(job, &kfp::ApiJob::finished);
        QObject::connect(job, &kfp::ApiJob::finished, job, [&] {
            for (const kfp::Pipeline &p : job->result().items)
                if (p.title().contains(QStringLiteral("인자")))
                    ids.first = p.id;
        });
        if (!done.wait(10000) || ids.first.isEmpty())
            return ids;
        auto *versions = client->listPipelineVersions(ids.first);
        QSignalSpy vdone(versions, &kfp::ApiJob::finished);
        QObject::connect(versions, &kfp::ApiJob::finished, versions,
                         [&] { ids.second = versions->result().items.value(0).id; });
        vdone.wait(10000);
        return ids;
    }

private Q_SLOTS:
    void showsParametersAndSpec_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v2beta1") << int(kfp::ApiVersion::V2Beta1);
        QTest::newRow("v1beta1") << int(kfp::ApiVersion::V1Beta1);
    }
    void showsParametersAndSpec()
    {
        QFETCH(int, version);
        kfptest::SandboxClient sb(true, kfp::ApiVersion(version));
        const auto ids = argumentsPipeline(sb.client.get());
        QVERIFY(!ids.second.isEmpty());

        VersionDetails pane(sb.client.get());
        pane.show();
        QSignalSpy ready(&pane, &VersionDetails::specReady);
        pane.showVersion(ids.first, ids.second);
        QVERIFY(ready.wait(10000));
        QCOMPARE(pane.currentId(), ids.second);
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("idValue"))->text(), ids.second);

        auto *params = pane.findChild<QTreeWidget *>(QStringLiteral("parameterTree"));
        QVERIFY(params->topLevelItemCount() > 0);
        QCOMPARE(pane.parameterCount(), params->topLevelItemCount());
        // Every parameter has a type; the spec text is YAML of the compiled pipeline.
        for (int i = 0; i < params->topLevelItemCount(); ++i)
            QVERIFY(!params->topLevelItem(i)->text(1).isEmpty());
        const QString yaml = pane.specText();
        if (version == int(kfp::ApiVersion::V2Beta1)) {
            QVERIFY(yaml.contains(QLatin1String("inputDefinitions:")));
            QVERIFY(yaml.contains(QLatin1String("parameterType:")));
        } else {
            // v1 serves the stored YAML as it was uploaded (here a v2 spec through a KFP 2 server).
            QVERIFY(yaml.contains(QLatin1String("root:")) || yaml.contains(QLatin1String("kind:")));
        }
        auto *save = pane.findChild<QPushButton *>(QStringLiteral("saveSpecButton"));
        QVERIFY(save->isEnabled());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.yaml"));
        QVERIFY(pane.saveSpecTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), yaml);
    }

    void failedLoadShowsBannerAndRetryRecovers()
    {
        kfptest::SandboxClient sb;
        const auto ids = argumentsPipeline(sb.client.get());
        QVERIFY(!ids.second.isEmpty());
        QVERIFY(sb.server->addFault(
            QStringLiteral("path=/apis/v2beta1/pipelines/*/versions/%1,status=500,count=1")
                .arg(ids.second)));
        VersionDetails pane(sb.client.get());
        pane.show();
        QSignalSpy failed(&pane, &kfp::DetailsPane::loadFailed);
        QSignalSpy loaded(&pane, &kfp::DetailsPane::loaded);
        pane.showVersion(ids.first, ids.second);
        QVERIFY(failed.wait(10000));
        auto *banner = pane.findChild<kfp::MessageBanner *>(QStringLiteral("banner"));
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->message().isEmpty());
        QVERIFY(banner->details().contains(QLatin1String("500")));
        auto *retry = banner->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(loaded.wait(10000));
        QVERIFY(!banner->isVisible());
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("idValue"))->text(), ids.second);
    }

    void aStaleAnswerIsDropped()
    {
        kfptest::SandboxClient sb;
        const auto ids = argumentsPipeline(sb.client.get());
        QVERIFY(sb.server->addFault(
            QStringLiteral("path=/apis/v2beta1/pipelines/*/versions/%1,latency=300")
                .arg(ids.second)));
        VersionDetails pane(sb.client.get());
        QSignalSpy loaded(&pane, &kfp::DetailsPane::loaded);
        pane.showVersion(ids.first, ids.second);
        pane.clear(); // the user left the item before the answer
        QTest::qWait(600);
        QCOMPARE(loaded.size(), 0);
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("idValue"))->text().isEmpty());
    }
};

QTEST_MAIN(TestVersionDetails)
#include "tst_versiondetails.moc"
