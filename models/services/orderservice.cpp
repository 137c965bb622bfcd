#include "orderservice.h"

#include "auditlog.h"
#include "changelog.h"
#include "memberservice.h"
#include "notificationrepository.h"
#include "ordereffects.h"
#include "permissionpolicy.h"
#include "refundrepository.h"
#include "servicecontext.h"
#include "stockrepository.h"
#include "validation.h"
#include "writetransaction.h"

#include <QHash>

namespace md {

namespace {

Error invalidTransition(const Order &o, const QString &action)
{
    Error e = makeError(ErrorCode::InvalidTransition,
                        DomainText::tr("Order %1 is %2; it cannot be %3.")
                            .arg(o.number(), orderStatusName(o.status), action));
    e.details.insert(QStringLiteral("status"), orderStatusName(o.status));
    return e;
}

// Loads an order the actor may see: members only their own (else "not found"), staff with the
// permission, the system always.
Result<Order> loadFor(const QSqlDatabase &db, const Actor &actor, qint64 orderId,
                      Permission permission, bool withDetail = false)
{
    if (!actor.isMember())
        MD_TRY(PermissionPolicy::require(actor, permission));
    auto o = validation::found(OrderRepository(db).find(orderId, withDetail),
                               QStringLiteral("order"), orderId);
    MD_TRY(o);
    if (actor.isMember() && o->memberId != actor.id)
        return validation::notFound(QStringLiteral("order"), orderId);
    return o;
}

// Staff and system actions on an order leave an audit entry (members' are in the timeline).
Status audit(const QSqlDatabase &db, const Actor &actor, const QString &action, const Order &before,
             const Order &after, qint64 now)
{
    return AuditLog::record(db, actor, action, entity::Order, after.id,
                            {{QStringLiteral("status"), orderStatusName(before.status)},
                             {QStringLiteral("refunded"), before.refundedTotal()}},
                            {{QStringLiteral("status"), orderStatusName(after.status)},
                             {QStringLiteral("refunded"), after.refundedTotal()},
                             {QStringLiteral("reason"), after.cancelReason}},
                            now);
}

} // namespace

Result<Order> OrderService::order(const Actor &actor, qint64 orderId) const
{
    return loadFor(m_ctx.connection(), actor, orderId, Permission::OrderView, true);
}

Result<std::optional<OrderHeader>> OrderService::header(const Actor &actor, qint64 orderId) const
{
    if (!actor.isMember())
        MD_TRY(PermissionPolicy::require(actor, Permission::OrderView));
    auto header = OrderRepository(m_ctx.connection()).header(orderId);
    MD_TRY(header);
    if (actor.isMember() && header->has_value() && (*header)->memberId != actor.id)
        return std::optional<OrderHeader>();
    return header;
}

Result<bool> OrderService::isOwnOrder(const Actor &member, qint64 orderId) const
{
    if (!member.isMember())
        return false;
    auto header = OrderRepository(m_ctx.connection()).header(orderId);
    MD_TRY(header);
    return header->has_value() && (*header)->memberId == member.id;
}

Result<QList<Order>> OrderService::orders(const Actor &actor, OrderQuery query) const
{
    MD_TRY(scope(actor, query, true));
    return OrderRepository(m_ctx.connection()).list(query);
}

Result<QList<OrderSummary>> OrderService::summaries(const Actor &actor, OrderQuery query) const
{
    MD_TRY(scope(actor, query, true));
    return OrderRepository(m_ctx.connection()).summaries(query);
}

Result<qint64> OrderService::count(const Actor &actor, OrderQuery query) const
{
    MD_TRY(scope(actor, query, false));
    return OrderRepository(m_ctx.connection()).count(query);
}

Status OrderService::scope(const Actor &actor, OrderQuery &query, bool paged)
{
    if (actor.isMember())
        query.memberId = actor.id;
    else
        MD_TRY(PermissionPolicy::require(actor, Permission::OrderView));
    if (paged) {
        query.limit = qBound(1, query.limit, 1000);
        query.offset = qMax(0, query.offset);
    }
    return {};
}

Result<QList<Refund>> OrderService::refunds(const Actor &actor, qint64 orderId) const
{
    MD_TRY(loadFor(m_ctx.connection(), actor, orderId, Permission::OrderView));
    RefundQuery q;
    q.orderId = orderId;
    q.limit = 1000;
    return RefundRepository(m_ctx.connection()).list(q);
}

Result<Order> OrderService::cancel(const Actor &actor, qint64 orderId, const QString &reason)
{
    if (reason.size() > 500)
        return makeError(ErrorCode::TextTooLong, DomainText::tr("The reason is too long."),
                         QStringLiteral("reason"));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    const QSqlDatabase db = tx.connection();
    auto o = loadFor(db, actor, orderId, Permission::OrderCancel);
    MD_TRY(o);
    auto settings = StoreSettings::load(db);
    MD_TRY(settings);
    OrderEffects effects(db, *settings, m_ctx.now());
    OrderRepository orders(db);
    const QString why = reason.trimmed().isEmpty()
                            ? DomainText::tr("cancelled by %1").arg(actor.label())
                            : reason.trimmed();

    if (o->status == OrderStatus::PendingPayment) {
        auto moved = orders.transition(orderId, {OrderStatus::PendingPayment},
                                       OrderStatus::Cancelled, m_ctx.now(), why);
        MD_TRY(moved);
        if (!*moved)
            return invalidTransition(*o, DomainText::tr("cancelled"));
        MD_TRY(effects.releaseUnpaid(*o));
    } else if (o->status == OrderStatus::Paid && !actor.isMember()) {
        for (const OrderLine &l : o->lines) {
            if (l.shippedQty > 0)
                return invalidTransition(*o, DomainText::tr("cancelled after a shipment"));
        }
        auto moved = orders.transition(orderId, {OrderStatus::Paid}, OrderStatus::Cancelled,
                                       m_ctx.now(), why);
        MD_TRY(moved);
        if (!*moved)
            return invalidTransition(*o, DomainText::tr("cancelled"));
        // A full refund: every unit not refunded yet, and the shipping fee.
        Refund r;
        r.orderId = orderId;
        r.status = RefundStatus::Approved;
        r.reason = why;
        r.includesShipping = true;
        r.restock = true;
        r.requestedBy = actor.label();
        for (const OrderLine &l : o->lines) {
            if (l.quantity > l.refundedQty)
                r.lines.append({l.id, l.quantity - l.refundedQty, 0});
        }
        RefundRepository refunds(db);
        MD_TRY(refunds.insert(r, m_ctx.now()));
        MD_TRY(effects.executeRefund(*o, r, actor));
        r.status = RefundStatus::Refunded;
        r.decidedBy = actor.staffId().value_or(0);
        r.decidedAt = m_ctx.now();
        r.refundedAt = m_ctx.now();
        auto stored = refunds.update(r, RefundStatus::Approved, m_ctx.now());
        MD_TRY(stored);
        MD_TRY(orders.addEvent(orderId, QStringLiteral("refunded"), actor.label(),
                               QString::number(r.amount), m_ctx.now()));
    } else {
        return invalidTransition(*o, DomainText::tr("cancelled"));
    }
    MD_TRY(orders.addEvent(orderId, QStringLiteral("cancelled"), actor.label(), why, m_ctx.now()));
    auto after = validation::found(orders.find(orderId, true), QStringLiteral("order"), orderId);
    MD_TRY(after);
    MD_TRY(audit(db, actor, QStringLiteral("order.cancel"), *o, *after, m_ctx.now()));
    MD_TRY(tx.commit());
    return after;
}

Result<Order> OrderService::ship(const Actor &actor, qint64 orderId, const ShipRequest &request)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::OrderFulfil));
    const QString carrier = request.carrier.trimmed();
    const QString tracking = request.trackingNumber.trimmed();
    if (carrier.isEmpty() || tracking.isEmpty() || carrier.size() > 100 || tracking.size() > 100)
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("Enter the carrier and the tracking number."));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    const QSqlDatabase db = tx.connection();
    auto o = loadFor(db, actor, orderId, Permission::OrderFulfil);
    MD_TRY(o);
    if (o->status != OrderStatus::Paid && o->status != OrderStatus::Shipped)
        return invalidTransition(*o, DomainText::tr("shipped"));

    Shipment s;
    s.orderId = orderId;
    s.carrier = carrier;
    s.trackingNumber = tracking;
    s.staffId = actor.staffId().value_or(0);
    s.shippedAt = m_ctx.now();
    QHash<qint64, const OrderLine *> byId;
    for (const OrderLine &l : o->lines)
        byId.insert(l.id, &l);
    if (request.lines.isEmpty()) {
        for (const OrderLine &l : o->lines) {
            const qint64 left = l.quantity - l.shippedQty - l.refundedQty;
            if (left > 0)
                s.lines.append({l.id, left});
        }
    } else {
        QHash<qint64, qint64> seen;
        for (const ShipmentLine &sl : request.lines) {
            if (!byId.contains(sl.orderLineId))
                return validation::notFound(QStringLiteral("order line"), sl.orderLineId);
            if (sl.quantity <= 0 || seen.contains(sl.orderLineId))
                return makeError(ErrorCode::InvalidQuantity,
                                 DomainText::tr("Give each line once with a positive quantity."));
            seen.insert(sl.orderLineId, sl.quantity);
            s.lines.append(sl);
        }
    }
    if (s.lines.isEmpty())
        return makeError(ErrorCode::InvalidTransition,
                         DomainText::tr("Everything in this order has been shipped."));

    OrderRepository orders(db);
    StockRepository stock(db);
    for (const ShipmentLine &sl : s.lines) {
        auto ok = orders.shipLine(sl.orderLineId, sl.quantity);
        MD_TRY(ok);
        if (!*ok)
            return makeError(ErrorCode::InvalidQuantity,
                             DomainText::tr("More units of %1 than remain to ship.")
                                 .arg(byId.value(sl.orderLineId)->title));
        if (const qint64 sku = byId.value(sl.orderLineId)->skuId) {
            auto released = stock.releaseReserved(sku, sl.quantity, m_ctx.now());
            MD_TRY(released);
        }
    }
    MD_TRY(orders.insertShipment(s));
    if (o->status == OrderStatus::Paid) {
        auto moved =
            orders.transition(orderId, {OrderStatus::Paid}, OrderStatus::Shipped, m_ctx.now());
        MD_TRY(moved);
    } else {
        MD_TRY(orders.touch(orderId, m_ctx.now()));
    }
    MD_TRY(orders.addEvent(orderId, QStringLiteral("shipped"), actor.label(),
                           carrier + QLatin1Char(' ') + tracking, m_ctx.now()));
    MD_TRY(AuditLog::record(db, actor, QStringLiteral("order.ship"), entity::Order, orderId,
                            {{QStringLiteral("status"), orderStatusName(o->status)}},
                            {{QStringLiteral("carrier"), carrier},
                             {QStringLiteral("trackingNumber"), tracking},
                             {QStringLiteral("lines"), qint64(s.lines.size())}},
                            m_ctx.now()));
    if (o->memberId) {
        MD_TRY(NotificationRepository(db).insert(
            o->memberId, QStringLiteral("order_shipped"), DomainText::tr("Order shipped"),
            DomainText::tr("Order %1 is on its way: %2 %3.").arg(o->number(), carrier, tracking),
            QStringLiteral("order"), orderId, m_ctx.now()));
    }
    auto after = validation::found(orders.find(orderId, true), QStringLiteral("order"), orderId);
    MD_TRY(after);
    MD_TRY(tx.commit());
    return after;
}

