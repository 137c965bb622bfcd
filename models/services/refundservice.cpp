#include "refundservice.h"

#include "auditlog.h"
#include "changelog.h"
#include "notificationrepository.h"
#include "ordereffects.h"
#include "orderrepository.h"
#include "permissionpolicy.h"
#include "servicecontext.h"
#include "validation.h"
#include "writetransaction.h"

#include <QSet>

namespace md {

namespace {

// A refund that may still be approved or rejected.
Result<Refund> awaitingDecision(const RefundRepository &refunds, qint64 refundId)
{
    auto r = validation::found(refunds.find(refundId), QStringLiteral("refund"), refundId);
    if (r && r->status != RefundStatus::Requested)
        return makeError(
            ErrorCode::InvalidTransition,
            DomainText::tr("This refund is already %1.").arg(refundStatusName(r->status)));
    return r;
}

} // namespace

Result<Refund> RefundService::request(const Actor &actor, qint64 orderId,
                                      const QList<RefundRequestLine> &lines, const QString &reason)
{
    if (!actor.isMember())
        MD_TRY(PermissionPolicy::require(actor, Permission::RefundCreate));
    if (reason.trimmed().isEmpty() || reason.size() > 1000)
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("Say why (up to 1,000 characters)."),
                         QStringLiteral("reason"));
    if (lines.isEmpty() || lines.size() > 200)
        return makeError(ErrorCode::InvalidArgument, DomainText::tr("Choose the items to refund."),
                         QStringLiteral("lines"));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    const QSqlDatabase db = tx.connection();
    OrderRepository orders(db);
    auto o = validation::found(orders.find(orderId), QStringLiteral("order"), orderId);
    MD_TRY(o);
    if (actor.isMember() && o->memberId != actor.id)
        return validation::notFound(QStringLiteral("order"), orderId);
    if (o->status == OrderStatus::PendingPayment || o->status == OrderStatus::Cancelled)
        return makeError(ErrorCode::InvalidTransition,
                         DomainText::tr("Only paid orders can be refunded."));
    RefundRepository refunds(db);
    auto pending = refunds.pendingUnits(orderId);
    MD_TRY(pending);

    Refund r;
    r.orderId = orderId;
    r.status = RefundStatus::Requested;
    r.reason = reason.trimmed();
    r.requestedBy = actor.label();
    QSet<qint64> seen;
    for (const RefundRequestLine &rl : lines) {
        const OrderLine *line = nullptr;
        for (const OrderLine &l : o->lines) {
            if (l.id == rl.orderLineId)
                line = &l;
        }
        if (!line)
            return validation::notFound(QStringLiteral("order line"), rl.orderLineId);
        if (seen.contains(rl.orderLineId))
            return makeError(ErrorCode::InvalidArgument, DomainText::tr("A line appears twice."),
                             QStringLiteral("lines"));
        seen.insert(rl.orderLineId);
        const qint64 open = line->quantity - line->refundedQty - pending->value(line->id);
        if (rl.quantity <= 0 || rl.quantity > open)
            return makeError(ErrorCode::InvalidQuantity,
                             DomainText::tr("At most %1 of %2 can still be refunded.")
                                 .arg(qMax<qint64>(0, open))
                                 .arg(line->title),
                             QStringLiteral("quantity"));
        // The expected amount; the final one is computed when the refund is paid out.
        r.lines.append({rl.orderLineId, rl.quantity,
                        OrderEffects::lineRefundAmount(*line, line->refundedQty, rl.quantity)});
        r.amount += r.lines.last().amount;
    }
    MD_TRY(refunds.insert(r, m_ctx.now()));
    MD_TRY(orders.addEvent(orderId, QStringLiteral("refund_requested"), actor.label(), r.reason,
                           m_ctx.now()));
    MD_TRY(AuditLog::record(db, actor, QStringLiteral("refund.create"), entity::Refund, r.id, {},
                            r.toJson(), m_ctx.now()));
    MD_TRY(orders.touch(orderId, m_ctx.now()));
    MD_TRY(tx.commit());
    return r;
}

