#include "AuthCommands.h"

#include "CliConnection.h"
#include "api/KfpClient.h"
#include "auth/ConnectionProfile.h"
#include "auth/CredentialStore.h"
#include "auth/DexLogin.h"
#include "auth/GatewayLogout.h"
#include "auth/JwtInfo.h"
#include "auth/ProfileStore.h"
#include "auth/SdkContext.h"
#include "auth/Session.h"
#include "auth/WorkgroupInfo.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonObject>
#include <QTextStream>
#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace kfp {

namespace {

// Reads one line from the terminal with echo off; nullopt when stdin is not a terminal.
std::optional<QString> promptWithoutEcho(QTextStream &err, const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    err << prompt;
    err.flush();
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    QTextStream in(stdin);
    const QString line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << '\n';
    err.flush();
    return line;
#else
    Q_UNUSED(err);
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

bool hasStores(const CommandContext &context)
{
    return context.environment().profiles && context.environment().credentials;
}

QString sdkContextPath(const CommandContext &context)
{
    const QString path = context.environment().sdkContextPath;
    return path.isEmpty() ? SdkContext::defaultPath() : path;
}

} // namespace

// --- login ---------------------------------------------------------------------------------------

QList<QCommandLineOption> LoginCommand::commandLineOptions() const
{
    return {{QStringLiteral("user"), tr("User name"), tr("NAME")},
            {QStringLiteral("connector"), tr("Dex connector"), tr("ID")},
            {QStringLiteral("password-stdin"), tr("Read the password from standard input")},
            {QStringLiteral("remember-password"), tr("Keep the password in the keychain")}};
}

bool LoginCommand::parse(const QCommandLineParser &parser, const QStringList &args, QString *error)
{
    m_user = parser.value(QStringLiteral("user"));
    m_connector = parser.value(QStringLiteral("connector"));
    m_passwordStdin = parser.isSet(QStringLiteral("password-stdin"));
    m_rememberPassword = parser.isSet(QStringLiteral("remember-password"));
    if (!expectNoArguments(args, error))
        return false;
    if (!hasStores(context())) {
        *error = tr("login: no keychain or profile store in this build");
        return false;
    }
    return true;
}

QString LoginCommand::readPassword(bool *ok)
{
    *ok = true;
    if (m_passwordStdin) {
        QIODevice *input = context().environment().passwordInput;
        if (!input) {
            *ok = false;
            return {};
        }
        QByteArray line = input->readLine();
        // Only the line ending is removed: spaces may belong to the password.
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return QString::fromUtf8(line);
    }
    if (const auto typed = promptWithoutEcho(context().err(), tr("Password for %1: ").arg(m_user)))
        return *typed;
    *ok = false;
    return {};
}

void LoginCommand::run()
{
    CommandContext &ctx = context();
    Session *session = ctx.session();
    if (m_user.isEmpty()) {
        ctx.finish(ctx.usageError(tr("login: --user NAME is required")));
        return;
    }
    bool ok = false;
    const QString password = readPassword(&ok);
    if (!ok) {
        ctx.finish(
            ctx.usageError(tr("login: no terminal to ask for the password: use --password-stdin")));
        return;
    }
    if (ConnectionProfile::passwordWouldBeExposed(session->baseUrl())) {
        ctx.err() << tr("kfpctl: warning: the password goes over plain http to %1; anyone on the "
                        "way can read it.")
                         .arg(session->baseUrl().host())
                  << '\n';
    }
    ConnectionProfile profile = ctx.connection()->profile();
    profile.authMode = ConnectionProfile::AuthMode::Dex;
    profile.username = m_user;
    if (!m_connector.isEmpty())
        profile.connectorId = m_connector;
    profile.rememberPassword = m_rememberPassword;
    const QString api = ctx.connection()->server().api;
    if (api != QLatin1String("auto"))
        profile.apiVersion = api;

    DexLogin *login = ctx.connection()->login({m_user, password, profile.connectorId});
    QObject::connect(login, &DexLogin::needsUserInput, &ctx, [login](DexLogin::Input input) {
        Q_UNUSED(input);
        login->cancel(); // the connector is chosen with --connector
    });
    QObject::connect(login, &DexLogin::finished, &ctx, [this, login, profile, password]() mutable {
        CommandContext &ctx = context();
        if (!login->ok()) {
            QString message = login->errorMessage();
            // The server's own words, the step, the URL and the status, as the login dialog's
            // Details shows them.
            if (login->error() != DexLogin::Error::Canceled && !login->errorDetails().isEmpty())
                message += QLatin1Char('\n') + login->errorDetails();
            if (login->error() == DexLogin::Error::Canceled && !login->connectors().isEmpty()) {
                QStringList ids;
                for (const auto &c : login->connectors())
                    ids << c.id;
                message = tr("several login methods are offered (%1): choose one with "
                             "--connector ID")
                              .arg(ids.join(QLatin1String(", ")));
            }
            ctx.failText(message);
            return;
        }
        profile.connectorId = login->connectorId();
        if (!login->loginRequired())
            profile.authMode = ConnectionProfile::AuthMode::None;
        ctx.environment().profiles->save(profile);
        const QString name = profile.name;
        auto pending = std::make_shared<int>(profile.rememberPassword ? 2 : 1);
        auto memoryOnly = std::make_shared<bool>(false);
        // The login object is gone by the time the keychain answers: keep what is needed.
        const bool loginRequired = login->loginRequired();
        auto done = [this, pending, memoryOnly, loginRequired](const CredentialResult &r) {
            CommandContext &ctx = context();
            *memoryOnly = *memoryOnly || r.inMemoryOnly;
            if (--*pending > 0)
                return;
            if (*memoryOnly)
                ctx.err() << tr("kfpctl: warning: no keychain answered; the session is not kept.")
                          << '\n';
            const QDateTime expiry = ctx.session()->sessionExpiry();
            out() << (loginRequired ? tr("Logged in as %1.").arg(m_user)
                                    : tr("This server needs no login."));
            if (expiry.isValid())
                out() << ' '
                      << tr("The session expires at %1.")
                             .arg(expiry.toLocalTime().toString(Qt::ISODate));
            out() << '\n';
            ctx.finish(CommandContext::Success);
        };
        CredentialStore *credentials = ctx.environment().credentials;
        credentials->write(CredentialStore::key(name, CredentialStore::Kind::Cookies),
                           CredentialStore::encodeCookies(ctx.session()->cookies()), &ctx, done);
        if (profile.rememberPassword)
            credentials->write(CredentialStore::key(name, CredentialStore::Kind::Password),
                               password, &ctx, done);
    });
}

// --- logout --------------------------------------------------------------------------------------

bool LogoutCommand::parse(const QCommandLineParser &, const QStringList &args, QString *error)
{
    if (!expectNoArguments(args, error))
        return false;
    if (!hasStores(context())) {
        *error = tr("logout: no keychain or profile store in this build");
        return false;
    }
    return true;
}

void LogoutCommand::run()
{
    const ConnectionProfile profile = context().connection()->profile();
    context().connection()->restoreCredentials([this, profile] {
        CommandContext &ctx = context();
        const QString cookieHeader = ctx.session()->cookieHeader();
        auto *logout = new GatewayLogout(ctx.session(), &ctx);
        QObject::connect(logout, &GatewayLogout::finished, &ctx, [this, profile, cookieHeader] {
            CommandContext &ctx = context();
            if (profile.sdkContextShared) {
                SdkContext sdk(sdkContextPath(ctx));
                sdk.remove(cookieHeader, profile.namespaceName);
                ConnectionProfile updated = profile;
                updated.sdkContextShared = false;
                ctx.environment().profiles->save(updated);
            }
            ctx.environment().credentials->removeProfile(
                profile.name, &ctx, [this](const CredentialResult &r) {
                    if (!r.ok) {
                        context().failText(
                            tr("the stored session could not be removed: %1").arg(r.error));
                        return;
                    }
                    out() << tr("Logged out.") << '\n';
                    context().finish(CommandContext::Success);
                });
        });
    });
}

// --- whoami --------------------------------------------------------------------------------------

bool WhoamiCommand::parse(const QCommandLineParser &, const QStringList &args, QString *error)
{
    return expectNoArguments(args, error);
}

void WhoamiCommand::run()
{
    CommandContext &ctx = context();
    Session *session = ctx.session();
    const ConnectionProfile profile = ctx.connection()->profile();
    auto info = std::make_shared<QJsonObject>();
    info->insert(QStringLiteral("profile"), profile.name);
    info->insert(QStringLiteral("host"), session->baseUrl().toString());
    info->insert(QStringLiteral("user"), profile.username);
    info->insert(QStringLiteral("namespace"), ctx.namespaceName());
    info->insert(QStringLiteral("api_version"), client()->apiVersion() == ApiVersion::V1Beta1
                                                    ? QStringLiteral("v1beta1")
                                                    : QStringLiteral("v2beta1"));
    info->insert(QStringLiteral("multi_user"), client()->isMultiUser());
    const QDateTime expiry = session->sessionExpiry();
    if (session->authMode() == Session::AuthMode::Bearer) {
        // The token carries its own user and expiry.
        QString token = session->requestFor(RequestSpec{}).rawHeader("Authorization");
        const JwtInfo jwt = JwtInfo::decode(token);
        if (jwt.isValid()) {
            info->insert(QStringLiteral("user"), jwt.identity());
            if (jwt.expiry().isValid())
                info->insert(QStringLiteral("session_expires"), jwt.expiry().toString(Qt::ISODate));
        }
    }
    if (!info->contains(QStringLiteral("session_expires")))
        info->insert(QStringLiteral("session_expires"),
                     expiry.isValid() ? expiry.toUTC().toString(Qt::ISODate) : QString());
    ctx.connection()->lookupWorkgroup([this, info](bool ok, const WorkgroupInfo &workgroup) {
        if (ok) {
            if (!workgroup.user.isEmpty())
                info->insert(QStringLiteral("user"), workgroup.user);
            if (info->value(QStringLiteral("namespace")).toString().isEmpty() &&
                !workgroup.namespaceNames().isEmpty())
                info->insert(QStringLiteral("namespace"), workgroup.namespaceNames().constFirst());
        }
        if (options().json) {
            context().printJson(*info);
            return;
        }
        const QStringList keys{QStringLiteral("profile"),
                               QStringLiteral("host"),
                               QStringLiteral("user"),
                               QStringLiteral("namespace"),
                               QStringLiteral("session_expires"),
                               QStringLiteral("api_version"),
                               QStringLiteral("multi_user")};
        for (const QString &key : keys) {
            const QJsonValue v = info->value(key);
            out() << key << ": "
                  << (v.isBool() ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                                 : v.toString())
                  << '\n';
        }
        context().finish(CommandContext::Success);
    });
}

// --- sdk-context ---------------------------------------------------------------------------------

bool SdkContextCommand::parse(const QCommandLineParser &, const QStringList &args, QString *error)
{
    const QString sub = args.value(0);
    if (args.size() != 1 || (sub != QLatin1String("write") && sub != QLatin1String("remove"))) {
        *error = tr("sdk-context: expected \"write\" or \"remove\"");
        return false;
    }
    if (!hasStores(context())) {
        *error = tr("sdk-context: no keychain or profile store in this build");
        return false;
    }
    m_write = sub == QLatin1String("write");
    return true;
}

void SdkContextCommand::run()
{
    ConnectionProfile profile = context().connection()->profile();
    context().connection()->restoreCredentials([this, profile]() mutable {
        CommandContext &ctx = context();
        SdkContext sdk(sdkContextPath(ctx));
        QString error;
        const QString cookie = ctx.session()->cookieHeader();
        if (m_write) {
            if (cookie.isEmpty()) {
                ctx.failText(
                    tr("no stored session for profile %1: log in first").arg(profile.name));
                return;
            }
            if (!sdk.write(ctx.namespaceName(), cookie, &error)) {
                ctx.failText(error);
                return;
            }
            ctx.err() << tr("kfpctl: warning: the session cookie is now in the plain file %1; "
                            "anyone who can read it can act as you until the session expires.")
                             .arg(sdk.path())
                      << '\n';
            profile.sdkContextShared = true;
            profile.namespaceName = ctx.namespaceName();
        } else {
            if (!sdk.remove(cookie, profile.namespaceName, &error)) {
                ctx.failText(error);
                return;
            }
            profile.sdkContextShared = false;
        }
        ctx.environment().profiles->save(profile);
        ctx.finish(CommandContext::Success);
    });
}

} // namespace kfp
