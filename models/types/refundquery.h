#pragma once

#include "refund.h"

#include <QString>

#include <optional>

namespace md {

// What a refund list asks the store for. A plain type: the desktop builds it; RefundRepository
// answers it (through RefundService).

// The column a refund list is sorted by (the store sorts, from this list of keys only); ties are
// broken by id in the same direction, so pages never overlap. OrderNumber sorts by the order's id,
// MemberName and Units by a lookup per refund (the queue is small next to the orders).
enum class RefundSort { Requested, OrderNumber, MemberName, Units, Amount, Status, Reason };

struct RefundQuery
{
    std::optional<RefundStatus> status;
    qint64 orderId = 0;
    // Part of the order number (as Order::number() shows it), the member's display name or the
    // reason, case-insensitively (ASCII) and literally (%, _ and quotes are plain characters).
    QString text;
    RefundSort sort = RefundSort::Requested;
    bool descending = true;
    int offset = 0;
    int limit = 50;
};

} // namespace md
