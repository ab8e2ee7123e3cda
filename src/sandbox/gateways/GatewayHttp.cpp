#include "sandbox/gateways/GatewayHttp.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace kfp::sandbox::gw {
namespace {

QString formDecode(QByteArray raw)
{
    raw.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}

QString httpDate(qint64 secs)
{
    // RFC 7231 IMF-fixdate, always in English.
    return QLocale::c().toString(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC),
                                 QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
}

} // namespace

QMap<QString, QString> requestCookies(const HttpRequest &req)
{
    QMap<QString, QString> out;
    for (const auto &h : req.headers) {
        if (h.first.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : h.second.split(';')) {
            const QByteArray item = part.trimmed();
            const int eq = item.indexOf('=');
            if (eq <= 0)
                continue;
            const QString name = QString::fromLatin1(item.left(eq));
            if (!out.contains(name))
                out.insert(name, QString::fromLatin1(item.mid(eq + 1)));
        }
    }
    return out;
}

QMap<QString, QString> parseForm(const QByteArray &body)
{
    QMap<QString, QString> out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        const QString key = formDecode(eq < 0 ? pair : pair.left(eq));
        if (!out.contains(key))
            out.insert(key, formDecode(eq < 0 ? QByteArray() : pair.mid(eq + 1)));
    }
    return out;
}

QString queryEscape(const QString &value)
{
    QByteArray out = value.toUtf8().toPercentEncoding(" ");
    out.replace(' ', '+');
    return QString::fromLatin1(out);
}

QString encodeQuery(QList<QPair<QString, QString>> items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList parts;
    for (const auto &kv : items)
        parts << queryEscape(kv.first) + QLatin1Char('=') + queryEscape(kv.second);
    return parts.join(QLatin1Char('&'));
}

QString requestUri(const HttpRequest &req)
{
    const QString query = req.query.toString(QUrl::FullyEncoded);
    const QString path = QString::fromLatin1(QUrl::toPercentEncoding(req.path, "/"));
    return query.isEmpty() ? path : path + QLatin1Char('?') + query;
}

QByteArray setCookie(const QString &name, const QString &value, qint64 maxAgeSecs, qint64 nowSecs,
                     bool secure)
{
    QByteArray c = name.toLatin1() + '=' + value.toLatin1() +
                   "; Path=/; Expires=" + httpDate(nowSecs + maxAgeSecs).toLatin1() +
                   "; Max-Age=" + QByteArray::number(maxAgeSecs) + "; HttpOnly";
    if (secure)
        c += "; Secure";
    return c + "; SameSite=Lax";
}

QByteArray clearCookie(const QString &name, bool secure)
{
    // Go writes MaxAge < 0 as "Max-Age=0"; oauth2-proxy also sets an Expires in the past.
    QByteArray c =
        name.toLatin1() + "=; Path=/; Expires=" + httpDate(0).toLatin1() + "; Max-Age=0; HttpOnly";
    if (secure)
        c += "; Secure";
    return c + "; SameSite=Lax";
}

HttpResponse redirect(int status, const QString &location)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.headers.append({"Location", location.toUtf8()});
    // Go's http.Redirect body for GET requests.
    const QString word = status == 303 ? QStringLiteral("See Other") : QStringLiteral("Found");
    r.body = QStringLiteral("<a href=\"%1\">%2</a>.\n\n").arg(escape(location), word).toUtf8();
    return r;
}

HttpResponse html(int status, const QString &body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = body.toUtf8();
    return r;
}

HttpResponse text(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/plain";
    r.body = body;
    return r;
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomId()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString id;
    for (int i = 0; i < 25; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    return id;
}

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace kfp::sandbox::gw
