#include "columnmapping.h"

namespace md {

namespace {
QString normalised(const QString &header)
{
    return header.trimmed().toCaseFolded();
}
} // namespace

ColumnMapping::ColumnMapping(QList<Field> fields)
    : m_fields(std::move(fields))
{}

void ColumnMapping::autoMap(const QStringList &header)
{
    m_columns.clear();
    for (const Field &field : m_fields) {
        for (const QString &known : field.knownHeaders) {
            const QString wanted = normalised(known);
            qsizetype found = -1;
            for (qsizetype i = 0; i < header.size() && found < 0; ++i) {
                if (normalised(header[i]) == wanted)
                    found = i;
            }
            if (found >= 0) {
                m_columns.insert(field.key, int(found));
                break;
            }
        }
    }
}

void ColumnMapping::map(const QString &key, int column)
{
    if (column < 0)
        m_columns.remove(key);
    else
        m_columns.insert(key, column);
}

QStringList ColumnMapping::missingRequired() const
{
    QStringList missing;
    for (const Field &field : m_fields) {
        if (field.required && !m_columns.contains(field.key))
            missing.append(field.key);
    }
    return missing;
}

QString ColumnMapping::value(const QStringList &record, const QString &key) const
{
    const int c = column(key);
    return c >= 0 && c < record.size() ? record[c] : QString();
}

} // namespace md
