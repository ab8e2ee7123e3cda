// RunWizard under the seven faults of FaultCases.h, offscreen against the in-process sandbox:
//
// - Create, with the fault on the create request: a refusal (5xx burst, 50 % errors, an HTML
//   page) is shown on the Review page, the wizard stays open with every typed value, and Create
//   succeeds once the fault is gone; a lost answer (cut short, reset, dripping past the timeout:
//   the server did create the run) is found and the wizard closes; 2 s latency only delays. The
//   server ends with exactly one run of that name.
// - The Source page's pipeline list, with the fault on the list request while the user searches:
//   the error is shown on the page with Try Again, the search text stays, Try Again loads it.
// Throughout, the UI thread keeps running (heartbeat).

#include "FaultCases.h"
#include "WizardDriver.h"
#include "wizard/RunWizardReviewPage.h"

#include <QLabel>
#include <QPushButton>

using namespace testutil;
using namespace wizardtest;

namespace {

constexpr int Wait = 20000;

// Runs on the server whose display name is `name`.
int runsNamed(const SandboxFixture &f, const QString &name)
{
    const auto out = await(f.client->listRuns(
        kfp::ListQuery().where(kfp::Predicate::equals(QStringLiteral("display_name"), name))));
    return out.ok() ? int(out.result.items.size()) : -1;
}

} // namespace

class TestFaultsWizard final : public QObject
{
    Q_OBJECT

    static FixtureOptions options()
    {
        FixtureOptions o;
        o.sessionTimeoutMs = faulttest::TransferTimeoutMs;
        return o;
    }

private Q_SLOTS:
    void createSurvivesFault_data()
    {
        faulttest::addFaultColumns();
        faulttest::addFaultRows(QStringLiteral("Create: "));
    }
    void createSurvivesFault()
    {
        QFETCH(QString, spec);
        QFETCH(bool, intermittent);
        QFETCH(bool, delayedOnly);
        SandboxFixture f;
        QVERIFY(f.start(kfp::ApiVersion::V2Beta1, options()));
        QVERIFY(!upload(f, typedFile(), QStringLiteral("typed-params")).isEmpty());

        RunWizard w(f.client.get(), nullptr);
        w.show();
        QVERIFY(toParameters(w, QStringLiteral("typed-params")));
        QVERIFY(typeInto(w, QStringLiteral("target"), "stringEditor", QStringLiteral("kept")));
        QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), Wait);
        next(w)->click(); // Schedule
        next(w)->click(); // Review
        QCOMPARE(w.currentId(), int(RunWizard::ReviewPageId));
        const QString name = w.draft().displayName;
        QVERIFY(!name.isEmpty());
        QCOMPARE(runsNamed(f, name), 0);

        QVERIFY(f.server->addFault(
            faulttest::faultSpec(f.apiPrefix() + QStringLiteral("/runs"), "POST", spec)));
        faulttest::Heartbeat hb;
        hb.start();
        auto *finish = w.button(QWizard::FinishButton);
        auto *status = w.reviewPage()->findChild<QLabel *>(QStringLiteral("statusLabel"));
        finish->click();

        if (delayedOnly || faulttest::losesAnswer(spec)) {
            // Late, or the answer was lost after the server created the run: found, not resent.
            QTRY_VERIFY2_WITH_TIMEOUT(!w.isVisible(), qPrintable(status->text()), Wait);
        } else {
            // Refused (or, at 50 %, maybe not): the wizard waits for the answer, then either
            // closes or says why on the Review page, keeping everything typed.
            QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible() || finish->isEnabled(), Wait);
            if (w.isVisible()) {
                QVERIFY2(status->text().contains(QLatin1String("Could not create the run")),
                         qPrintable(status->text()));
                if (spec == QLatin1String("html"))
                    QVERIFY2(status->text().contains(QLatin1String("web page")),
                             qPrintable(status->text()));
                QCOMPARE(w.currentId(), int(RunWizard::ReviewPageId));
                bool kept = false;
                for (const auto &p : w.draft().parameters)
                    kept |= p.name == QLatin1String("target") &&
                            p.value.toString() == QLatin1String("kept");
                QVERIFY(kept);
                QCOMPARE(w.draft().displayName, name);
                if (!intermittent)
                    f.server->clearFaults();
                for (int attempt = 0; attempt < 10 && w.isVisible(); ++attempt) {
                    QTRY_VERIFY_WITH_TIMEOUT(finish->isEnabled(), Wait);
                    finish->click();
                    QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible() || finish->isEnabled(), Wait);
                }
                QVERIFY2(!w.isVisible(), qPrintable(status->text()));
            }
        }
        FAULT_VERIFY_ALIVE(hb);
        f.server->clearFaults();
        QCOMPARE(runsNamed(f, name), 1);
    }

    void pipelineListSurvivesFault_data()
    {
        faulttest::addFaultColumns();
        faulttest::addFaultRows(QStringLiteral("Source list: "));
    }
    void pipelineListSurvivesFault()
    {
        QFETCH(QString, spec);
        QFETCH(bool, intermittent);
        QFETCH(bool, delayedOnly);
        SandboxFixture f;
        QVERIFY(f.start(kfp::ApiVersion::V2Beta1, options()));
        QVERIFY(!upload(f, typedFile(), QStringLiteral("typed-params")).isEmpty());
        RunWizard w(f.client.get(), nullptr);
        w.show();
        auto *list = w.findChild<QListWidget *>(QStringLiteral("pipelineList"));
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, Wait);

        QVERIFY(f.server->addFault(
            faulttest::faultSpec(f.apiPrefix() + QStringLiteral("/pipelines"), "GET", spec)));
        faulttest::Heartbeat hb;
        hb.start();
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *status = w.findChild<QLabel *>(QStringLiteral("statusLabel"));
        auto *retry = w.findChild<QPushButton *>(QStringLiteral("retryButton"));
        const int listCalls =
            int(f.requests("GET", f.apiPrefix() + QStringLiteral("/pipelines")).size());
        QTest::keyClicks(search, QStringLiteral("typed"));
        // The search went out (debounced) and was answered one way or the other.
        QTRY_VERIFY_WITH_TIMEOUT(
            f.requests("GET", f.apiPrefix() + QStringLiteral("/pipelines")).size() > listCalls &&
                (retry->isVisible() || (list->count() == 1 && status->text().isEmpty())),
            Wait);
        if (delayedOnly) {
            QVERIFY(!retry->isVisible());
        } else {
            for (int attempt = 0; attempt < 10 && retry->isVisible(); ++attempt) {
                QVERIFY2(status->text().contains(QLatin1String("Could not list the pipelines")),
                         qPrintable(status->text()));
                QCOMPARE(search->text(), QStringLiteral("typed"));
                if (!intermittent)
                    f.server->clearFaults();
                QTest::mouseClick(retry, Qt::LeftButton);
                QTRY_VERIFY_WITH_TIMEOUT(
                    retry->isVisible() || (list->count() == 1 && status->text().isEmpty()), Wait);
            }
        }
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("typed-params"));
        QCOMPARE(search->text(), QStringLiteral("typed"));
        FAULT_VERIFY_ALIVE(hb);
    }
};

QTEST_MAIN(TestFaultsWizard)
#include "tst_faults_wizard.moc"
