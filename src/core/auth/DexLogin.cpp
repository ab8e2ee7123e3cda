#include "DexLogin.h"

#include "ConnectionProfile.h"
#include "DexMessages.h"
#include "net/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace kfp {

namespace {

// A long flow means a loop between gateway and Dex (browsers say ERR_TOO_MANY_REDIRECTS).
constexpr int MaxHops = 20;
constexpr qsizetype ClassifyBytes = 64 * 1024;

bool isCsrfCookie(const QByteArray &name)
{
    return name.endsWith("_csrf") || name == "oidc_state_csrf";
}

} // namespace

DexLogin::DexLogin(const QUrl &baseUrl, LoginCredentials credentials, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl.adjusted(QUrl::StripTrailingSlash))
    , m_credentials(std::move(credentials))
{}

DexLogin::~DexLogin()
{
    if (m_reply)
        m_reply->abort();
}

QString DexLogin::stepText(Step step)
{
    switch (step) {
    case Step::Probing:
        return tr("Contacting the server…");
    case Step::StartingLogin:
        return tr("Starting the sign-in…");
    case Step::ChoosingConnector:
        return tr("Choosing the login method…");
    case Step::OpeningLoginPage:
        return tr("Opening the login page…");
    case Step::SendingCredentials:
        return tr("Checking the user name and password…");
    case Step::Approving:
        return tr("Granting access…");
    case Step::FinishingLogin:
        return tr("Finishing the sign-in…");
    case Step::Verifying:
        return tr("Verifying the session…");
    }
    return {};
}

QUrl DexLogin::root() const
{
    return ConnectionProfile::gatewayRoot(m_baseUrl);
}

void DexLogin::start()
{
    restart();
}

void DexLogin::restart()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    // A fresh jar per attempt: stale CSRF cookies would only pile up (until the gateway says 431).
    delete m_nam;
    m_nam = new QNetworkAccessManager(this);
    m_nam->setCookieJar(new QNetworkCookieJar(m_nam));
    m_phase = Phase::Probe;
    m_front = Front::Unknown;
    m_visited.clear();
    m_hops = 0;
    m_triedV1Healthz = false;
    m_sessionCookies.clear();
    m_sawSecureCookie = false;
    m_certificate = CertificateInfo();
    setStep(Step::Probing);
    get(QUrl(m_baseUrl.toString() + QLatin1String("/apis/v2beta1/healthz")));
}

void DexLogin::setStep(Step step)
{
    m_step = step;
    Q_EMIT stepChanged(step, stepText(step));
}

void DexLogin::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    if (url.path().contains(QLatin1String("/apis/")))
        request.setRawHeader("Accept", "application/json");
    m_trust.apply(request);
    track(m_nam->get(request));
}

void DexLogin::postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    // Each key and value percent-encoded on its own: a password may hold + & = % # (QUrlQuery
    // would leave '+' alone, and Dex would read it as a space).
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
    request.setTransferTimeout(m_timeoutMs);
    m_trust.apply(request);
    track(m_nam->post(request, body));
}

