// RunWizard driven end to end, offscreen, against the in-process sandbox over loopback HTTP, in
// both dialects: pick the pipeline in the list, fill typed parameters through the delegate's
// real editors, Next through the pages, Create; then assert on what the sandbox received.

#include "SandboxFixture.h"
#include "WizardDriver.h"
#include "models/ParameterTableModel.h"
#include "wizard/RunWizard.h"
#include "wizard/RunWizardReviewPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace testutil;
using namespace wizardtest;
using kfp::ParameterTableModel;
using kfp::RunWizard;

namespace {

QJsonObject lastBody(SandboxFixture &f, const QString &resource)
{
    const auto e = f.lastRequest("POST", f.apiPrefix() + QLatin1Char('/') + resource);
    return e ? QJsonDocument::fromJson(e->body).object() : QJsonObject();
}

// The parameters the sandbox received: v2 runtime_config.parameters as is; v1 pipeline_spec's
// [{name, value}] list as an object.
QJsonObject sentParameters(const SandboxFixture &f, const QJsonObject &body)
{
    if (f.isV2())
        return body.value(QLatin1String("runtime_config"))
            .toObject()
            .value(QLatin1String("parameters"))
            .toObject();
    QJsonObject out;
    const auto list =
        body.value(QLatin1String("pipeline_spec")).toObject().value(QLatin1String("parameters"));
    for (const auto &p : list.toArray())
        out.insert(p.toObject().value(QLatin1String("name")).toString(),
                   p.toObject().value(QLatin1String("value")));
    return out;
}

} // namespace

class TestRunWizard : public QObject
{
    Q_OBJECT

private slots:
    void typedParametersEndToEnd_data() { addDialectRows(); }
    void typedParametersEndToEnd()
    {
        QFETCH(QString, api);
        SandboxFixture f;
        QVERIFY(f.start(api, false));
        const QString pipelineId = upload(f, typedFile(), QStringLiteral("typed-params"));
        QVERIFY(!pipelineId.isEmpty());

        RunWizard w(f.client.get(), nullptr);
        QSignalSpy created(&w, &RunWizard::runCreated);
        w.show();
        QVERIFY(toParameters(w, QStringLiteral("typed-params")));

        // "target" is required and has no default: Next is blocked, the message names it.
        auto *error = w.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(!next(w)->isEnabled());
        QVERIFY2(error->text().contains(QLatin1String("target")), qPrintable(error->text()));

        QVERIFY(typeInto(w, QStringLiteral("target"), "stringEditor", QStringLiteral("s3://out")));
        // Beyond 2^53 on v2 (a double would round it). v1 sends text, but its dialect formats
        // numbers through a double, so there a value below 2^53.
        const QString bigInt =
            f.isV2() ? QStringLiteral("9007199254740993") : QStringLiteral("1234567890123");
        QVERIFY(typeInto(w, QStringLiteral("n"), "integerEditor", bigInt));
        QVERIFY(typeInto(w, QStringLiteral("ratio"), "doubleEditor", QStringLiteral("2.5")));
        QVERIFY(typeInto(w, QStringLiteral("xs"), "jsonEditor", QStringLiteral("[1, \"two\"]")));

        auto *check = openEditor<QCheckBox>(w, QStringLiteral("flag"), "booleanEditor");
        QVERIFY(check);
        QTest::keyClick(check, Qt::Key_Space);
        QTest::keyClick(check, Qt::Key_Return);

        auto *combo = openEditor<QComboBox>(w, QStringLiteral("mode"), "literalEditor");
        QVERIFY(combo);
        QCOMPARE(combo->count(), 2);
        QTest::keyClick(combo, Qt::Key_Down); // fast → slow
        QTest::keyClick(combo, Qt::Key_Return);

        // Invalid JSON in the STRUCT cell: Next blocked while typing, message at that cell.
        auto *json = openEditor<QLineEdit>(w, QStringLiteral("cfg"), "jsonEditor");
        QVERIFY(json);
        QTest::keyClicks(json, QStringLiteral("{\"a\": "));
        QTRY_VERIFY_WITH_TIMEOUT(!next(w)->isEnabled(), T);
        QVERIFY2(error->text().contains(QLatin1String("cfg")) &&
                     error->text().contains(QLatin1String("JSON")),
                 qPrintable(error->text()));
        const auto *model = w.parameterModel();
        const QModelIndex cfgCell =
            model->index(rowOf(model, QStringLiteral("cfg")), ParameterTableModel::ValueColumn);
        QVERIFY(!cfgCell.data(ParameterTableModel::ErrorRole).toString().isEmpty());
        QVERIFY(!json->toolTip().isEmpty());
        QTest::keyClicks(json, QStringLiteral("{\"b\": true}}"));
        QTest::keyClick(json, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), T);

