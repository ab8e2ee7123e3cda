// kfpctl run create / run watch: a run of a server pipeline (by name; a version by name or id,
// else the latest) or of a local package sent inline, with parameters typed against the
// pipeline's declared types (`--param n=3` sends the number 3 to a NUMBER_INTEGER input on v2),
// optionally followed until it ends. The exit code of a watch tells how the run ended:
// 0 succeeded (or skipped), 3 failed, 4 canceled — what a shell script needs, and what the
// SDK's wait_for_run_completion cannot say (it never stops on CANCELED).

#include "CliRunner.h"
#include "api/CreateOnce.h"
#include "api/KfpClient.h"
#include "models/ParameterTableModel.h"
#include "models/RunRequestBuilder.h"
#include "package/PipelinePackage.h"
#include "package/YamlToJson.h"

#include <QCommandLineOption>
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

const QString kRun = QStringLiteral("run");

} // namespace

QStringList CliRunner::normalizeRunArguments(QStringList args)
{
    // `-V/--version` prints kfpctl's version everywhere else; after `run create` the issue's
    // syntax uses `--version V` for the pipeline version, so it is renamed before parsing.
    const int run = int(args.indexOf(kRun));
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

QList<QCommandLineOption> CliRunner::runOptions()
{
    return {{QStringLiteral("pipeline"), tr("Pipeline name"), tr("NAME")},
            {QStringLiteral("pipeline-version"), tr("Pipeline version"), tr("VERSION")},
            {QStringLiteral("package"), tr("Local pipeline package"), tr("FILE")},
            {QStringLiteral("param"), tr("Parameter value"), tr("K=V")},
            {QStringLiteral("params-file"), tr("Parameter set"), tr("FILE")},
            {QStringLiteral("watch"), tr("Wait until the run ends")},
            {QStringLiteral("poll"), tr("Poll interval"), tr("MS")}};
}

void CliRunner::readRunOptions(const QCommandLineParser &parser)
{
    m_opt.pipeline = parser.value(QStringLiteral("pipeline"));
    m_opt.pipelineVersion = parser.value(QStringLiteral("pipeline-version"));
    m_opt.packageFile = parser.value(QStringLiteral("package"));
    m_opt.params = parser.values(QStringLiteral("param"));
    m_opt.paramsFile = parser.value(QStringLiteral("params-file"));
    m_opt.watch = parser.isSet(QStringLiteral("watch"));
    const int poll = parser.value(QStringLiteral("poll")).toInt();
    m_opt.pollMs = poll > 0 ? poll : DefaultPollMs;
}

std::function<void()> CliRunner::resolveRunCommand(const QString &command, const QStringList &args,
                                                   QString *error, bool *handled)
{
    *handled = command == kRun;
    if (!*handled)
        return {};
    const QString sub = args.value(0);
    if (sub == QLatin1String("create")) {
        if (args.size() > 1) {
            *error = tr("run create: unexpected argument \"%1\"").arg(args.value(1));
            return {};
        }
        if (m_opt.pipeline.isEmpty() && m_opt.packageFile.isEmpty()) {
            *error = tr("run create: --pipeline NAME or --package FILE is required");
            return {};
        }
        if (!m_opt.packageFile.isEmpty() && !m_opt.pipelineVersion.isEmpty()) {
            *error = tr("run create: --version and --package exclude each other");
            return {};
        }
        if (m_opt.experimentId.isEmpty()) {
            *error = tr("run create: --experiment NAME is required");
            return {};
        }
        return [this] {
            cmdRunCreate();
        };
    }
    if (sub == QLatin1String("watch")) {
        if (args.size() != 2) {
            *error = args.size() < 2 ? tr("run watch: missing run ID")
                                     : tr("run watch: unexpected argument \"%1\"").arg(args[2]);
            return {};
        }
        const QString id = args[1];
        return [this, id] {
            cmdRunWatch(id);
        };
    }
    *error = sub.isEmpty() ? tr("run: missing subcommand")
                           : tr("run: unknown subcommand \"%1\"").arg(sub);
    return {};
}

void CliRunner::cmdRunCreate()
{
    auto draft = std::make_shared<RunDraft>();
    // The experiment first (the SDK's create_experiment: existing, else new).
    auto *experiment = m_client->ensureExperiment(m_opt.experimentId, {}, m_opt.namespaceName);
    connect(experiment, &ApiJob::finished, this, [this, experiment, draft] {
        if (!experiment->ok()) {
            fail(experiment->error());
            return;
        }
        draft->experimentId = experiment->result().id;
        if (!m_opt.packageFile.isEmpty()) {
            const PipelinePackage package = PipelinePackage::read(m_opt.packageFile);
            if (!package.isValid()) {
                failText(package.error().message);
                return;
            }
            draft->source = RunDraft::Source::Package;
            draft->pipelineName = m_opt.pipeline.isEmpty() ? package.displayName() : m_opt.pipeline;
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

void CliRunner::resolvePipelineVersion(std::shared_ptr<RunDraft> draft)
{
    auto *pipeline = m_client->getPipelineByName(m_opt.pipeline, m_opt.namespaceName);
    connect(pipeline, &ApiJob::finished, this, [this, pipeline, draft] {
        if (!pipeline->ok()) {
            fail(pipeline->error());
            return;
        }
        draft->pipelineId = pipeline->result().id;
        draft->pipelineName = pipeline->result().title();
        // Newest first: without --version the first one is the latest.
        auto *versions = m_client->listPipelineVersions(
            draft->pipelineId,
            ListQuery().withPageSize(200).sortedBy(QStringLiteral("created_at"), true));
        connect(versions, &ApiJob::finished, this, [this, versions, draft] {
            if (!versions->ok()) {
                fail(versions->error());
                return;
            }
            const auto &items = versions->result().items;
            const PipelineVersion *chosen = nullptr;
            for (const PipelineVersion &v : items) {
                const bool match =
                    m_opt.pipelineVersion.isEmpty() || v.id == m_opt.pipelineVersion ||
                    v.name == m_opt.pipelineVersion || v.displayName == m_opt.pipelineVersion;
                if (match) {
                    chosen = &v;
                    break;
                }
            }
            if (!chosen) {
                failText(m_opt.pipelineVersion.isEmpty()
                             ? tr("pipeline \"%1\" has no version").arg(m_opt.pipeline)
                             : tr("pipeline \"%1\" has no version \"%2\"")
                                   .arg(m_opt.pipeline, m_opt.pipelineVersion));
                return;
            }
            draft->pipelineVersionId = chosen->id;
            auto *full = m_client->getPipelineVersion(draft->pipelineId, chosen->id);
            connect(full, &ApiJob::finished, this, [this, full, draft] {
                if (!full->ok()) {
                    fail(full->error());
                    return;
                }
                // The declared parameters, from the compiled spec (v2) or the template (v1).
                QJsonObject spec = full->result().pipelineSpec;
                if (spec.value(QLatin1String("pipeline_spec")).isObject())
                    spec = spec.value(QLatin1String("pipeline_spec")).toObject();
                const PipelinePackage package =
                    !spec.isEmpty()
                        ? PipelinePackage::fromBytes(QJsonDocument(spec).toJson(),
                                                     QStringLiteral("pipeline.json"))
                        : PipelinePackage::fromBytes(full->result().templateText.toUtf8(),
                                                     QStringLiteral("pipeline.yaml"));
                createRunWith(draft,
                              package.isValid() ? package.parameters() : QList<PackageParameter>());
            });
        });
    });
}

bool CliRunner::collectParameters(const QList<PackageParameter> &declared, QList<RunParameter> *out,
                                  QString *error) const
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
    if (!m_opt.paramsFile.isEmpty()) {
        QFile file(m_opt.paramsFile);
        QList<QJsonValue> docs;
        YamlToJson::Error ye; // YAML is a superset of JSON: one parser for both
        if (!file.open(QIODevice::ReadOnly) || !YamlToJson::parseAll(file.readAll(), &docs, &ye) ||
            docs.isEmpty() || !docs.first().isObject()) {
            *error =
                tr("%1 is not a JSON or YAML mapping of parameter values").arg(m_opt.paramsFile);
            return false;
        }
        const QJsonObject values = docs.first().toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            if (!setText(it.key(), ParameterTableModel::valueToText(it.value())))
                return false;
    }
    for (const QString &kv : m_opt.params) {
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

void CliRunner::createRunWith(std::shared_ptr<RunDraft> draft,
                              const QList<PackageParameter> &declared)
{
    QString error;
    if (!collectParameters(declared, &draft->parameters, &error)) {
        finish(usageError(tr("run create: %1").arg(error)));
        return;
    }
    draft->displayName =
        m_opt.name.isEmpty()
            ? tr("Run of %1 (%2)")
                  .arg(draft->pipelineName, QDateTime::currentDateTime().toString(Qt::ISODate))
            : m_opt.name;
    draft->description = m_opt.description;
    // A create whose answer is lost is looked for on the server, never sent twice (CreateOnce).
    auto *creator = new CreateOnce(m_client, this);
    creator->setNamespace(m_opt.namespaceName);
    connect(creator, &CreateOnce::failed, this,
            [this, creator](const ApiError &error, bool outcomeUnknown) {
                creator->deleteLater();
                if (outcomeUnknown)
                    m_err << tr("kfpctl: the server may have created the run anyway: check "
                                "with \"kfpctl runs list\" before creating it again.")
                          << '\n';
                fail(error);
            });
    connect(creator, &CreateOnce::runCreated, this, [this, creator](const Run &run) {
        creator->deleteLater();
        if (m_opt.json)
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("id"), run.id},
                                               {QStringLiteral("display_name"), run.displayName}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        else
            m_out << tr("Created run %1 (%2)").arg(run.id, run.displayName) << '\n';
        m_out.flush();
        if (m_opt.watch)
            cmdRunWatch(run.id);
        else
            finish(Success);
    });
    creator->createRun(RunRequestBuilder::runRequest(*draft));
}

void CliRunner::cmdRunWatch(const QString &runId)
{
    const int timeout = m_opt.timeoutMs > 0 ? m_opt.timeoutMs : DefaultWatchMs;
    auto *job = m_client->waitForRunCompletion(runId, timeout, m_opt.pollMs);
    connect(job, &ApiJob::finished, this, [this, job, runId] {
        if (!job->ok()) {
            fail(job->error());
            return;
        }
        const Run &run = job->result();
        m_out << tr("Run %1 ended: %2").arg(runId, runStateName(run.state)) << '\n';
        if (!run.errorMessage.isEmpty())
            m_out << run.errorMessage << '\n';
        m_out.flush();
        switch (run.state) {
        case RunState::Failed:
            finish(RunFailedExit);
            break;
        case RunState::Canceled:
            finish(RunCanceledExit);
            break;
        default:
            finish(Success);
            break;
        }
    });
}

} // namespace kfp
