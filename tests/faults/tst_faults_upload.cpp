// UploadDialog under the seven faults of FaultCases.h, injected on the upload request itself
// (a new pipeline, and a new version of an existing one), offscreen against the in-process
// sandbox with real clicks and typing:
//
// - a refusal (a 5xx burst, 50 % errors, an HTML page) is shown in the dialog, the typed name and
//   description stay, and Upload succeeds once the fault is gone;
// - a lost answer (cut short, reset, dripping past the timeout: the server did store the file) is
//   found on the server and reported as uploaded, not stored a second time;
// - 2 s of latency only delays;
// - throughout, the UI thread keeps running (heartbeat) and the server ends with exactly one
//   pipeline or version of that name.

#include "../ui/UiTestSupport.h"
#include "../upload/UploadTestSupport.h"
#include "FaultCases.h"
#include "UploadDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

using kfp::UploadDialog;
using FileState = kfp::UploadDialog::FileState;

namespace {
constexpr int T = 20000;
}

class TestFaultsUpload final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<kfptest::SandboxClient> m_sb;
    std::unique_ptr<UploadDialog> m_dialog;

    template<class W> W *child(const char *name) const
    {
        auto *w = m_dialog->findChild<W *>(QLatin1String(name));
        Q_ASSERT(w);
        return w;
    }

    // Clicks Upload and waits for the outcome of that attempt.
    bool clickUpload(bool *ok)
    {
        QSignalSpy done(m_dialog.get(), &UploadDialog::uploadFinished);
        QTest::mouseClick(child<QPushButton>("uploadButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return done.size() == 1; }, T))
            return false;
        *ok = done.first().at(1).toBool();
        return true;
    }

    // How many pipelines (or versions of `pipelineId`) the server has under `name`, asked with
    // the client's own list call (filtered on the server).
    int storedNamed(const QString &name, const QString &pipelineId) const
    {
        kfp::ListQuery q;
        q.where(kfp::Predicate::equals(QStringLiteral("display_name"), name)).withPageSize(50);
        auto count = [](auto *job) {
            job->setAutoDelete(false);
            QSignalSpy spy(job, &kfp::ApiJob::finished);
            const int n = spy.wait(T) && job->ok() ? int(job->result().items.size()) : -1;
            delete job;
            return n;
        };
        return pipelineId.isEmpty() ? count(m_sb->client->listPipelines(q))
                                    : count(m_sb->client->listPipelineVersions(pipelineId, q));
    }

private Q_SLOTS:
    void init()
    {
        m_sb = std::make_unique<kfptest::SandboxClient>(false);
        m_sb->session->setDefaultTimeout(faulttest::TransferTimeoutMs);
    }
    void cleanup()
    {
        m_dialog.reset();
        m_sb.reset();
    }

    void uploadSurvivesFault_data()
    {
        QTest::addColumn<bool>("newVersion");
        faulttest::addFaultColumns();
        int n = 0;
        const faulttest::FaultCase *cases = faulttest::faultCases(&n);
        for (bool newVersion : {false, true})
            for (int i = 0; i < n; ++i)
                QTest::newRow(
                    qPrintable(QLatin1String(newVersion ? "new version: " : "new pipeline: ") +
                               QLatin1String(cases[i].name)))
                    << newVersion << QString::fromLatin1(cases[i].spec) << cases[i].intermittent
                    << cases[i].delayedOnly;
    }
    void uploadSurvivesFault()
    {
        QFETCH(bool, newVersion);
        QFETCH(QString, spec);
        QFETCH(bool, intermittent);
        QFETCH(bool, delayedOnly);

        QString pipelineId;
        if (newVersion) { // a pipeline named like the file: the dialog offers a new version of it
            pipelineId = kfptest::createPipeline(m_sb->client.get(), QStringLiteral("echo")).id;
            QVERIFY(!pipelineId.isEmpty());
        }
        m_dialog = std::make_unique<UploadDialog>(m_sb->client.get(), QString());
        QSignalSpy read(m_dialog.get(), &UploadDialog::fileRead);
        m_dialog->addFiles({kfptest::samplePath(kfptest::kEcho)});
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, T);
        if (newVersion)
            QTRY_VERIFY_WITH_TIMEOUT(child<QRadioButton>("newVersionRadio")->isChecked(), T);

        // What the user types, which every failure must leave in place.
        const QString name = newVersion ? QStringLiteral("v-faulty") : QStringLiteral("faulty");
        auto *nameEdit = child<QLineEdit>(newVersion ? "versionNameEdit" : "pipelineNameEdit");
        nameEdit->selectAll();
        QTest::keyClick(nameEdit, Qt::Key_Backspace);
        QTest::keyClicks(nameEdit, name);
        auto *description = child<QLineEdit>("descriptionEdit");
        QTest::keyClicks(description, QStringLiteral("typed by hand"));

        const QString uploadPath = newVersion ? QStringLiteral("*/pipelines/upload_version")
                                              : QStringLiteral("*/pipelines/upload");
        QVERIFY(m_sb->server->addFault(faulttest::faultSpec(uploadPath, "POST", spec)));
        faulttest::Heartbeat hb;
        hb.start();

        bool ok = false;
        QVERIFY(clickUpload(&ok));
        if (delayedOnly || faulttest::losesAnswer(spec)) {
            // Only late, or the answer was lost after the server stored it: found, not resent.
            QVERIFY2(ok, qPrintable(child<QLabel>("errorLabel")->text()));
        } else if (!ok) {
            // Refused: said in the dialog, in a sentence, with what was typed still there.
            auto *error = child<QLabel>("errorLabel");
            QVERIFY(error->isVisible());
            QVERIFY(!error->text().isEmpty());
            if (spec == QLatin1String("html"))
                QVERIFY2(error->text().contains(QLatin1String("web page")),
                         qPrintable(error->text()));
            QCOMPARE(m_dialog->fileState(0), FileState::Failed);
            QCOMPARE(nameEdit->text(), name);
            QCOMPARE(description->text(), QStringLiteral("typed by hand"));
            QVERIFY(child<QPushButton>("uploadButton")->isEnabled());
            // The fault stops (or, for 50 %, the user simply tries again): it goes through.
            if (!intermittent)
                m_sb->server->clearFaults();
            for (int attempt = 0; attempt < 10 && !ok; ++attempt)
                QVERIFY(clickUpload(&ok));
            QVERIFY2(ok, qPrintable(error->text()));
        }
        FAULT_VERIFY_ALIVE(hb);
        QCOMPARE(m_dialog->fileState(0), FileState::Uploaded);
        m_sb->server->clearFaults();
        QCOMPARE(storedNamed(name, pipelineId), 1);
    }
};

QTEST_MAIN(TestFaultsUpload)
#include "tst_faults_upload.moc"
