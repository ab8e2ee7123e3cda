#pragma once

#include "sandbox/HttpTypes.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

// Small HTTP helpers shared by the emulated Dex, oauth2-proxy and oidc-authservice. They mimic
// Go's net/http and net/url, because that is what the real gateways are written in.
namespace kfp::sandbox::gw {

// Cookies sent with the request ("Cookie: a=b; c=d", possibly several headers). First wins.
QMap<QString, QString> requestCookies(const HttpRequest &req);

// application/x-www-form-urlencoded body decoded like Go's ParseForm ('+' = space).
QMap<QString, QString> parseForm(const QByteArray &body);

// Go's url.QueryEscape: everything but [A-Za-z0-9-_.~] percent-encoded, space as '+'.
QString queryEscape(const QString &value);
// Go's url.Values.Encode: keys sorted, each key and value query-escaped.
QString encodeQuery(QList<QPair<QString, QString>> items);

// Path plus the query exactly as received: what oauth2-proxy and authservice remember as the
// page to return to after the login.
QString requestUri(const HttpRequest &req);

// Set-Cookie header values. A session cookie lives maxAgeSecs (Max-Age and Expires both set, as
// Go's http.Cookie does when MaxAge > 0); clearCookie() expires one at once.
QByteArray setCookie(const QString &name, const QString &value, qint64 maxAgeSecs, qint64 nowSecs,
                     bool secure);
QByteArray clearCookie(const QString &name, bool secure);

// Responses in the shapes Go's net/http writes.
HttpResponse redirect(int status, const QString &location);
HttpResponse html(int status, const QString &body);
HttpResponse text(int status, const QByteArray &body);

// Random URL-safe token (base64url without padding) of `bytes` random bytes.
QString randomToken(int bytes);
// Dex-style opaque id: lowercase letters and digits.
QString randomId();

QString escape(const QString &text); // HTML escaping for attribute and text positions

} // namespace kfp::sandbox::gw
