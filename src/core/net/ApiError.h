#pragma once

// One error type for every failure of an API call: network, timeout, abort, an HTTP error with
// any of the server's error bodies, or a reply that could not be understood.

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace kfp {

class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(kfp::ApiError)
public:
    enum class Kind
    {
        None,
        Network,         // connection refused, reset, DNS, TLS...
        Timeout,         // transfer timeout
        Canceled,        // aborted by the caller
        Unauthorized,    // 401
        Forbidden,       // 403 / PermissionDenied
        NotFound,        // 404
        Conflict,        // 409 AlreadyExists
        InvalidArgument, // 400
        ServerError,     // 5xx
        InvalidResponse, // HTML where JSON was expected, malformed or truncated JSON
        ClientError,     // any other 4xx
    };

    ApiError() = default;
    ApiError(Kind kind, QString serverMessage = {}, int httpStatus = 0, int rpcCode = 0);

    // Reads any of the server's error bodies: grpc-gateway v2 {code,message,details[Status]},
    // v1.16 {error,code,message,details}, KFP 1.8 {error,code,message,details[api.Error]}, and the
    // upload handlers' {error_message,error_details}. Falls back to the HTTP status. A plain-text
    // or HTML body's text (tags stripped, entities decoded, white space collapsed, at most ~500
    // characters) becomes serverMessage(); an HTML page's never enters userMessage().
    static ApiError fromHttp(int httpStatus, const QByteArray &body, const QByteArray &contentType);
    static ApiError fromNetwork(QNetworkReply::NetworkError error, const QString &qtMessage);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    int rpcCode() const { return m_rpcCode; }
    QString serverMessage() const { return m_serverMessage; } // English, for "Details"
    QString details() const { return m_details; }
    bool isHtml() const { return m_html; }

    // For a request that creates something: it failed, yet the server may have carried it out,
    // because the request went out and only the answer was lost (a timeout, a closed or reset
    // connection, a 2xx answer that could not be read, a gateway's 502 or 504). Such a request
    // must not simply be sent again: look first whether the item exists.
    bool outcomeUnknown() const;

    // The QNetworkReply error behind a Network/Timeout/Canceled error (NoError otherwise).
    QNetworkReply::NetworkError networkError() const { return m_networkError; }

    // One translated sentence for the user. For NotFound, InvalidArgument and Conflict it quotes
    // the server's short user-facing message (details[0].message), which the user needs to act.
    QString userMessage() const;
    // userMessage() plus the server's message, for a CLI or a log.
    QString fullMessage() const;

    void setDetails(const QString &details) { m_details = details; }
    void setHtml(bool html) { m_html = html; }

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_rpcCode = 0;
    QString m_serverMessage;
    QString m_details;
    bool m_html = false;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
};

} // namespace kfp
