#pragma once

// Shares the text of strings that repeat across many rows. 100,000 runs name a handful of
// experiments, pipelines and pipeline versions: each id parsed from JSON is its own ~100-byte
// allocation, but QString is implicitly shared, so handing out one pooled copy per distinct value
// stores that text once.
//
//     run.experimentId = m_pool.intern(run.experimentId);
//
// The pool only grows by distinct values (ids a list refers to), never by rows.

#include <QSet>
#include <QString>

namespace kfp {

class StringPool final
{
public:
    QString intern(const QString &value)
    {
        if (value.isEmpty())
            return {};
        const auto it = m_strings.constFind(value);
        if (it != m_strings.cend())
            return *it;
        m_strings.insert(value);
        return value;
    }
    int size() const { return int(m_strings.size()); }
    void clear() { m_strings.clear(); }

private:
    QSet<QString> m_strings;
};

} // namespace kfp
