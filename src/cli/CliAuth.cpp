// kfpctl's login side: which profile a call uses, the credentials stored for it in the keychain,
// and the login, logout, whoami and sdk-context commands.

#include "CliRunner.h"

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

#include <QIODevice>
#include <QJsonObject>
#include <QTextStream>
#include <memory>

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

} // namespace

std::function<void()> CliRunner::resolveAuthCommand(const QString &command, const QStringList &args,
                                                    QString *error, bool *handled)
{
    *handled = true;
    auto noArgs = [&]() {
        if (!args.isEmpty())
            *error = tr("%1: unexpected argument \"%2\"").arg(command, args.first());
        return args.isEmpty();
    };
    const bool stores = m_profiles && m_credentials;
    if (command == QLatin1String("login")) {
        if (!noArgs())
            return {};
        if (!stores) {
            *error = tr("login: no keychain or profile store in this build");
            return {};
        }
        m_needsApi = false;
        return [this] {
            cmdLogin();
        };
    }
    if (command == QLatin1String("logout")) {
        if (!noArgs())
            return {};
        if (!stores) {
            *error = tr("logout: no keychain or profile store in this build");
            return {};
        }
        m_needsApi = false;
        return [this] {
            cmdLogout();
        };
    }
    if (command == QLatin1String("whoami")) {
        if (!noArgs())
            return {};
        return [this] {
            cmdWhoami();
        };
    }
    if (command == QLatin1String("sdk-context")) {
        const QString sub = args.value(0);
        if (args.size() != 1 || (sub != QLatin1String("write") && sub != QLatin1String("remove"))) {
            *error = tr("sdk-context: expected \"write\" or \"remove\"");
            return {};
        }
        if (!stores) {
            *error = tr("sdk-context: no keychain or profile store in this build");
            return {};
        }
        m_needsApi = false;
        const bool write = sub == QLatin1String("write");
        return [this, write] {
            cmdSdkContext(write);
        };
    }
    *handled = false;
    return {};
}

