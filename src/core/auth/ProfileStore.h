#pragma once

// The saved connection profiles, in QSettings (group "profiles/<name>"), and which one is current.
// Secrets are never written here: they go to the CredentialStore.

#include "ConnectionProfile.h"

#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>

class QSettings;

namespace kfp {

class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)
public:
    // settings: not owned; nullptr = the application's default QSettings.
    explicit ProfileStore(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~ProfileStore() override;

    QStringList names() const; // sorted
    std::optional<ConnectionProfile> profile(const QString &name) const;
    void save(const ConnectionProfile &profile); // insert or replace
    bool remove(const QString &name);
    bool rename(const QString &from, const QString &to);

    QString currentName() const;
    void setCurrentName(const QString &name);

    // Shortcuts for what changes after the profile was created.
    void setNamespace(const QString &profile, const QString &namespaceName);
    void setPinnedSha256(const QString &profile, const QString &fingerprint);

    // A name not yet used, from the URL's host ("kubeflow.example.com", "… (2)").
    QString suggestName(const QUrl &url) const;

Q_SIGNALS:
    void profilesChanged();
    void currentChanged(const QString &name);

private:
    QSettings &settings() const;

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};

} // namespace kfp
