#include "sandbox/Faults.h"

namespace kfp::sandbox {

bool Faults::add(const QString &spec, QString *error)
{
    FaultRule rule;
    bool statusGiven = false, rateGiven = false;
    for (const QString &item : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = item.section(QLatin1Char('='), 0, 0).trimmed().toLower();
        const QString value = item.section(QLatin1Char('='), 1).trimmed();
        bool ok = true;
        if (key == QLatin1String("path"))
            rule.path = value;
        else if (key == QLatin1String("method"))
            rule.method = value.toUpper().toLatin1();
        else if (key == QLatin1String("latency"))
            rule.latencyMs = value.toInt(&ok);
        else if (key == QLatin1String("error-rate")) {
            rule.errorRate = value.toDouble(&ok);
            rateGiven = true;
        } else if (key == QLatin1String("status")) {
            rule.status = value.toInt(&ok);
            statusGiven = true;
        } else if (key == QLatin1String("truncate"))
            rule.truncate = value.toInt(&ok);
        else if (key == QLatin1String("reset"))
            rule.reset = value.toInt(&ok);
        else if (key == QLatin1String("drop"))
            rule.drop = true;
        else if (key == QLatin1String("html"))
            rule.html = true;
        else if (key == QLatin1String("drip"))
            rule.dripMs = value.toInt(&ok);
        else if (key == QLatin1String("count"))
            rule.count = value.toInt(&ok);
        else
            ok = false;
        if (!ok) {
            if (error)
                *error = QStringLiteral("bad fault spec item \"%1\"").arg(item);
            return false;
        }
    }
    if (statusGiven && !rateGiven)
        rule.errorRate = 1.0; // "status=503" alone means: always answer 503
    // Own glob translation: '*' matches anything including '/', '?' one character.
    QString pattern = QRegularExpression::escape(rule.path);
    pattern.replace(QLatin1String("\\*"), QLatin1String(".*"));
    pattern.replace(QLatin1String("\\?"), QLatin1String("."));
    rule.re = QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
    if (!rule.re.isValid()) {
        if (error)
            *error = QStringLiteral("bad path glob \"%1\"").arg(rule.path);
        return false;
    }
    m_rules.append(rule);
    return true;
}

FaultAction Faults::match(const QByteArray &method, const QString &path, const QString &apiPath)
{
    FaultAction a;
    for (FaultRule &r : m_rules) {
        if (r.count == 0 || (!r.method.isEmpty() && r.method != method))
            continue;
        if (!r.re.match(path).hasMatch() && !r.re.match(apiPath).hasMatch())
            continue;
        if (r.count > 0)
            --r.count;
        a.matched = true;
        a.latencyMs = r.latencyMs;
        a.error = r.errorRate > 0 && m_rng.generateDouble() < r.errorRate;
        a.status = r.status;
        a.truncate = r.truncate;
        a.reset = r.reset;
        a.drop = r.drop;
        a.html = r.html;
        a.dripMs = r.dripMs;
        return a;
    }
    return a;
}

} // namespace kfp::sandbox
