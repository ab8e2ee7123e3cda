#include "RunCommand.h"

#include "CliConnection.h"
#include "api/CreateOnce.h"
#include "api/KfpClient.h"
#include "models/ParameterTableModel.h"
#include "models/RunRequestBuilder.h"
#include "package/PipelinePackage.h"
#include "package/YamlToJson.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace kfp {

namespace {

constexpr int RunFailedExit = 3;
constexpr int RunCanceledExit = 4;
constexpr int DefaultPollMs = 5000;                  // the SDK's wait_for_run_completion default
constexpr int DefaultWatchMs = 7 * 24 * 3600 * 1000; // a week: "until it ends"

} // namespace

QList<QCommandLineOption> RunCommand::commandLineOptions() const
{
    return {{QStringLiteral("pipeline"), tr("Pipeline name"), tr("NAME")},
            {QStringLiteral("pipeline-version"), tr("Pipeline version"), tr("VERSION")},
            {QStringLiteral("package"), tr("Local pipeline package"), tr("FILE")},
            {QStringLiteral("param"), tr("Parameter value"), tr("K=V")},
            {QStringLiteral("params-file"), tr("Parameter set"), tr("FILE")},
            {QStringLiteral("watch"), tr("Wait until the run ends")},
            {QStringLiteral("poll"), tr("Poll interval"), tr("MS")}};
}

QStringList RunCommand::normalizeArguments(QStringList args) const
{
    const int run = int(args.indexOf(name()));
    if (run < 0 || args.value(run + 1) != QLatin1String("create"))
        return args;
    for (int i = run + 2; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--version"))
            args[i] = QStringLiteral("--pipeline-version");
        else if (args[i].startsWith(QLatin1String("--version=")))
            args[i].replace(0, 9, QStringLiteral("--pipeline-version"));
    }
    return args;
}

bool RunCommand::parse(const QCommandLineParser &parser, const QStringList &args, QString *error)
{
    m_pipeline = parser.value(QStringLiteral("pipeline"));
    m_pipelineVersion = parser.value(QStringLiteral("pipeline-version"));
    m_packageFile = parser.value(QStringLiteral("package"));
    m_params = parser.values(QStringLiteral("param"));
    m_paramsFile = parser.value(QStringLiteral("params-file"));
    m_watch = parser.isSet(QStringLiteral("watch"));
    const int poll = parser.value(QStringLiteral("poll")).toInt();
    m_pollMs = poll > 0 ? poll : DefaultPollMs;

    m_sub = args.value(0);
    if (m_sub == QLatin1String("create")) {
        if (args.size() > 1) {
            *error = tr("run create: unexpected argument \"%1\"").arg(args.value(1));
            return false;
        }
        if (m_pipeline.isEmpty() && m_packageFile.isEmpty()) {
            *error = tr("run create: --pipeline NAME or --package FILE is required");
            return false;
        }
        if (!m_packageFile.isEmpty() && !m_pipelineVersion.isEmpty()) {
            *error = tr("run create: --version and --package exclude each other");
            return false;
        }
        if (options().experimentId.isEmpty()) {
            *error = tr("run create: --experiment NAME is required");
            return false;
        }
        return true;
    }
    if (m_sub == QLatin1String("watch")) {
        if (args.size() != 2) {
            *error = args.size() < 2 ? tr("run watch: missing run ID")
                                     : tr("run watch: unexpected argument \"%1\"").arg(args[2]);
            return false;
        }
        m_runId = args[1];
        return true;
    }
    *error = m_sub.isEmpty() ? tr("run: missing subcommand")
                             : tr("run: unknown subcommand \"%1\"").arg(m_sub);
    return false;
}

void RunCommand::run()
{
    if (m_sub == QLatin1String("create"))
        create();
    else
        watch(m_runId);
}

void RunCommand::create()
{
    auto draft = std::make_shared<RunDraft>();
    // The experiment first (the SDK's create_experiment: existing, else new).
    auto *experiment =
        client()->ensureExperiment(options().experimentId, {}, context().namespaceName());
    QObject::connect(experiment, &ApiJob::finished, &context(), [this, experiment, draft] {
        if (!experiment->ok()) {
            context().fail(experiment->error());
            return;
        }
        draft->experimentId = experiment->result().id;
        if (!m_packageFile.isEmpty()) {
            const PipelinePackage package = PipelinePackage::read(m_packageFile);
            if (!package.isValid()) {
                context().failText(package.error().message);
                return;
            }
            draft->source = RunDraft::Source::Package;
            draft->pipelineName = m_pipeline.isEmpty() ? package.displayName() : m_pipeline;
            if (package.kind() == PipelinePackage::Kind::KfpV2Ir)
                draft->pipelineSpec = package.pipelineSpecJson();
            else
                draft->workflowManifest = package.workflowManifest();
            createRunWith(draft, package.parameters());
            return;
        }
        resolvePipelineVersion(draft);
    });
}

