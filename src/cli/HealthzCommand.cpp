#include "HealthzCommand.h"

#include "CliJson.h"
#include "TextTable.h"
#include "api/KfpClient.h"
#include "auth/Session.h"

#include <QTextStream>

namespace kfp {

bool HealthzCommand::parse(const QCommandLineParser &, const QStringList &args, QString *error)
{
    if (!args.isEmpty()) {
        *error = tr("healthz: unexpected argument \"%1\"").arg(args.value(0));
        return false;
    }
    return true;
}

void HealthzCommand::run()
{
    onResult(client()->healthz(), [this](const HealthInfo &h) {
        if (options().json)
            return context().printJson(cli::toJson(h));
        out() << renderKeyValues({
            {tr("Server"), context().session()->baseUrl().toString()},
            {tr("API"), cli::apiVersionName(h.apiVersion)},
            {tr("Mode"), h.multiUser ? tr("multi-user") : tr("single-user")},
            {tr("Version"), h.tagName},
            {tr("Commit"), h.commitSha},
        });
        context().finish(CommandContext::Success);
    });
}

} // namespace kfp
