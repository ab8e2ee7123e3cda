#include "FreedesktopNotifier.h"

#include "WatchLogging.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace kfp {

namespace {

// Notifications that were never closed (a service that does not send NotificationClosed) must
// not pile up: beyond this many, the oldest ids are forgotten.
constexpr int MaxTrackedNotifications = 200;

// Spec urgency levels (a byte): 0 low, 1 normal, 2 critical. Critical stays on screen on GNOME.
constexpr uchar UrgencyNormal = 1;
constexpr uchar UrgencyCritical = 2;

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : Notifier(parent)
    , m_bus(bus)
    , m_appName(QStringLiteral("KFP Desktop")) // the product name, not translated
{
    if (!m_bus.isConnected()) {
        qCWarning(lcWatch) << "no D-Bus session bus: desktop notifications are off";
        return;
    }
    m_bus.connect(str(Service), str(Path), str(Interface), QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(str(Service), str(Path), str(Interface), QStringLiteral("NotificationClosed"),
                  this, SLOT(onNotificationClosed(uint, uint)));
    readCapabilities();
}

FreedesktopNotifier::~FreedesktopNotifier() = default;

void FreedesktopNotifier::readCapabilities()
{
    const QDBusMessage call = QDBusMessage::createMethodCall(
        str(Service), str(Path), str(Interface), QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QStringList> reply = *w;
        w->deleteLater();
        if (reply.isError())
            return; // not fatal: Notify may still work (or fail and say so)
        m_bodyMarkup = reply.value().contains(QStringLiteral("body-markup"));
    });
}

void FreedesktopNotifier::notify(const RunNotification &n)
{
    if (!m_bus.isConnected()) {
        Q_EMIT notifyFailed(n.runId, QStringLiteral("not connected to the session bus"));
        return;
    }
    // The summary is always plain text; the body may be markup, where < and & must be escaped.
    const QString body = m_bodyMarkup ? n.body().toHtmlEscaped() : n.body();
    const QStringList actions{QStringLiteral("default"), RunNotification::tr("Open run"),
                              QStringLiteral("open"), RunNotification::tr("Open run")};
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), str(DesktopEntry)},
        {QStringLiteral("urgency"),
         QVariant::fromValue<uchar>(n.isFailure() ? UrgencyCritical : UrgencyNormal)}};

    QDBusMessage call = QDBusMessage::createMethodCall(str(Service), str(Path), str(Interface),
                                                       QStringLiteral("Notify"));
    call << m_appName << uint(0) << str(DesktopEntry) << n.summary() << body << actions << hints
         << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const QString runId = n.runId;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, runId](QDBusPendingCallWatcher *w) {
                const QDBusPendingReply<uint> reply = *w;
                w->deleteLater();
                if (reply.isError()) {
                    qCWarning(lcWatch)
                        << "Notify failed:" << reply.error().name() << reply.error().message();
                    Q_EMIT notifyFailed(runId, reply.error().message());
                    return;
                }
                const uint id = reply.value();
                m_runByNotification.insert(id, runId);
                m_order.append(id);
                while (m_order.size() > MaxTrackedNotifications)
                    m_runByNotification.remove(m_order.takeFirst());
                Q_EMIT notificationShown(id, runId);
            });
}

void FreedesktopNotifier::onActionInvoked(uint notificationId, const QString &actionKey)
{
    // The service broadcasts every application's actions: only our ids mean anything here.
    const auto it = m_runByNotification.constFind(notificationId);
    if (it == m_runByNotification.cend())
        return;
    if (actionKey != QLatin1String("default") && actionKey != QLatin1String("open"))
        return;
    const QString runId = it.value();
    qCDebug(lcWatch) << "notification" << notificationId << "opened run" << runId;
    Q_EMIT activated(runId);
}

void FreedesktopNotifier::onNotificationClosed(uint notificationId, uint reason)
{
    Q_UNUSED(reason)
    // ActionInvoked comes before NotificationClosed (spec §"Signals"), so forgetting is safe.
    m_runByNotification.remove(notificationId);
    m_order.removeOne(notificationId);
}

} // namespace kfp
