#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>

namespace kfp::sandbox {

// One fault-injection rule, parsed from a spec such as
//   path=/apis/v2beta1/runs*,method=GET,latency=2000,error-rate=0.5,status=503,count=3
// See README.md for every key.
struct FaultRule
{
    QString path = QStringLiteral("*"); // glob on the path (with or without "/pipeline")
    QByteArray method;                  // empty = any
    int latencyMs = 0;
    double errorRate = 0.0; // probability of answering `status` with the dialect's error body
    int status = 500;
    int truncate = -1; // send only the first N body bytes, then close
    int reset = -1;    // send only the first N body bytes, then reset the connection (RST)
    bool drop = false; // close the connection without answering
    bool html = false; // answer 200 text/html instead of JSON
    int dripMs = 0;    // send the body slowly over this many ms
    int count = -1;    // fault only the next N matching requests (-1 = unlimited)
    QRegularExpression re;
};

// What to do with one request after rule matching and the error-rate dice roll.
struct FaultAction
{
    bool matched = false;
    int latencyMs = 0;
    bool error = false;
    int status = 500;
    int truncate = -1;
    int reset = -1;
    bool drop = false;
    bool html = false;
    int dripMs = 0;
};

class Faults final
{
public:
    bool add(const QString &spec, QString *error);
    void clear() { m_rules.clear(); }
    void seed(quint32 seed) { m_rng.seed(seed); }
    FaultAction match(const QByteArray &method, const QString &path, const QString &apiPath);

private:
    QList<FaultRule> m_rules;
    QRandomGenerator m_rng{42}; // deterministic so tests are reproducible
};

} // namespace kfp::sandbox