Result<Order> OrderService::markDelivered(const Actor &actor, qint64 orderId)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::OrderFulfil));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    const QSqlDatabase db = tx.connection();
    auto o = loadFor(db, actor, orderId, Permission::OrderFulfil);
    MD_TRY(o);
    for (const OrderLine &l : o->lines) {
        if (l.shippedQty + l.refundedQty < l.quantity)
            return invalidTransition(*o, DomainText::tr("delivered before everything is shipped"));
    }
    OrderRepository orders(db);
    auto moved =
        orders.transition(orderId, {OrderStatus::Shipped}, OrderStatus::Delivered, m_ctx.now());
    MD_TRY(moved);
    if (!*moved)
        return invalidTransition(*o, DomainText::tr("marked delivered"));
    MD_TRY(orders.addEvent(orderId, QStringLiteral("delivered"), actor.label(), QString(),
                           m_ctx.now()));
    MD_TRY(AuditLog::record(db, actor, QStringLiteral("order.deliver"), entity::Order, orderId,
                            {{QStringLiteral("status"), orderStatusName(o->status)}},
                            {{QStringLiteral("status"), QStringLiteral("delivered")}},
                            m_ctx.now()));
    if (o->memberId) {
        MD_TRY(NotificationRepository(db).insert(
            o->memberId, QStringLiteral("order_delivered"), DomainText::tr("Order delivered"),
            DomainText::tr("Order %1 was delivered.").arg(o->number()), QStringLiteral("order"),
            orderId, m_ctx.now()));
    }
    auto after = validation::found(orders.find(orderId, true), QStringLiteral("order"), orderId);
    MD_TRY(after);
    MD_TRY(tx.commit());
    return after;
}

