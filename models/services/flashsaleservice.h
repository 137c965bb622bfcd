#pragma once

#include "actor.h"
#include "flashsale.h"
#include "result.h"

#include <QSqlDatabase>

namespace md {

class ServiceContext;

// Flash-sale campaigns, managed by staff with the promotion permission. The allotment and
// per-member limit are enforced when orders are placed (CheckoutService).
class FlashSaleService
{
public:
    explicit FlashSaleService(const ServiceContext &context)
        : m_ctx(context)
    {}

    Result<FlashSale> create(const Actor &actor, const FlashSaleDraft &draft);
    Result<FlashSale> update(const Actor &actor, qint64 id, const FlashSaleDraft &draft,
                             std::optional<qint64> expectedVersion = std::nullopt);
    Result<FlashSale> end(const Actor &actor, qint64 id);
    Result<FlashSale> sale(qint64 id) const;
    Result<QList<FlashSale>> currentAndUpcoming() const;
    Result<QList<FlashSale>> all(const Actor &actor, int offset = 0, int limit = 100) const;

private:
    Status validate(const QSqlDatabase &db, const FlashSaleDraft &draft,
                    const FlashSale *existing) const;

    const ServiceContext &m_ctx;
};

} // namespace md
