#pragma once

// Secrets kept in this process only: for tests, and as the fallback when no keychain answers
// (the dialog then says the login will not be remembered after the app closes).

#include "CredentialStore.h"

#include <QHash>

namespace kfp {

class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)
public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);
    ~MemoryCredentialStore() override;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    bool isMemoryOnly() const override { return true; }

    bool contains(const QString &key) const { return m_values.contains(key); }

private:
    QHash<QString, QString> m_values;
};

} // namespace kfp