Result<Refund> RefundService::approve(const Actor &actor, qint64 refundId,
                                      const RefundDecision &decision)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::RefundDecide));
    if (decision.destination != QLatin1String("original") &&
        decision.destination != QLatin1String("balance"))
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("Refund to the original method or to store balance."),
                         QStringLiteral("destination"));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    const QSqlDatabase db = tx.connection();
    RefundRepository refunds(db);
    auto r = awaitingDecision(refunds, refundId);
    MD_TRY(r);
    OrderRepository orders(db);
    // Touch the order first: on a server database this takes the order's row lock, so refunds
    // of one order are decided one after the other.
    MD_TRY(orders.touch(r->orderId, m_ctx.now()));
    auto o = validation::found(orders.find(r->orderId), QStringLiteral("order"), r->orderId);
    MD_TRY(o);
    auto settings = StoreSettings::load(db);
    MD_TRY(settings);
    r->destination = decision.destination;
    r->restock = decision.restock;
    r->decisionNote = decision.note.trimmed();
    MD_TRY(orders.addEvent(r->orderId, QStringLiteral("refund_approved"), actor.label(),
                           r->decisionNote, m_ctx.now()));
    MD_TRY(OrderEffects(db, *settings, m_ctx.now()).executeRefund(*o, *r, actor));
    r->status = RefundStatus::Refunded;
    r->decidedBy = actor.staffId().value_or(0);
    r->decidedAt = m_ctx.now();
    r->refundedAt = m_ctx.now();
    auto stored = refunds.update(*r, RefundStatus::Requested, m_ctx.now());
    MD_TRY(stored);
    if (!*stored)
        return makeError(ErrorCode::InvalidTransition,
                         DomainText::tr("This refund was decided meanwhile."));
    MD_TRY(orders.addEvent(r->orderId, QStringLiteral("refunded"), actor.label(),
                           QString::number(r->amount), m_ctx.now()));
    MD_TRY(AuditLog::record(db, actor, QStringLiteral("refund.approve"), entity::Refund, r->id,
                            {{QStringLiteral("status"), QStringLiteral("requested")}}, r->toJson(),
                            m_ctx.now()));

    // A paid order whose every unit is refunded before shipping has nothing left to do.
    auto after = validation::found(orders.find(r->orderId), QStringLiteral("order"), r->orderId);
    MD_TRY(after);
    bool allRefunded = true;
    for (const OrderLine &l : after->lines)
        allRefunded = allRefunded && l.refundedQty == l.quantity;
    if (allRefunded && after->status == OrderStatus::Paid) {
        MD_TRY(orders.transition(after->id, {OrderStatus::Paid}, OrderStatus::Cancelled,
                                 m_ctx.now(), DomainText::tr("fully refunded")));
        MD_TRY(orders.addEvent(after->id, QStringLiteral("cancelled"), actor.label(),
                               QStringLiteral("fully refunded"), m_ctx.now()));
    }
    MD_TRY(tx.commit());
    return r;
}

Result<Refund> RefundService::reject(const Actor &actor, qint64 refundId, const QString &note)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::RefundDecide));
    if (note.trimmed().isEmpty() || note.size() > 1000)
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("Tell the customer why (up to 1,000 characters)."),
                         QStringLiteral("note"));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    const QSqlDatabase db = tx.connection();
    RefundRepository refunds(db);
    auto r = awaitingDecision(refunds, refundId);
    MD_TRY(r);
    r->status = RefundStatus::Rejected;
    r->decisionNote = note.trimmed();
    r->decidedBy = actor.staffId().value_or(0);
    r->decidedAt = m_ctx.now();
    auto stored = refunds.update(*r, RefundStatus::Requested, m_ctx.now());
    MD_TRY(stored);
    if (!*stored)
        return makeError(ErrorCode::InvalidTransition,
                         DomainText::tr("This refund was decided meanwhile."));
    OrderRepository orders(db);
    MD_TRY(orders.addEvent(r->orderId, QStringLiteral("refund_rejected"), actor.label(),
                           r->decisionNote, m_ctx.now()));
    MD_TRY(AuditLog::record(db, actor, QStringLiteral("refund.reject"), entity::Refund, r->id,
                            {{QStringLiteral("status"), QStringLiteral("requested")}}, r->toJson(),
                            m_ctx.now()));
    MD_TRY(orders.touch(r->orderId, m_ctx.now()));
    auto o = validation::found(orders.find(r->orderId), QStringLiteral("order"), r->orderId);
    MD_TRY(o);
    if (o->memberId) {
        MD_TRY(NotificationRepository(db).insert(o->memberId, QStringLiteral("refund_decided"),
                                                 DomainText::tr("Refund request declined"),
                                                 r->decisionNote, QStringLiteral("order"), o->id,
                                                 m_ctx.now()));
    }
    MD_TRY(tx.commit());
    return r;
}

Result<Refund> RefundService::refund(const Actor &actor, qint64 refundId) const
{
    auto r = validation::found(RefundRepository(m_ctx.connection()).find(refundId),
                               QStringLiteral("refund"), refundId);
    MD_TRY(r);
    if (actor.isMember()) {
        auto o = OrderRepository(m_ctx.connection()).find(r->orderId);
        MD_TRY(o);
        if (!o->has_value() || (*o)->memberId != actor.id)
            return validation::notFound(QStringLiteral("refund"), refundId);
    } else {
        MD_TRY(PermissionPolicy::require(actor, Permission::OrderView));
    }
    return r;
}

Result<QList<Refund>> RefundService::refunds(const Actor &actor, const RefundQuery &query) const
{
    MD_TRY(PermissionPolicy::require(actor, Permission::OrderView));
    RefundQuery q = query;
    q.limit = qBound(1, q.limit, 1000);
    return RefundRepository(m_ctx.connection()).list(q);
}

Result<qint64> RefundService::count(const Actor &actor, const RefundQuery &query) const
{
    MD_TRY(PermissionPolicy::require(actor, Permission::OrderView));
    return RefundRepository(m_ctx.connection()).count(query);
}

} // namespace md
