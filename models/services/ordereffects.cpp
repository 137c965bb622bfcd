#include "ordereffects.h"

#include "couponrepository.h"
#include "flashsalerepository.h"
#include "ledgerrepository.h"
#include "memberrepository.h"
#include "money.h"
#include "notificationrepository.h"
#include "orderrepository.h"
#include "paymentrepository.h"
#include "productrepository.h"
#include "stockrepository.h"
#include "validation.h"

#include <QHash>

namespace md {

namespace {

Error invariantBroken(const QString &what)
{
    return makeError(ErrorCode::StorageError,
                     DomainText::tr("A consistency check failed: %1").arg(what));
}

qint64 pow10(int e)
{
    qint64 v = 1;
    while (e-- > 0)
        v *= 10;
    return v;
}

} // namespace

qint64 OrderEffects::lineRefundAmount(const OrderLine &line, qint64 alreadyRefunded,
                                      qint64 quantity)
{
    const auto cumulative = [&line](qint64 units) {
        return money::divide(static_cast<__int128>(line.lineTotal) * units, line.quantity,
                             Rounding::Down);
    };
    return cumulative(alreadyRefunded + quantity) - cumulative(alreadyRefunded);
}

Status OrderEffects::notify(qint64 memberId, const QString &kind, const QString &title,
                            const QString &body, qint64 orderId)
{
    if (!memberId)
        return {};
    auto id = NotificationRepository(m_db).insert(memberId, kind, title, body,
                                                  QStringLiteral("order"), orderId, m_now);
    return id ? Status() : Status(id.error());
}

Status OrderEffects::settlePayment(const Order &order, const QString &method, qint64 cash,
                                   const Actor &actor)
{
    OrderRepository orders(m_db);
    auto moved =
        orders.transition(order.id, {OrderStatus::PendingPayment}, OrderStatus::Paid, m_now);
    MD_TRY(moved);
    if (!*moved)
        return makeError(ErrorCode::InvalidTransition,
                         DomainText::tr("The order is no longer awaiting payment."));
    MD_TRY(orders.setPayment(order.id, cash, method, m_now));
    MD_TRY(orders.addEvent(order.id, QStringLiteral("paid"), actor.label(), method, m_now));
    // Other open payment attempts of this order are void now.
    MD_TRY(PaymentRepository(m_db).cancelPending(order.id, m_now));
    ProductRepository products(m_db);
    QHash<qint64, qint64> unitsByProduct;
    for (const OrderLine &l : order.lines) {
        if (l.productId)
            unitsByProduct[l.productId] += l.quantity;
    }
    for (auto it = unitsByProduct.cbegin(); it != unitsByProduct.cend(); ++it)
        MD_TRY(products.addSales(it.key(), it.value(), m_now));
    return notify(order.memberId, QStringLiteral("order_paid"), DomainText::tr("Payment received"),
                  DomainText::tr("Order %1 is paid and being prepared.").arg(order.number()),
                  order.id);
}

Status OrderEffects::releaseUnpaid(const Order &order)
{
    // The open payment attempts die with the order; a late success callback is then refused.
    MD_TRY(PaymentRepository(m_db).cancelPending(order.id, m_now));
    StockRepository stock(m_db);
    QHash<qint64, qint64> unitsBySku;
    for (const OrderLine &l : order.lines) {
        if (l.skuId)
            unitsBySku[l.skuId] += l.quantity;
    }
    for (auto it = unitsBySku.cbegin(); it != unitsBySku.cend(); ++it) {
        StockChange c;
        c.skuId = it.key();
        c.delta = it.value();
        c.reservedDelta = -it.value();
        c.reason = StockReason::Cancel;
        c.refType = QStringLiteral("order");
        c.refId = order.id;
        auto level = stock.apply(c, m_now);
        MD_TRY(level);
        if (!level->has_value())
            return invariantBroken(QStringLiteral("reserved stock of SKU %1").arg(it.key()));
    }
    FlashSaleRepository flash(m_db);
    for (const OrderLine &l : order.lines) {
        if (l.flashSaleItemId)
            MD_TRY(flash.release(l.flashSaleItemId, order.memberId, l.quantity));
    }
    if (order.memberCouponId)
        MD_TRY(CouponRepository(m_db).release(order.memberCouponId, order.couponCampaignId, m_now));
    if (order.pointsUsed > 0) {
        LedgerPosting p{order.memberId,
                        order.pointsUsed,
                        QStringLiteral("redeem_reversal"),
                        QStringLiteral("order"),
                        order.id,
                        QString(),
                        std::nullopt};
        MD_TRY(LedgerRepository(m_db, LedgerKind::Points).post(p, m_now));
    }
    if (order.balanceApplied > 0) {
        LedgerPosting p{order.memberId,
                        order.balanceApplied,
                        QStringLiteral("order_cancel"),
                        QStringLiteral("order"),
                        order.id,
                        QString(),
                        std::nullopt};
        MD_TRY(LedgerRepository(m_db, LedgerKind::Balance).post(p, m_now));
    }
    return {};
}

Status OrderEffects::executeRefund(const Order &order, Refund &refund, const Actor &actor)
{
    OrderRepository orders(m_db);
    StockRepository stock(m_db);
    qint64 linesAmount = 0;
    qint64 restoredValueBefore = 0, restoredValueAfter = 0;
    for (RefundLine &rl : refund.lines) {
        const OrderLine *line = nullptr;
        for (const OrderLine &l : order.lines) {
            if (l.id == rl.orderLineId)
                line = &l;
        }
        if (!line)
            return validation::notFound(QStringLiteral("order line"), rl.orderLineId);
        rl.amount = lineRefundAmount(*line, line->refundedQty, rl.quantity);
        linesAmount += rl.amount;
        auto ok = orders.refundLine(line->id, rl.quantity, rl.amount);
        MD_TRY(ok);
        if (!*ok)
            return makeError(
                ErrorCode::RefundExceedsPaid,
                DomainText::tr("More units of %1 than were bought and not yet refunded.")
                    .arg(line->title));
        // Units not yet shipped come back from the reservation; shipped ones only with restock.
        const qint64 unshipped =
            qMax<qint64>(0, line->quantity - line->shippedQty - line->refundedQty);
        const qint64 fromReserved = qMin(unshipped, rl.quantity);
        const qint64 returned = rl.quantity - fromReserved;
        if (line->skuId && fromReserved > 0) {
            StockChange c{line->skuId,
                          fromReserved,
                          -fromReserved,
                          StockReason::Cancel,
                          QStringLiteral("refund"),
                          refund.id,
                          QString(),
                          actor.staffId()};
            auto level = stock.apply(c, m_now);
            MD_TRY(level);
            if (!level->has_value())
                return invariantBroken(QStringLiteral("reserved stock of SKU %1").arg(line->skuId));
        }
        if (line->skuId && returned > 0 && refund.restock) {
            StockChange c{line->skuId,
                          returned,
                          0,
                          StockReason::Return,
                          QStringLiteral("refund"),
                          refund.id,
                          QString(),
                          actor.staffId()};
            MD_TRY(stock.apply(c, m_now));
        }
        const auto pointsShare = [line](qint64 units) {
            return money::divide(static_cast<__int128>(line->pointsDiscount) * units,
                                 line->quantity, Rounding::Down);
        };
        restoredValueBefore += pointsShare(line->refundedQty);
        restoredValueAfter += pointsShare(line->refundedQty + rl.quantity);
    }
    // Other lines' earlier refunds also count towards the cumulative points figures.
    for (const OrderLine &l : order.lines) {
        bool inThisRefund = false;
        for (const RefundLine &rl : refund.lines)
            inThisRefund = inThisRefund || rl.orderLineId == l.id;
        if (!inThisRefund) {
            const qint64 share =
                money::divide(static_cast<__int128>(l.pointsDiscount) * l.refundedQty, l.quantity,
                              Rounding::Down);
            restoredValueBefore += share;
            restoredValueAfter += share;
        }
    }

    const qint64 received = order.receivedTotal();
    const qint64 shipping = refund.includesShipping ? order.shippingFee : 0;
    refund.amount = linesAmount + shipping;
    if (order.refundedTotal() + refund.amount > received)
        return makeError(ErrorCode::RefundExceedsPaid,
                         DomainText::tr("The refunds would exceed what was paid."));

    // Split into cash (back to the original method) and balance, cumulatively in the proportion
    // they were paid, unless the customer chose store balance.
    if (refund.destination == QLatin1String("balance")) {
        refund.cashAmount = 0;
    } else {
        const qint64 after = order.refundedTotal() + refund.amount;
        const qint64 cashCumulative =
            received ? money::divide(static_cast<__int128>(order.paidAmount) * after, received,
                                     Rounding::Down)
                     : 0;
        refund.cashAmount =
            qBound<qint64>(0, cashCumulative - order.refundedCash,
                           qMin(refund.amount, order.paidAmount - order.refundedCash));
    }
    refund.balanceAmount = refund.amount - refund.cashAmount;
    MD_TRY(orders.addRefunded(order.id, refund.cashAmount, refund.balanceAmount, m_now));
    if (refund.balanceAmount > 0 && order.memberId) {
        LedgerPosting p{order.memberId,
                        refund.balanceAmount,
                        QStringLiteral("refund"),
                        QStringLiteral("refund"),
                        refund.id,
                        QString(),
                        actor.staffId()};
        MD_TRY(LedgerRepository(m_db, LedgerKind::Balance).post(p, m_now));
    }

    // Points used come back in proportion to the points discount of the refunded units.
    LedgerRepository points(m_db, LedgerKind::Points);
    if (order.pointsDiscount > 0 && order.memberId) {
        const auto restored = [&order](qint64 value) {
            return money::divide(static_cast<__int128>(order.pointsUsed) * value,
                                 order.pointsDiscount, Rounding::Down);
        };
        refund.pointsRestored = restored(restoredValueAfter) - restored(restoredValueBefore);
        if (refund.pointsRestored > 0) {
            LedgerPosting p{order.memberId,
                            refund.pointsRestored,
                            QStringLiteral("redeem_reversal"),
                            QStringLiteral("refund"),
                            refund.id,
                            QString(),
                            actor.staffId()};
            MD_TRY(points.post(p, m_now));
        }
    }
    // Points earned on the refunded part are taken back (never below zero: spent points stay
    // spent).
    if (order.status == OrderStatus::Completed && order.memberId) {
        const qint64 items = order.itemsTotal();
        const qint64 refundedItemsAfter = qMin(items, order.refundedTotal() + linesAmount);
        const qint64 reversedCumulative =
            items ? money::divide(static_cast<__int128>(order.pointsEarned) * refundedItemsAfter,
                                  items, Rounding::Down)
                  : 0;
        qint64 reverse = reversedCumulative - order.pointsReversed;
        auto member = MemberRepository(m_db).find(order.memberId);
        MD_TRY(member);
        if (member->has_value())
            reverse = qMin(reverse, (*member)->points);
        if (reverse > 0) {
            LedgerPosting p{order.memberId,           -reverse,  QStringLiteral("earn_reversal"),
                            QStringLiteral("refund"), refund.id, QString(),
                            actor.staffId()};
            MD_TRY(points.post(p, m_now));
            refund.pointsReversed = reverse;
        }
        // Net paid falls by the refunded item amount, and the tier follows it.
        if (member->has_value()) {
            const qint64 netAfter = (*member)->netPaid - linesAmount;
            MD_TRY(MemberRepository(m_db).addNetPaid(order.memberId, -linesAmount,
                                                     m_settings.tierFor(netAfter), m_now));
        }
    }
    MD_TRY(orders.addPoints(order.id, 0, refund.pointsReversed, refund.pointsRestored, m_now));
    return notify(order.memberId, QStringLiteral("refund_decided"), DomainText::tr("Refund paid"),
                  DomainText::tr("%1 was refunded for order %2.")
                      .arg(Money(refund.amount, order.currency).format(), order.number()),
                  order.id);
}

Status OrderEffects::settleCompletion(const Order &order)
{
    if (!order.memberId)
        return {};
    const qint64 net = qMax<qint64>(0, order.itemsTotal() - order.refundedTotal());
    const qint64 unit = pow10(CurrencyInfo::of(order.currency).exponent);
    const qint64 earned =
        money::divide(static_cast<__int128>(net) * m_settings.earnPerUnit, unit, Rounding::Down);
    MemberRepository members(m_db);
    auto member =
        validation::found(members.find(order.memberId), QStringLiteral("member"), order.memberId);
    MD_TRY(member);
    MD_TRY(
        members.addNetPaid(order.memberId, net, m_settings.tierFor(member->netPaid + net), m_now));
    if (earned > 0) {
        LedgerPosting p{
            order.memberId, earned,      QStringLiteral("earn"), QStringLiteral("order"), order.id,
            QString(),      std::nullopt};
        MD_TRY(LedgerRepository(m_db, LedgerKind::Points).post(p, m_now));
        MD_TRY(OrderRepository(m_db).addPoints(order.id, earned, 0, 0, m_now));
        MD_TRY(notify(
            order.memberId, QStringLiteral("points_earned"), DomainText::tr("Points earned"),
            DomainText::tr("You earned %1 points with order %2.").arg(earned).arg(order.number()),
            order.id));
    }
    return {};
}

} // namespace md
