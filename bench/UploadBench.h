#pragma once

// kfp-bench upload --mib N: the memory cost of uploading an N MiB pipeline file.
//
// The sandbox runs as its own process (build/bin/kfp-sandbox), so this process's memory is the
// client's alone: the server buffers the whole request body, which would otherwise count here.
// The file is a valid KFP v2 pipeline padded with comment lines, written in 1 MiB chunks. The
// upload goes through KfpClient::uploadPipeline (QHttpMultiPart over the file device), as the
// UploadDialog and kfpctl upload do. Prints one JSON object: idle_rss_mb (before the upload),
// peak_rss_mb (VmHWM after it), peak_over_idle_mb, file_mib, ratio (growth / file size), upload_ms.

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

class QNetworkAccessManager;

namespace kfp {

class KfpClient;
class Session;

class UploadBench final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadBench)
public:
    explicit UploadBench(int mib, QObject *parent = nullptr);
    ~UploadBench() override;

    void start();

Q_SIGNALS:
    void finished(const QJsonObject &result, int exitCode);

private:
    void fail(const QString &why);
    bool writeFile();
    void onSandboxOutput();
    void upload();

    int m_mib;
    QTemporaryDir m_dir;
    QString m_file;
    QProcess m_sandbox;
    QByteArray m_sandboxOut;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<KfpClient> m_client;
    QElapsedTimer m_clock;
    double m_idleMb = 0;
};

} // namespace kfp
