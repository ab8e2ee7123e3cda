#pragma once

// The Central Dashboard's /api/workgroup/env-info (kubeflow/dashboard api_workgroup.ts): who the
// gateway thinks the user is and which profile namespaces they may use. Best effort: it exists only
// behind the Kubeflow dashboard; elsewhere the UI falls back to a text field.

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkReply;

namespace kfp {

class Session;

struct WorkgroupInfo
{
    struct Binding
    {
        QString namespaceName;
        QString role; // owner, contributor (or viewer on newer dashboards)
    };
    QString user;
    QList<Binding> namespaces;
    bool isClusterAdmin = false;

    QStringList namespaceNames() const; // owned namespaces first, then the others, each sorted
    static WorkgroupInfo fromJson(const QByteArray &json, bool *ok = nullptr);
};

class WorkgroupInfoRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkgroupInfoRequest)
public:
    // Starts the request with the session's credentials. finished() comes once; then the object
    // deletes itself.
    explicit WorkgroupInfoRequest(Session *session, QObject *parent = nullptr);
    ~WorkgroupInfoRequest() override;

    bool ok() const { return m_ok; }
    const WorkgroupInfo &info() const { return m_info; }
    QString errorMessage() const { return m_error; } // translated

Q_SIGNALS:
    void finished();

private:
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    WorkgroupInfo m_info;
    QString m_error;
    bool m_ok = false;
};

} // namespace kfp
