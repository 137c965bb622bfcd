#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace md {

// Which source column feeds which import field. An import format lists its fields with the
// header names it knows (Shopify's "Variant SKU", our own "sku", ...); autoMap() matches a file's
// header against them ignoring case and surrounding spaces, and the user may then override any
// field by hand before the import runs.
class ColumnMapping
{
public:
    struct Field
    {
        QString key;
        QStringList knownHeaders;
        bool required = false;
    };

    explicit ColumnMapping(QList<Field> fields);

    void autoMap(const QStringList &header);
    // column -1 leaves the field unmapped.
    void map(const QString &key, int column);

    int column(const QString &key) const { return m_columns.value(key, -1); }
    QStringList missingRequired() const;
    const QList<Field> &fields() const { return m_fields; }

    // The mapped field of a record, empty when unmapped or past the record's end.
    QString value(const QStringList &record, const QString &key) const;

private:
    QList<Field> m_fields;
    QHash<QString, int> m_columns;
};

} // namespace md
