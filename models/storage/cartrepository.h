#pragma once

#include "cart.h"
#include "result.h"

#include <QSqlDatabase>

namespace md {

class CartRepository
{
public:
    explicit CartRepository(const QSqlDatabase &db)
        : m_db(db)
    {}

    Result<QList<CartLine>> lines(qint64 memberId) const;
    // The same view of SKUs bought directly ("buy now"), without a cart; unknown SKUs are NotFound.
    Result<QList<CartLine>> describe(const QList<std::pair<qint64, qint64>> &skuQuantities) const;
    Result<qint64> quantityOf(qint64 memberId, qint64 skuId) const; // 0 when not in the cart
    Result<qint64> lineCount(qint64 memberId) const;
    Status upsert(qint64 memberId, qint64 skuId, qint64 quantity, qint64 nowMs);
    Result<bool> remove(qint64 memberId, qint64 skuId);
    Status recordAddition(qint64 memberId, qint64 skuId, qint64 productId, qint64 quantity,
                          qint64 nowMs);

private:
    QSqlDatabase m_db;
};

} // namespace md
