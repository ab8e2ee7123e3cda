#include "SdkContext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace kfp {

namespace {

const QString kNamespace = QStringLiteral("namespace");
const QString kCookie = QStringLiteral("client_authentication_cookie");

QJsonObject load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool store(const QString &path, const QJsonObject &object, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = SdkContext::tr("Cannot create the folder of %1.").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = SdkContext::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // The cookie is a credential: readable by the owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = SdkContext::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace

SdkContext::SdkContext(QString path)
    : m_path(std::move(path))
{}

QString SdkContext::defaultPath()
{
    return QDir::homePath() + QLatin1String("/.config/kfp/context.json");
}

QString SdkContext::readNamespace() const
{
    return load(m_path).value(kNamespace).toString();
}

QString SdkContext::readCookie() const
{
    return load(m_path).value(kCookie).toString();
}

bool SdkContext::write(const QString &namespaceName, const QString &cookieHeader, QString *error)
{
    QJsonObject object = load(m_path);
    if (!namespaceName.isEmpty())
        object.insert(kNamespace, namespaceName);
    object.insert(kCookie, cookieHeader);
    return store(m_path, object, error);
}

bool SdkContext::remove(const QString &cookieHeader, const QString &namespaceName, QString *error)
{
    if (!QFile::exists(m_path))
        return true;
    QJsonObject object = load(m_path);
    bool changed = false;
    if (object.contains(kCookie) &&
        (cookieHeader.isEmpty() || object.value(kCookie).toString() == cookieHeader)) {
        object.remove(kCookie);
        changed = true;
    }
    if (!namespaceName.isEmpty() && object.value(kNamespace).toString() == namespaceName) {
        object.remove(kNamespace);
        changed = true;
    }
    return !changed || store(m_path, object, error);
}

} // namespace kfp
