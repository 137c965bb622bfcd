#pragma once

#include "actor.h"
#include "result.h"
#include "sku.h"

#include <QList>

namespace md {

class ServiceContext;

// Staff stock changes. A change is always a delta with a reason, never an absolute overwrite, so
// that concurrent adjustments (two clerks, or a clerk and a checkout) add up instead of one
// silently undoing the other. Order-driven moves (sale, cancel, return) are made by the order
// and refund services through StockRepository.
class StockService
{
public:
    explicit StockService(const ServiceContext &context)
        : m_ctx(context)
    {}

    // reason: Adjustment or Import. Refused (changing nothing) when stock would go below zero.
    Result<Sku> adjust(const Actor &actor, qint64 skuId, qint64 delta, StockReason reason,
                       const QString &note);
    Result<QList<StockMove>> moves(qint64 skuId, int limit = 1000) const;
    // Sum of all moves of the SKU; equals its stock on hand by construction.
    Result<qint64> sumOfMoves(qint64 skuId) const;

private:
    const ServiceContext &m_ctx;
};

} // namespace md