void DexLogin::track(QNetworkReply *reply)
{
    ++m_requests;
    m_reply = reply;
    reply->setParent(this);
    m_trust.watch(reply, [this, reply](const CertificateInfo &info) {
        if (reply != m_reply)
            return;
        m_certificate = info;
        Q_EMIT certificateError(info);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void DexLogin::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply || m_finished)
        return;
    m_reply = nullptr;

    ReplyFacts facts;
    facts.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.transportError = reply->error() != QNetworkReply::NoError && facts.status == 0;
    facts.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    facts.url = reply->url();
    m_lastUrl = facts.url;
    m_lastStatus = facts.status;
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty())
        facts.location = reply->url().resolved(QUrl::fromEncoded(location));
    facts.baseUrl = m_baseUrl;
    facts.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    const auto setCookies =
        reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
    for (const QNetworkCookie &c : setCookies) {
        facts.setCookies.append(c.name());
        m_sawSecureCookie = m_sawSecureCookie || c.isSecure();
    }
    facts.body = reply->read(ClassifyBytes);
    const auto signal = ReplyClassifier::classify(facts);
    qCDebug(lcAuth).noquote() << "login:" << reply->operation() << facts.url.path() << "→"
                              << facts.status << ReplyClassifier::name(signal);

    if (facts.transportError) {
        if (!m_certificate.isNull()) {
            fail(Error::Certificate, TlsTrust::userMessage(m_certificate),
                 m_certificate.errors.join(QLatin1Char('\n')));
            return;
        }
        if (reply->error() == QNetworkReply::OperationCanceledError) {
            fail(Error::Timeout, tr("The server did not answer in time."), reply->errorString());
            return;
        }
        fail(Error::Network, tr("Cannot reach the server: %1").arg(reply->errorString()),
             reply->errorString());
        return;
    }
    handle(facts, signal);
}

void DexLogin::follow(const QUrl &url)
{
    if (++m_hops > MaxHops || ++m_visited[url.toString()] > 2) {
        fail(Error::TooManyRedirects,
             tr("The login went round in circles between the gateway and "
                "Dex; giving up."),
             url.toDisplayString(QUrl::RemoveQuery));
        return;
    }
    get(url);
}

