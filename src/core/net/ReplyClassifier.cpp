#include "ReplyClassifier.h"

#include <QRegularExpression>

namespace kfp {

namespace {

bool contains(const QByteArray &haystack, const char *needle)
{
    return haystack.contains(needle);
}

bool hasInput(const QByteArray &body, const char *name)
{
    // name="login" or name='login' (attribute order varies between themes)
    const QByteArray n(name);
    return body.contains("name=\"" + n + '"') || body.contains("name='" + n + '\'');
}

bool isJson(const ReplyFacts &f)
{
    const QByteArray trimmed = f.body.trimmed();
    return f.contentType.toLower().contains("json") || trimmed.startsWith('{') ||
           trimmed.startsWith('[');
}

bool isApiUrl(const QUrl &url)
{
    return url.path().contains(QLatin1String("/apis/"));
}

// Callback paths of oauth2-proxy, oidc-authservice and of oidc-authservice <= KF 1.5.
bool isCallbackPath(const QString &path)
{
    return path.endsWith(QLatin1String("/oauth2/callback")) ||
           path.endsWith(QLatin1String("/authservice/oidc/callback")) ||
           path.endsWith(QLatin1String("/login/oidc"));
}

ReplyClassifier::Signal classifyRedirect(const ReplyFacts &f)
{
    using S = ReplyClassifier::Signal;
    const QUrl &to = f.location;
    const QUrl reference = f.baseUrl.isValid() ? f.baseUrl : f.url;
    if (to.isValid() && !to.host().isEmpty() &&
        to.host().compare(reference.host(), Qt::CaseInsensitive) != 0)
        return S::RedirectExternal;
    const QString path = to.path();
    if (path.contains(QLatin1String("/dex/mfa")))
        return S::RedirectToMfa;
    if (path.endsWith(QLatin1String("/dex/approval")))
        return S::RedirectToApproval;
    if (path.contains(QLatin1String("/dex/auth")))
        return S::RedirectToDex;
    if (isCallbackPath(path) && to.query().contains(QLatin1String("code=")))
        return S::RedirectToCallback;
    if (path.contains(QLatin1String("/oauth2/")))
        return S::RedirectToOauth2;
    return S::RedirectOther;
}

} // namespace

bool ReplyClassifier::isHtml(const ReplyFacts &f)
{
    const QByteArray start = f.body.left(512).trimmed().toLower();
    return f.contentType.toLower().contains("text/html") || start.startsWith("<!doctype html") ||
           start.startsWith("<html") || start.startsWith('<');
}

ReplyClassifier::Signal ReplyClassifier::classify(const ReplyFacts &f)
{
    if (f.status == 0)
        return f.transportError ? Signal::TransportError : Signal::OtherError;
    if (isRedirect(f.status))
        return classifyRedirect(f);

    const bool html = isHtml(f);
    const bool underDex = f.url.path().contains(QLatin1String("/dex/"));
    const QByteArray &body = f.body;

    if (f.status == 431 || f.status == 413 ||
        (f.status == 400 && body.contains("Header Or Cookie Too Large")))
        return Signal::HeaderTooLarge;

    if (html) {
        const bool passwordForm = hasInput(body, "login") && hasInput(body, "password");
        if (passwordForm && (f.status == 401 || contains(body, "id=\"login-error\"")))
            return Signal::DexInvalidCredentials;
        if (f.status >= 200 && f.status < 300) {
            if (passwordForm)
                return Signal::DexPasswordForm;
            if (hasInput(body, "approval"))
                return Signal::DexApprovalPage;
            if (contains(body, "/dex/auth/") && !hasInput(body, "password") && underDex)
                return Signal::DexChooser;
        }
        if (f.status == 403 || f.status == 200) {
            if (contains(body, "/oauth2/start") || contains(body, "<title>Sign In</title>"))
                return Signal::Oauth2SignInPage;
        }
        if (f.status >= 400 && contains(body, "Login Failed:"))
            return Signal::Oauth2ErrorPage;
        if (f.status >= 400 && f.url.path().contains(QLatin1String("/oauth2/callback")))
            return Signal::Oauth2ErrorPage;
        if (f.status >= 400 && underDex)
            return Signal::DexErrorPage;
    }

    if (f.status == 401) {
        const QByteArray trimmed = body.trimmed();
        if (trimmed.startsWith("Jwt ") || trimmed.startsWith("Jwks ") ||
            contains(body, "Jwks doesn't have key") || f.wwwAuthenticate.contains("invalid_token"))
            return Signal::JwtRejected401;
        if (contains(body, "there is no user identity header") ||
            (isJson(f) && QRegularExpression(QStringLiteral("\"code\"\\s*:\\s*16\\b"))
                              .match(QString::fromUtf8(body))
                              .hasMatch()))
            return Signal::KfpUnauthenticated;
        if (isJson(f) && (trimmed.isEmpty() || trimmed == "{}"))
            return Signal::GatewayUnauth401Json;
        if (trimmed.isEmpty() && !html)
            return Signal::GatewayUnauth401Json;
    }
    if (f.status == 500 && contains(body, "there is no user identity header"))
        return Signal::KfpUnauthenticated;
    if (f.status == 403) {
        if (body.trimmed().startsWith("RBAC: access denied"))
            return Signal::IstioRbacDenied;
        if (isJson(f) && (contains(body, "PermissionDenied") ||
                          QRegularExpression(QStringLiteral("\"code\"\\s*:\\s*7\\b"))
                              .match(QString::fromUtf8(body))
                              .hasMatch()))
            return Signal::KfpPermissionDenied;
    }
    if (f.status == 404)
        return Signal::NotFound;
    if (f.status >= 400)
        return Signal::OtherError;
    if (html && isApiUrl(f.url))
        return Signal::HtmlWhereJsonExpected;
    if (isJson(f))
        return Signal::JsonOk;
    return Signal::OtherOk;
}

bool ReplyClassifier::isSessionGone(Signal signal, bool tokenMode)
{
    switch (signal) {
    case Signal::GatewayUnauth401Json:
    case Signal::RedirectToDex:
    case Signal::RedirectToOauth2:
    case Signal::Oauth2SignInPage:
    case Signal::HtmlWhereJsonExpected:
        return true;
    case Signal::JwtRejected401:
        // A Dex ID token behind a cookie was rotated away: a new login fixes it. A pasted token
        // cannot be renewed by logging in again.
        return !tokenMode;
    default:
        return false;
    }
}

const char *ReplyClassifier::name(Signal signal)
{
    static const char *const names[] = {"JsonOk",
                                        "GatewayUnauth401Json",
                                        "JwtRejected401",
                                        "KfpUnauthenticated",
                                        "KfpPermissionDenied",
                                        "IstioRbacDenied",
                                        "Oauth2SignInPage",
                                        "Oauth2ErrorPage",
                                        "RedirectToDex",
                                        "RedirectToOauth2",
                                        "RedirectToApproval",
                                        "RedirectToMfa",
                                        "RedirectToCallback",
                                        "RedirectExternal",
                                        "RedirectOther",
                                        "DexChooser",
                                        "DexPasswordForm",
                                        "DexInvalidCredentials",
                                        "DexApprovalPage",
                                        "DexErrorPage",
                                        "HtmlWhereJsonExpected",
                                        "HeaderTooLarge",
                                        "NotFound",
                                        "TransportError",
                                        "OtherError",
                                        "OtherOk"};
    return names[int(signal)];
}

// --- Dex pages ----------------------------------------------------------------------------------

namespace DexHtml {

QString decodeEntities(QString text)
{
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#34;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&#x27;"), QLatin1String("'"));
    text.replace(QLatin1String("&#43;"), QLatin1String("+"));
    text.replace(QLatin1String("&#x2F;"), QLatin1String("/"));
    return text;
}

namespace {
QString stripTags(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString text = html;
    text.remove(tags);
    return decodeEntities(text).replace(space, QStringLiteral(" ")).trimmed();
}
} // namespace

QList<Connector> connectors(const QByteArray &html, const QUrl &pageUrl)
{
    static const QRegularExpression anchor(
        QStringLiteral("<a\\b[^>]*href=[\"']([^\"']*/dex/auth/[^\"']+)[\"'][^>]*>(.*?)</a>"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    QList<Connector> out;
    auto it = anchor.globalMatch(QString::fromUtf8(html));
    while (it.hasNext()) {
        const auto m = it.next();
        const QUrl url = pageUrl.resolved(QUrl(decodeEntities(m.captured(1))));
        Connector c;
        c.url = url;
        c.id = url.path().section(QLatin1Char('/'), -1);
        QString name = stripTags(m.captured(2));
        if (name.startsWith(QLatin1String("Log in with "), Qt::CaseInsensitive))
            name = name.mid(12).trimmed();
        c.name = name.isEmpty() ? c.id : name;
        if (!c.id.isEmpty() && c.id != QLatin1String("login"))
            out.append(c);
    }
    return out;
}

QUrl formAction(const QByteArray &html, const QUrl &pageUrl)
{
    static const QRegularExpression form(
        QStringLiteral("<form\\b[^>]*\\baction=[\"']([^\"']*)[\"']"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = form.match(QString::fromUtf8(html));
    if (!m.hasMatch() || m.captured(1).isEmpty())
        return pageUrl;
    return pageUrl.resolved(QUrl(decodeEntities(m.captured(1))));
}

QString hiddenInput(const QByteArray &html, const QString &name)
{
    const QRegularExpression input(QStringLiteral("<input\\b[^>]*name=[\"']%1[\"'][^>]*>")
                                       .arg(QRegularExpression::escape(name)),
                                   QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression value(QStringLiteral("value=[\"']([^\"']*)[\"']"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto m = input.match(QString::fromUtf8(html));
    if (!m.hasMatch())
        return {};
    const auto v = value.match(m.captured(0));
    return v.hasMatch() ? decodeEntities(v.captured(1)) : QString();
}

QString loginError(const QByteArray &html)
{
    static const QRegularExpression box(
        QStringLiteral("<div\\b[^>]*id=[\"']login-error[\"'][^>]*>(.*?)</div>"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    const auto m = box.match(QString::fromUtf8(html));
    return m.hasMatch() ? stripTags(m.captured(1)) : QString();
}

QString usernamePrompt(const QByteArray &html)
{
    static const QRegularExpression label(
        QStringLiteral("<label\\b[^>]*for=[\"']login[\"'][^>]*>(.*?)</label>"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    const auto m = label.match(QString::fromUtf8(html));
    return m.hasMatch() ? stripTags(m.captured(1)) : QString();
}

QString errorMessage(const QByteArray &html)
{
    static const QRegularExpression para(QStringLiteral("<p\\b[^>]*>(.*?)</p>"),
                                         QRegularExpression::DotMatchesEverythingOption |
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression heading(QStringLiteral("<h2\\b[^>]*>(.*?)</h2>"),
                                            QRegularExpression::DotMatchesEverythingOption |
                                                QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(html);
    const auto p = para.match(text);
    if (p.hasMatch() && !stripTags(p.captured(1)).isEmpty())
        return stripTags(p.captured(1));
    const auto h = heading.match(text);
    if (h.hasMatch())
        return stripTags(h.captured(1));
    return stripTags(text).left(300);
}

} // namespace DexHtml

} // namespace kfp
