#include "YamlJsonBuilder.h"

#include "YamlToJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <vector>

namespace kfp {

YamlPathFilter::YamlPathFilter(const QStringList &patterns)
{
    for (const QString &p : patterns) {
        Pattern pattern;
        pattern.segments = p.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (!pattern.segments.isEmpty() && pattern.segments.last() == QLatin1String("**")) {
            pattern.segments.removeLast();
            pattern.whole = true;
        }
        m_patterns.append(pattern);
    }
}

YamlPathFilter::Match YamlPathFilter::match(const QStringList &path) const
{
    Match best = Match::None;
    for (const Pattern &p : m_patterns) {
        const qsizetype common = qMin(path.size(), p.segments.size());
        bool same = true;
        for (qsizetype i = 0; i < common && same; ++i) {
            const QString &s = p.segments.at(i);
            same = s == QLatin1String("*") || s == path.at(i);
        }
        if (!same)
            continue;
        if (path.size() <= p.segments.size()) {
            if (path.size() == p.segments.size() && p.whole)
                return Match::Whole;
            best = Match::Partial;
        } else if (p.whole) {
            return Match::Whole;
        }
    }
    return best;
}

namespace {

struct LimitExceeded
{
    QString what;
    YAML::Mark mark;
};

// Where the node that starts now goes, and how much of it is built.
struct Slot
{
    bool isKey = false;
    bool built = false;
    bool whole = false;
    QStringList path; // only kept while the filter decides (built && !whole)
};

struct Frame
{
    bool map = false;
    Slot slot;
    YAML::anchor_t anchor = YAML::NullAnchor;
    YAML::Mark mark;
    QJsonObject object;
    QJsonArray array;
    bool expectKey = true;
    QString key;
    qint64 weight = 1; // values built in it, aliases expanded: what an alias to it costs
};

struct Anchored
{
    QJsonValue value;
    qint64 weight = 1;
};

class Builder final : public YAML::EventHandler
{
public:
    Builder(qint64 sizeHint, const YamlPathFilter *filter, QList<QJsonValue> *documents)
        : m_filter(filter)
        , m_documents(documents)
        // Each byte of input yields at most about one value; aliases can yield many more.
        , m_budget(2 * sizeHint + 1024)
        // A document takes at least one byte ("---" or a scalar); more documents than bytes is
        // a parser that makes no progress (see OnDocumentEnd).
        , m_maxDocuments(sizeHint + 1)
    {}

    void OnDocumentStart(const YAML::Mark &) override
    {
        m_events = 0;
        m_nullPos = -1;
        m_root = QJsonValue::Null;
        m_anchors.clear();
        if (++m_documentCount > m_maxDocuments)
            throw YAML::ParserException(YAML::Mark::null_mark(), "too many documents");
    }

    // yaml-cpp 0.7 (Debian 12) loops for ever on a stray ',' in block context ("[],"): the
    // parser reports one more empty document per turn without consuming the token
    // (jbeder/yaml-cpp#1040; fixed in 0.8 by PR #1319). A document that is a lone null at the
    // very place of the previous one is that loop: refuse the input. Found by
    // fuzz_pipeline_package.
    void OnDocumentEnd() override
    {
        if (m_events == 1 && m_nullPos >= 0 && m_nullPos == m_previousNullPos)
            throw YAML::ParserException(m_nullMark, "unexpected ',' outside a flow collection");
        m_previousNullPos = m_events == 1 ? m_nullPos : -1;
        m_documents->append(m_root);
        m_root = QJsonValue::Null;
    }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (++m_events == 1) {
            m_nullPos = mark.pos;
            m_nullMark = mark;
        }
        const Slot slot = nextSlot(anchor, mark);
        if (slot.isKey)
            return deliverKey(QStringLiteral("null"), anchor);
        if (slot.built)
            spend(1, mark);
        deliver(slot, QJsonValue::Null, 1, anchor);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        ++m_events;
        const Slot slot = nextSlot(YAML::NullAnchor, mark);
        if (!slot.built)
            return deliver(slot, QJsonValue::Null, 0, YAML::NullAnchor);
        const auto it = m_anchors.constFind(anchor);
        if (it == m_anchors.constEnd()) // an alias inside the value it names
            throw LimitExceeded{QStringLiteral("an alias inside its own anchor"), mark};
        if (slot.isKey) {
            const QJsonValue &v = it->value;
            return deliverKey(v.isString() ? v.toString() : compactText(v), YAML::NullAnchor);
        }
        spend(it->weight, mark);
        deliver(slot, it->value, it->weight, YAML::NullAnchor);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        ++m_events;
        const Slot slot = nextSlot(anchor, mark);
        if (slot.isKey)
            return deliverKey(QString::fromStdString(value), anchor);
        if (!slot.built)
            return deliver(slot, QJsonValue::Null, 0, anchor);
        spend(1, mark);
        deliver(slot, YamlToJson::resolveScalar(tag, value), 1, anchor);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        startContainer(false, mark, anchor);
    }
    void OnSequenceEnd() override { endContainer(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        startContainer(true, mark, anchor);
    }
    void OnMapEnd() override { endContainer(); }

private:
    static QString compactText(const QJsonValue &v)
    {
        if (v.isObject())
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        if (v.isArray())
            return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        if (v.isNull())
            return QStringLiteral("null");
        return v.toVariant().toString();
    }

    void spend(qint64 weight, const YAML::Mark &mark)
    {
        m_budget -= weight;
        if (m_budget < 0)
            throw LimitExceeded{QStringLiteral("too many values (alias expansion?)"), mark};
    }

    Slot nextSlot(YAML::anchor_t anchor, const YAML::Mark &mark)
    {
        Slot slot;
        if (m_stack.size() > size_t(YamlToJson::MaxDepth))
            throw LimitExceeded{QStringLiteral("nesting deeper than %1").arg(YamlToJson::MaxDepth),
                                mark};
        if (m_stack.empty()) {
            slot.built = true;
            slot.whole = !m_filter || m_filter->match({}) == YamlPathFilter::Match::Whole;
        } else {
            Frame &parent = m_stack.back();
            slot.isKey = parent.map && parent.expectKey;
            if (slot.isKey) {
                // Keys are always read in full (a key that is a mapping is rare and small).
                slot.built = parent.slot.built;
                slot.whole = true;
            } else if (parent.slot.whole) {
                slot.built = slot.whole = true;
            } else if (parent.slot.built) {
                slot.path = parent.slot.path;
                slot.path.append(parent.map ? parent.key : QStringLiteral("*"));
                const YamlPathFilter::Match m = m_filter->match(slot.path);
                slot.built = m != YamlPathFilter::Match::None;
                slot.whole = m == YamlPathFilter::Match::Whole;
            }
        }
        // An anchored value is built whole wherever it is: an alias may need it.
        if (anchor != YAML::NullAnchor)
            slot.built = slot.whole = true;
        if (slot.whole)
            slot.path.clear();
        return slot;
    }

    void deliverKey(const QString &key, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor)
            m_anchors.insert(anchor, Anchored{key, 1});
        Frame &parent = m_stack.back();
        parent.key = key;
        parent.expectKey = false;
    }

