#include "WorkgroupInfo.h"

#include "ConnectionProfile.h"
#include "Session.h"
#include "net/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace kfp {

QStringList WorkgroupInfo::namespaceNames() const
{
    QStringList owned;
    QStringList others;
    for (const Binding &b : namespaces) {
        QStringList &list = b.role == QLatin1String("owner") ? owned : others;
        if (!owned.contains(b.namespaceName) && !others.contains(b.namespaceName))
            list.append(b.namespaceName);
    }
    owned.sort();
    others.sort();
    return owned + others;
}

WorkgroupInfo WorkgroupInfo::fromJson(const QByteArray &json, bool *ok)
{
    WorkgroupInfo info;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (ok)
        *ok = doc.isObject();
    const QJsonObject o = doc.object();
    info.user = o.value(QLatin1String("user")).toString();
    info.isClusterAdmin = o.value(QLatin1String("isClusterAdmin")).toBool();
    for (const QJsonValue &v : o.value(QLatin1String("namespaces")).toArray()) {
        const QJsonObject n = v.toObject();
        const QString name = n.value(QLatin1String("namespace")).toString();
        if (!name.isEmpty())
            info.namespaces.append({name, n.value(QLatin1String("role")).toString()});
    }
    return info;
}

WorkgroupInfoRequest::WorkgroupInfoRequest(Session *session, QObject *parent)
    : QObject(parent)
{
    QUrl url = ConnectionProfile::gatewayRoot(session->baseUrl());
    url.setPath(url.path() + QLatin1String("/api/workgroup/env-info"));
    QNetworkRequest request = session->requestFor(RequestSpec{});
    request.setUrl(url);
    m_reply = session->networkAccessManager()->get(request);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::finished, this, &WorkgroupInfoRequest::onFinished);
}

WorkgroupInfoRequest::~WorkgroupInfoRequest() = default;

void WorkgroupInfoRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    bool parsed = false;
    if (status == 200)
        m_info = WorkgroupInfo::fromJson(body, &parsed);
    m_ok = parsed;
    if (!m_ok) {
        m_error = status == 0
                      ? tr("The namespace list could not be fetched: %1").arg(reply->errorString())
                      : tr("This server offers no namespace list (HTTP %1): enter the namespace.")
                            .arg(status);
    }
    qCDebug(lcAuth) << "env-info" << status << "namespaces:" << m_info.namespaces.size();
    Q_EMIT finished();
    deleteLater();
}

} // namespace kfp
