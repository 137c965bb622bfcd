#pragma once

#include "actor.h"
#include "order.h"
#include "pricing.h"
#include "result.h"

namespace md {

class ServiceContext;

struct CheckoutRequest
{
    qint64 addressId = 0;
    qint64 memberCouponId = 0; // 0: none
    qint64 points = 0;
    bool useBalance = false;
    // "Buy now": these SKUs and quantities instead of the cart (which is then left as it is).
    QList<std::pair<qint64, qint64>> items;
};

struct PlaceOrderRequest
{
    CheckoutRequest checkout;
    QString paymentMethod;  // card, alipay, wechat or balance
    QString idempotencyKey; // required; the same key and request return the same order
};

struct PlacedOrder
{
    Order order;
    // The provider payment opened with the order (card, Alipay, WeChat with an amount due).
    std::optional<Payment> payment;
    bool replayed = false; // an earlier request with the same key made this order
};

// From cart to order. quote() prices the member's cart (read-only); placeOrder() does the same
// pricing again inside one write transaction and then, all or nothing: takes the stock (guarded
// decrements of the quantities summed per SKU), the flash-sale units, the coupon, the points and
// the balance, writes the order with price snapshots and a timeline event, and empties those
// lines from the cart. See docs/orders.md.
class CheckoutService
{
public:
    static constexpr int kMaxKeyLength = 200;

    explicit CheckoutService(const ServiceContext &context)
        : m_ctx(context)
    {}

    Result<Quote> quote(const Actor &member, const CheckoutRequest &request) const;
    Result<PlacedOrder> placeOrder(const Actor &member, const PlaceOrderRequest &request);

    // The fingerprint stored with an idempotency key.
    static QString requestHash(const PlaceOrderRequest &request);
    // Housekeeping: forgets idempotency keys older than the retention setting (at least 24 hours).
    Status purgeIdempotencyKeys();

private:
    const ServiceContext &m_ctx;
};

} // namespace md