void DexLogin::handle(const ReplyFacts &f, ReplyClassifier::Signal signal)
{
    using S = ReplyClassifier::Signal;
    const bool callbackReply = f.url.path().endsWith(QLatin1String("/callback")) ||
                               f.url.path().endsWith(QLatin1String("/login/oidc"));
    if (callbackReply && ReplyClassifier::isRedirect(f.status)) {
        afterCallback();
        return;
    }
    switch (signal) {
    case S::JsonOk:
        if (m_phase == Phase::Probe) {
            m_front = Front::None; // the API answers without a login
            m_multiUser = QJsonDocument::fromJson(f.body)
                              .object()
                              .value(QLatin1String("multi_user"))
                              .toBool();
            succeed();
            return;
        }
        if (m_phase == Phase::Verify) {
            const QJsonObject health = QJsonDocument::fromJson(f.body).object();
            m_multiUser = health.value(QLatin1String("multi_user")).toBool() ||
                          health.value(QLatin1String("multiUser")).toBool();
            succeed();
            return;
        }
        fail(Error::Unexpected, tr("The server answered the login with unexpected data."));
        return;
    case S::GatewayUnauth401Json:
    case S::Oauth2SignInPage: {
        if (m_phase == Phase::Verify) {
            fail(Error::SessionNotAccepted,
                 tr("The gateway did not accept the new session cookie."));
            return;
        }
        // oauth2-proxy >= 1.9.1: API routes say 401, pages say 403; the login starts here.
        m_front = Front::Oauth2Proxy;
        m_phase = Phase::Flow;
        setStep(Step::StartingLogin);
        QUrl start = root();
        start.setPath(root().path() + QLatin1String("/oauth2/start"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("rd"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                     m_baseUrl.path() + QLatin1Char('/'))));
        start.setQuery(query);
        follow(start);
        return;
    }
    case S::RedirectToDex:
    case S::RedirectToOauth2:
    case S::RedirectOther:
    case S::RedirectToApproval:
    case S::RedirectToCallback:
        if (m_phase == Phase::Verify) {
            fail(Error::SessionNotAccepted,
                 tr("The gateway did not accept the new session cookie."));
            return;
        }
        if (m_phase == Phase::Probe) {
            m_phase = Phase::Flow;
            // The client id is "kubeflow-oidc-authservice" for both fronts: only the callback
            // (redirect_uri) and the state cookie tell them apart.
            const QString callback =
                QUrlQuery(f.location)
                    .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
            const bool authservice = f.setCookies.contains("oidc_state_csrf") ||
                                     callback.contains(QLatin1String("authservice")) ||
                                     callback.contains(QLatin1String("/login/oidc"));
            m_front = authservice ? Front::AuthService : Front::Oauth2Proxy;
            setStep(Step::StartingLogin);
        }
        if (signal == S::RedirectToApproval)
            setStep(Step::Approving);
        else if (signal == S::RedirectToCallback)
            setStep(Step::FinishingLogin);
        follow(f.location);
        return;
    case S::RedirectToMfa:
        fail(Error::MfaRequired,
             tr("This account needs a second factor (MFA), which KFP Desktop cannot enter. Log in "
                "with a token or a browser cookie instead."));
        return;
    case S::RedirectExternal:
        if (m_step == Step::ChoosingConnector ||
            f.url.path().contains(QLatin1String("/dex/auth/"))) {
            fail(Error::NonPasswordConnector,
                 tr("The login method \"%1\" signs in on another site (%2), which KFP Desktop "
                    "cannot do. Choose a password login, or use a token or a browser cookie.")
                     .arg(m_credentials.connectorId, f.location.host()),
                 f.location.toDisplayString(QUrl::RemoveQuery));
        } else {
            fail(Error::ExternalLogin,
                 tr("The server sends the login to %1, which KFP Desktop cannot fill in. Use a "
                    "token or a browser cookie instead.")
                     .arg(f.location.host()),
                 f.location.toDisplayString(QUrl::RemoveQuery));
        }
        return;
    case S::DexChooser:
        m_connectors = DexHtml::connectors(f.body, f.url);
        setStep(Step::ChoosingConnector);
        pickConnector();
        return;
    case S::DexPasswordForm:
        m_passwordFormUrl = DexHtml::formAction(f.body, f.url);
        m_usernamePrompt = DexHtml::usernamePrompt(f.body);
        if (m_credentials.connectorId.isEmpty()) // Dex chose for us (a single connector)
            m_credentials.connectorId =
                f.url.path().section(QLatin1Char('/'), -1) == QLatin1String("login")
                    ? f.url.path().section(QLatin1Char('/'), -2, -2)
                    : f.url.path().section(QLatin1Char('/'), -1);
        setStep(Step::OpeningLoginPage);
        if (m_credentials.password.isEmpty()) {
            m_waitingForInput = true;
            Q_EMIT needsUserInput(Input::Password);
            return;
        }
        submitPassword();
        return;
    case S::DexInvalidCredentials: {
        // The headline in the user's language; Dex's own words go to the details.
        const QString dexText = DexHtml::loginError(f.body);
        const QString translated = DexMessages::translate(dexText);
        fail(Error::InvalidCredentials,
             !translated.isEmpty() ? translated
             : dexText.isEmpty()   ? tr("Invalid user name or password.")
                                   : dexText,
             dexText);
        return;
    }
    case S::DexApprovalPage: {
        setStep(Step::Approving);
        // Kubeflow 1.9.0: oauth2-proxy forces Dex's approval page; approve as the docs' client
        // does, posting to the same URL (it carries req and hmac).
        QList<QPair<QString, QString>> fields{
            {QStringLiteral("approval"), QStringLiteral("approve")}};
        const QString req = DexHtml::hiddenInput(f.body, QStringLiteral("req"));
        if (!req.isEmpty())
            fields.append({QStringLiteral("req"), req});
        postForm(DexHtml::formAction(f.body, f.url), fields);
        return;
    }
    case S::DexErrorPage: {
        const QString text = DexHtml::errorMessage(f.body);
        const bool unknown = text.contains(QLatin1String("Connector ID does not match")) ||
                             text.contains(QLatin1String("does not exist"));
        if (unknown && m_step == Step::ChoosingConnector) {
            fail(Error::UnknownConnector,
                 tr("Dex does not offer the login method \"%1\".").arg(m_credentials.connectorId),
                 text);
            return;
        }
        fail(Error::DexError, tr("Dex refused the login: %1").arg(text), text);
        return;
    }
    case S::Oauth2ErrorPage: {
        const QString text = DexHtml::errorMessage(f.body);
        if (m_sawSecureCookie && m_baseUrl.scheme() == QLatin1String("http")) {
            // FORCE_HTTPS: the CSRF cookie was Secure, so it never came back over http.
            fail(Error::SecureCookieOverHttp,
                 tr("The gateway sets its cookies for https only, but the URL is http://. Use the "
                    "https:// address of the server."),
                 text);
            return;
        }
        fail(Error::GatewayError, tr("The gateway refused the login: %1").arg(text), text);
        return;
    }
    case S::IstioRbacDenied:
        fail(Error::GatewayDenied,
             tr("The gateway requires a token (\"RBAC: access denied\") and offers no login page."),
             QString::fromUtf8(f.body.left(300)));
        return;
    case S::KfpUnauthenticated:
        fail(Error::NoIdentity,
             tr("The request reached KFP without a user identity: the URL probably bypasses the "
                "Kubeflow gateway (wrong port-forward?)."),
             QString::fromUtf8(f.body.left(500)));
        return;
    case S::NotFound:
        if (m_phase == Phase::Verify && !m_triedV1Healthz) {
            m_triedV1Healthz = true; // a KFP 1.8 server has no v2beta1
            get(QUrl(m_baseUrl.toString() + QLatin1String("/apis/v1beta1/healthz")));
            return;
        }
        if (m_phase == Phase::Probe && !m_triedV1Healthz) {
            m_triedV1Healthz = true;
            get(QUrl(m_baseUrl.toString() + QLatin1String("/apis/v1beta1/healthz")));
            return;
        }
        fail(Error::WrongUrl,
             tr("No Kubeflow Pipelines API answers at %1.").arg(m_baseUrl.toDisplayString()),
             f.url.toDisplayString(QUrl::RemoveQuery));
        return;
    default:
        break;
    }
    fail(Error::Unexpected,
         tr("The server answered the login with HTTP %1, which KFP Desktop does not understand.")
             .arg(f.status),
         QString::fromUtf8(f.body.left(500)));
}

