#pragma once

#include "promotionloader.h"

#include <QAbstractTableModel>
#include <QList>

namespace md {

// The coupon campaigns with their terms and how they did (issued, used, discount given, revenue
// of the orders that used them), newest first, as PromotionLoader delivers them.
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
    QString m_currency;
    QList<CampaignRow> m_rows;
};

} // namespace md
