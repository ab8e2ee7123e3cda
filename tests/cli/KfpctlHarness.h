#pragma once

// The one way the kfpctl tests run kfpctl: in-process, a CliRunner on the test's event loop with
// its stdout and stderr captured, until it emits finished(exitCode). The server is the test's own
// (a SandboxServer, a SandboxFixture, a gateway in front of one): name it with --host or
// KfpctlSetup::defaultHost. Used by tests/cli, tests/upload and tests/wizard.

#include "CliRunner.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTextStream>

namespace kfp {
class CredentialStore;
class ProfileStore;
} // namespace kfp

namespace kfptest {

struct KfpctlResult
{
    int code = -1; // -1: kfpctl did not finish in time
    QString out;
    QString err;
    QByteArray describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3")
            .arg(code)
            .arg(out, err)
            .toUtf8();
    }
};

// What main.cpp hands kfpctl, all optional: $KFP_HOST, the profile and credential stores, stdin
// (what --password-stdin reads) and the SDK's context file.
struct KfpctlSetup
{
    QString defaultHost;
    kfp::ProfileStore *profiles = nullptr;
    kfp::CredentialStore *credentials = nullptr;
    QByteArray stdinData;
    QString sdkContextPath;
    int timeoutMs = 20000;
};

// Runs `kfpctl ARGS...` to completion on the event loop (the test waits, the runner doesn't).
inline KfpctlResult runKfpctl(const QStringList &args, const KfpctlSetup &setup = {})
{
    KfpctlResult r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    QBuffer input;
    input.setData(setup.stdinData);
    input.open(QIODevice::ReadOnly);
    kfp::CliRunner runner(QStringList{QStringLiteral("kfpctl")} + args, out, err);
    runner.setDefaultHost(setup.defaultHost);
    runner.setProfileStore(setup.profiles);
    runner.setCredentialStore(setup.credentials);
    runner.setPasswordInput(&input);
    runner.setSdkContextPath(setup.sdkContextPath);
    QSignalSpy spy(&runner, &kfp::CliRunner::finished);
    runner.start();
    if (!QTest::qWaitFor([&spy] { return !spy.isEmpty(); }, setup.timeoutMs))
        return r;
    r.code = spy.first().first().toInt();
    out.flush();
    err.flush();
    return r;
}

} // namespace kfptest
