#pragma once

// Drives RunWizard as a user would, offscreen: picks the pipeline in the Source page's list,
// types into the parameter table's real editors, clicks Next. Shared by the wizard tests and the
// wizard's fault tests. The wizard's data files are in tests/wizard/data (KFP_WIZARD_DATA_DIR).

#include "SandboxFixture.h"
#include "models/ParameterTableModel.h"
#include "wizard/RunWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QtTest>

namespace wizardtest {

using kfp::ParameterTableModel;
using kfp::RunWizard;
using testutil::await;
using testutil::SandboxFixture;

constexpr int T = 15000;

inline QString typedFile()
{
    return QStringLiteral(KFP_WIZARD_DATA_DIR "/typed_v2.yaml");
}

// Uploads the typed pipeline; returns its id.
inline QString upload(SandboxFixture &f, const QString &file, const QString &name)
{
    kfp::PipelineUpload u;
    u.filePath = file;
    u.name = name;
    const auto out = await(f.client->uploadPipeline(u));
    return out.ok() ? out.result.id : QString();
}

inline QAbstractButton *next(RunWizard &w)
{
    return w.button(QWizard::NextButton);
}

inline int rowOf(const ParameterTableModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->parameters().at(r).name == name)
            return r;
    return -1;
}

// Opens the value cell's editor as a user would: making the cell current opens it (the view's
// edit triggers include CurrentChanged), else the edit key does. Returns the visible editor
// (closed editors linger hidden until their deferred deletion).
template<class Editor> Editor *openEditor(RunWizard &w, const QString &name, const char *objectName)
{
    auto *view = w.findChild<QTableView *>(QStringLiteral("parameterView"));
    const auto *model = w.parameterModel();
    const QModelIndex cell = model->index(rowOf(model, name), ParameterTableModel::ValueColumn);
    auto visibleEditor = [&]() -> Editor * {
        for (Editor *e : view->viewport()->findChildren<Editor *>(QString::fromLatin1(objectName)))
            if (e->isVisible())
                return e;
        return nullptr;
    };
    view->setFocus();
    view->setCurrentIndex(cell);
    if (!visibleEditor())
        QTest::keyClick(view, Qt::Key_F2);
    return visibleEditor();
}

// Types `text` into the cell's line-edit editor (replacing its content) and presses Enter.
inline bool typeInto(RunWizard &w, const QString &name, const char *objectName, const QString &text)
{
    auto *edit = openEditor<QLineEdit>(w, name, objectName);
    if (!edit)
        return false;
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    return true;
}

// From the Source page to the Parameters page with the typed pipeline, a new experiment.
inline bool toParameters(RunWizard &w, const QString &pipelineName)
{
    auto *list = w.findChild<QListWidget *>(QStringLiteral("pipelineList"));
    if (!QTest::qWaitFor([&] { return !list->findItems(pipelineName, Qt::MatchExactly).isEmpty(); },
                         T))
        return false;
    QListWidgetItem *item = list->findItems(pipelineName, Qt::MatchExactly).first();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    if (!QTest::qWaitFor([&] { return next(w)->isEnabled(); }, T))
        return false;
    next(w)->click();
    if (w.currentId() != RunWizard::DetailsPageId ||
        !QTest::qWaitFor([&] { return next(w)->isEnabled(); }, T))
        return false;
    auto *experiment = w.findChild<QComboBox *>(QStringLiteral("experimentCombo"));
    experiment->lineEdit()->selectAll();
    QTest::keyClicks(experiment->lineEdit(), QStringLiteral("wizard-exp"));
    next(w)->click(); // creates the experiment, then moves on by itself
    return QTest::qWaitFor([&] { return w.currentId() == RunWizard::ParametersPageId; }, T);
}

inline bool finishFromSchedule(RunWizard &w)
{
    next(w)->click();
    if (w.currentId() != RunWizard::ReviewPageId)
        return false;
    w.button(QWizard::FinishButton)->click();
    return QTest::qWaitFor([&] { return !w.isVisible(); }, T);
}

} // namespace wizardtest
