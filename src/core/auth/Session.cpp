// Session: the constructor. The re-login and the replay of waiting requests are in
// SessionRelogin.cpp; sending is HttpSession's.

#include "Session.h"

namespace kfp {

Session::Session(QNetworkAccessManager *nam, QObject *parent)
    : HttpSession(nam, parent)
{}

Session::~Session() = default;

} // namespace kfp
