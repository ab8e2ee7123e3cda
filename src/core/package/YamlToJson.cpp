#include "YamlToJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtNumeric>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <limits>
#include <sstream>
#include <string>

namespace kfp {

namespace {

const std::string kTagStr = "tag:yaml.org,2002:str";
const std::string kTagInt = "tag:yaml.org,2002:int";
const std::string kTagFloat = "tag:yaml.org,2002:float";
const std::string kTagBool = "tag:yaml.org,2002:bool";
const std::string kTagNull = "tag:yaml.org,2002:null";

struct LimitExceeded
{
    QString what;
    YAML::Mark mark;
};

bool isNull(const QByteArray &t)
{
    return t.isEmpty() || t == "~" || t == "null" || t == "Null" || t == "NULL";
}

QJsonValue resolveBool(const QByteArray &t)
{
    if (t == "true" || t == "True" || t == "TRUE")
        return true;
    if (t == "false" || t == "False" || t == "FALSE")
        return false;
    return QJsonValue::Undefined;
}

QJsonValue resolveInt(const QByteArray &t)
{
    static const QRegularExpression decimal(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression octal(QStringLiteral("^0o[0-7]+$"));
    static const QRegularExpression hex(QStringLiteral("^0x[0-9a-fA-F]+$"));
    const QString s = QString::fromLatin1(t);
    bool ok = false;
    if (decimal.match(s).hasMatch()) {
        const qint64 v = t.toLongLong(&ok, 10);
        if (ok)
            return QJsonValue(v);
        return QJsonValue(t.toDouble()); // beyond 64 bits: as JSON readers do
    }
    if (octal.match(s).hasMatch() || hex.match(s).hasMatch()) {
        const qint64 v = t.mid(2).toLongLong(&ok, t.at(1) == 'o' ? 8 : 16);
        if (ok)
            return QJsonValue(v);
        return QJsonValue(double(t.mid(2).toULongLong(&ok, t.at(1) == 'o' ? 8 : 16)));
    }
    return QJsonValue::Undefined;
}

QJsonValue resolveFloat(const QByteArray &t)
{
    static const QRegularExpression number(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (!number.match(QString::fromLatin1(t)).hasMatch())
        return QJsonValue::Undefined;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !qIsFinite(v))
        return QJsonValue::Undefined; // 1e999: keep the text
    return QJsonValue(v);
}

QJsonValue scalarToJson(const YAML::Node &node)
{
    const std::string &tag = node.Tag();
    const std::string &raw = node.Scalar();
    const QByteArray text(raw.data(), qsizetype(raw.size()));
    const QString string = QString::fromUtf8(text);
    if (tag == "?")
        return YamlToJson::resolvePlainScalar(text);
    if (tag == kTagNull)
        return QJsonValue::Null;
    QJsonValue v(QJsonValue::Undefined); // not QJsonValue(): that is Null
    if (tag == kTagBool)
        v = resolveBool(text);
    else if (tag == kTagInt)
        v = resolveInt(text);
    else if (tag == kTagFloat) {
        v = resolveInt(text);
        if (v.isUndefined())
            v = resolveFloat(text);
        else
            v = QJsonValue(v.toDouble());
    }
    return v.isUndefined() ? QJsonValue(string) : v; // "!", !!str, any other tag
}

class Converter
{
public:
    explicit Converter(qint64 budget)
        : m_budget(budget)
    {}

    QJsonValue convert(const YAML::Node &node, int depth)
    {
        if (depth > YamlToJson::MaxDepth)
            throw LimitExceeded{QStringLiteral("nesting deeper than %1").arg(YamlToJson::MaxDepth),
                                node.Mark()};
        if (--m_budget < 0)
            throw LimitExceeded{QStringLiteral("too many values (alias expansion?)"), node.Mark()};
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return QJsonValue::Null;
        case YAML::NodeType::Scalar:
            return scalarToJson(node);
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            for (const YAML::Node &item : node)
                array.append(convert(item, depth + 1));
            return array;
        }
        case YAML::NodeType::Map: {
            QJsonObject object;
            for (const auto &entry : node) {
                const YAML::Node &key = entry.first;
                QString name;
                if (key.IsScalar())
                    name = QString::fromStdString(key.Scalar());
                else if (key.IsNull())
                    name = QStringLiteral("null");
                else
                    name = QString::fromStdString(YAML::Dump(key));
                object.insert(name, convert(entry.second, depth + 1));
            }
            return object;
        }
        }
        return QJsonValue::Null;
    }

private:
    qint64 m_budget;
};

// yaml-cpp 0.7 (Debian 12) loops for ever in LoadAll() on a stray ',' in block context ("[],"):
// the parser reports one more empty document per turn without consuming the token, and LoadAll
// keeps appending them until memory runs out (jbeder/yaml-cpp#1040; fixed in 0.8 by PR #1319).
// A first pass over the events refuses the input when a document is a lone null at the very
// place of the previous one, i.e. when the parser makes no progress; found by
// fuzz_pipeline_package.
class ProgressGuard final : public YAML::EventHandler
{
public:
    explicit ProgressGuard(qint64 maxDocuments)
        : m_maxDocuments(maxDocuments)
    {}

