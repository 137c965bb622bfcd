#pragma once

#include "flashsale.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace md {

// SQL for flash sales. The allotment and the per-member limit are enforced by guarded updates in
// reserve(), inside the order transaction.
class FlashSaleRepository
{
public:
    explicit FlashSaleRepository(const QSqlDatabase &db)
        : m_db(db)
    {}

    Result<std::optional<FlashSale>> find(qint64 id) const;
    // Sales not ended whose window has not closed at nowMs: running and upcoming.
    Result<QList<FlashSale>> currentAndUpcoming(qint64 nowMs) const;
    Result<QList<FlashSale>> all(int offset, int limit) const;
    Result<FlashSale> insert(const FlashSaleDraft &draft, qint64 nowMs);
    Result<std::optional<FlashSale>> update(qint64 id, const FlashSaleDraft &draft, qint64 nowMs);
    Result<std::optional<FlashSale>> end(qint64 id, qint64 nowMs);

    // The running offer on a SKU for a member, if any.
    Result<std::optional<FlashOffer>> offerFor(qint64 skuId, qint64 memberId, qint64 nowMs) const;
    // Takes quantity units of the allotment for the member; false (nothing changed) when the
    // allotment or the member's limit would be exceeded.
    Result<bool> reserve(qint64 itemId, qint64 memberId, qint64 quantity, int perMemberLimit);
    // Returns units of a cancelled unpaid order.
    Status release(qint64 itemId, qint64 memberId, qint64 quantity);

private:
    Status loadItems(FlashSale &sale) const;
    Status logSale(qint64 saleId, qint64 nowMs);

    QSqlDatabase m_db;
};

} // namespace md
