#include "PackageCommands.h"

#include "CliJson.h"
#include "TextTable.h"
#include "api/KfpClient.h"
#include "package/PipelinePackage.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace kfp {

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace

// --- package inspect -----------------------------------------------------------------------------

bool PackageCommand::parse(const QCommandLineParser &, const QStringList &args, QString *error)
{
    if (args.value(0) != QLatin1String("inspect") || args.size() != 2) {
        *error = tr("package: expected \"inspect FILE\"");
        return false;
    }
    m_path = args.at(1);
    return true;
}

void PackageCommand::run()
{
    const PipelinePackage package = PipelinePackage::read(m_path, PipelinePackage::Detail::Summary);
    if (options().json) {
        out() << QJsonDocument(package.summaryJson()).toJson(QJsonDocument::Indented);
        context().finish(package.isValid() ? CommandContext::Success : CommandContext::ApiFailure);
        return;
    }
    if (!package.isValid())
        return context().failText(package.error().message);
    out() << renderKeyValues({
        {tr("File"), package.fileName()},
        {tr("Kind"), PipelinePackage::kindName(package.kind())},
        {tr("Name"), package.name()},
        {tr("Description"), package.description()},
        {tr("Components"), QString::number(package.componentCount())},
        {tr("Tasks"), QString::number(package.tasks().size())},
    });
    const QList<PackageParameter> params = package.parameters();
    if (!params.isEmpty()) {
        TextTable table({tr("PARAMETER"), tr("TYPE"), tr("DEFAULT"), tr("OPTIONAL")});
        for (const PackageParameter &p : params)
            table.addRow(
                {p.name, p.type, valueText(p.defaultValue), p.optional ? tr("yes") : tr("no")});
        out() << '\n' << table.render();
    }
    context().finish(CommandContext::Success);
}

// --- upload --------------------------------------------------------------------------------------

QList<QCommandLineOption> UploadCommand::commandLineOptions() const
{
    return {{QStringLiteral("version-of"), tr("Pipeline"), tr("PIPELINE")}};
}

bool UploadCommand::parse(const QCommandLineParser &parser, const QStringList &args, QString *error)
{
    m_versionOf = parser.value(QStringLiteral("version-of"));
    if (args.size() != 1) {
        *error = args.isEmpty() ? tr("upload: missing FILE")
                                : tr("upload: unexpected argument \"%1\"").arg(args.at(1));
        return false;
    }
    m_path = args.at(0);
    return true;
}

void UploadCommand::run()
{
    // Read and check locally first: what the server would refuse is refused here, with its line.
    const PipelinePackage package = PipelinePackage::read(m_path, PipelinePackage::Detail::Summary);
    if (!package.isValid())
        return context().failText(package.error().message);
    if (m_versionOf.isEmpty()) {
        PipelineUpload upload;
        upload.filePath = m_path;
        upload.name = !options().name.isEmpty()   ? options().name
                      : !package.name().isEmpty() ? package.name()
                                                  : PipelinePackage::fileStem(m_path);
        upload.description =
            options().description.isEmpty() ? package.description() : options().description;
        upload.namespaceName = context().namespaceName();
        onResult(client()->uploadPipeline(upload), [this](const Pipeline &p) {
            if (options().json)
                return context().printJson(cli::toJson(p));
            out() << tr("Pipeline \"%1\" uploaded: %2").arg(p.title(), p.id) << '\n';
            context().finish(CommandContext::Success);
        });
        return;
    }
    // --version-of takes a pipeline name (as the SDK's pipeline_name) or, failing that, an id.
    auto *byName = client()->getPipelineByName(m_versionOf, context().namespaceName());
    QObject::connect(byName, &ApiJob::finished, &context(), [this, byName] {
        if (byName->ok())
            return uploadVersion(byName->result().id);
        if (byName->error().kind() != ApiError::Kind::NotFound)
            return context().fail(byName->error());
        auto *byId = client()->getPipeline(m_versionOf);
        QObject::connect(byId, &ApiJob::finished, &context(), [this, byId] {
            if (!byId->ok()) {
                return context().failText(
                    tr("no pipeline named or with the id \"%1\"").arg(m_versionOf));
            }
            uploadVersion(byId->result().id);
        });
    });
}

void UploadCommand::uploadVersion(const QString &pipelineId)
{
    PipelineVersionUpload upload;
    upload.filePath = m_path;
    upload.pipelineId = pipelineId;
    upload.name = !options().name.isEmpty()
                      ? options().name
                      : PipelinePackage::fileStem(m_path) + QDateTime::currentDateTime().toString(
                                                                QStringLiteral("-yyyyMMdd-HHmmss"));
    upload.description = options().description;
    onResult(client()->uploadPipelineVersion(upload), [this](const PipelineVersion &v) {
        if (options().json)
            return context().printJson(cli::toJson(v));
        out() << tr("Version \"%1\" of pipeline %2 uploaded: %3")
                     .arg(v.displayName.isEmpty() ? v.name : v.displayName, v.pipelineId, v.id)
              << '\n';
        context().finish(CommandContext::Success);
    });
}

} // namespace kfp
