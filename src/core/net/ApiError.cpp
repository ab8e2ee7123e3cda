#include "ApiError.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kfp {

namespace {

constexpr int MaxServerText = 500;

ApiError::Kind kindFromStatus(int status)
{
    using Kind = ApiError::Kind;
    switch (status) {
    case 400:
        return Kind::InvalidArgument;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 408:
    case 504:
        return Kind::Timeout;
    default:
        if (status >= 500)
            return Kind::ServerError;
        if (status >= 400)
            return Kind::ClientError;
        return Kind::InvalidResponse;
    }
}

// google.rpc.Code → kind, used when the HTTP status alone is generic.
ApiError::Kind kindFromRpc(int code, ApiError::Kind fallback)
{
    using Kind = ApiError::Kind;
    switch (code) {
    case 3: // INVALID_ARGUMENT
        return Kind::InvalidArgument;
    case 5: // NOT_FOUND
        return Kind::NotFound;
    case 6: // ALREADY_EXISTS
        return Kind::Conflict;
    case 7: // PERMISSION_DENIED
        return Kind::Forbidden;
    case 16: // UNAUTHENTICATED
        return Kind::Unauthorized;
    default:
        return fallback;
    }
}

// White space collapsed to single spaces, at most MaxServerText characters.
QString clip(const QString &text)
{
    const QString t = text.simplified();
    return t.size() > MaxServerText ? t.left(MaxServerText) + QStringLiteral("…") : t;
}

QString decodeEntity(const QString &name)
{
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code =
            name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'))
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF)
            return {};
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    static const QHash<QString, QString> named{
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("copy"), QStringLiteral("©")},
        {QStringLiteral("hellip"), QStringLiteral("…")},
        {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("mdash"), QStringLiteral("—")},
    };
    return named.value(name.toLower());
}

// The text of a web page: scripts, styles and comments dropped, tags removed, entities decoded,
// white space collapsed, length bounded.
QString textOfHtml(const QByteArray &body)
{
    static const QRegularExpression hidden(
        QStringLiteral("<(script|style)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    QString text = QString::fromUtf8(body.left(64 * 1024));
    text.replace(hidden, QStringLiteral(" "));
    text.replace(tag, QStringLiteral(" "));
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        const QString decoded = decodeEntity(m.captured(1));
        out += decoded.isNull() ? m.captured(0) : decoded;
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return clip(out);
}

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    return contentType.toLower().contains("text/html") || body.trimmed().startsWith('<');
}

} // namespace

ApiError::ApiError(Kind kind, QString serverMessage, int httpStatus, int rpcCode)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_rpcCode(rpcCode)
    , m_serverMessage(std::move(serverMessage))
{}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body, const QByteArray &contentType)
{
    ApiError error(kindFromStatus(httpStatus), {}, httpStatus);
    if (looksLikeHtml(body, contentType)) {
        // A login page or a proxy's error page: keep the status's kind and say it was HTML. The
        // page's text may carry the reason, e.g. "An experiment with the same name already
        // exists": it goes behind "Details", never into the translated headline.
        error.m_html = true;
        error.m_serverMessage = textOfHtml(body);
        return error;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // grpc-gateway's plain "Not Found", Go's "404 page not found", or a truncated body.
        error.m_serverMessage = clip(QString::fromUtf8(body));
        return error;
    }
    const QJsonObject o = doc.object();
    error.m_rpcCode = o.value(QLatin1String("code")).toInt();
    const QString message = o.value(QLatin1String("message")).toString();
    const QString legacyError =
        o.value(QLatin1String("error")).toString(); // grpc-gateway v1.16, 1.8
    const QJsonObject first = o.value(QLatin1String("details")).toArray().first().toObject();
    // details[0]: google.rpc.Status {message} (2.x) or api.Error {error_message, error_details}
    // (1.8).
    QString userFacing = first.value(QLatin1String("message")).toString();
    if (userFacing.isEmpty())
        userFacing = first.value(QLatin1String("error_message")).toString();
    // The upload handlers answer {error_message, error_details} (encoding/json of api.Error).
    if (userFacing.isEmpty())
        userFacing = o.value(QLatin1String("error_message")).toString();

    QStringList rest;
    if (!userFacing.isEmpty()) {
        error.m_serverMessage = clip(userFacing);
        if (!message.isEmpty() && message != userFacing)
            rest.append(message);
    } else {
        error.m_serverMessage = clip(message.isEmpty() ? legacyError : message);
    }
    for (const QString &more : {first.value(QLatin1String("error_details")).toString(),
                                o.value(QLatin1String("error_details")).toString()}) {
        if (!more.isEmpty() && !rest.contains(more) && more != userFacing)
            rest.append(more);
    }
    error.m_details = rest.join(QLatin1Char('\n'));

    if (error.m_kind == Kind::ClientError || error.m_kind == Kind::ServerError ||
        (error.m_kind == Kind::InvalidArgument && error.m_rpcCode == 7))
        error.m_kind = kindFromRpc(error.m_rpcCode, error.m_kind);
    return error;
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError networkError, const QString &qtMessage)
{
    Kind kind = Kind::Network;
    switch (networkError) {
    case QNetworkReply::NoError:
        kind = Kind::None;
        break;
    case QNetworkReply::TimeoutError:
        kind = Kind::Timeout;
        break;
    case QNetworkReply::OperationCanceledError: // ApiJob tells a transfer timeout apart itself
        kind = Kind::Canceled;
        break;
    case QNetworkReply::AuthenticationRequiredError:
        kind = Kind::Unauthorized;
        break;
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
        kind = Kind::Forbidden;
        break;
    case QNetworkReply::ContentNotFoundError:
        kind = Kind::NotFound;
        break;
    case QNetworkReply::ContentConflictError:
        kind = Kind::Conflict;
        break;
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        kind = Kind::ServerError;
        break;
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::UnknownContentError:
        kind = Kind::ClientError;
        break;
    default: // refused, host not found, closed, TLS, proxy, temporary network failure...
        break;
    }
    ApiError error(kind, qtMessage);
    error.m_networkError = networkError;
    return error;
}