void DexLogin::pickConnector()
{
    QStringList passwordCapable;
    for (const auto &c : std::as_const(m_connectors)) {
        if (c.id == m_credentials.connectorId) {
            follow(c.url);
            return;
        }
        if (c.id == QLatin1String("local") || c.id == QLatin1String("ldap"))
            passwordCapable.append(c.id);
    }
    if (!m_credentials.connectorId.isEmpty()) {
        fail(Error::UnknownConnector,
             tr("Dex does not offer the login method \"%1\".").arg(m_credentials.connectorId));
        return;
    }
    if (m_connectors.size() == 1 || passwordCapable.size() == 1) {
        m_credentials.connectorId =
            m_connectors.size() == 1 ? m_connectors.first().id : passwordCapable.first();
        pickConnector();
        return;
    }
    m_waitingForInput = true;
    Q_EMIT needsUserInput(Input::Connector);
}

void DexLogin::chooseConnector(const QString &connectorId)
{
    if (m_finished || !m_waitingForInput)
        return;
    m_waitingForInput = false;
    m_credentials.connectorId = connectorId;
    pickConnector();
}

void DexLogin::provideCredentials(const QString &username, const QString &password)
{
    m_credentials.username = username;
    m_credentials.password = password;
    if (m_finished || !m_waitingForInput)
        return;
    m_waitingForInput = false;
    submitPassword();
}

bool DexLogin::isSafePasswordTarget(const QUrl &url) const
{
    const QUrl base = root();
    const bool sameOrigin = url.scheme() == base.scheme() &&
                            url.host().compare(base.host(), Qt::CaseInsensitive) == 0 &&
                            url.port() == base.port();
    return sameOrigin && url.path().contains(QLatin1String("/dex/auth/"));
}

