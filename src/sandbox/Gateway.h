#pragma once

#include "sandbox/HttpTypes.h"

namespace kfp::sandbox {

// Seam for the login gateways (oauth2-proxy, oidc-authservice + Dex, ...) that sit in front of
// the KFP API in a real Kubeflow install. The HTTP layer calls intercept() for every request
// before API dispatch and before fault injection.
class Gateway
{
public:
    virtual ~Gateway();
    // Return true if the gateway answered the request itself (redirect, 401, login page...) and
    // filled *response; false to pass the request on to the API.
    virtual bool intercept(const HttpRequest &request, HttpResponse *response) = 0;
};

} // namespace kfp::sandbox
