// kfpctl's pipeline file commands: `package inspect FILE [--json]` (local only, no server) and
// `upload FILE [--name N] [--version-of PIPELINE] [--description D]`, which reads the file with
// PipelinePackage first so that a file the server would refuse never leaves the machine.

#include "CliJson.h"
#include "CliRunner.h"
#include "TextTable.h"
#include "api/KfpClient.h"
#include "package/PipelinePackage.h"

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

std::function<void()> CliRunner::resolveUploadCommand(const QString &command,
                                                      const QStringList &args, QString *error,
                                                      bool *handled)
{
    *handled = true;
    if (command == QLatin1String("package")) {
        if (args.value(0) != QLatin1String("inspect") || args.size() != 2) {
            *error = tr("package: expected \"inspect FILE\"");
            return {};
        }
        m_needsApi = false; // a local file only
        return [this, path = args.at(1)] {
            cmdPackageInspect(path);
        };
    }
    if (command == QLatin1String("upload")) {
        if (args.size() != 1) {
            *error = args.isEmpty() ? tr("upload: missing FILE")
                                    : tr("upload: unexpected argument \"%1\"").arg(args.at(1));
            return {};
        }
        return [this, path = args.at(0)] {
            cmdUpload(path);
        };
    }
    *handled = false;
    return {};
}

void CliRunner::cmdPackageInspect(const QString &path)
{
    const PipelinePackage package = PipelinePackage::read(path);
    if (m_opt.json) {
        m_out << QJsonDocument(package.summaryJson()).toJson(QJsonDocument::Indented);
        finish(package.isValid() ? Success : ApiFailure);
        return;
    }
    if (!package.isValid())
        return failText(package.error().message);
    m_out << renderKeyValues({
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
        m_out << '\n' << table.render();
    }
    finish(Success);
}

void CliRunner::cmdUpload(const QString &path)
{
    // Read and check locally first: what the server would refuse is refused here, with its line.
    const PipelinePackage package = PipelinePackage::read(path);
    if (!package.isValid())
        return failText(package.error().message);
    if (m_opt.versionOf.isEmpty()) {
        PipelineUpload upload;
        upload.filePath = path;
        upload.name = !m_opt.name.isEmpty()       ? m_opt.name
                      : !package.name().isEmpty() ? package.name()
                                                  : PipelinePackage::fileStem(path);
        upload.description =
            m_opt.description.isEmpty() ? package.description() : m_opt.description;
        upload.namespaceName = m_opt.namespaceName;
        auto *job = m_client->uploadPipeline(upload);
        connect(job, &ApiJob::finished, this, [this, job] {
            if (!job->ok())
                return fail(job->error());
            const Pipeline &p = job->result();
            if (m_opt.json)
                return printJson(cli::toJson(p));
            m_out << tr("Pipeline \"%1\" uploaded: %2").arg(p.title(), p.id) << '\n';
            finish(Success);
        });
        return;
    }
    // --version-of takes a pipeline name (as the SDK's pipeline_name) or, failing that, an id.
    auto *byName = m_client->getPipelineByName(m_opt.versionOf, m_opt.namespaceName);
    connect(byName, &ApiJob::finished, this, [this, byName, path] {
        if (byName->ok())
            return uploadVersion(path, byName->result().id);
        if (byName->error().kind() != ApiError::Kind::NotFound)
            return fail(byName->error());
        auto *byId = m_client->getPipeline(m_opt.versionOf);
        connect(byId, &ApiJob::finished, this, [this, byId, path] {
            if (!byId->ok()) {
                return failText(tr("no pipeline named or with the id \"%1\"").arg(m_opt.versionOf));
            }
            uploadVersion(path, byId->result().id);
        });
    });
}

void CliRunner::uploadVersion(const QString &path, const QString &pipelineId)
{
    PipelineVersionUpload upload;
    upload.filePath = path;
    upload.pipelineId = pipelineId;
    upload.name = !m_opt.name.isEmpty()
                      ? m_opt.name
                      : PipelinePackage::fileStem(path) + QDateTime::currentDateTime().toString(
                                                              QStringLiteral("-yyyyMMdd-HHmmss"));
    upload.description = m_opt.description;
    auto *job = m_client->uploadPipelineVersion(upload);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->ok())
            return fail(job->error());
        const PipelineVersion &v = job->result();
        if (m_opt.json)
            return printJson(cli::toJson(v));
        m_out << tr("Version \"%1\" of pipeline %2 uploaded: %3")
                     .arg(v.displayName.isEmpty() ? v.name : v.displayName, v.pipelineId, v.id)
              << '\n';
        finish(Success);
    });
}

} // namespace kfp
