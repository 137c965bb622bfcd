#pragma once

#include "promotionloader.h"

#include <QAbstractTableModel>
#include <QList>

namespace md {

// The flash sales with their sell-through (units sold against the allotment) and the discount
// and revenue of their orders, newest first, as PromotionLoader delivers them. Qt::UserRole is
// the sale id; SortRole the raw value a column sorts by (money in minor units, times in ms since
// the epoch, sell-through in per mille); SearchRole the text the search box looks in (the name),
// null in the other columns.
class FlashSaleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Period,
        Items,
        PerMember,
        Coupons,
        Status,
        Sold,
        SellThrough,
        DiscountGiven,
        Revenue,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, SortRole, SearchRole };

    explicit FlashSaleTableModel(const QString &currency, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // nowMs decides "upcoming / running / finished". The same sales in the same order change in
    // place (dataChanged), anything else resets the model.
    void setRows(const QList<md::FlashSaleRow> &rows, qint64 nowMs);
    const FlashSaleRow *rowAt(int row) const;
    int rowOf(qint64 saleId) const;

private:
    QVariant sortValue(const FlashSaleRow &row, int column) const;

    QString m_currency;
    QList<FlashSaleRow> m_rows;
    qint64 m_now = 0;
};

} // namespace md
