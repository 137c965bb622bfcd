#pragma once

#include "order.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace md {

// SQL for payments and the provider events already processed.
class PaymentRepository
{
public:
    explicit PaymentRepository(const QSqlDatabase &db)
        : m_db(db)
    {}

    // Inserts and logs the payment; fills in id and version.
    Status insert(Payment &payment, qint64 nowMs);
    Result<std::optional<Payment>> find(qint64 id) const;
    Result<std::optional<Payment>> findByRef(const QString &providerRef) const;
    // The newest pending payment of an order with this method, if any.
    Result<std::optional<Payment>> findPending(qint64 orderId, PaymentMethod method) const;
    // pending → succeeded/failed; false when the payment was no longer pending.
    Result<bool> settle(qint64 id, const QString &status, const QString &failureReason,
                        qint64 nowMs);
    // Pending payments of an order become cancelled (another payment settled it).
    Status cancelPending(qint64 orderId, qint64 nowMs);
    Result<bool> eventSeen(const QString &eventId) const;
    Status recordEvent(const QString &eventId, qint64 paymentId, const QString &outcome,
                       qint64 nowMs);

private:
    Result<std::optional<Payment>> findWhere(const QString &column, const QVariant &value) const;
    QSqlDatabase m_db;
};

} // namespace md
