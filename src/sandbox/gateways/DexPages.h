#pragma once

#include <QList>
#include <QPair>
#include <QString>

// The HTML Dex renders (web/templates/{login,password,approval,error}.html), written anew with
// the same structure and markers a client looks for (input names, id="login-error", links).
namespace kfp::sandbox::dexpages {

// Connector chooser: one <a href="URL">Log in with NAME</a> per {url, name}.
QString chooser(const QList<QPair<QString, QString>> &links);

// Password form posting to postUrl, inputs `login` and `password`. A non-empty error adds
// <div id="login-error">; a non-empty back adds the "Select another login method." link.
QString password(const QString &postUrl, const QString &usernamePrompt, const QString &login,
                 const QString &error, const QString &back);

// "Grant Access" page: two forms without action, hidden req and approval=approve|rejected.
QString approval(const QString &authReqId, const QString &clientName);

// MFA one-time code page (Dex master's totp_verify.html): a `totp` input the sandbox never accepts.
QString totp(const QString &error);

// Error page: <h2 class="theme-heading">STATUS TEXT</h2><p>MESSAGE</p>.
QString error(int status, const QString &message);

} // namespace kfp::sandbox::dexpages
