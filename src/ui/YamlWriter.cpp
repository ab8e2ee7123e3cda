#include "YamlWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QVariant>

namespace kfp {

QString YamlWriter::toYaml(const QJsonValue &value)
{
    QString out;
    if (value.isObject() || value.isArray())
        write(out, value, 0, false);
    else
        out = scalar(value) + QLatin1Char('\n');
    return out;
}

void YamlWriter::write(QString &out, const QJsonValue &value, int indent, bool inList)
{
    const QString pad(indent, QLatin1Char(' '));
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        bool first = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            // The first key of a mapping inside a list sits on the "- " line.
            out += (inList && first) ? QString() : pad;
            first = false;
            out += quoted(it.key()) + QLatin1Char(':');
            const QJsonValue child = it.value();
            if (child.isObject() && !child.toObject().isEmpty()) {
                out += QLatin1Char('\n');
                write(out, child, indent + 2, false);
            } else if (child.isArray() && !child.toArray().isEmpty()) {
                out += QLatin1Char('\n');
                write(out, child, indent, false); // block lists at the key's indent, as kfp does
            } else {
                out += QLatin1Char(' ') + scalar(child) + QLatin1Char('\n');
            }
        }
        if (object.isEmpty())
            out += pad + QStringLiteral("{}\n");
        return;
    }
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            out += pad + QStringLiteral("- ");
            if (item.isObject() && !item.toObject().isEmpty())
                write(out, item, indent + 2, true);
            else if (item.isArray() && !item.toArray().isEmpty()) {
                out += QLatin1Char('\n');
                write(out, item, indent + 2, false);
            } else
                out += scalar(item) + QLatin1Char('\n');
        }
        return;
    }
    out += pad + scalar(value) + QLatin1Char('\n');
}

QString YamlWriter::scalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Qt keeps integral numbers as integers; others in their shortest exact form.
        const QVariant v = value.toVariant();
        if (v.typeId() != QMetaType::Double)
            return QString::number(v.toLongLong());
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Array:
        return QStringLiteral("[]");
    case QJsonValue::Object:
        return QStringLiteral("{}");
    }
    return {};
}

QString YamlWriter::quoted(const QString &text)
{
    // Plain when YAML reads it back as the same string; otherwise single-quoted ('' escapes ').
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_/][A-Za-z0-9_./\\-]*$"));
    static const QRegularExpression reserved(QStringLiteral("^(true|false|yes|no|on|off|null|~)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (text.contains(QLatin1Char('\n'))) {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""))
            .replace(QLatin1Char('\n'), QLatin1String("\\n"));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    if (plain.match(text).hasMatch() && !reserved.match(text).hasMatch())
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace kfp
