#pragma once

// Shared by the UI tests: an in-process sandbox with a client over real loopback HTTP, and a
// Prompter answered in advance (the seam every modal question of the UI goes through).

#include "Prompter.h"
#include "api/KfpClient.h"
#include "auth/Session.h"
#include "connection/Connection.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <QtTest>

#include <deque>
#include <memory>

namespace kfptest {

// Answers questions from a queue (default: the `fallback` answer) and records every question.
class ScriptedPrompter final : public kfp::Prompter
{
public:
    void setNextAnswer(QMessageBox::StandardButton answer) { m_answers.push_back(answer); }
    void setFallback(QMessageBox::StandardButton answer) { m_fallback = answer; }
    const QList<Question> &questions() const { return m_questions; }
    void clear() { m_questions.clear(); }

    void ask(QWidget *, const Question &question, QObject *context, Answer done) override
    {
        m_questions.append(question);
        QMessageBox::StandardButton answer = m_fallback;
        if (!m_answers.empty()) {
            answer = m_answers.front();
            m_answers.pop_front();
        }
        // Answered from the event loop, as a real (window-modal) box would be.
        QTimer::singleShot(0, context, [done, answer] { done(answer); });
    }

private:
    std::deque<QMessageBox::StandardButton> m_answers;
    QMessageBox::StandardButton m_fallback = QMessageBox::Cancel;
    QList<Question> m_questions;
};

struct SandboxClient
{
    explicit SandboxClient(bool demo = true, kfp::ApiVersion version = kfp::ApiVersion::V2Beta1)
    {
        server = std::make_unique<kfp::sandbox::SandboxServer>();
        if (demo)
            server->seedDemo();
        port = server->listen(0);
        nam = std::make_unique<QNetworkAccessManager>();
        session = std::make_unique<kfp::Session>(nam.get());
        session->setBaseUrl(server->baseUrl());
        client = std::make_unique<kfp::KfpClient>(session.get());
        client->setApiVersion(version);
        connection = std::make_unique<kfp::Connection>(session.get(), client.get());
    }
    // Requests whose path matches, counted in the sandbox's log.
    int count(const QByteArray &method, const QString &pathPart) const
    {
        int n = 0;
        for (const auto &e : server->requestLog())
            if (e.method == method && e.apiPath.contains(pathPart))
                ++n;
        return n;
    }

    std::unique_ptr<kfp::sandbox::SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<kfp::Session> session;
    std::unique_ptr<kfp::KfpClient> client;
    // Over session and client as set up above; verify() connects as the app does.
    std::unique_ptr<kfp::Connection> connection;
    quint16 port = 0;
};

} // namespace kfptest
