#include "producttablemodel.h"

#include "money.h"

#include <QBrush>
#include <QColor>

namespace md {

ProductTableModel::ProductTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<QList<md::ProductSummary>>();
    qRegisterMetaType<md::ProductSort>();
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ProductSummary &s = m_rows.at(index.row());
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

bool ProductTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_pending && (m_total < 0 || m_rows.size() < m_total);
}

void ProductTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(int(m_rows.size()));
}

void ProductTableModel::request(int offset)
{
    m_pending = true;
    emit pageRequested(m_generation, offset, kPageSize, m_filter, m_category, m_sort,
                       m_descending);
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
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void ProductTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    ++m_generation;
    m_pending = false;
    endResetModel();
    request(0);
}

void ProductTableModel::pageLoaded(quint64 generation, int offset,
                                   const QList<ProductSummary> &rows, qint64 total)
{
    if (generation != m_generation || offset != m_rows.size())
        return; // an answer to an older filter
    m_total = total;
    if (rows.isEmpty()) {
        m_pending = false;
        return;
    }
    // Still pending while the rows go in: a listener that asks for more during the insertion
    // (QAbstractItemModelTester does) would otherwise request this same offset again, whose
    // answer is dropped, leaving the list stuck with m_pending set.
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
    m_pending = false;
}

void ProductTableModel::pageFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_pending = false;
    m_total = m_rows.size();
    emit loadFailed(message);
}

} // namespace md
