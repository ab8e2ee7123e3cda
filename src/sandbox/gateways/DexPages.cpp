#include "sandbox/gateways/DexPages.h"

#include "sandbox/gateways/GatewayHttp.h"

namespace kfp::sandbox::dexpages {
namespace {

using gw::escape;

QString frame(const QString &title, const QString &content)
{
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>%1</title>\n</head>\n<body class=\"theme-body\">\n"
                          "<div class=\"theme-navbar\"><div class=\"theme-navbar__logo-wrap\">"
                          "dex</div></div>\n<div class=\"dex-container\">\n%2</div>\n"
                          "</body>\n</html>\n")
        .arg(escape(title), content);
}

QString statusText(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    default:
        return QStringLiteral("Internal Server Error");
    }
}

} // namespace

QString chooser(const QList<QPair<QString, QString>> &links)
{
    QString items;
    for (const auto &link : links)
        items += QStringLiteral("    <div class=\"theme-form-row\">\n"
                                "      <a href=\"%1\" target=\"_self\">\n"
                                "        <button class=\"dex-btn theme-btn-provider\">\n"
                                "          <span class=\"dex-btn-text\">Log in with %2</span>\n"
                                "        </button>\n      </a>\n    </div>\n")
                     .arg(escape(link.first), escape(link.second));
    return frame(QStringLiteral("dex"),
                 QStringLiteral("  <div class=\"theme-panel\">\n"
                                "    <h2 class=\"theme-heading\">Log in to dex</h2>\n"
                                "    <div>\n%1    </div>\n  </div>\n")
                     .arg(items));
}

QString password(const QString &postUrl, const QString &usernamePrompt, const QString &login,
                 const QString &error, const QString &back)
{
    const QString errorBox =
        error.isEmpty()
            ? QString()
            : QStringLiteral("    <div id=\"login-error\" class=\"dex-error-box\">\n      %1\n"
                             "    </div>\n")
                  .arg(escape(error));
    const QString backLink =
        back.isEmpty() ? QString()
                       : QStringLiteral("  <a class=\"dex-subtle-text\" href=\"%1\">Select another "
                                        "login method.</a>\n")
                             .arg(escape(back));
    return frame(
        QStringLiteral("dex"),
        QStringLiteral(
            "<div class=\"theme-panel\">\n"
            "  <h2 class=\"theme-heading\">Log in to Your Account</h2>\n"
            "  <form method=\"post\" action=\"%1\">\n"
            "    <div class=\"theme-form-row\">\n"
            "      <div class=\"theme-form-label\"><label for=\"userid\">%2</label></div>\n"
            "      <input tabindex=\"1\" required id=\"login\" name=\"login\" type=\"text\" "
            "class=\"theme-form-input\" placeholder=\"%3\" value=\"%4\" autofocus/>\n"
            "    </div>\n"
            "    <div class=\"theme-form-row\">\n"
            "      <div class=\"theme-form-label\"><label for=\"password\">Password</label></div>\n"
            "      <input tabindex=\"2\" required id=\"password\" name=\"password\" "
            "type=\"password\" class=\"theme-form-input\" placeholder=\"password\"/>\n"
            "    </div>\n%5"
            "    <button tabindex=\"3\" id=\"submit-login\" type=\"submit\" "
            "class=\"dex-btn theme-btn--primary\">Login</button>\n"
            "  </form>\n%6</div>\n")
            .arg(escape(postUrl), escape(usernamePrompt), escape(usernamePrompt.toLower()),
                 escape(login), errorBox, backLink));
}

QString approval(const QString &authReqId, const QString &clientName)
{
    const QString form =
        QStringLiteral("    <form method=\"post\">\n"
                       "      <input type=\"hidden\" name=\"req\" value=\"%1\"/>\n"
                       "      <input type=\"hidden\" name=\"approval\" value=\"%2\">\n"
                       "      <button type=\"submit\" class=\"dex-btn %3\">%4</button>\n"
                       "    </form>\n");
    return frame(
        QStringLiteral("dex"),
        QStringLiteral("<div class=\"theme-panel\">\n"
                       "  <h2 class=\"theme-heading\">Grant Access</h2>\n"
                       "  <hr class=\"dex-separator\">\n"
                       "  <div><div class=\"dex-subtle-text\">%1 would like to:</div>\n"
                       "    <ul class=\"dex-list\"><li>View basic profile information</li>"
                       "<li>View your email address</li><li>View your groups</li></ul></div>\n"
                       "  <hr class=\"dex-separator\">\n"
                       "  <div class=\"theme-form-row\">\n%2%3  </div>\n</div>\n")
            .arg(escape(clientName),
                 form.arg(escape(authReqId), QStringLiteral("approve"),
                          QStringLiteral("theme-btn--success"), QStringLiteral("Grant Access")),
                 form.arg(escape(authReqId), QStringLiteral("rejected"),
                          QStringLiteral("theme-btn-provider"), QStringLiteral("Cancel"))));
}

QString totp(const QString &error)
{
    const QString errorBox =
        error.isEmpty() ? QString()
                        : QStringLiteral("    <div id=\"login-error\" class=\"dex-error-box\">%1"
                                         "</div>\n")
                              .arg(escape(error));
    return frame(QStringLiteral("dex"),
                 QStringLiteral("<div class=\"theme-panel\">\n"
                                "  <h2 class=\"theme-heading\">Two-factor authentication</h2>\n"
                                "  <p>Enter the code from your authenticator app.</p>\n"
                                "  <form method=\"post\">\n%1"
                                "    <input id=\"totp\" name=\"totp\" type=\"text\" "
                                "inputmode=\"numeric\" maxlength=\"6\" required autofocus/>\n"
                                "    <button id=\"submit-totp\" type=\"submit\" "
                                "class=\"dex-btn theme-btn--primary\">Verify</button>\n"
                                "  </form>\n</div>\n")
                     .arg(errorBox));
}

QString error(int status, const QString &message)
{
    return frame(QStringLiteral("dex"), QStringLiteral("<div class=\"theme-panel\">\n"
                                                       "  <h2 class=\"theme-heading\">%1</h2>\n"
                                                       "  <p>%2</p>\n</div>\n")
                                            .arg(escape(statusText(status)), escape(message)));
}

} // namespace kfp::sandbox::dexpages
