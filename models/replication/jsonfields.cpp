#include "jsonfields.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

namespace md {

void JsonFields::fail(const QString &name, const QString &message)
{
    if (!m_error)
        m_error = makeError(ErrorCode::InvalidArgument, message, name);
}

std::optional<qint64> JsonFields::integer(const QString &name, qint64 min, qint64 max,
                                          bool required)
{
    m_read.insert(name);
    if (!has(name)) {
        if (required)
            fail(name, DomainText::tr("%1 is required.").arg(name));
        return std::nullopt;
    }
    const QJsonValue v = m_object.value(name);
    // JSON numbers arrive as doubles: accept only integral values that a double holds exactly.
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d ||
        std::fabs(d) > 9007199254740991.0) {
        fail(name, DomainText::tr("%1 must be a whole number.").arg(name));
        return std::nullopt;
    }
    const qint64 n = static_cast<qint64>(d);
    if (n < min || n > max) {
        fail(name, DomainText::tr("%1 must be between %2 and %3.").arg(name).arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

std::optional<QString> JsonFields::string(const QString &name, int maxLength, bool required)
{
    m_read.insert(name);
    if (!has(name)) {
        if (required)
            fail(name, DomainText::tr("%1 is required.").arg(name));
        return std::nullopt;
    }
    const QJsonValue v = m_object.value(name);
    if (!v.isString()) {
        fail(name, DomainText::tr("%1 must be a string.").arg(name));
        return std::nullopt;
    }
    const QString s = v.toString();
    if (s.size() > maxLength) {
        fail(name,
             DomainText::tr("%1 is too long (at most %2 characters).").arg(name).arg(maxLength));
        return std::nullopt;
    }
    return s;
}

std::optional<bool> JsonFields::boolean(const QString &name, bool required)
{
    m_read.insert(name);
    if (!has(name)) {
        if (required)
            fail(name, DomainText::tr("%1 is required.").arg(name));
        return std::nullopt;
    }
    const QJsonValue v = m_object.value(name);
    if (!v.isBool()) {
        fail(name, DomainText::tr("%1 must be true or false.").arg(name));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QJsonArray> JsonFields::array(const QString &name, int maxItems, bool required)
{
    m_read.insert(name);
    if (!has(name)) {
        if (required)
            fail(name, DomainText::tr("%1 is required.").arg(name));
        return std::nullopt;
    }
    const QJsonValue v = m_object.value(name);
    if (!v.isArray() || v.toArray().size() > maxItems) {
        fail(name,
             DomainText::tr("%1 must be a list of at most %2 items.").arg(name).arg(maxItems));
        return std::nullopt;
    }
    return v.toArray();
}

std::optional<QList<QJsonObject>> JsonFields::objects(const QString &name, int maxItems,
                                                      bool required)
{
    const auto items = array(name, maxItems, required);
    if (!items)
        return std::nullopt;
    QList<QJsonObject> out;
    for (const QJsonValue &item : *items) {
        if (!item.isObject()) {
            fail(name, DomainText::tr("Each item of %1 must be an object.").arg(name));
            return std::nullopt;
        }
        out.append(item.toObject());
    }
    return out;
}

void JsonFields::rejectUnknown()
{
    QStringList unknown;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_read.contains(it.key()))
            unknown << it.key();
    }
    if (!unknown.isEmpty()) {
        Error e = makeError(ErrorCode::UnknownField,
                            DomainText::tr("These fields cannot be set here: %1.")
                                .arg(unknown.join(QStringLiteral(", "))),
                            unknown.first());
        if (!m_error)
            m_error = e;
    }
}

std::optional<QStringList> JsonFields::strings(const QString &name, int maxItems, int maxLength,
                                               bool required)
{
    const auto items = array(name, maxItems, required);
    if (!items)
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &item : *items) {
        if (!item.isString() || item.toString().size() > maxLength) {
            fail(name, DomainText::tr("Each item of %1 must be a text of at most %2 characters.")
                           .arg(name)
                           .arg(maxLength));
            return std::nullopt;
        }
        out.append(item.toString());
    }
    return out;
}

std::optional<QList<qint64>> JsonFields::integers(const QString &name, int maxItems, qint64 min,
                                                  qint64 max, bool required)
{
    const auto items = array(name, maxItems, required);
    if (!items)
        return std::nullopt;
    QList<qint64> out;
    for (const QJsonValue &item : *items) {
        const double d = item.toDouble();
        if (!item.isDouble() || !std::isfinite(d) || std::trunc(d) != d || d < double(min) ||
            d > double(max)) {
            fail(name, DomainText::tr("Each item of %1 must be a whole number between %2 and %3.")
                           .arg(name)
                           .arg(min)
                           .arg(max));
            return std::nullopt;
        }
        out.append(static_cast<qint64>(d));
    }
    return out;
}

std::optional<qint64> JsonFields::time(const QString &name, bool required)
{
    const auto text = string(name, 40, required);
    if (!text)
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(*text, Qt::ISODateWithMs);
    // A time without a zone would mean whatever zone the server runs in: refuse it.
    if (!t.isValid() || !(text->endsWith(QLatin1Char('Z')) || text->contains(QLatin1Char('+')) ||
                          text->lastIndexOf(QLatin1Char('-')) > 9)) {
        fail(name, DomainText::tr("%1 must be an ISO 8601 time with a zone, such as "
                                  "2026-11-11T02:30:00Z.")
                       .arg(name));
        return std::nullopt;
    }
    return t.toMSecsSinceEpoch();
}

} // namespace md
