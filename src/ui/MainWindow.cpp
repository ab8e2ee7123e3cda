#include "MainWindow.h"

#include "MessageBanner.h"
#include "api/KfpClient.h"
#include "auth/Session.h"
#include "models/PipelineListModel.h"
#include "models/roles.h"
#include "ui_MainWindow.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QStyle>

namespace kfp {

MainWindow::MainWindow(KfpClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(client)
    , m_model(new PipelineListModel(client, this))
{
    m_ui->setupUi(this);

    m_ui->actionRefresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"),
                                                  style()->standardIcon(QStyle::SP_BrowserReload)));
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->messageBanner, &MessageBanner::retryRequested, this, &MainWindow::retry);

    // Only the pipelines section exists so far; it is the current one.
    m_ui->sectionList->setCurrentRow(0);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->contentSplitter->setStretchFactor(0, 3);
    m_ui->contentSplitter->setStretchFactor(1, 2);
    // Initial proportions only (QSplitter scales them to the real width): a narrow section
    // list, then the table with room for a readable details pane.
    m_ui->mainSplitter->setSizes({1, 6});
    m_ui->contentSplitter->setSizes({3, 2});

    // The model goes on the view in startLoading(): a view calls fetchMore() as soon as it
    // lays out, and that must not happen before the API version is known.
    m_ui->detailsStack->setCurrentWidget(m_ui->emptyPage);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateDetails);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateDetails);
    connect(m_model, &PipelineListModel::errorChanged, this, &MainWindow::onModelErrorChanged);
    connect(m_model, &PipelineListModel::loadingChanged, this, [this](bool loading) {
        m_ui->actionRefresh->setEnabled(!loading);
        if (loading)
            statusBar()->showMessage(tr("Loading pipelines…"));
        else
            statusBar()->clearMessage();
    });
    connect(m_model, &PipelineListModel::pageLoaded, this, [this] {
        setConnectionState(ConnectionState::Connected);
        if (!m_firstLoadDone) {
            m_firstLoadDone = true;
            m_ui->pipelineTree->resizeColumnToContents(PipelineListModel::NameColumn);
            // Start with the first pipeline selected, so the details pane shows something.
            if (!m_ui->pipelineTree->currentIndex().isValid() && m_model->rowCount() > 0)
                m_ui->pipelineTree->setCurrentIndex(m_model->index(0, 0));
            Q_EMIT firstLoadDone();
        }
    });

    setupStatusBar();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupStatusBar()
{
    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->hide();
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_apiLabel = new QLabel(this);
    m_apiLabel->setObjectName(QStringLiteral("apiLabel"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addWidget(m_noticeLabel);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_apiLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);

    m_serverLabel->setText(m_client->session()->baseUrl().toDisplayString());
    m_serverLabel->setToolTip(tr("Server"));
    setConnectionState(ConnectionState::Disconnected);
    updateApiLabel();
}

void MainWindow::setNotice(const QString &text)
{
    m_noticeLabel->setText(text);
    m_noticeLabel->setVisible(!text.isEmpty());
}

void MainWindow::setConnectionState(ConnectionState state)
{
    m_state = state;
    switch (state) {
    case ConnectionState::Disconnected:
        m_connectionLabel->setText(tr("Not connected"));
        break;
    case ConnectionState::Connecting:
        m_connectionLabel->setText(tr("Connecting…"));
        break;
    case ConnectionState::Connected:
        m_connectionLabel->setText(tr("Connected"));
        break;
    case ConnectionState::Failed:
        m_connectionLabel->setText(tr("Connection failed"));
        break;
    }
}

void MainWindow::updateApiLabel()
{
    if (!m_apiKnown) {
        m_apiLabel->setText(tr("API: detecting…"));
        return;
    }
    const QString version = m_client->apiVersion() == ApiVersion::V1Beta1
                                ? QStringLiteral("v1beta1")
                                : QStringLiteral("v2beta1");
    m_apiLabel->setText(m_client->isMultiUser() ? tr("API %1 (multi-user)").arg(version)
                                                : tr("API %1").arg(version));
}

void MainWindow::connectToServer(bool detectApi)
{
    m_detectApi = detectApi;
    m_serverLabel->setText(m_client->session()->baseUrl().toDisplayString());
    setConnectionState(ConnectionState::Connecting);
    if (!detectApi) {
        m_apiKnown = true;
        updateApiLabel();
        startLoading();
        return;
    }
    m_apiKnown = false;
    updateApiLabel();
    auto *job = m_client->detectApi();
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->ok()) {
            setConnectionState(ConnectionState::Failed);
            m_apiLabel->setText(tr("API: unknown"));
            showError(job->error());
            if (!m_firstLoadDone) {
                m_firstLoadDone = true;
                Q_EMIT firstLoadDone();
            }
            return;
        }
        m_apiKnown = true;
        updateApiLabel();
        startLoading();
    });
}

void MainWindow::attachModel()
{
    auto *tree = m_ui->pipelineTree;
    if (tree->model() == m_model)
        return;
    tree->setModel(m_model);
    // Description takes the spare width; the date is as wide as it needs (longer in Korean).
    auto *header = tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PipelineListModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PipelineListModel::CreatedColumn, QHeaderView::ResizeToContents);
    connect(tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateDetails);
}

void MainWindow::startLoading()
{
    m_ui->messageBanner->hide();
    attachModel();
    if (m_model->hasError())
        m_model->retry();
    else if (!m_model->hasLoadedOnce())
        m_model->fetchMore({});
    else
        m_model->refresh();
}

void MainWindow::refresh()
{
    if (!m_apiKnown) {
        connectToServer(m_detectApi);
        return;
    }
    startLoading();
}

void MainWindow::retry()
{
    if (!m_apiKnown) {
        connectToServer(m_detectApi);
        return;
    }
    setConnectionState(ConnectionState::Connecting);
    m_model->retry();
}

void MainWindow::showError(const ApiError &error)
{
    QString details = error.serverMessage();
    if (error.httpStatus() > 0)
        details = tr("HTTP %1: %2").arg(error.httpStatus()).arg(details);
    m_ui->messageBanner->showMessage(MessageBanner::Kind::Error, error.userMessage(), details);
}

void MainWindow::onModelErrorChanged()
{
    if (!m_model->hasError()) {
        m_ui->messageBanner->hide();
        return;
    }
    setConnectionState(ConnectionState::Failed);
    showError(m_model->error());
    if (!m_firstLoadDone) {
        m_firstLoadDone = true;
        Q_EMIT firstLoadDone();
    }
}

void MainWindow::updateDetails()
{
    const QModelIndex current = m_ui->pipelineTree->currentIndex();
    if (!current.isValid()) {
        m_ui->detailsStack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    const QModelIndex row = current.siblingAtColumn(0);
    m_ui->nameValue->setText(row.data(NameRole).toString());
    const QString description = row.data(DescriptionRole).toString();
    m_ui->descriptionValue->setText(description.isEmpty() ? tr("(none)") : description);
    const QDateTime created = row.data(CreatedAtRole).toDateTime();
    m_ui->createdValue->setText(created.isValid()
                                    ? QLocale().toString(created.toLocalTime(), QLocale::LongFormat)
                                    : QString());
    m_ui->idValue->setText(row.data(IdRole).toString());
    m_ui->detailsStack->setCurrentWidget(m_ui->pipelinePage);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About KFP Desktop"),
                       tr("<h3>KFP Desktop %1</h3>"
                          "<p>A desktop client for Kubeflow Pipelines.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace kfp
