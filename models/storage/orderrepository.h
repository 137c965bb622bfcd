#pragma once

#include "order.h"
#include "orderquery.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace md {

// The few facts of an order that ownership and payment checks need, without its lines and
// timeline (a whole order is several queries over wide rows; these checks run on every payment).
struct OrderHeader
{
    qint64 id = 0;
    qint64 memberId = 0;
    OrderStatus status = OrderStatus::PendingPayment;
    qint64 amountDue = 0;
    QString currency;
    QString number; // as Order::number()
};

struct IdempotencyRecord
{
    QString requestHash;
    qint64 orderId = 0;
    qint64 createdAt = 0;
};

// SQL for orders and what belongs to them (lines, timeline, shipments, idempotency keys). Every
// change of an order row bumps its version and appends to the change log. Status changes are
// guarded by the expected current status, so two racing transitions cannot both apply.
class OrderRepository
{
public:
    explicit OrderRepository(const QSqlDatabase &db)
        : m_db(db)
    {}

    // Inserts the order and its lines; fills in the ids. Logs the change.
    Status insert(Order &order, qint64 nowMs);
    Result<std::optional<Order>> find(qint64 id, bool withDetail = false) const;
    Result<std::optional<OrderHeader>> header(qint64 id) const;
    Result<QList<Order>> list(const OrderQuery &query) const;
    // The rows of list(), sorted by query.sort, offset and limited, with the member's name: one
    // query whose join runs on the page's rows only.
    Result<QList<OrderSummary>> summaries(const OrderQuery &query) const;
    Result<qint64> count(const OrderQuery &query) const;

    // UPDATE ... SET status = to (and the time column of `to`) WHERE status IN from. false when the
    // order was not in one of those states (nothing changed).
    Result<bool> transition(qint64 id, const QList<OrderStatus> &from, OrderStatus to, qint64 nowMs,
                            const QString &cancelReason = {});
    Status setPayment(qint64 id, qint64 paidAmount, const QString &method, qint64 nowMs);
    Status addRefunded(qint64 id, qint64 cash, qint64 balance, qint64 nowMs);
    Status addPoints(qint64 id, qint64 earned, qint64 reversed, qint64 restored, qint64 nowMs);
    // The whole amount due is now paid from store balance.
    Status coverDueWithBalance(qint64 id);
    // Bumps the version and logs a change after a change of the order's dependants.
    Status touch(qint64 id, qint64 nowMs);

    Status addEvent(qint64 orderId, const QString &kind, const QString &actor, const QString &note,
                    qint64 nowMs);
    Result<bool> shipLine(qint64 lineId, qint64 quantity);
    Result<bool> refundLine(qint64 lineId, qint64 quantity, qint64 amount);
    Result<qint64> insertShipment(const Shipment &shipment);

    Result<std::optional<IdempotencyRecord>> idempotencyKey(qint64 memberId,
                                                            const QString &key) const;
    Status insertIdempotencyKey(qint64 memberId, const QString &key, const QString &requestHash,
                                qint64 orderId, qint64 nowMs);
    Status purgeIdempotencyKeys(qint64 olderThanMs);

    Result<QList<qint64>> unpaidPastDeadline(qint64 nowMs, int limit) const;
    Result<QList<qint64>> deliveredBefore(qint64 cutoffMs, int limit) const;

private:
    Status loadDetail(Order &order) const;
    Result<QList<OrderSummary>> summariesByMemberName(const OrderQuery &query) const;
    QSqlDatabase m_db;
};

} // namespace md
