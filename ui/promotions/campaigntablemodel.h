#pragma once

#include "promotionloader.h"

#include <QAbstractTableModel>
#include <QList>

namespace md {

// The coupon campaigns with their terms and how they did (issued, used, discount given, revenue
// of the orders that used them), newest first, as PromotionLoader delivers them. Qt::UserRole is
// the campaign id; SortRole the raw value a column sorts by (money in minor units, times in ms
// since the epoch), so that a proxy sorts "¥9.00" below "¥10.00"; SearchRole the text the search
// box looks in (name and code), null in the other columns.
class CampaignTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Code,
        Discount,
        MinSpend,
        Validity,
        Limits,
        Status,
        Issued,
        Used,
        DiscountGiven,
        Revenue,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, SortRole, SearchRole };

    explicit CampaignTableModel(const QString &currency, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // New figures: the same campaigns in the same order change in place (dataChanged), anything
    // else resets the model.
    void setRows(const QList<md::CampaignRow> &rows);
    const CampaignRow *rowAt(int row) const;
    int rowOf(qint64 campaignId) const;

    // "¥10.00 off", "15% off (at most ¥50.00)", for the table and the dialogs.
    static QString termsText(const CouponTerms &terms, const QString &currency);

private:
    static QVariant sortValue(const CampaignRow &row, int column);

    QString m_currency;
    QList<CampaignRow> m_rows;
};

} // namespace md
