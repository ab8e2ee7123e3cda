#pragma once

// The user-facing side of a failed login: Dex's own messages translated, and the details shown
// behind "Details" (the server's text, the step, the URL without its query, the HTTP status).
// docs/login.md describes the login.

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace kfp {

class DexMessages
{
    Q_DECLARE_TR_FUNCTIONS(kfp::DexMessages)

public:
    // A translated sentence for a message of Dex's password or code page, e.g.
    // "Invalid Email Address and password."; empty for a message it does not know.
    static QString translate(const QString &dexText);

    // The lines behind "Details": `serverText` first when there is one, then the step, the URL
    // (no query string or fragment: they may carry the login's state) and the HTTP status.
    static QString details(const QString &serverText, const QString &step, const QUrl &url,
                           int httpStatus);
};

} // namespace kfp
