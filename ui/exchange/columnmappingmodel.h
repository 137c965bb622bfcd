#pragma once

#include "importworker.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace md {

// Which column of the file feeds each import field: one row per field of the format, the file
// column as its name (DisplayRole) and its index (EditRole, -1 for none, editable). Required
// fields are marked; isComplete() says whether the import can run with this mapping.
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Field, FileColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, RequiredRole };

    explicit ColumnMappingModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The file's header and the fields as the importer mapped them.
    void setFields(const QStringList &header, const QList<ImportField> &fields,
                   const QStringList &anyOf = {});
    const QStringList &header() const { return m_header; }
    int rowOf(const QString &key) const;
    int column(const QString &key) const;
    // The whole mapping, for the worker: key -> column (-1: not imported).
    QHash<QString, int> mapping() const;
    // Required fields without a column, as the user sees them.
    QStringList missing() const;
    bool isComplete() const { return missing().isEmpty(); }
    void retranslate();

    // A field as staff call it ("SKU code"); the key itself when unknown.
    static QString fieldName(const QString &key);

private:
    QStringList m_header;
    QList<ImportField> m_fields;
    QStringList m_anyOf;
};

} // namespace md
