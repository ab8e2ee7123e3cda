#pragma once

// Creates a run or a recurring run so that trying again after an unclear failure never makes a
// second one.
//
// A create whose answer was lost (a timeout, a reset connection, a 502/504: see
// ApiError::outcomeUnknown()) may have been carried out all the same. So, before its first
// attempt, CreateOnce notes which items of that name the experiment already holds; after an
// unclear failure it looks again, and an item of that name that was not there before is the one
// it created: it is adopted instead of being created a second time. If even that look fails, the
// next create() looks first and sends only when nothing new appeared.
//
// One CreateOnce serves one form (e.g. the run wizard): changing the name or the experiment
// between attempts starts afresh. The signals arrive asynchronously, once per create().

#include "ApiTypes.h"
#include "net/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace kfp {

class KfpClient;

class CreateOnce final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateOnce)
public:
    explicit CreateOnce(KfpClient *client, QObject *parent = nullptr);
    ~CreateOnce() override;

    // Multi-user mode: the namespace to look in when a request names no experiment.
    void setNamespace(const QString &namespaceName) { m_namespace = namespaceName; }

    void createRun(const RunRequest &request);
    void createRecurringRun(const RecurringRunRequest &request);

    bool isBusy() const { return m_busy; }
    // The last attempt failed in a way that leaves open whether the server created the item.
    bool outcomeUnknown() const { return m_uncertain; }

Q_SIGNALS:
    // `adopted`: the answer to the create was lost, the item was found on the server afterwards.
    void runCreated(const kfp::Run &run, bool adopted);
    void recurringRunCreated(const kfp::RecurringRun &recurringRun, bool adopted);
    // Nothing was created, or (outcomeUnknown) it could not be made sure that nothing was.
    void failed(const kfp::ApiError &error, bool outcomeUnknown);

private:
    template<class Item, class Request> void start(const Request &request);
    template<class Item, class Request> void lookThenSend(const Request &request);
    template<class Item, class Request> void send(const Request &request);
    template<class Item> void lookAfterUnclearFailure(const ApiError &sendError);
    template<class Item> void finishCreated(const Item &item, bool adopted);
    void finishFailed(const ApiError &error);

    QPointer<KfpClient> m_client;
    QString m_key;  // what is being created: kind, experiment and name
    QString m_name; // the display name looked up
    QString m_experimentId;
    QString m_namespace;
    QSet<QString> m_before; // ids of same-named items in the experiment before the first attempt
    bool m_haveBefore = false;
    bool m_uncertain = false;
    bool m_busy = false;
};

} // namespace kfp
