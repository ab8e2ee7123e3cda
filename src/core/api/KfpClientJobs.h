#pragma once

// Private to the KfpClient*.cpp files: how a job is made and started.

#include "KfpClient.h"
#include "WireJson.h"

#include <functional>

namespace kfp {

template<class T, class Parse>
ResultJob<T> *KfpClient::startJob(RequestSpec spec, Parse parse, ApiVersion version)
{
    auto *job = new ResultJob<T>(m_session, std::move(spec), this);
    // Runs on a worker thread for big bodies: only the (immutable, shared) dialect is used.
    job->setResultParser([version, parse](const QByteArray &body, QString *why) -> T {
        QJsonObject json;
        if (!wire::parseObject(body, &json, why))
            return T{};
        return std::invoke(parse, ApiDialect::of(version), json);
    });
    job->start();
    return job;
}

template<class T> ResultJob<T> *KfpClient::newComposite()
{
    // No request of its own: it drives other jobs and ends through finishWith().
    return new ResultJob<T>(m_session, RequestSpec{}, this);
}

} // namespace kfp
