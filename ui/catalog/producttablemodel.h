#pragma once

#include "pagedrows.h"
#include "product.h"
#include "productquery.h"

#include <QList>

namespace md {

// The catalog as a table, fetched page by page as the view scrolls (canFetchMore/fetchMore).
// Pages are requested from a ProductPageLoader on a worker thread and arrive asynchronously; a
// new filter or sort starts a new generation, and pages of an older generation are dropped. In id
// order unless sorted by a column (sorted by the store: sort() starts the list again). total() is
// -1 until the first page of a list arrives, and a view's first fetchMore asks for it.
class ProductTableModel : public PagedRows<md::ProductSummary>
{
    Q_OBJECT

public:
    enum Column { Title, Category, Status, Skus, Price, Stock, ColumnCount };
    enum Role { SummaryRole = Qt::UserRole + 1, IdRole };
    static constexpr int kPageSize = 200;

    explicit ProductTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setCurrency(const QString &currency) { m_currency = currency; }
    void setFilterText(const QString &text);
    // 0: every category; else the category and its subcategories.
    void setCategory(qint64 categoryId);
    qint64 category() const { return m_category; }
    // The product of a row; null outside the rows.
    const ProductSummary *summaryAt(int row) const;
    void reload();

signals:
    // Connected (queued) to ProductPageLoader::load; its answers go to addPage() and pageFailed().
    void pageRequested(quint64 generation, int offset, int limit, const QString &text,
                       qint64 categoryId, md::ProductSort sort, bool descending);

private:
    void requestPage(quint64 generation, int offset, int limit) override;

    QString m_filter;
    qint64 m_category = 0;
    ProductSort m_sort = ProductSort::Id;
    bool m_descending = false;
    QString m_currency = QStringLiteral("CNY");
};

} // namespace md