        next(w)->click();
        QCOMPARE(w.currentId(), int(RunWizard::SchedulePageId));
        next(w)->click();
        QCOMPARE(w.currentId(), int(RunWizard::ReviewPageId));
        // The Review page shows the request the dialect builds.
        QVERIFY(w.reviewPage()->requestText().contains(bigInt));
        w.button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, T);
        QVERIFY(!w.isVisible());

        const QJsonObject body = lastBody(f, QStringLiteral("runs"));
        const QJsonObject params = sentParameters(f, body);
        if (f.isV2()) {
            QVERIFY(params.value(QLatin1String("n")).isDouble());
            QCOMPARE(params.value(QLatin1String("n")).toInteger(), 9007199254740993LL);
            QCOMPARE(params.value(QLatin1String("ratio")), QJsonValue(2.5));
            QCOMPARE(params.value(QLatin1String("flag")), QJsonValue(true));
            QCOMPARE(params.value(QLatin1String("cfg")),
                     QJsonValue(QJsonObject{{QStringLiteral("a"), QJsonObject{{"b", true}}}}));
            QCOMPARE(params.value(QLatin1String("xs")),
                     QJsonValue(QJsonArray{1, QStringLiteral("two")}));
            QCOMPARE(body.value(QLatin1String("pipeline_version_reference"))
                         .toObject()
                         .value(QLatin1String("pipeline_id"))
                         .toString(),
                     pipelineId);
        } else {
            QCOMPARE(params.value(QLatin1String("n")), QJsonValue(bigInt));
            QCOMPARE(params.value(QLatin1String("ratio")), QJsonValue(QStringLiteral("2.5")));
            // v1 takes strings; the dialect writes booleans as the v1 SDK does (Python's
            // str(True)).
            QCOMPARE(params.value(QLatin1String("flag")), QJsonValue(QStringLiteral("True")));
            QCOMPARE(QJsonDocument::fromJson(params.value(QLatin1String("cfg")).toString().toUtf8())
                         .object(),
                     (QJsonObject{{QStringLiteral("a"), QJsonObject{{"b", true}}}}));
            QVERIFY(params.value(QLatin1String("xs")).isString());
        }
        QCOMPARE(params.value(QLatin1String("mode")), QJsonValue(QStringLiteral("slow")));
        QCOMPARE(params.value(QLatin1String("target")), QJsonValue(QStringLiteral("s3://out")));
        QCOMPARE(params.value(QLatin1String("message")), QJsonValue(QStringLiteral("hello")));
        QCOMPARE(created.first().first().value<kfp::Run>().displayName,
                 body.value(f.isV2() ? QLatin1String("display_name") : QLatin1String("name"))
                     .toString());
    }

    void recurring_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<bool>("cron");
        for (const char *api : {"v2beta1", "v1beta1"}) {
            QTest::addRow("%s cron", api) << QString::fromLatin1(api) << true;
            QTest::addRow("%s periodic", api) << QString::fromLatin1(api) << false;
        }
    }
    void recurring()
    {
        QFETCH(QString, api);
        QFETCH(bool, cron);
        SandboxFixture f;
        QVERIFY(f.start(api, false));
        QVERIFY(!upload(f, typedFile(), QStringLiteral("typed-params")).isEmpty());
        RunWizard w(f.client.get(), nullptr);
        QSignalSpy created(&w, &RunWizard::recurringRunCreated);
        w.show();
        QVERIFY(toParameters(w, QStringLiteral("typed-params")));
        QVERIFY(typeInto(w, QStringLiteral("target"), "stringEditor", QStringLiteral("t")));
        QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), T);
        next(w)->click();
        QCOMPARE(w.currentId(), int(RunWizard::SchedulePageId));
        auto *preview = w.findChild<QLabel *>(QStringLiteral("cronPreview"));
        if (cron) {
            QTest::mouseClick(w.findChild<QRadioButton *>(QStringLiteral("cronRadio")),
                              Qt::LeftButton);
            auto *edit = w.findChild<QLineEdit *>(QStringLiteral("cronEdit"));
            edit->selectAll();
            QTest::keyClicks(edit, QStringLiteral("0 0 *"));
            QVERIFY(!next(w)->isEnabled()); // five fields so far... three: invalid
            QTest::keyClicks(edit, QStringLiteral("/2 * * *"));
            QVERIFY(next(w)->isEnabled());
            QVERIFY2(preview->text().contains(QLatin1String("Every 2 hour(s)")),
                     qPrintable(preview->text()));
            QCOMPARE(preview->text().count(QLatin1Char(';')), 2); // three next times
        } else {
            QTest::mouseClick(w.findChild<QRadioButton *>(QStringLiteral("periodicRadio")),
                              Qt::LeftButton);
            auto *spin = w.findChild<QSpinBox *>(QStringLiteral("intervalSpin"));
            spin->selectAll();
            QTest::keyClicks(spin, QStringLiteral("15"));
            w.findChild<QComboBox *>(QStringLiteral("intervalUnitCombo"))->setCurrentIndex(0);
        }
        auto *concurrency = w.findChild<QSpinBox *>(QStringLiteral("concurrencySpin"));
        concurrency->selectAll();
        QTest::keyClicks(concurrency, QStringLiteral("3"));
        QTest::keyClick(w.findChild<QCheckBox *>(QStringLiteral("catchUpCheck")), Qt::Key_Space);
        QVERIFY(finishFromSchedule(w));
        QCOMPARE(created.count(), 1);

        const QJsonObject body =
            lastBody(f, f.isV2() ? QStringLiteral("recurringruns") : QStringLiteral("jobs"));
        const QJsonObject trigger = body.value(QLatin1String("trigger")).toObject();
        if (cron) {
            QCOMPARE(trigger.value(QLatin1String("cron_schedule"))
                         .toObject()
                         .value(QLatin1String("cron"))
                         .toString(),
                     QStringLiteral("0 0 */2 * * *"));
        } else {
            const QJsonValue interval = trigger.value(QLatin1String("periodic_schedule"))
                                            .toObject()
                                            .value(QLatin1String("interval_second"));
            QCOMPARE(interval.toVariant().toLongLong(), 900);
        }
        QCOMPARE(body.value(QLatin1String("max_concurrency")).toVariant().toLongLong(), 3);
        QCOMPARE(body.value(QLatin1String("no_catchup")), QJsonValue(true));
        QCOMPARE(sentParameters(f, f.isV2() ? body : body).value(QLatin1String("target")),
                 QJsonValue(QStringLiteral("t")));
    }

    void localPackageSentInline_data() { addDialectRows(); }
    void localPackageSentInline()
    {
        QFETCH(QString, api);
        SandboxFixture f;
        QVERIFY(f.start(api, false));
        RunWizard w(f.client.get(), nullptr);
        QSignalSpy created(&w, &RunWizard::runCreated);
        const QString file =
            f.isV2() ? typedFile() : QStringLiteral(KFP_WIZARD_DATA_DIR "/v1_argo.yaml");
        w.preselectPackageFile(file);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), T);
        next(w)->click();
        QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), T); // experiments listed
        next(w)->click();                                  // default experiment
        QCOMPARE(w.currentId(), int(RunWizard::ParametersPageId));
        if (f.isV2())
            QVERIFY(typeInto(w, QStringLiteral("target"), "stringEditor", QStringLiteral("t")));
        QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), T);
        next(w)->click();
        QVERIFY(finishFromSchedule(w));
        QCOMPARE(created.count(), 1);
        const QJsonObject body = lastBody(f, QStringLiteral("runs"));
        if (f.isV2()) {
            QCOMPARE(body.value(QLatin1String("pipeline_spec"))
                         .toObject()
                         .value(QLatin1String("pipelineInfo"))
                         .toObject()
                         .value(QLatin1String("name"))
                         .toString(),
                     QStringLiteral("typed-params"));
            QVERIFY(!body.contains(QLatin1String("pipeline_version_reference")));
        } else {
            const QString manifest = body.value(QLatin1String("pipeline_spec"))
                                         .toObject()
                                         .value(QLatin1String("workflow_manifest"))
                                         .toString();
            QVERIFY2(manifest.contains(QLatin1String("argoproj.io")), qPrintable(manifest));
        }
    }

    void cloneRunPrefills_data() { addDialectRows(); }
    void cloneRunPrefills()
    {
        QFETCH(QString, api);
        SandboxFixture f;
        QVERIFY(f.start(api, false));
        const QString pipelineId = upload(f, typedFile(), QStringLiteral("typed-params"));
        QVERIFY(!pipelineId.isEmpty());
        const auto versions = await(f.client->listPipelineVersions(pipelineId));
        QVERIFY(versions.ok() && !versions.result.items.isEmpty());
        const auto experiment = await(f.client->ensureExperiment(QStringLiteral("clone-exp")));
        QVERIFY(experiment.ok());
        kfp::RunRequest request;
        request.displayName = QStringLiteral("original");
        request.experimentId = experiment.result.id;
        request.pipelineId = pipelineId;
        request.pipelineVersionId = versions.result.items.first().id;
        request.parameters = {{QStringLiteral("target"), QStringLiteral("gs://orig")},
                              {QStringLiteral("n"), 77},
                              {QStringLiteral("mode"), QStringLiteral("slow")}};
        const auto run = await(f.client->createRun(request));
        QVERIFY2(run.ok(), run.describe());

        RunWizard w(f.client.get(), nullptr);
        QSignalSpy created(&w, &RunWizard::runCreated);
        w.cloneRun(run.result.id);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), T);
        auto *list = w.findChild<QListWidget *>(QStringLiteral("pipelineList"));
        QCOMPARE(list->currentItem()->text(), QStringLiteral("typed-params"));
        next(w)->click();
        QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), T);
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
                 QStringLiteral("Clone of original"));
        QCOMPARE(w.findChild<QComboBox *>(QStringLiteral("experimentCombo"))->currentText(),
                 QStringLiteral("clone-exp"));
        next(w)->click();
        QCOMPARE(w.currentId(), int(RunWizard::ParametersPageId));
        QVERIFY(next(w)->isEnabled()); // the required value came from the original
        const auto *model = w.parameterModel();
        auto value = [&](const QString &name) {
            return model->index(rowOf(model, name), ParameterTableModel::ValueColumn)
                .data()
                .toString();
        };
        QCOMPARE(value(QStringLiteral("target")), QStringLiteral("gs://orig"));
        QCOMPARE(value(QStringLiteral("n")), QStringLiteral("77"));
        QCOMPARE(value(QStringLiteral("mode")), QStringLiteral("slow"));
        next(w)->click();
        QVERIFY(finishFromSchedule(w));
        QCOMPARE(created.count(), 1);
        const QJsonObject body = lastBody(f, QStringLiteral("runs"));
        QCOMPARE(
            body.value(f.isV2() ? QLatin1String("display_name") : QLatin1String("name")).toString(),
            QStringLiteral("Clone of original"));
        QCOMPARE(sentParameters(f, body).value(QLatin1String("target")),
                 QJsonValue(QStringLiteral("gs://orig")));
    }

    void preselectedVersion_data() { addDialectRows(); }
    void preselectedVersion()
    {
        QFETCH(QString, api);
        SandboxFixture f;
        QVERIFY(f.start(api, false));
        const QString pipelineId = upload(f, typedFile(), QStringLiteral("typed-params"));
        QVERIFY(!pipelineId.isEmpty());
        kfp::PipelineVersionUpload v;
        v.filePath = typedFile();
        v.pipelineId = pipelineId;
        v.name = QStringLiteral("second");
        const auto second = await(f.client->uploadPipelineVersion(v));
        QVERIFY2(second.ok(), second.describe());
        // "Latest" is the first of the server's newest-first listing (both versions may share a
        // creation second).
        const auto versions = await(f.client->listPipelineVersions(
            pipelineId, kfp::ListQuery().sortedBy(QStringLiteral("created_at"), true)));
        QVERIFY(versions.ok() && versions.result.items.size() == 2);
        const QString latestId = versions.result.items.first().id;
        const QString oldest = versions.result.items.last().id;

        // A version chosen from its row: that one, not the latest.
        RunWizard w(f.client.get(), nullptr);
        w.preselectPipeline(pipelineId, oldest);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), T);
        auto *versionCombo = w.findChild<QComboBox *>(QStringLiteral("versionCombo"));
        QCOMPARE(versionCombo->currentData().toString(), oldest);
        QCOMPARE(versionCombo->count(), 2);

        // A pipeline chosen from its row: its latest version.
        RunWizard latest(f.client.get(), nullptr);
        latest.preselectPipeline(pipelineId);
        latest.show();
        QTRY_VERIFY_WITH_TIMEOUT(next(latest)->isEnabled(), T);
        QCOMPARE(latest.findChild<QComboBox *>(QStringLiteral("versionCombo"))->currentData(),
                 QVariant(latestId));
    }

    void createFailureKeepsInput()
    {
        SandboxFixture f;
        QVERIFY(f.start(ApiVersion::V2Beta1));
        QVERIFY(!upload(f, typedFile(), QStringLiteral("typed-params")).isEmpty());
        RunWizard w(f.client.get(), nullptr);
        w.show();
        QVERIFY(toParameters(w, QStringLiteral("typed-params")));
        QVERIFY(typeInto(w, QStringLiteral("target"), "stringEditor", QStringLiteral("kept")));
        QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), T);
        next(w)->click();
        next(w)->click();
        QCOMPARE(w.currentId(), int(RunWizard::ReviewPageId));
        f.server.reset(); // the server goes away: Create fails, the wizard stays
        w.button(QWizard::FinishButton)->click();
        auto *status = w.reviewPage()->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Could not create")), T);
        QVERIFY(w.isVisible());
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(w.draft().parameters.size() > 0, true);
    }

    // Every typed editor keeps what is typed: an entry its type refuses stays exactly as typed,
    // the cell is marked invalid with the reason, and Next is blocked at that cell.
    void typedEditorsKeepWhatIsTyped_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("editor");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("integer fraction") << "n"
                                          << "integerEditor"
                                          << "1.5"
                                          << "whole number";
        QTest::newRow("integer list") << "n"
                                      << "integerEditor"
                                      << "[1, 2"
                                      << "whole number";
        QTest::newRow("integer word") << "n"
                                      << "integerEditor"
                                      << "ten"
                                      << "whole number";
        QTest::newRow("double comma") << "ratio"
                                      << "doubleEditor"
                                      << "1,5"
                                      << "not a number";
        QTest::newRow("double word") << "ratio"
                                     << "doubleEditor"
                                     << "abc"
                                     << "not a number";
        QTest::newRow("list unclosed") << "xs"
                                       << "jsonEditor"
                                       << "[1, 2"
                                       << "JSON";
        QTest::newRow("struct as list") << "cfg"
                                        << "jsonEditor"
                                        << "[1]"
                                        << "JSON object";
    }
    void typedEditorsKeepWhatIsTyped()
    {
        QFETCH(QString, name);
        QFETCH(QString, editor);
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        SandboxFixture f;
        QVERIFY(f.start(ApiVersion::V2Beta1));
        QVERIFY(!upload(f, typedFile(), QStringLiteral("typed-params")).isEmpty());
        RunWizard w(f.client.get(), nullptr);
        w.show();
        QVERIFY(toParameters(w, QStringLiteral("typed-params")));
        QVERIFY(typeInto(w, QStringLiteral("target"), "stringEditor", QStringLiteral("s3://out")));
        QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), T);

        auto *edit = openEditor<QLineEdit>(w, name, editor.toLatin1().constData());
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, typed);
        QCOMPARE(edit->text(), typed); // nothing filtered while typing
        QTRY_VERIFY_WITH_TIMEOUT(!next(w)->isEnabled(), T);
        QVERIFY2(edit->toolTip().contains(reason), qPrintable(edit->toolTip()));
        QTest::keyClick(edit, Qt::Key_Return);

        const auto *model = w.parameterModel();
        const QModelIndex cell = model->index(rowOf(model, name), ParameterTableModel::ValueColumn);
        QCOMPARE(cell.data(Qt::DisplayRole).toString(), typed);
        const QString error = cell.data(ParameterTableModel::ErrorRole).toString();
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), error);
        QVERIFY(cell.data(Qt::BackgroundRole).isValid());
        QVERIFY(!next(w)->isEnabled());
        auto *label = w.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY2(label->text().contains(name) && label->text().contains(error),
                 qPrintable(label->text()));
        auto *view = w.findChild<QTableView *>(QStringLiteral("parameterView"));
        QCOMPARE(view->currentIndex(), cell);
    }

    // The Boolean editor shows the value it edits, and a value it cannot show as checked or
    // not is left as it is until the user clicks.
    void booleanEditorShowsItsValue()
    {
        SandboxFixture f;
        QVERIFY(f.start(ApiVersion::V2Beta1));
        QVERIFY(!upload(f, typedFile(), QStringLiteral("typed-params")).isEmpty());
        RunWizard w(f.client.get(), nullptr);
        w.show();
        QVERIFY(toParameters(w, QStringLiteral("typed-params")));
        auto *model = w.parameterModel();
        const QModelIndex cell =
            model->index(rowOf(model, QStringLiteral("flag")), ParameterTableModel::ValueColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("false")); // the default

        auto *check = openEditor<QCheckBox>(w, QStringLiteral("flag"), "booleanEditor");
        QVERIFY(check);
        QVERIFY(!check->isChecked());
        QCOMPARE(check->text(), QStringLiteral("false"));
        QTest::keyClick(check, Qt::Key_Space);
        QVERIFY(check->isChecked());
        QCOMPARE(check->text(), QStringLiteral("true"));
        QTest::keyClick(check, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(cell.data().toString(), QStringLiteral("true"), T);

        // A value that is neither (from a parameter set) is shown as is and kept on close.
        QVERIFY(model->setData(cell, QStringLiteral("yes")));
        check = openEditor<QCheckBox>(w, QStringLiteral("flag"), "booleanEditor");
        QVERIFY(check);
        QCOMPARE(check->checkState(), Qt::PartiallyChecked);
        QCOMPARE(check->text(), QStringLiteral("yes"));
        QTest::keyClick(check, Qt::Key_Return);
        QCOMPARE(cell.data().toString(), QStringLiteral("yes"));
        QVERIFY(!cell.data(ParameterTableModel::ErrorRole).toString().isEmpty());
        QVERIFY(!next(w)->isEnabled());
    }

    // The literals combo shows a value that is not allowed as it is, instead of choosing the
    // first allowed one behind the user's back.
    void literalEditorKeepsValue()
    {
        SandboxFixture f;
        QVERIFY(f.start(ApiVersion::V2Beta1));
        QVERIFY(!upload(f, typedFile(), QStringLiteral("typed-params")).isEmpty());
        RunWizard w(f.client.get(), nullptr);
        w.show();
        QVERIFY(toParameters(w, QStringLiteral("typed-params")));
        auto *model = w.parameterModel();
        const QModelIndex cell =
            model->index(rowOf(model, QStringLiteral("mode")), ParameterTableModel::ValueColumn);
        QVERIFY(model->setData(cell, QStringLiteral("medium")));
        auto *combo = openEditor<QComboBox>(w, QStringLiteral("mode"), "literalEditor");
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QStringLiteral("medium"));
        QTest::keyClick(combo, Qt::Key_Return);
        QCOMPARE(cell.data().toString(), QStringLiteral("medium"));
        QVERIFY(!cell.data(ParameterTableModel::ErrorRole).toString().isEmpty());
        QVERIFY(!next(w)->isEnabled());
    }

    // The Details page's experiment chooser asks as the Experiments section does: everything
    // not archived (storage_state NOT_EQUALS ARCHIVED), so an experiment whose storage state is
    // unspecified is offered too; an archived one is not.
    void experimentChooserOffersEverythingNotArchived()
    {
        SandboxFixture f;
        QVERIFY(f.start(QStringLiteral("v2beta1"), false));
        const QString pipelineId = upload(f, typedFile(), QStringLiteral("typed-params"));
        QVERIFY(!pipelineId.isEmpty());
        const auto plain = await(f.client->ensureExperiment(QStringLiteral("plain-exp")));
        const auto unspecified = await(f.client->ensureExperiment(QStringLiteral("old-exp")));
        const auto archived = await(f.client->ensureExperiment(QStringLiteral("archived-exp")));
        QVERIFY(plain.ok() && unspecified.ok() && archived.ok());
        QVERIFY(f.server->setExperimentStorageUnspecified(unspecified.result.id));
        QVERIFY(await(f.client->archiveExperiment(archived.result.id)).ok());
        f.server->clearRequestLog();

        RunWizard w(f.client.get(), nullptr);
        w.show();
        auto *list = w.findChild<QListWidget *>(QStringLiteral("pipelineList"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !list->findItems(QStringLiteral("typed-params"), Qt::MatchExactly).isEmpty(), T);
        QListWidgetItem *item =
            list->findItems(QStringLiteral("typed-params"), Qt::MatchExactly).first();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(item).center());
        QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), T);
        next(w)->click();
        QCOMPARE(w.currentId(), int(RunWizard::DetailsPageId));
        auto *combo = w.findChild<QComboBox *>(QStringLiteral("experimentCombo"));
        QTRY_VERIFY_WITH_TIMEOUT(combo->findText(QStringLiteral("plain-exp")) >= 0, T);
        QVERIFY(combo->findText(QStringLiteral("old-exp")) >= 0);
        QCOMPARE(combo->findText(QStringLiteral("archived-exp")), -1);

        const auto lists = f.requests("GET", f.apiPrefix() + QStringLiteral("/experiments"));
        QVERIFY(!lists.isEmpty());
        QString raw =
            lists.last().query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
        for (int i = 0; i < 3 && !raw.startsWith(QLatin1Char('{')) && !raw.isEmpty(); ++i)
            raw = QUrl::fromPercentEncoding(raw.toUtf8());
        const QJsonArray predicates = QJsonDocument::fromJson(raw.toUtf8())
                                          .object()
                                          .value(QLatin1String("predicates"))
                                          .toArray();
        QCOMPARE(predicates.size(), 1);
        const QJsonObject p = predicates.first().toObject();
        QCOMPARE(p.value(QLatin1String("key")).toString(), QStringLiteral("storage_state"));
        QCOMPARE(p.value(QLatin1String("operation")).toString(), QStringLiteral("NOT_EQUALS"));
        QCOMPARE(p.value(QLatin1String("string_value")).toString(), QStringLiteral("ARCHIVED"));
    }
};

QTEST_MAIN(TestRunWizard)
#include "tst_runwizard.moc"
