#pragma once

#include "refund.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace md {

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

class RefundRepository
{
public:
    explicit RefundRepository(const QSqlDatabase &db)
        : m_db(db)
    {}

    Status insert(Refund &refund, qint64 nowMs);
    Result<std::optional<Refund>> find(qint64 id) const;
    Result<QList<Refund>> list(const RefundQuery &query) const;
    Result<qint64> count(const RefundQuery &query) const;
    // Stores the outcome (status, amounts, decision) if the refund is still in `fromStatus`.
    Result<bool> update(const Refund &refund, RefundStatus fromStatus, qint64 nowMs);
    // Units of each order line in refunds that are requested or approved (not yet paid out).
    Result<QHash<qint64, qint64>> pendingUnits(qint64 orderId) const;

private:
    Status loadLines(Refund &refund) const;
    QSqlDatabase m_db;
};

} // namespace md
