#include "producttablemodel.h"

#include "money.h"

#include <QBrush>
#include <QColor>

namespace md {

ProductTableModel::ProductTableModel(QObject *parent)
    : PagedRows(kPageSize, TotalUntilFirstPage::Unknown, parent)
{
    qRegisterMetaType<QList<md::ProductSummary>>();
    qRegisterMetaType<md::ProductSort>();
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const ProductSummary &s = rows().at(index.row());
    if (role == SummaryRole)
        return QVariant::fromValue(s);
    if (role == IdRole)
        return s.product.id;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Skus || index.column() == Price || index.column() == Stock))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Stock && s.lowStock)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return s.product.title;
    case Category:
        return s.categoryName;
    case Status:
        switch (s.product.status) {
        case ProductStatus::Draft:
            return tr("Draft");
        case ProductStatus::Active:
            return tr("Active");
        case ProductStatus::Archived:
            return tr("Archived");
        }
        return {};
    case Skus:
        return s.skuCount;
    case Price:
        if (s.skuCount == 0)
            return QStringLiteral("–");
        if (s.minPrice == s.maxPrice)
            return Money(s.minPrice, m_currency).format();
        return QStringLiteral("%1 – %2").arg(Money(s.minPrice, m_currency).format(),
                                             Money(s.maxPrice, m_currency).format());
    case Stock:
        return s.stock;
    }
    return {};
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Product");
    case Category:
        return tr("Category");
    case Status:
        return tr("Status");
    case Skus:
        return tr("SKUs");
    case Price:
        return tr("Price");
    case Stock:
        return tr("Stock");
    }
    return {};
}

void ProductTableModel::requestPage(quint64 generation, int offset, int limit)
{
    emit pageRequested(generation, offset, limit, m_filter, m_category, m_sort, m_descending);
}

void ProductTableModel::sort(int column, Qt::SortOrder order)
{
    static const ProductSort kSorts[ColumnCount] = {ProductSort::Title,  ProductSort::Category,
                                                    ProductSort::Status, ProductSort::Skus,
                                                    ProductSort::Price,  ProductSort::Stock};
    if (column < 0 || column >= ColumnCount)
        return; // no column (the view's first state): in id order
    const bool descending = order == Qt::DescendingOrder;
    if (kSorts[column] == m_sort && descending == m_descending)
        return;
    m_sort = kSorts[column];
    m_descending = descending;
    reload();
}

void ProductTableModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    reload();
}

void ProductTableModel::setCategory(qint64 categoryId)
{
    if (categoryId == m_category)
        return;
    m_category = categoryId;
    reload();
}

const ProductSummary *ProductTableModel::summaryAt(int row) const
{
    return rowAt(row);
}

void ProductTableModel::reload()
{
    restart();
}

} // namespace md