    void OnDocumentStart(const YAML::Mark &) override
    {
        m_events = 0;
        m_nullPos = -1;
        if (++m_documents > m_maxDocuments)
            throw YAML::ParserException(YAML::Mark::null_mark(), "too many documents");
    }
    void OnDocumentEnd() override
    {
        if (m_events == 1 && m_nullPos >= 0 && m_nullPos == m_previousNullPos)
            throw YAML::ParserException(m_nullMark, "unexpected ',' outside a flow collection");
        m_previousNullPos = m_events == 1 ? m_nullPos : -1;
    }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override
    {
        if (++m_events == 1) {
            m_nullPos = mark.pos;
            m_nullMark = mark;
        }
    }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { ++m_events; }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t,
                  const std::string &) override
    {
        ++m_events;
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        ++m_events;
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        ++m_events;
    }
    void OnMapEnd() override {}

private:
    qint64 m_maxDocuments;
    qint64 m_documents = 0;
    qint64 m_events = 0;
    int m_nullPos = -1;
    int m_previousNullPos = -1;
    YAML::Mark m_nullMark;
};

void checkProgress(const std::string &text)
{
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    // A document takes at least one byte ("---" or a scalar); more documents than bytes is the
    // loop above in another guise.
    ProgressGuard guard(qint64(text.size()) + 1);
    while (parser.HandleNextDocument(guard)) {
    }
}

void setMark(YamlToJson::Error *error, const YAML::Mark &mark)
{
    if (mark.is_null() || mark.line < 0)
        return;
    error->line = mark.line + 1; // yaml-cpp's marks are 0-based
    error->column = mark.column + 1;
}

} // namespace

QJsonValue YamlToJson::resolvePlainScalar(const QByteArray &text)
{
    if (isNull(text))
        return QJsonValue::Null;
    QJsonValue v = resolveBool(text);
    if (v.isUndefined())
        v = resolveInt(text);
    if (v.isUndefined())
        v = resolveFloat(text);
    return v.isUndefined() ? QJsonValue(QString::fromUtf8(text)) : v;
}

bool YamlToJson::parseAll(const QByteArray &utf8, QList<QJsonValue> *documents, Error *error)
{
    QByteArray data = utf8;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    documents->clear();
    try {
        const std::string text(data.constData(), size_t(data.size()));
        checkProgress(text);
        const std::vector<YAML::Node> nodes = YAML::LoadAll(text);
        // Each byte of input yields at most about one value; aliases can yield many more.
        Converter converter(2 * qint64(data.size()) + 1024);
        for (const YAML::Node &node : nodes)
            documents->append(converter.convert(node, 0));
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
