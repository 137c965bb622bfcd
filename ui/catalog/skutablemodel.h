#pragma once

#include "sku.h"

#include <QAbstractTableModel>
#include <QList>

namespace md {

// The SKUs of the product being edited, as an editable table. Code, options, price, cost and
// low-stock threshold are edited in place; price and cost are typed as decimal text and parsed
// with Money::parse(…, Rounding::Reject), so "12.345" is refused (inputRefused) rather than
// rounded. Stock on hand is shown but never edited: it changes only by a delta with a reason
// (stock.adjust), after which the editor calls setStock(). New rows (id 0) are SKUs to create.
class SkuTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Options, Price, Cost, Stock, LowStock, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit SkuTableModel(const QString &currency, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setSkus(const QList<md::Sku> &skus);
    // Appends an empty SKU to create; returns its row.
    int addSku();
    // The SKU as loaded (id 0 for a new one) and as edited.
    const Sku &original(int row) const { return m_rows.at(row).original; }
    const SkuDraft &draft(int row) const { return m_rows.at(row).draft; }
    bool isModified(int row) const;
    void setStock(int row, qint64 stockOnHand);
    // After a save: the edited values are now the SKU's.
    void markSaved(int row, qint64 id);
    void retranslate();

    // "颜色=红, 尺码=L" into options; nullopt when a part has no '='.
    static std::optional<QList<SkuOption>> parseOptions(const QString &text);

signals:
    void inputRefused(const QString &message);

private:
    struct Row
    {
        Sku original;
        SkuDraft draft;
    };
    QString m_currency;
    QList<Row> m_rows;
};

} // namespace md
