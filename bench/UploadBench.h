#pragma once

// kfp-bench upload --mib N: the time and memory of uploading an N MiB pipeline file, as a user
// does it, beside curl.
//
// The sandbox runs as its own process (kfp-sandbox beside kfp-bench), so no process measured
// here pays for the server, which buffers the whole request body. The file is a valid KFP v2
// pipeline padded with comment lines, written in 1 MiB chunks. In one run, against the same
// sandbox and file:
//  * transfer: KfpClient::uploadPipeline in this process (QHttpMultiPart over the file
//    device), the transfer alone: idle_rss_mb (before), peak_rss_mb (VmHWM after), upload_ms;
//  * curl: `curl -F uploadfile=@FILE` as a child process; or "curl": "not installed";
//  * kfpctl_upload: `kfpctl upload FILE` as a child process, the whole user path (read,
//    validate, send); its idle is kfpctl uploading a tiny pipeline the same way;
//  * package_inspect: `kfpctl package inspect FILE` (the validation alone).
// Each child runs Rounds times, alternating; the JSON has the medians of wall time (ms) and of
// peak resident set (wait4's ru_maxrss), and the targets: kfpctl ≤ 1.2 × curl's time, kfpctl's
// peak ≤ its idle + the file's size, package inspect ≤ 1 s.

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

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
    static constexpr int Rounds = 3;

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
    QJsonObject runChildren(const QJsonObject &transfer);

    int m_mib;
    QTemporaryDir m_dir;
    QString m_file;
    QString m_tinyFile;
    QUrl m_url;
    QProcess m_sandbox;
    QByteArray m_sandboxOut;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<KfpClient> m_client;
    QElapsedTimer m_clock;
    double m_idleMb = 0;
};

} // namespace kfp
