#include "YamlToJson.h"

#include "YamlJsonBuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtNumeric>

#include <istream>
#include <streambuf>
#include <string>

namespace kfp {

namespace {

const std::string kTagStr = "tag:yaml.org,2002:str";
const std::string kTagInt = "tag:yaml.org,2002:int";
const std::string kTagFloat = "tag:yaml.org,2002:float";
const std::string kTagBool = "tag:yaml.org,2002:bool";
const std::string kTagNull = "tag:yaml.org,2002:null";

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

// A read-only std::streambuf over bytes in memory: yaml-cpp reads a std::istream, and
// std::istringstream would copy the whole text first.
class MemoryBuffer final : public std::streambuf
{
public:
    MemoryBuffer(const char *data, qsizetype size)
    {
        char *begin = const_cast<char *>(data); // never written: no overflow/putback here
        setg(begin, begin, begin + size);
    }
};

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

QJsonValue YamlToJson::resolveScalar(const std::string &tag, const std::string &raw)
{
    const QByteArray text = QByteArray::fromRawData(raw.data(), qsizetype(raw.size()));
    if (tag == "?")
        return resolvePlainScalar(text);
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
    // "!", !!str, any other tag
    return v.isUndefined() ? QJsonValue(QString::fromUtf8(raw.data(), qsizetype(raw.size()))) : v;
}

bool YamlToJson::parseAll(const QByteArray &utf8, QList<QJsonValue> *documents, Error *error)
{
    return parseAll(utf8, documents, error, nullptr);
}

bool YamlToJson::parseAll(const QByteArray &utf8, QList<QJsonValue> *documents, Error *error,
                          const YamlPathFilter *filter)
{
    const qsizetype skip = utf8.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    MemoryBuffer buffer(utf8.constData() + skip, utf8.size() - skip);
    std::istream in(&buffer);
    return parseAll(in, utf8.size(), documents, error, filter);
}

bool YamlToJson::parseAll(std::istream &in, qint64 sizeHint, QList<QJsonValue> *documents,
                          Error *error, const YamlPathFilter *filter)
{
    YamlParseError e;
    if (buildJsonFromYaml(in, sizeHint, filter, documents, &e))
        return true;
    error->message = e.message;
    error->line = e.line;
    error->column = e.column;
    error->limitExceeded = e.limitExceeded;
    return false;
}

} // namespace kfp
