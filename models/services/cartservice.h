#pragma once

#include "actor.h"
#include "cart.h"
#include "result.h"

namespace md {

class ServiceContext;

// A member's cart: lines by SKU, quantity 1–999, at most kMaxLines lines. Prices are always the
// current ones; archived or short SKUs stay in the cart, flagged.
class CartService
{
public:
    static constexpr qint64 kMaxQuantity = 999;
    static constexpr qint64 kMaxLines = 100;

    explicit CartService(const ServiceContext &context)
        : m_ctx(context)
    {}

    Result<CartView> view(const Actor &member) const;
    // Adds to what is already in the cart for that SKU.
    Result<CartView> add(const Actor &member, qint64 skuId, qint64 quantity);
    Result<CartView> setQuantity(const Actor &member, qint64 skuId, qint64 quantity);
    Result<CartView> remove(const Actor &member, qint64 skuId);

private:
    const ServiceContext &m_ctx;
};

} // namespace md
