#pragma once

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows), service name "kfp-desktop" by default.
//
// QtKeychain 0.13.2 reports every backend failure as OtherError and its insecure fallback does
// nothing with libsecret, so the fallback is ours: when a write fails for any
// reason but "entry not found", the secret is kept in memory for this run, fellBackToMemory() is
// emitted once, and the result says inMemoryOnly so the dialog can tell the user. Nothing is ever
// written to a plain file.

#include "CredentialStore.h"

#include <QHash>

namespace kfp {

class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("kfp-desktop"),
                                     QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    QString service() const { return m_service; }

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    bool isMemoryOnly() const override { return m_memoryOnly; }

private:
    void fallBack(const QString &reason);

    QString m_service;
    QHash<QString, QString> m_memory; // fallback only
    bool m_memoryOnly = false;
};

} // namespace kfp
