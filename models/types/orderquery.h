#pragma once

#include "order.h"

#include <QString>

#include <optional>

namespace md {

// What an order list asks the store for, and its rows. Plain types: the desktop builds them;
// OrderRepository answers them (through OrderService).

// The column an order list is sorted by; ties are broken by id in the same direction, so that
// every sort is a total order and pages never overlap. Member and Status are followed by the
// placing time. Member sorts by member id (each member's orders together; guests first);
// MemberName by the member's display name (guests first, then names in code-point order; a name
// shared by two members keeps each member's orders together), read off members_display_name and
// orders_member (summaries() only; elsewhere it sorts as Member).
enum class OrderSort { Placed, Number, Member, Status, Units, Total, Received, MemberName };

struct OrderQuery
{
    qint64 memberId = 0; // 0: any
    std::optional<OrderStatus> status;
    qint64 fromMs = 0;    // placed at or after; 0: no bound
    qint64 toMs = 0;      // placed before; 0: no bound
    qint64 minTotal = -1; // -1: no bound
    qint64 maxTotal = -1;
    QString text;       // order number, external ref or recipient
    QString memberText; // part of the member's name, or their exact e-mail or phone; empty: any
    OrderSort sort = OrderSort::Placed;
    bool newestFirst = true; // descending by `sort`
    int offset = 0;
    int limit = 50;
};

// One row of the desktop's order list: the order's own columns and the member's name, without
// lines or timeline.
struct OrderSummary
{
    qint64 id = 0;
    QString number; // Order::number()
    qint64 memberId = 0;
    QString memberName; // empty for guests
    OrderStatus status = OrderStatus::PendingPayment;
    QString currency;
    qint64 placedAt = 0;
    qint64 units = 0;
    qint64 total = 0;
    qint64 received = 0; // cash plus balance received
    qint64 refunded = 0;
    qint64 version = 0;
};

} // namespace md
