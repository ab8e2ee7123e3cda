#include "MemoryCredentialStore.h"

namespace kfp {

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{}

MemoryCredentialStore::~MemoryCredentialStore() = default;

void MemoryCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    CredentialResult r;
    const auto it = m_values.constFind(key);
    r.ok = it != m_values.constEnd();
    r.notFound = !r.ok;
    if (r.ok)
        r.value = *it;
    answerLater(context, std::move(done), r);
}

void MemoryCredentialStore::write(const QString &key, const QString &value, QObject *context,
                                  Callback done)
{
    m_values.insert(key, value);
    CredentialResult r;
    r.ok = true;
    r.inMemoryOnly = true;
    answerLater(context, std::move(done), r);
}

void MemoryCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    CredentialResult r;
    r.ok = m_values.remove(key) > 0;
    r.notFound = !r.ok;
    answerLater(context, std::move(done), r);
}

} // namespace kfp