QString CliRunner::profileName() const
{
    if (!m_opt.profile.isEmpty())
        return m_opt.profile;
    const QUrl url = ConnectionProfile::normalizeUrl(m_opt.host);
    if (m_profiles) {
        for (const QString &name : m_profiles->names()) {
            const auto p = m_profiles->profile(name);
            if (p && p->url == url)
                return name;
        }
    }
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

ConnectionProfile CliRunner::currentProfile() const
{
    const QString name = profileName();
    if (m_profiles) {
        if (auto p = m_profiles->profile(name))
            return *p;
    }
    ConnectionProfile p;
    p.name = name;
    p.url = ConnectionProfile::normalizeUrl(m_opt.host);
    return p;
}

void CliRunner::loadStoredCredentials(std::function<void()> then)
{
    const ConnectionProfile profile = currentProfile();
    if (!m_credentials || profile.authMode == ConnectionProfile::AuthMode::None) {
        then();
        return;
    }
    const QString name = profile.name;
    if (profile.authMode == ConnectionProfile::AuthMode::Token) {
        m_credentials->read(CredentialStore::key(name, CredentialStore::Kind::Token), this,
                            [this, then](const CredentialResult &r) {
                                if (r.ok)
                                    m_session->setBearerToken(r.value);
                                then();
                            });
        return;
    }
    m_credentials->read(
        CredentialStore::key(name, CredentialStore::Kind::Cookies), this,
        [this, name, profile, then](const CredentialResult &r) {
            if (r.ok)
                m_session->setCookies(CredentialStore::decodeCookies(r.value));
            if (profile.authMode != ConnectionProfile::AuthMode::Dex || !profile.rememberPassword) {
                then();
                return;
            }
            m_credentials->read(CredentialStore::key(name, CredentialStore::Kind::Password), this,
                                [this, profile, then](const CredentialResult &pw) {
                                    if (pw.ok)
                                        m_session->setLoginCredentials(
                                            {profile.username, pw.value, profile.connectorId});
                                    then();
                                });
        });
    // A re-login renews the session: keep the new cookies for the next call.
    connect(m_session, &Session::cookiesChanged, this, [this, name] {
        m_credentials->write(CredentialStore::key(name, CredentialStore::Kind::Cookies),
                             CredentialStore::encodeCookies(m_session->cookies()), this,
                             [](const CredentialResult &) {});
    });
}

QString CliRunner::readPassword(bool *ok)
{
    *ok = true;
    if (m_opt.passwordStdin) {
        if (!m_passwordInput) {
            *ok = false;
            return {};
        }
        QByteArray line = m_passwordInput->readLine();
        // Only the line ending is removed: spaces may belong to the password.
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return QString::fromUtf8(line);
    }
    if (const auto typed = promptWithoutEcho(m_err, tr("Password for %1: ").arg(m_opt.user)))
        return *typed;
    *ok = false;
    return {};
}

void CliRunner::failText(const QString &message)
{
    m_err << tr("kfpctl: error: %1").arg(message) << '\n';
    finish(ApiFailure);
}

void CliRunner::cmdLogin()
{
    if (m_opt.user.isEmpty()) {
        finish(usageError(tr("login: --user NAME is required")));
        return;
    }
    bool ok = false;
    const QString password = readPassword(&ok);
    if (!ok) {
        finish(usageError(tr("login: no terminal to ask for the password: use --password-stdin")));
        return;
    }
    if (ConnectionProfile::passwordWouldBeExposed(m_session->baseUrl())) {
        m_err << tr("kfpctl: warning: the password goes over plain http to %1; anyone on the way "
                    "can read it.")
                     .arg(m_session->baseUrl().host())
              << '\n';
    }
    ConnectionProfile profile = currentProfile();
    profile.authMode = ConnectionProfile::AuthMode::Dex;
    profile.username = m_opt.user;
    if (!m_opt.connector.isEmpty())
        profile.connectorId = m_opt.connector;
    profile.rememberPassword = m_opt.rememberPassword;
    if (m_opt.api != QLatin1String("auto"))
        profile.apiVersion = m_opt.api;

    DexLogin *login = m_session->login({m_opt.user, password, profile.connectorId});
    connect(login, &DexLogin::needsUserInput, this, [login](DexLogin::Input input) {
        Q_UNUSED(input);
        login->cancel(); // the connector is chosen with --connector
    });
    connect(login, &DexLogin::finished, this, [this, login, profile, password]() mutable {
        if (!login->ok()) {
            QString message = login->errorMessage();
            if (login->error() == DexLogin::Error::Canceled && !login->connectors().isEmpty()) {
                QStringList ids;
                for (const auto &c : login->connectors())
                    ids << c.id;
                message = tr("several login methods are offered (%1): choose one with "
                             "--connector ID")
                              .arg(ids.join(QLatin1String(", ")));
            }
            failText(message);
            return;
        }
        profile.connectorId = login->connectorId();
        if (!login->loginRequired())
            profile.authMode = ConnectionProfile::AuthMode::None;
        m_profiles->save(profile);
        const QString name = profile.name;
        auto pending = std::make_shared<int>(profile.rememberPassword ? 2 : 1);
        auto memoryOnly = std::make_shared<bool>(false);
        // The login object is gone by the time the keychain answers: keep what is needed.
        const bool loginRequired = login->loginRequired();
        auto done = [this, pending, memoryOnly, loginRequired](const CredentialResult &r) {
            *memoryOnly = *memoryOnly || r.inMemoryOnly;
            if (--*pending > 0)
                return;
            if (*memoryOnly)
                m_err << tr("kfpctl: warning: no keychain answered; the session is not kept.")
                      << '\n';
            const QDateTime expiry = m_session->sessionExpiry();
            m_out << (loginRequired ? tr("Logged in as %1.").arg(m_opt.user)
                                    : tr("This server needs no login."));
            if (expiry.isValid())
                m_out << ' '
                      << tr("The session expires at %1.")
                             .arg(expiry.toLocalTime().toString(Qt::ISODate));
            m_out << '\n';
            finish(Success);
        };
        m_credentials->write(CredentialStore::key(name, CredentialStore::Kind::Cookies),
                             CredentialStore::encodeCookies(m_session->cookies()), this, done);
        if (profile.rememberPassword)
            m_credentials->write(CredentialStore::key(name, CredentialStore::Kind::Password),
                                 password, this, done);
    });
}

void CliRunner::cmdLogout()
{
    const ConnectionProfile profile = currentProfile();
    loadStoredCredentials([this, profile] {
        const QString cookieHeader = m_session->cookieHeader();
        auto *logout = new GatewayLogout(m_session, this);
        connect(logout, &GatewayLogout::finished, this, [this, profile, cookieHeader] {
            if (profile.sdkContextShared) {
                SdkContext context(m_sdkContextPath.isEmpty() ? SdkContext::defaultPath()
                                                              : m_sdkContextPath);
                context.remove(cookieHeader, profile.namespaceName);
                ConnectionProfile updated = profile;
                updated.sdkContextShared = false;
                m_profiles->save(updated);
            }
            m_credentials->removeProfile(profile.name, this, [this](const CredentialResult &r) {
                if (!r.ok) {
                    failText(tr("the stored session could not be removed: %1").arg(r.error));
                    return;
                }
                m_out << tr("Logged out.") << '\n';
                finish(Success);
            });
        });
    });
}

void CliRunner::cmdWhoami()
{
    const ConnectionProfile profile = currentProfile();
    auto info = std::make_shared<QJsonObject>();
    info->insert(QStringLiteral("profile"), profile.name);
    info->insert(QStringLiteral("host"), m_session->baseUrl().toString());
    info->insert(QStringLiteral("user"), profile.username);
    info->insert(QStringLiteral("namespace"), m_opt.namespaceName);
    info->insert(QStringLiteral("api_version"), m_client->apiVersion() == ApiVersion::V1Beta1
                                                    ? QStringLiteral("v1beta1")
                                                    : QStringLiteral("v2beta1"));
    info->insert(QStringLiteral("multi_user"), m_client->isMultiUser());
    const QDateTime expiry = m_session->sessionExpiry();
    if (m_session->authMode() == Session::AuthMode::Bearer) {
        // The token carries its own user and expiry.
        QString token = m_session->requestFor(RequestSpec{}).rawHeader("Authorization");
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
    auto *request = new WorkgroupInfoRequest(m_session, this);
    connect(request, &WorkgroupInfoRequest::finished, this, [this, request, info] {
        if (request->ok()) {
            if (!request->info().user.isEmpty())
                info->insert(QStringLiteral("user"), request->info().user);
            if (info->value(QStringLiteral("namespace")).toString().isEmpty() &&
                !request->info().namespaceNames().isEmpty())
                info->insert(QStringLiteral("namespace"),
                             request->info().namespaceNames().constFirst());
        }
        if (m_opt.json) {
            printJson(*info);
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
            m_out << key << ": "
                  << (v.isBool() ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                                 : v.toString())
                  << '\n';
        }
        finish(Success);
    });
}

void CliRunner::cmdSdkContext(bool write)
{
    ConnectionProfile profile = currentProfile();
    loadStoredCredentials([this, profile, write]() mutable {
        SdkContext context(m_sdkContextPath.isEmpty() ? SdkContext::defaultPath()
                                                      : m_sdkContextPath);
        QString error;
        const QString cookie = m_session->cookieHeader();
        if (write) {
            if (cookie.isEmpty()) {
                failText(tr("no stored session for profile %1: log in first").arg(profile.name));
                return;
            }
            if (!context.write(m_opt.namespaceName, cookie, &error)) {
                failText(error);
                return;
            }
            m_err << tr("kfpctl: warning: the session cookie is now in the plain file %1; "
                        "anyone who can read it can act as you until the session expires.")
                         .arg(context.path())
                  << '\n';
            profile.sdkContextShared = true;
            profile.namespaceName = m_opt.namespaceName;
        } else {
            if (!context.remove(cookie, profile.namespaceName, &error)) {
                failText(error);
                return;
            }
            profile.sdkContextShared = false;
        }
        m_profiles->save(profile);
        finish(Success);
    });
}

} // namespace kfp
