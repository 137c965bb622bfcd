#pragma once

#include "refund.h"
#include "refundquery.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace md {

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
