#include "DexMessages.h"

#include <QRegularExpression>
#include <QStringList>

namespace kfp {

QString DexMessages::translate(const QString &dexText)
{
    // The password page's message is "Invalid <UsernamePrompt> and password." (Dex's
    // server/handlers.go); the prompt is "Email Address" for the local connector, "Username" for
    // LDAP, or what the connector configures.
    static const QRegularExpression invalid(QStringLiteral("^Invalid (.+) and password\\.?$"));
    const QString text = dexText.simplified();
    if (const auto m = invalid.match(text); m.hasMatch()) {
        const QString prompt = m.captured(1);
        if (prompt.compare(QLatin1String("Email Address"), Qt::CaseInsensitive) == 0)
            return tr("The email address or the password is not correct.");
        if (prompt.compare(QLatin1String("Username"), Qt::CaseInsensitive) == 0)
            return tr("The user name or the password is not correct.");
        return tr("The %1 or the password is not correct.").arg(prompt);
    }
    // The one-time code page (Dex's TOTP).
    if (text == QLatin1String("Invalid code. Please try again."))
        return tr("The code is not correct. Please try again.");
    return {};
}

QString DexMessages::details(const QString &serverText, const QString &step, const QUrl &url,
                             int httpStatus)
{
    QStringList lines;
    if (!serverText.isEmpty())
        lines.append(serverText);
    if (!step.isEmpty())
        lines.append(tr("Step: %1").arg(step));
    if (url.isValid() && !url.isEmpty())
        lines.append(tr("URL: %1").arg(
            url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)));
    if (httpStatus > 0)
        lines.append(tr("HTTP status: %1").arg(httpStatus));
    return lines.join(QLatin1Char('\n'));
}

} // namespace kfp
