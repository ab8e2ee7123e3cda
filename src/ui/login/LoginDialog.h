#pragma once

// The dialog where a person says how to reach Kubeflow Pipelines and logs in:
// profile, URL (with the usual ways of reaching KFP to fill it), auth mode and its credentials,
// Dex connector, namespace, API version, CA file; "Test connection" and "Log in" run a LoginFlow
// and show its current step; errors appear inline, above the form, with the server's text behind
// "Details", and nothing the user typed is ever cleared by an error.
//
// The dialog stores nothing secret itself: on success it emits loggedIn() with the profile as
// typed and the result, and the ConnectionController saves the profile, keeps the secrets in the
// CredentialStore and switches the live Session over. It only writes to the ProfileStore when the
// user trusts a certificate for a profile that already exists (the pin belongs to that profile).

#include "auth/ConnectionProfile.h"
#include "connection/LoginFlow.h"

#include <QDialog>
#include <QPointer>
#include <memory>

namespace Ui {
class LoginDialog;
}

namespace kfp {

class CredentialStore;
class ProfileStore;

class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)
public:
    // The ways people reach KFP (see README, Connecting to a cluster); each fills the URL.
    enum class Reach
    {
        Custom,
        Dashboard,   // the Kubeflow Central Dashboard: https://HOST/pipeline
        PortForward, // kubectl port-forward svc/ml-pipeline-ui 8080:80
        KubectlProxy,
        InCluster, // from a pod: the ml-pipeline service
    };
    Q_ENUM(Reach)

    // credentials: asked whether secrets survive the session (the memory-only note) and for a
    // remembered password or token of the chosen profile. Neither is owned.
    LoginDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Shows a saved profile ("" = a new one). Fields the user already typed are replaced.
    void selectProfile(const QString &name);
    // For a re-login of the current connection: the profile cannot be switched from here.
    void setProfileLocked(bool locked);
    // The kfp SDK's context file, read for the default namespace of a new profile.
    void setSdkContextPath(const QString &path);
    // An error from outside (the session ended, the stored login was refused...).
    void showError(const QString &message, const QString &details = {});

    // The name the profile had when it was selected ("" for a new one); profile() has the name
    // as now typed, so the caller can rename.
    QString originalProfileName() const { return m_loadedName; }
    ConnectionProfile profile() const;
    LoginRequest request() const;
    QString password() const;
    bool shareWithSdkRequested() const;
    bool isBusy() const;
    const LoginResult &lastResult() const { return m_flow->result(); }

    static QString reachUrl(Reach reach, const QString &currentUrl);

Q_SIGNALS:
    // A login succeeded (not a connection test). The dialog accepts itself right after.
    void loggedIn(const kfp::ConnectionProfile &profile, const kfp::LoginResult &result,
                  const QString &password);

public Q_SLOTS:
    void reject() override;

private:
    void setupCombos();
    void connectForm();
    void loadProfile(const ConnectionProfile &profile);
    void readStoredSecrets(const ConnectionProfile &profile);
    void onProfileChosen();
    void onReachChosen();
    void onUrlEdited();
    void updateAuthPage();
    void updateUrlWarning();
    void updateTokenInfo();
    void updateMemoryNote();
    void browseCaFile();

    // LoginDialogAttempt.cpp: running an attempt and showing its outcome.
    void startAttempt(bool login);
    void setBusy(bool busy);
    void onStep(const QString &text);
    void onConnectorChoice(const QList<DexHtml::Connector> &connectors);
    void onAttemptFinished();
    void showCertificate(const CertificateInfo &info);
    void fillNamespaces(const QStringList &namespaces);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    LoginFlow *m_flow;
    QPushButton *m_loginButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QString m_loadedName;
    QString m_sdkContextPath;
    QString m_pinnedSha256; // the certificate the user trusted in this dialog or before
    bool m_profileLocked = false;
    bool m_nameEdited = false;    // the user typed a profile name: stop suggesting one
    bool m_settingFields = false; // fields filled by code, not by the user
    bool m_attemptIsLogin = false;
    bool m_choosingConnector = false;
};

} // namespace kfp
