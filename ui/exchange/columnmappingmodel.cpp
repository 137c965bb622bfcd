#include "columnmappingmodel.h"

#include <QFont>
#include <QRegularExpression>

namespace md {

ColumnMappingModel::ColumnMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportField &f = m_fields.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Field)
            return f.required ? tr("%1 (required)").arg(fieldName(f.key)) : fieldName(f.key);
        return f.column >= 0 && f.column < m_header.size() ? m_header.at(f.column)
                                                           : tr("(not imported)");
    case Qt::EditRole:
        return index.column() == FileColumn ? QVariant(f.column) : QVariant(fieldName(f.key));
    case Qt::ToolTipRole:
        return f.knownHeader.isEmpty() ? QVariant()
                                       : tr("Usually the column \"%1\"").arg(f.knownHeader);
    case Qt::FontRole:
        if (f.required && index.column() == Field) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case KeyRole:
        return f.key;
    case RequiredRole:
        return f.required;
    default:
        return {};
    }
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != FileColumn || role != Qt::EditRole)
        return false;
    bool ok = false;
    int column = value.toInt(&ok);
    if (!ok || column < -1 || column >= m_header.size())
        return false;
    ImportField &f = m_fields[index.row()];
    if (f.column == column)
        return true;
    f.column = column;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FileColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Field:
        return tr("Field");
    case FileColumn:
        return tr("Column of the file");
    default:
        return {};
    }
}

void ColumnMappingModel::setFields(const QStringList &header, const QList<ImportField> &fields,
                                   const QStringList &anyOf)
{
    beginResetModel();
    m_header = header;
    m_fields = fields;
    m_anyOf = anyOf;
    endResetModel();
}

int ColumnMappingModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].key == key)
            return i;
    }
    return -1;
}

int ColumnMappingModel::column(const QString &key) const
{
    const int row = rowOf(key);
    return row < 0 ? -1 : m_fields[row].column;
}

QHash<QString, int> ColumnMappingModel::mapping() const
{
    QHash<QString, int> out;
    for (const ImportField &f : m_fields)
        out.insert(f.key, f.column);
    return out;
}

QStringList ColumnMappingModel::missing() const
{
    QStringList out;
    for (const ImportField &f : m_fields) {
        if (f.required && f.column < 0)
            out.append(fieldName(f.key));
    }
    if (!m_anyOf.isEmpty()) {
        bool any = false;
        QStringList names;
        for (const QString &key : m_anyOf) {
            any = any || column(key) >= 0;
            names.append(fieldName(key));
        }
        if (!any)
            out.append(tr("one of %1").arg(names.join(QStringLiteral(", "))));
    }
    return out;
}

void ColumnMappingModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_fields.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

QString ColumnMappingModel::fieldName(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("handle"), QT_TR_NOOP("Handle")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("published"), QT_TR_NOOP("Published")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("images"), QT_TR_NOOP("Images")},
        {QStringLiteral("image"), QT_TR_NOOP("Image")},
        {QStringLiteral("imagePosition"), QT_TR_NOOP("Image position")},
        {QStringLiteral("variantImage"), QT_TR_NOOP("Variant image")},
        {QStringLiteral("sku"), QT_TR_NOOP("SKU code")},
        {QStringLiteral("options"), QT_TR_NOOP("Options")},
        {QStringLiteral("price"), QT_TR_NOOP("Price")},
        {QStringLiteral("cost"), QT_TR_NOOP("Cost")},
        {QStringLiteral("stock"), QT_TR_NOOP("Stock on hand")},
        {QStringLiteral("lowStock"), QT_TR_NOOP("Low-stock threshold")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("phone"), QT_TR_NOOP("Mobile phone")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("externalRef"), QT_TR_NOOP("External reference")},
        {QStringLiteral("tier"), QT_TR_NOOP("Tier")},
        {QStringLiteral("points"), QT_TR_NOOP("Points")},
        {QStringLiteral("balance"), QT_TR_NOOP("Store balance")},
        {QStringLiteral("createdAt"), QT_TR_NOOP("Member since")},
        {QStringLiteral("invoice"), QT_TR_NOOP("Invoice number")},
        {QStringLiteral("stock_code"), QT_TR_NOOP("Stock code")},
        {QStringLiteral("quantity"), QT_TR_NOOP("Quantity")},
        {QStringLiteral("invoice_date"), QT_TR_NOOP("Invoice date")},
        {QStringLiteral("unit_price"), QT_TR_NOOP("Unit price")},
        {QStringLiteral("customer_id"), QT_TR_NOOP("Customer ID")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
    };
    if (const char *name = names.value(key))
        return tr(name);
    // Shopify's option1Name .. option3Value.
    static const QRegularExpression option(QStringLiteral("^option(\\d)(Name|Value)$"));
    if (const auto m = option.match(key); m.hasMatch())
        return m.captured(2) == QLatin1String("Name") ? tr("Option %1 name").arg(m.captured(1))
                                                      : tr("Option %1 value").arg(m.captured(1));
    return key;
}

} // namespace md
