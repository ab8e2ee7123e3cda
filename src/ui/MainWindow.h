#pragma once

// The main window: a side list of sections (only Pipelines for now), the pipelines in a tree
// view over PipelineListModel, a details pane, an inline error banner with Retry, and a status
// bar with the server, the API version and the connection state.
//
// It is given a KfpClient (built in main.cpp) and talks to the server only through it.
//
//     MainWindow w(&client);
//     w.setNotice(tr("Using the built-in sandbox"));
//     w.show();
//     w.connectToServer(/*detectApi=*/true);

#include <QMainWindow>
#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace kfp {

class ApiError;
class KfpClient;
class PipelineListModel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum class ConnectionState
    {
        Disconnected,
        Connecting,
        Connected,
        Failed
    };

    explicit MainWindow(KfpClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    // A permanent note in the status bar (e.g. that the sandbox is in use).
    void setNotice(const QString &text);

    // detectApi: probe healthz for the API version first (else the client's version is used).
    void connectToServer(bool detectApi);

    ConnectionState connectionState() const { return m_state; }
    PipelineListModel *pipelineModel() const { return m_model; }

Q_SIGNALS:
    // Once: the first page arrived, or the first attempt failed (the window shows something).
    void firstLoadDone();

private:
    void setupStatusBar();
    void setConnectionState(ConnectionState state);
    void updateApiLabel();
    void attachModel();
    void startLoading();
    void refresh();
    void retry();
    void showError(const ApiError &error);
    void onModelErrorChanged();
    void updateDetails();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    KfpClient *m_client;
    PipelineListModel *m_model;
    QLabel *m_noticeLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_apiLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    ConnectionState m_state = ConnectionState::Disconnected;
    bool m_detectApi = false;
    bool m_apiKnown = false;
    bool m_firstLoadDone = false;
};

} // namespace kfp