bool ApiError::outcomeUnknown() const
{
    switch (m_kind) {
    case Kind::Timeout:
        // Our own timeout, or a gateway's 504 (KFP may still be at work); a 408 is the server
        // saying it never got the whole request.
        return m_httpStatus != 408;
    case Kind::Network:
        switch (m_networkError) {
        case QNetworkReply::ConnectionRefusedError: // never reached the server
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
        case QNetworkReply::NetworkSessionFailedError:
            return false;
        default:
            return true;
        }
    case Kind::InvalidResponse:
        // A web page is a gateway's answer (its login page): KFP never saw the request.
        return !m_html && m_httpStatus >= 200 && m_httpStatus < 300;
    case Kind::ServerError:
        return m_httpStatus == 502 || m_httpStatus == 504;
    default:
        return false;
    }
}

QString ApiError::userMessage() const
{
    // Quote only what the server said for the user, never Qt's or a web page's text.
    const bool quote =
        !m_serverMessage.isEmpty() && !m_html && m_networkError == QNetworkReply::NoError;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        switch (m_networkError) {
        case QNetworkReply::ConnectionRefusedError:
            return tr("The server refused the connection. Check the address and that the server is "
                      "running.");
        case QNetworkReply::HostNotFoundError:
            return tr("The server's address could not be found. Check the host name.");
        case QNetworkReply::RemoteHostClosedError:
            return tr("The server closed the connection unexpectedly.");
        case QNetworkReply::ContentReSendError:
            return tr("The connection was lost after the request was sent.");
        case QNetworkReply::SslHandshakeFailedError:
            return tr(
                "A secure connection could not be made: the server's certificate is not trusted.");
        default:
            return tr("The server could not be reached.");
        }
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Canceled:
        return tr("The request was canceled.");
    case Kind::Unauthorized:
        return tr("You are not signed in, or your session has expired.");
    case Kind::Forbidden:
        return tr("You do not have permission to do this.");
    case Kind::NotFound:
        return !quote ? tr("The server could not find the requested item.")
                      : tr("The server could not find the requested item: %1").arg(m_serverMessage);
    case Kind::Conflict:
        return !quote ? tr("An item with this name already exists.")
                      : tr("The item already exists: %1").arg(m_serverMessage);
    case Kind::InvalidArgument:
        return !quote ? tr("The server refused the request as invalid.")
                      : tr("The server refused the request: %1").arg(m_serverMessage);
    case Kind::ServerError:
        return tr("The server had an internal error. Try again later.");
    case Kind::InvalidResponse:
        return m_html ? tr("The server answered with a web page instead of data; you may need to "
                           "sign in again.")
                      : tr("The server's answer could not be read.");
    case Kind::ClientError:
        return tr("The server refused the request (HTTP status %1).").arg(m_httpStatus);
    }
    return {};
}

QString ApiError::fullMessage() const
{
    QString text = userMessage();
    if (!m_serverMessage.isEmpty() && !text.contains(m_serverMessage))
        text += QStringLiteral(" (") + m_serverMessage + QLatin1Char(')');
    return text;
}

} // namespace kfp
