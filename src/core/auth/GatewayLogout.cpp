#include "GatewayLogout.h"

#include "ConnectionProfile.h"
#include "Session.h"
#include "net/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace kfp {

GatewayLogout::GatewayLogout(Session *session, QObject *parent)
    : QObject(parent)
{
    const QUrl root = ConnectionProfile::gatewayRoot(session->baseUrl());
    QByteArray authserviceSession;
    bool oauth2Proxy = false;
    for (const QNetworkCookie &c : session->cookies()) {
        if (c.name() == "authservice_session")
            authserviceSession = c.value();
        // oauth2_proxy_kubeflow[_N] (Kubeflow >= 1.9), _oauth2_proxy (1.8's overlay, which kept
        // oauth2-proxy's default cookie name).
        if (c.name().startsWith("oauth2_proxy") || c.name().startsWith("_oauth2_proxy"))
            oauth2Proxy = true;
    }
    auto send = [this, session, root](const QString &path, bool post, const QByteArray &bearer) {
        QNetworkRequest request = session->requestFor(RequestSpec{});
        QUrl url = root;
        url.setPath(root.path() + path);
        request.setUrl(url);
        request.setTransferTimeout(10000);
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        QNetworkAccessManager *nam = session->networkAccessManager();
        QNetworkReply *reply = post ? nam->post(request, QByteArray()) : nam->get(request);
        reply->setParent(this);
        ++m_pending;
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            m_confirmed = m_confirmed || (status >= 200 && status < 400);
            qCDebug(lcAuth) << "gateway sign-out" << reply->url().path() << status;
            if (--m_pending == 0)
                done();
        });
    };
    if (oauth2Proxy)
        send(QStringLiteral("/oauth2/sign_out"), false, {});
    if (!authserviceSession.isEmpty())
        send(QStringLiteral("/authservice/logout"), true, authserviceSession);
    // The local part happens whatever the gateway does.
    session->setAuthNone();
    session->clearLoginCredentials();
    if (m_pending == 0)
        QTimer::singleShot(0, this, &GatewayLogout::done);
}

GatewayLogout::~GatewayLogout() = default;

void GatewayLogout::done()
{
    Q_EMIT finished();
    deleteLater();
}

} // namespace kfp
