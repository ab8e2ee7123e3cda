#pragma once

// Best-effort sign-out at the gateway (docs/login.md): oauth2-proxy GET /oauth2/sign_out;
// oidc-authservice POST /authservice/logout with "Authorization: Bearer <authservice_session>"
// (it refuses a cookie-only logout as CSRF protection). Then the session forgets its cookies.
// finished() comes once, whatever the gateway answered; the object deletes itself.

#include <QObject>

namespace kfp {

class Session;

class GatewayLogout final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayLogout)
public:
    explicit GatewayLogout(Session *session, QObject *parent = nullptr);
    ~GatewayLogout() override;

    bool gatewayConfirmed() const { return m_confirmed; } // a 2xx/3xx from the sign-out URL

Q_SIGNALS:
    void finished();

private:
    void done();

    int m_pending = 0;
    bool m_confirmed = false;
};

} // namespace kfp