void DexLogin::submitPassword()
{
    if (!isSafePasswordTarget(m_passwordFormUrl)) {
        fail(Error::UnsafeTarget,
             tr("The login form would send your password to %1, which is not this server; it was "
                "not sent.")
                 .arg(m_passwordFormUrl.host()));
        return;
    }
    setStep(Step::SendingCredentials);
    postForm(m_passwordFormUrl, {{QStringLiteral("login"), m_credentials.username},
                                 {QStringLiteral("password"), m_credentials.password}});
}

void DexLogin::afterCallback()
{
    const QList<QNetworkCookie> all = m_nam->cookieJar()->cookiesForUrl(root());
    QList<QNetworkCookie> secureOnly;
    m_sessionCookies.clear();
    for (const QNetworkCookie &c : m_nam->cookieJar()->cookiesForUrl(
             QUrl(QStringLiteral("https://%1/").arg(root().host())))) {
        if (!isCsrfCookie(c.name()) && c.isSecure())
            secureOnly.append(c);
    }
    for (const QNetworkCookie &c : all) {
        if (!isCsrfCookie(c.name()))
            m_sessionCookies.append(c);
    }
    if (m_sessionCookies.isEmpty() && !secureOnly.isEmpty() &&
        m_baseUrl.scheme() == QLatin1String("http")) {
        fail(Error::SecureCookieOverHttp,
             tr("The gateway sets its session cookie for https only, but the URL is http://. Use "
                "the https:// address of the server."));
        return;
    }
    if (m_sessionCookies.isEmpty()) {
        fail(Error::SessionNotAccepted, tr("The gateway finished the login without a session "
                                           "cookie."));
        return;
    }
    verify();
}

void DexLogin::verify()
{
    m_phase = Phase::Verify;
    m_triedV1Healthz = false;
    setStep(Step::Verifying);
    // Only the session cookies: the CSRF cookies of the flow are dropped (they pile up).
    auto *jar = m_nam->cookieJar();
    for (const QNetworkCookie &c : jar->cookiesForUrl(root())) {
        if (isCsrfCookie(c.name()))
            jar->deleteCookie(c);
    }
    get(QUrl(m_baseUrl.toString() + QLatin1String("/apis/v2beta1/healthz")));
}

QDateTime DexLogin::sessionExpiry() const
{
    QDateTime earliest;
    for (const QNetworkCookie &c : m_sessionCookies) {
        if (!c.isSessionCookie() && (!earliest.isValid() || c.expirationDate() < earliest))
            earliest = c.expirationDate();
    }
    return earliest;
}

void DexLogin::trustCertificate()
{
    if (m_certificate.isNull() || m_certificate.pinMismatch)
        return; // a changed pin is never overridden from here
    m_trust.setPinnedSha256(m_certificate.sha256);
    if (m_finished) {
        m_finished = false;
        m_error = Error::None;
        m_errorMessage.clear();
        m_errorDetails.clear();
    }
    restart();
}

void DexLogin::cancel()
{
    if (m_finished)
        return;
    fail(Error::Canceled, tr("The login was canceled."));
}

void DexLogin::fail(Error error, const QString &message, const QString &details)
{
    if (m_finished)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply = nullptr;
    }
    m_finished = true;
    m_waitingForInput = false;
    m_error = error;
    m_errorMessage = message;
    m_errorDetails = error == Error::Canceled
                         ? details
                         : DexMessages::details(details, stepText(m_step), m_lastUrl, m_lastStatus);
    m_sessionCookies.clear();
    qCInfo(lcAuth).noquote() << "login failed:" << QVariant::fromValue(error).toString() << details;
    // Always from the event loop, so a caller connecting right after start() sees it.
    QTimer::singleShot(0, this, &DexLogin::finished);
}

void DexLogin::succeed()
{
    m_finished = true;
    m_error = Error::None;
    qCInfo(lcAuth).noquote() << "login done, front" << QVariant::fromValue(m_front).toString()
                             << "," << m_sessionCookies.size() << "session cookie(s)";
    QTimer::singleShot(0, this, &DexLogin::finished);
}

} // namespace kfp
