#pragma once

#include "actor.h"
#include "refund.h"
#include "refundrepository.h"
#include "result.h"

namespace md {

class ServiceContext;

struct RefundRequestLine
{
    qint64 orderLineId = 0;
    qint64 quantity = 0;

    friend bool operator==(const RefundRequestLine &, const RefundRequestLine &) = default;
};

struct RefundDecision
{
    QString destination = QStringLiteral("original"); // or "balance"
    bool restock = true;
    QString note;

    friend bool operator==(const RefundDecision &, const RefundDecision &) = default;
};

// After-sales refunds: requested by the customer or created by staff, then approved (paid out at
// once through the simulated provider or to store balance) or rejected by staff with the
// permission. States: requested → approved → refunded, or requested → rejected. The amount is the
// allocated paid amount of the units (OrderEffects::lineRefundAmount); all refunds of an order
// together never exceed what was paid, because each approval runs under the write lock on the
// order and every line's refunded amount is a guarded sum.
class RefundService
{
public:
    explicit RefundService(const ServiceContext &context)
        : m_ctx(context)
    {}

    Result<Refund> request(const Actor &actor, qint64 orderId,
                           const QList<RefundRequestLine> &lines, const QString &reason);
    Result<Refund> approve(const Actor &actor, qint64 refundId, const RefundDecision &decision);
    Result<Refund> reject(const Actor &actor, qint64 refundId, const QString &note);
    Result<Refund> refund(const Actor &actor, qint64 refundId) const;
    Result<QList<Refund>> refunds(const Actor &actor, const RefundQuery &query) const;
    Result<qint64> count(const Actor &actor, const RefundQuery &query) const;

private:
    const ServiceContext &m_ctx;
};

} // namespace md
