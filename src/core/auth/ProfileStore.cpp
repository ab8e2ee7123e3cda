#include "ProfileStore.h"

#include <QSettings>

namespace kfp {

namespace {

const QString kGroup = QStringLiteral("profiles");
const QString kCurrent = QStringLiteral("currentProfile");

// QSettings treats '/' and '\' as separators: keep a name as one key.
QString groupKey(const QString &name)
{
    return QString::fromLatin1(name.toUtf8().toPercentEncoding(QByteArray(), "/\\"));
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_owned(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_owned.get())
{}

ProfileStore::~ProfileStore() = default;

QSettings &ProfileStore::settings() const
{
    return *m_settings;
}

QStringList ProfileStore::names() const
{
    QSettings &s = settings();
    s.beginGroup(kGroup);
    QStringList out;
    for (const QString &g : s.childGroups())
        out.append(QString::fromUtf8(QByteArray::fromPercentEncoding(g.toLatin1())));
    s.endGroup();
    out.sort(Qt::CaseInsensitive);
    return out;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    QSettings &s = settings();
    s.beginGroup(kGroup);
    const bool exists = s.childGroups().contains(groupKey(name));
    if (!exists) {
        s.endGroup();
        return std::nullopt;
    }
    s.beginGroup(groupKey(name));
    ConnectionProfile p;
    p.name = name;
    p.url = QUrl(s.value(QStringLiteral("url")).toString());
    p.authMode = ConnectionProfile::authModeFromKey(s.value(QStringLiteral("authMode")).toString());
    p.username = s.value(QStringLiteral("username")).toString();
    p.connectorId = s.value(QStringLiteral("connector")).toString();
    p.namespaceName = s.value(QStringLiteral("namespace")).toString();
    p.apiVersion = s.value(QStringLiteral("apiVersion"), QStringLiteral("auto")).toString();
    p.rememberPassword = s.value(QStringLiteral("rememberPassword"), false).toBool();
    p.caFile = s.value(QStringLiteral("caFile")).toString();
    p.pinnedSha256 = s.value(QStringLiteral("pinnedSha256")).toString();
    p.sdkContextShared = s.value(QStringLiteral("sdkContextShared"), false).toBool();
    s.endGroup();
    s.endGroup();
    return p;
}

void ProfileStore::save(const ConnectionProfile &p)
{
    QSettings &s = settings();
    s.beginGroup(kGroup);
    s.beginGroup(groupKey(p.name));
    s.setValue(QStringLiteral("url"), p.url.toString());
    s.setValue(QStringLiteral("authMode"), ConnectionProfile::authModeKey(p.authMode));
    s.setValue(QStringLiteral("username"), p.username);
    s.setValue(QStringLiteral("connector"), p.connectorId);
    s.setValue(QStringLiteral("namespace"), p.namespaceName);
    s.setValue(QStringLiteral("apiVersion"), p.apiVersion);
    s.setValue(QStringLiteral("rememberPassword"), p.rememberPassword);
    s.setValue(QStringLiteral("caFile"), p.caFile);
    s.setValue(QStringLiteral("pinnedSha256"), p.pinnedSha256);
    s.setValue(QStringLiteral("sdkContextShared"), p.sdkContextShared);
    s.endGroup();
    s.endGroup();
    s.sync();
    Q_EMIT profilesChanged();
}

bool ProfileStore::remove(const QString &name)
{
    QSettings &s = settings();
    s.beginGroup(kGroup);
    const bool exists = s.childGroups().contains(groupKey(name));
    s.remove(groupKey(name));
    s.endGroup();
    if (currentName() == name)
        s.remove(kCurrent);
    s.sync();
    if (exists)
        Q_EMIT profilesChanged();
    return exists;
}

bool ProfileStore::rename(const QString &from, const QString &to)
{
    auto p = profile(from);
    if (!p || to.isEmpty() || profile(to))
        return false;
    const bool wasCurrent = currentName() == from;
    p->name = to;
    save(*p);
    remove(from);
    if (wasCurrent)
        setCurrentName(to);
    return true;
}

QString ProfileStore::currentName() const
{
    return settings().value(kCurrent).toString();
}

void ProfileStore::setCurrentName(const QString &name)
{
    if (currentName() == name)
        return;
    settings().setValue(kCurrent, name);
    settings().sync();
    Q_EMIT currentChanged(name);
}

void ProfileStore::setNamespace(const QString &name, const QString &namespaceName)
{
    if (auto p = profile(name)) {
        p->namespaceName = namespaceName;
        save(*p);
    }
}

void ProfileStore::setPinnedSha256(const QString &name, const QString &fingerprint)
{
    if (auto p = profile(name)) {
        p->pinnedSha256 = fingerprint;
        save(*p);
    }
}

QString ProfileStore::suggestName(const QUrl &url) const
{
    const QString base = url.host().isEmpty() ? QStringLiteral("KFP") : url.host();
    const QStringList used = names();
    QString name = base;
    for (int n = 2; used.contains(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

} // namespace kfp
