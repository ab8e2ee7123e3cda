#include "KeychainCredentialStore.h"

#include "net/Logging.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace kfp {

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject *parent)
    : CredentialStore(parent)
    , m_service(std::move(service))
{}

KeychainCredentialStore::~KeychainCredentialStore() = default;

void KeychainCredentialStore::fallBack(const QString &reason)
{
    if (m_memoryOnly)
        return;
    m_memoryOnly = true;
    qCWarning(lcAuth).noquote() << "no keychain answered, secrets kept in memory:" << reason;
    Q_EMIT fellBackToMemory(reason);
}

void KeychainCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    if (m_memory.contains(key)) { // written during a fallback: the memory copy is the newest
        CredentialResult r;
        r.ok = true;
        r.value = m_memory.value(key);
        answerLater(context, std::move(done), r);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context,
            [this, job, guard, done = std::move(done)](QKeychain::Job *) {
                CredentialResult r;
                r.ok = job->error() == QKeychain::NoError;
                r.notFound = job->error() == QKeychain::EntryNotFound;
                if (r.ok)
                    r.value = job->textData();
                else if (!r.notFound)
                    r.error = job->errorString();
                if (guard)
                    done(r);
            });
    job->start();
}

void KeychainCredentialStore::write(const QString &key, const QString &value, QObject *context,
                                    Callback done)
{
    if (m_memoryOnly) {
        m_memory.insert(key, value);
        CredentialResult r;
        r.ok = true;
        r.inMemoryOnly = true;
        answerLater(context, std::move(done), r);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(value);
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, job, key, value, guard, done = std::move(done)](QKeychain::Job *) {
                CredentialResult r;
                r.ok = true;
                if (job->error() != QKeychain::NoError) {
                    // Every failure is OtherError in 0.13.2: no backend, no provider, locked
                    // keyring.
                    fallBack(job->errorString());
                    m_memory.insert(key, value);
                    r.inMemoryOnly = true;
                    r.error = job->errorString();
                } else {
                    m_memory.remove(key);
                }
                if (guard)
                    done(r);
            });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    const bool hadMemory = m_memory.remove(key) > 0;
    if (m_memoryOnly) {
        CredentialResult r;
        r.ok = hadMemory;
        r.notFound = !hadMemory;
        answerLater(context, std::move(done), r);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [job, hadMemory, guard, done = std::move(done)](QKeychain::Job *) {
                CredentialResult r;
                r.ok = job->error() == QKeychain::NoError || hadMemory;
                r.notFound = job->error() == QKeychain::EntryNotFound && !hadMemory;
                if (!r.ok && !r.notFound)
                    r.error = job->errorString();
                if (guard)
                    done(r);
            });
    job->start();
}

} // namespace kfp
