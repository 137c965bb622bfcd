#pragma once

#include "actor.h"
#include "order.h"
#include "refund.h"
#include "result.h"
#include "storesettings.h"

#include <QSqlDatabase>

namespace md {

// The money, stock and points effects of order events, shared by the checkout, order, payment
// and refund services. Every function runs inside the caller's write transaction and either does
// all of its work or returns an error (and the caller rolls back), so each effect happens exactly
// once together with the status change that causes it.
class OrderEffects
{
public:
    OrderEffects(const QSqlDatabase &db, const StoreSettings &settings, qint64 nowMs)
        : m_db(db)
        , m_settings(settings)
        , m_now(nowMs)
    {}

    // pending_payment → paid. `cash` is what the provider collected (0 when balance covered it).
    Status settlePayment(const Order &order, const QString &method, qint64 cash,
                         const Actor &actor);
    // Gives back what an unpaid order took: stock, flash-sale units, the coupon, points, balance.
    Status releaseUnpaid(const Order &order);
    // Pays out a refund of the given lines (quantities; amounts are computed here), optionally with
    // the shipping fee. Fills in the amounts, cash/balance split and points of `refund`.
    Status executeRefund(const Order &order, Refund &refund, const Actor &actor);
    // delivered/shipped → completed: earns points and raises the member's net paid and tier.
    Status settleCompletion(const Order &order);

    // The allocated paid amount of refunding `quantity` more units of a line, after
    // `alreadyRefunded` units: the cumulative share floor(lineTotal × units / quantity), so the
    // amounts of all partial refunds of a line add up exactly to its total.
    static qint64 lineRefundAmount(const OrderLine &line, qint64 alreadyRefunded, qint64 quantity);

private:
    Status notify(qint64 memberId, const QString &kind, const QString &title, const QString &body,
                  qint64 orderId);

    QSqlDatabase m_db;
    const StoreSettings &m_settings;
    qint64 m_now;
};

} // namespace md
