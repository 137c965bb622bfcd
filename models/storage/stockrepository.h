#pragma once

#include "result.h"
#include "sku.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace md {

struct StockChange
{
    qint64 skuId = 0;
    qint64 delta = 0;         // change of stock on hand; never 0
    qint64 reservedDelta = 0; // change of reserved units in the same statement
    StockReason reason = StockReason::Adjustment;
    QString refType;
    qint64 refId = 0;
    QString note;
    std::optional<qint64> staffId;
};

struct StockLevel
{
    qint64 stockOnHand = 0;
    qint64 reserved = 0;
    qint64 version = 0;
};

// The only writer of skus.stock_on_hand and skus.reserved. A change is a guarded update (it
// applies only if neither figure would go below zero) plus a stock move in the same transaction,
// so stock on hand always equals the sum of the SKU's moves. Callers hold the write transaction.
class StockRepository
{
public:
    explicit StockRepository(const QSqlDatabase &db)
        : m_db(db)
    {}

    // nullopt: the guard refused (not enough stock, or unknown SKU); nothing was written.
    Result<std::optional<StockLevel>> apply(const StockChange &change, qint64 nowMs);
    // Moves reserved units out of the warehouse on shipment: reserved decreases, no stock move
    // (the 'sale' move was recorded when the order was placed).
    Result<std::optional<StockLevel>> releaseReserved(qint64 skuId, qint64 quantity, qint64 nowMs);

    Result<QList<StockMove>> moves(qint64 skuId, int limit = 1000) const;
    Result<qint64> sumOfMoves(qint64 skuId) const;

private:
    QSqlDatabase m_db;
};

} // namespace md