Result<Order> OrderService::confirmReceipt(const Actor &actor, qint64 orderId)
{
    if (!actor.isMember())
        return makeError(ErrorCode::Forbidden,
                         DomainText::tr("Only the customer confirms receipt."));
    return complete(actor, orderId, true);
}

Result<Order> OrderService::complete(const Actor &actor, qint64 orderId, bool byCustomer)
{
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    const QSqlDatabase db = tx.connection();
    auto o = loadFor(db, actor, orderId, Permission::OrderFulfil);
    MD_TRY(o);
    const QList<OrderStatus> from =
        byCustomer ? QList<OrderStatus>{OrderStatus::Shipped, OrderStatus::Delivered}
                   : QList<OrderStatus>{OrderStatus::Delivered};
    if (byCustomer && o->status == OrderStatus::Shipped) {
        for (const OrderLine &l : o->lines) {
            if (l.shippedQty + l.refundedQty < l.quantity)
                return invalidTransition(*o,
                                         DomainText::tr("completed before everything is shipped"));
        }
    }
    OrderRepository orders(db);
    auto moved = orders.transition(orderId, from, OrderStatus::Completed, m_ctx.now());
    MD_TRY(moved);
    if (!*moved)
        return invalidTransition(*o, DomainText::tr("completed"));
    auto settings = StoreSettings::load(db);
    MD_TRY(settings);
    MD_TRY(OrderEffects(db, *settings, m_ctx.now()).settleCompletion(*o));
    MD_TRY(orders.addEvent(orderId, QStringLiteral("completed"), actor.label(),
                           byCustomer ? QStringLiteral("receipt confirmed")
                                      : QStringLiteral("automatic"),
                           m_ctx.now()));
    auto after = validation::found(orders.find(orderId, true), QStringLiteral("order"), orderId);
    MD_TRY(after);
    MD_TRY(tx.commit());
    return after;
}

Result<int> OrderService::cancelExpiredUnpaid(int batch)
{
    auto ids = OrderRepository(m_ctx.connection()).unpaidPastDeadline(m_ctx.now(), batch);
    MD_TRY(ids);
    int done = 0;
    for (qint64 id : *ids) {
        // Each in its own transaction; one that was paid meanwhile is simply refused.
        if (cancel(Actor::system(), id, DomainText::tr("not paid in time")))
            ++done;
    }
    return done;
}

Result<int> OrderService::completeDelivered(int batch)
{
    auto settings = StoreSettings::load(m_ctx.connection());
    MD_TRY(settings);
    const qint64 cutoff = m_ctx.now() - qint64(settings->autoCompleteDays) * 24 * 3600 * 1000;
    auto ids = OrderRepository(m_ctx.connection()).deliveredBefore(cutoff, batch);
    MD_TRY(ids);
    int done = 0;
    for (qint64 id : *ids) {
        if (complete(Actor::system(), id, false))
            ++done;
    }
    return done;
}

} // namespace md
