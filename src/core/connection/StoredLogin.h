#pragma once

// Puts what the CredentialStore holds for a profile onto a Session: a token (Token mode), or the
// gateway's session cookies and, with "remember password", the password for automatic re-login
// (Dex and Cookie modes). The Connection's step 2; nothing is sent to the server here.
//
//     restoreStoredLogin(store, session, profile, this, [](const StoredLogin &login) { … });
//
// `done` is called once, on the event loop, unless `context` is destroyed first.

#include <QString>
#include <functional>

class QObject;

namespace kfp {

class CredentialStore;
class Session;
struct ConnectionProfile;

struct StoredLogin
{
    // Something to connect with is on the session (or the profile needs nothing). False: the
    // store had nothing usable; `missing` says so for the login dialog (translated).
    bool usable = true;
    QString missing;
    QString user; // who a stored token says we are; empty when unknown
};

void restoreStoredLogin(CredentialStore *store, Session *session, const ConnectionProfile &profile,
                        QObject *context, std::function<void(const StoredLogin &)> done);

} // namespace kfp
