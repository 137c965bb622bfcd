#pragma once

#include "error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace md {

// Strict reading of a JSON request body: each field has a type and a range, numbers that are
// money or quantities must be integers, and fields the endpoint does not know are refused (so a
// customer can never smuggle in "points" or "role"). The first problem found is kept as an Error
// with the field's name.
class JsonFields
{
public:
    explicit JsonFields(const QJsonObject &object)
        : m_object(object)
    {}

    bool has(const QString &name) const
    {
        return m_object.contains(name) && !m_object.value(name).isNull();
    }
    // An integer in [min, max]; nullopt when absent (an error when required).
    std::optional<qint64> integer(const QString &name, qint64 min, qint64 max,
                                  bool required = false);
    std::optional<QString> string(const QString &name, int maxLength, bool required = false);
    std::optional<bool> boolean(const QString &name, bool required = false);
    // An array of objects, each read by the caller.
    std::optional<QList<QJsonObject>> objects(const QString &name, int maxItems,
                                              bool required = false);

    // An array of strings, each at most maxLength long.
    std::optional<QStringList> strings(const QString &name, int maxItems, int maxLength,
                                       bool required = false);
    // An array of integers, each in [min, max].
    std::optional<QList<qint64>> integers(const QString &name, int maxItems, qint64 min, qint64 max,
                                          bool required = false);
    // An ISO 8601 time with a zone ("2026-11-11T02:30:00Z"), as UTC milliseconds.
    std::optional<qint64> time(const QString &name, bool required = false);

    // Call after reading: any field not read is an error.
    void rejectUnknown();
    bool ok() const { return !m_error.has_value(); }
    // Records a problem found by the caller (in a nested object, say), unless one is known.
    void setError(const Error &error)
    {
        if (!m_error)
            m_error = error;
    }
    const Error &error() const { return *m_error; }

private:
    void fail(const QString &name, const QString &message);
    // The array field `name` with at most maxItems items; nullopt when absent or malformed.
    std::optional<QJsonArray> array(const QString &name, int maxItems, bool required);
    QJsonObject m_object;
    QSet<QString> m_read;
    std::optional<Error> m_error;
};

} // namespace md
