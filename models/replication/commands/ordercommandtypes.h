#pragma once

#include "commandcodec.h"
#include "orderservice.h"
#include "refundservice.h"

#include <QList>

// The after-sale staff commands: shipping and cancelling orders, creating and deciding refunds
// (docs/sync.md, docs/orders.md). Same shape as catalogcommandtypes.h.
namespace md {

struct OrderShip
{
    static constexpr CommandKind kKind{"order.ship", "order", CommandTarget::Existing};
    qint64 orderId = 0;
    ShipRequest request; // no lines: every unit not yet shipped or refunded

    CommandBody toJson() const;
    static Result<OrderShip> fromJson(CommandReader &reader);
    bool operator==(const OrderShip &) const = default;
};

struct OrderCancel
{
    static constexpr CommandKind kKind{"order.cancel", "order", CommandTarget::Existing};
    qint64 orderId = 0;
    QString reason; // the customer sees it

    CommandBody toJson() const;
    static Result<OrderCancel> fromJson(CommandReader &reader);
    bool operator==(const OrderCancel &) const = default;
};

struct RefundCreate
{
    static constexpr CommandKind kKind{"refund.create", "refund", CommandTarget::Creates};
    qint64 orderId = 0;
    QList<RefundRequestLine> lines;
    QString reason;

    CommandBody toJson() const;
    static Result<RefundCreate> fromJson(CommandReader &reader);
    bool operator==(const RefundCreate &) const = default;
};

struct RefundApprove
{
    static constexpr CommandKind kKind{"refund.approve", "refund", CommandTarget::Existing};
    qint64 refundId = 0;
    RefundDecision decision; // an empty note is not sent

    CommandBody toJson() const;
    static Result<RefundApprove> fromJson(CommandReader &reader);
    bool operator==(const RefundApprove &) const = default;
};

struct RefundReject
{
    static constexpr CommandKind kKind{"refund.reject", "refund", CommandTarget::Existing};
    qint64 refundId = 0;
    QString note; // required: the customer is told why

    CommandBody toJson() const;
    static Result<RefundReject> fromJson(CommandReader &reader);
    bool operator==(const RefundReject &) const = default;
};

} // namespace md
