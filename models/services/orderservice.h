#pragma once

#include "actor.h"
#include "order.h"
#include "orderrepository.h"
#include "refund.h"
#include "result.h"

namespace md {

class ServiceContext;

struct ShipRequest
{
    QString carrier;
    QString trackingNumber;
    QList<ShipmentLine> lines; // empty: every unit not yet shipped or refunded

    friend bool operator==(const ShipRequest &, const ShipRequest &) = default;
};

// The order state machine after placement (docs/orders.md has it as a table):
//   pending_payment → paid (PaymentService) → shipped → delivered → completed
//   pending_payment → cancelled: stock, flash units, coupon, points and balance come back
//   paid (nothing shipped) → cancelled, with a full refund
// Any other transition is refused with invalid_transition and changes nothing. Members see and
// act on their own orders only (another member's order is "not found").
class OrderService
{
public:
    explicit OrderService(const ServiceContext &context)
        : m_ctx(context)
    {}

    Result<Order> order(const Actor &actor, qint64 orderId) const;
    // The order's few header facts (number, currency, member...) with the rights of order(): a
    // member sees only their own; nullopt when there is no such order (or it is somebody else's).
    Result<std::optional<OrderHeader>> header(const Actor &actor, qint64 orderId) const;
    // Whether the order exists and is the member's own; callers answer "no" as not found, so that
    // another customer's order is indistinguishable from a missing one.
    Result<bool> isOwnOrder(const Actor &member, qint64 orderId) const;
    Result<QList<Order>> orders(const Actor &actor, OrderQuery query) const;
    Result<qint64> count(const Actor &actor, OrderQuery query) const;
    // The order list's rows (the desktop's Orders area) with the rights of orders(): a member sees
    // only their own. limit is bounded to [1, 1000].
    Result<QList<OrderSummary>> summaries(const Actor &actor, OrderQuery query) const;
    Result<QList<Refund>> refunds(const Actor &actor, qint64 orderId) const;

    Result<Order> cancel(const Actor &actor, qint64 orderId, const QString &reason);
    Result<Order> ship(const Actor &actor, qint64 orderId, const ShipRequest &request);
    Result<Order> markDelivered(const Actor &actor, qint64 orderId);
    Result<Order> confirmReceipt(const Actor &actor, qint64 orderId);

    // Housekeeping, run by a timer: cancels orders unpaid past their deadline and completes
    // orders delivered more than autoCompleteDays ago. Returns how many were changed.
    Result<int> cancelExpiredUnpaid(int batch = 200);
    Result<int> completeDelivered(int batch = 200);

private:
    Result<Order> complete(const Actor &actor, qint64 orderId, bool byCustomer);
    // The rights of a list: a member's own orders only, staff with order.view; a page bounded
    // to [1, 1000] rows.
    static Status scope(const Actor &actor, OrderQuery &query, bool paged);

    const ServiceContext &m_ctx;
};

} // namespace md