void RunCommand::resolvePipelineVersion(std::shared_ptr<RunDraft> draft)
{
    onResult(
        client()->getPipelineByName(m_pipeline, context().namespaceName()),
        [this, draft](const Pipeline &pipeline) {
            draft->pipelineId = pipeline.id;
            draft->pipelineName = pipeline.title();
            // Newest first: without --version the first one is the latest.
            auto *versions = client()->listPipelineVersions(
                draft->pipelineId,
                ListQuery().withPageSize(200).sortedBy(QStringLiteral("created_at"), true));
            onResult(versions, [this, draft](const Page<PipelineVersion> &page) {
                const PipelineVersion *chosen = nullptr;
                for (const PipelineVersion &v : page.items) {
                    const bool match = m_pipelineVersion.isEmpty() || v.id == m_pipelineVersion ||
                                       v.name == m_pipelineVersion ||
                                       v.displayName == m_pipelineVersion;
                    if (match) {
                        chosen = &v;
                        break;
                    }
                }
                if (!chosen) {
                    context().failText(m_pipelineVersion.isEmpty()
                                           ? tr("pipeline \"%1\" has no version").arg(m_pipeline)
                                           : tr("pipeline \"%1\" has no version \"%2\"")
                                                 .arg(m_pipeline, m_pipelineVersion));
                    return;
                }
                draft->pipelineVersionId = chosen->id;
                onResult(client()->getPipelineVersion(draft->pipelineId, chosen->id),
                         [this, draft](const PipelineVersion &full) {
                             // The declared parameters, from the compiled spec (v2) or the
                             // template (v1).
                             QJsonObject spec = full.pipelineSpec;
                             if (spec.value(QLatin1String("pipeline_spec")).isObject())
                                 spec = spec.value(QLatin1String("pipeline_spec")).toObject();
                             const PipelinePackage package =
                                 !spec.isEmpty()
                                     ? PipelinePackage::fromBytes(QJsonDocument(spec).toJson(),
                                                                  QStringLiteral("pipeline.json"))
                                     : PipelinePackage::fromBytes(full.templateText.toUtf8(),
                                                                  QStringLiteral("pipeline.yaml"));
                             createRunWith(draft, package.isValid() ? package.parameters()
                                                                    : QList<PackageParameter>());
                         });
            });
        });
}

bool RunCommand::collectParameters(const QList<PackageParameter> &declared,
                                   QList<RunParameter> *out, QString *error) const
{
    ParameterTableModel model;
    model.setParameters(declared);
    auto setText = [&](const QString &name, const QString &text) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (declared[row].name == name) {
                model.setData(model.index(row, ParameterTableModel::ValueColumn), text);
                return true;
            }
        }
        *error = tr("the pipeline has no parameter \"%1\"").arg(name);
        return false;
    };
    if (!m_paramsFile.isEmpty()) {
        QFile file(m_paramsFile);
        QList<QJsonValue> docs;
        YamlToJson::Error ye; // YAML is a superset of JSON: one parser for both
        if (!file.open(QIODevice::ReadOnly) || !YamlToJson::parseAll(file.readAll(), &docs, &ye) ||
            docs.isEmpty() || !docs.first().isObject()) {
            *error = tr("%1 is not a JSON or YAML mapping of parameter values").arg(m_paramsFile);
            return false;
        }
        const QJsonObject values = docs.first().toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            if (!setText(it.key(), ParameterTableModel::valueToText(it.value())))
                return false;
    }
    for (const QString &kv : m_params) {
        const int eq = int(kv.indexOf(QLatin1Char('=')));
        if (eq <= 0) {
            *error = tr("--param needs NAME=VALUE, not \"%1\"").arg(kv);
            return false;
        }
        if (!setText(kv.left(eq), kv.mid(eq + 1)))
            return false;
    }
    const int bad = model.firstInvalidRow();
    if (bad >= 0) {
        *error = tr("parameter \"%1\": %2").arg(declared[bad].name, model.errorAt(bad));
        return false;
    }
    *out = model.runParameters();
    return true;
}

void RunCommand::createRunWith(std::shared_ptr<RunDraft> draft,
                               const QList<PackageParameter> &declared)
{
    QString error;
    if (!collectParameters(declared, &draft->parameters, &error)) {
        context().finish(context().usageError(tr("run create: %1").arg(error)));
        return;
    }
    draft->displayName =
        options().name.isEmpty()
            ? tr("Run of %1 (%2)")
                  .arg(draft->pipelineName, QDateTime::currentDateTime().toString(Qt::ISODate))
            : options().name;
    draft->description = options().description;
    // A create whose answer is lost is looked for on the server, never sent twice (CreateOnce).
    auto *creator = new CreateOnce(client(), &context());
    creator->setNamespace(context().namespaceName());
    QObject::connect(creator, &CreateOnce::failed, &context(),
                     [this, creator](const ApiError &error, bool outcomeUnknown) {
                         creator->deleteLater();
                         if (outcomeUnknown)
                             context().err()
                                 << tr("kfpctl: the server may have created the run anyway: check "
                                       "with \"kfpctl runs list\" before creating it again.")
                                 << '\n';
                         context().fail(error);
                     });
    QObject::connect(creator, &CreateOnce::runCreated, &context(), [this, creator](const Run &run) {
        creator->deleteLater();
        if (options().json)
            out() << QJsonDocument(QJsonObject{{QStringLiteral("id"), run.id},
                                               {QStringLiteral("display_name"), run.displayName}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        else
            out() << tr("Created run %1 (%2)").arg(run.id, run.displayName) << '\n';
        out().flush();
        if (m_watch)
            watch(run.id);
        else
            context().finish(CommandContext::Success);
    });
    creator->createRun(RunRequestBuilder::runRequest(*draft));
}

void RunCommand::watch(const QString &runId)
{
    const int timeoutMs = context().connection()->server().timeoutMs;
    const int timeout = timeoutMs > 0 ? timeoutMs : DefaultWatchMs;
    auto *job = client()->waitForRunCompletion(runId, timeout, m_pollMs);
    onResult(job, [this, runId](const Run &run) {
        out() << tr("Run %1 ended: %2").arg(runId, runStateName(run.state)) << '\n';
        if (!run.errorMessage.isEmpty())
            out() << run.errorMessage << '\n';
        out().flush();
        switch (run.state) {
        case RunState::Failed:
            context().finish(RunFailedExit);
            break;
        case RunState::Canceled:
            context().finish(RunCanceledExit);
            break;
        default:
            context().finish(CommandContext::Success);
            break;
        }
    });
}

} // namespace kfp