    // Hands a finished value to its parent; the caller has paid for it (spend()).
    void deliver(const Slot &slot, const QJsonValue &value, qint64 weight, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor)
            m_anchors.insert(anchor, Anchored{value, weight});
        if (m_stack.empty()) {
            m_root = value;
            return;
        }
        Frame &parent = m_stack.back();
        if (parent.map) {
            if (parent.slot.built)
                parent.object.insert(parent.key, slot.built ? value : placeholder(value));
            parent.expectKey = true;
        } else if (parent.slot.built) {
            parent.array.append(slot.built ? value : placeholder(value));
        }
        parent.weight += weight;
    }

    static QJsonValue placeholder(const QJsonValue &v)
    {
        if (v.isObject())
            return QJsonObject();
        if (v.isArray())
            return QJsonArray();
        return QJsonValue::Null;
    }

    void startContainer(bool map, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        ++m_events;
        Frame frame;
        frame.map = map;
        frame.slot = nextSlot(anchor, mark);
        frame.anchor = anchor;
        frame.mark = mark;
        if (frame.slot.built)
            spend(1, mark);
        m_stack.push_back(std::move(frame));
    }

    void endContainer()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        const QJsonValue value =
            frame.map ? QJsonValue(std::move(frame.object)) : QJsonValue(std::move(frame.array));
        if (frame.slot.isKey) {
            if (!m_stack.empty())
                deliverKey(compactText(value), frame.anchor);
            return;
        }
        // The container itself was paid for at its start, its children as they came.
        deliver(frame.slot, value, frame.slot.built ? frame.weight : 0, frame.anchor);
    }

    const YamlPathFilter *m_filter;
    QList<QJsonValue> *m_documents;
    qint64 m_budget;
    qint64 m_maxDocuments;
    qint64 m_documentCount = 0;
    std::vector<Frame> m_stack;
    QHash<YAML::anchor_t, Anchored> m_anchors;
    QJsonValue m_root = QJsonValue::Null;
    // The progress guard (OnDocumentEnd).
    qint64 m_events = 0;
    int m_nullPos = -1;
    int m_previousNullPos = -1;
    YAML::Mark m_nullMark;
};

void setMark(YamlParseError *error, const YAML::Mark &mark)
{
    if (mark.is_null() || mark.line < 0)
        return;
    error->line = mark.line + 1; // yaml-cpp's marks are 0-based
    error->column = mark.column + 1;
}

} // namespace

bool buildJsonFromYaml(std::istream &in, qint64 sizeHint, const YamlPathFilter *filter,
                       QList<QJsonValue> *documents, YamlParseError *error)
{
    documents->clear();
    try {
        YAML::Parser parser(in);
        Builder builder(sizeHint, filter, documents);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const LimitExceeded &e) {
        error->message = e.what;
        error->limitExceeded = true;
        setMark(error, e.mark);
        return false;
    } catch (const YAML::Exception &e) {
        error->message = QString::fromStdString(e.msg.empty() ? std::string(e.what()) : e.msg);
        setMark(error, e.mark);
        return false;
    } catch (const std::exception &e) {
        error->message = QString::fromLocal8Bit(e.what());
        return false;
    }
    return true;
}

} // namespace kfp
