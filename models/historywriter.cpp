#include "historywriter.h"

#include "changelog.h"
#include "sqlquery.h"

#include <QJsonDocument>
#include <QSqlError>

namespace md {

namespace {

QVariant orNull(qint64 v)
{
    return v ? QVariant(v) : QVariant();
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

HistoryWriter::HistoryWriter(const QSqlDatabase &db)
    : m_db(db)
    , m_order(db)
    , m_line(db)
    , m_event(db)
    , m_payment(db)
    , m_refund(db)
    , m_refundLine(db)
    , m_lineRefunded(db)
    , m_review(db)
    , m_change(db)
    , m_shipment(db)
    , m_shipmentLine(db)
{
    m_order.prepare(QStringLiteral("INSERT INTO orders (external_ref, member_id, status, currency, "
                                   "subtotal, tier_discount, coupon_discount, "
                                   "points_discount, points_used, shipping_fee, total, "
                                   "balance_applied, amount_due, paid_amount, refunded_cash, "
                                   "refunded_balance, payment_method, member_coupon_id, "
                                   "coupon_campaign_id, tier, tier_rate_bp, ship_recipient, "
                                   "ship_phone, ship_region, ship_detail, ship_postal_code, "
                                   "points_earned, source, placed_at, local_date, paid_at, "
                                   "shipped_at, delivered_at, completed_at, cancelled_at, "
                                   "cancel_reason, version, updated_at) VALUES (?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"));
    m_line.prepare(QStringLiteral("INSERT INTO order_lines (order_id, sku_id, product_id, title, "
                                  "sku_code, options, unit_price, list_price, "
                                  "unit_cost, quantity, subtotal, tier_discount, coupon_discount, "
                                  "points_discount, line_total, shipped_qty, "
                                  "refunded_qty, refunded_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                  "?, ?, ?, ?, ?, ?, ?, ?, 0, 0) RETURNING id"));
    m_event.prepare(QStringLiteral(
        "INSERT INTO order_events (order_id, kind, actor, note, at) VALUES (?, ?, ?, ?, ?)"));
    m_payment.prepare(
        QStringLiteral("INSERT INTO payments (order_id, method, amount, status, provider_ref, "
                       "created_at, confirmed_at, version, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"));
    m_refund.prepare(QStringLiteral(
        "INSERT INTO refunds (order_id, status, reason, amount, cash_amount, balance_amount, "
        "includes_shipping, "
        "destination, restock, requested_by, decided_by, decision_note, created_at, decided_at, "
        "refunded_at, version, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"));
    m_refundLine.prepare(QStringLiteral("INSERT INTO refund_lines (refund_id, order_line_id, "
                                        "quantity, amount) VALUES (?, ?, ?, ?)"));
    m_lineRefunded.prepare(QStringLiteral("UPDATE order_lines SET refunded_qty = refunded_qty + ?, "
                                          "refunded_amount = refunded_amount + ? WHERE id = ?"));
    m_review.prepare(QStringLiteral("INSERT INTO reviews (order_line_id, order_id, product_id, "
                                    "member_id, rating, body, status, reply, replied_at, "
                                    "created_at, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                    "?, ?, ?, 1, ?) RETURNING id"));
    m_shipment.prepare(QStringLiteral(
        "INSERT INTO shipments (order_id, carrier, tracking_number, staff_id, shipped_at) "
        "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    m_shipmentLine.prepare(QStringLiteral(
        "INSERT INTO shipment_lines (shipment_id, order_line_id, quantity) VALUES (?, ?, ?)"));
    m_change.prepare(QStringLiteral("INSERT INTO change_log (entity, entity_id, version, op, "
                                    "changed_at) VALUES (?, ?, 1, 'upsert', ?)"));
}

Status HistoryWriter::run(QSqlQuery &q)
{
    if (!q.exec())
        return storageError(q);
    ++m_rows;
    return {};
}

Status HistoryWriter::logChange(const QString &entity, qint64 id, qint64 atMs)
{
    m_change.bindValue(0, entity);
    m_change.bindValue(1, id);
    m_change.bindValue(2, atMs);
    return run(m_change);
}

Status HistoryWriter::writeOrder(Order &o, const QList<OrderEvent> &events, const Payment *payment,
                                 const Shipment *shipment)
{
    const QVariantList values = {orNull(o.externalRef),
                                 orNull(o.memberId),
                                 orderStatusName(o.status),
                                 o.currency,
                                 o.subtotal,
                                 o.tierDiscount,
                                 o.couponDiscount,
                                 o.pointsDiscount,
                                 o.pointsUsed,
                                 o.shippingFee,
                                 o.total,
                                 o.balanceApplied,
                                 o.amountDue,
                                 o.paidAmount,
                                 o.refundedCash,
                                 o.refundedBalance,
                                 orNull(o.paymentMethod),
                                 orNull(o.memberCouponId),
                                 orNull(o.couponCampaignId),
                                 text(o.tier),
                                 o.tierRateBp,
                                 text(o.shipRecipient),
                                 text(o.shipPhone),
                                 text(o.shipRegion),
                                 text(o.shipDetail),
                                 text(o.shipPostalCode),
                                 o.pointsEarned,
                                 o.source,
                                 o.placedAt,
                                 o.localDate,
                                 orNull(o.paidAt),
                                 orNull(o.shippedAt),
                                 orNull(o.deliveredAt),
                                 orNull(o.completedAt),
                                 orNull(o.cancelledAt),
                                 orNull(o.cancelReason),
                                 o.updatedAt ? o.updatedAt : o.placedAt};
    for (int i = 0; i < values.size(); ++i)
        m_order.bindValue(i, values[i]);
    if (Status s = run(m_order); !s)
        return s;
    if (!m_order.next())
        return storageError(m_order);
    o.id = m_order.value(0).toLongLong();
    m_order.finish();
    o.version = 1;
    for (OrderLine &l : o.lines) {
        const QVariantList lv = {
            o.id,
            orNull(l.skuId),
            orNull(l.productId),
            l.title,
            l.skuCode,
            QString::fromUtf8(
                QJsonDocument(skuOptionsToJson(l.options)).toJson(QJsonDocument::Compact)),
            l.unitPrice,
            l.listPrice,
            l.unitCost,
            l.quantity,
            l.subtotal,
            l.tierDiscount,
            l.couponDiscount,
            l.pointsDiscount,
            l.lineTotal,
            l.shippedQty};
        for (int i = 0; i < lv.size(); ++i)
            m_line.bindValue(i, lv[i]);
        if (Status s = run(m_line); !s)
            return s;
        if (!m_line.next())
            return storageError(m_line);
        l.id = m_line.value(0).toLongLong();
        l.orderId = o.id;
        m_line.finish();
    }
    for (const OrderEvent &e : events) {
        m_event.bindValue(0, o.id);
        m_event.bindValue(1, e.kind);
        m_event.bindValue(2, e.actor);
        m_event.bindValue(3, text(e.note));
        m_event.bindValue(4, e.at);
        if (Status s = run(m_event); !s)
            return s;
    }
    if (payment) {
        const QVariantList pv = {o.id,
                                 paymentMethodName(payment->method),
                                 payment->amount,
                                 payment->status,
                                 orNull(payment->providerRef),
                                 payment->createdAt,
                                 orNull(payment->confirmedAt),
                                 payment->confirmedAt ? payment->confirmedAt : payment->createdAt};
        for (int i = 0; i < pv.size(); ++i)
            m_payment.bindValue(i, pv[i]);
        if (Status s = run(m_payment); !s)
            return s;
        if (!m_payment.next())
            return storageError(m_payment);
        const qint64 paymentId = m_payment.value(0).toLongLong();
        m_payment.finish();
        if (Status s = logChange(entity::Payment, paymentId, o.placedAt); !s)
            return s;
    }
    if (shipment) {
        m_shipment.bindValue(0, o.id);
        m_shipment.bindValue(1, shipment->carrier);
        m_shipment.bindValue(2, shipment->trackingNumber);
        m_shipment.bindValue(3, orNull(shipment->staffId));
        m_shipment.bindValue(4, shipment->shippedAt);
        if (Status s = run(m_shipment); !s)
            return s;
        if (!m_shipment.next())
            return storageError(m_shipment);
        const qint64 shipmentId = m_shipment.value(0).toLongLong();
        m_shipment.finish();
        for (const OrderLine &l : o.lines) {
            m_shipmentLine.bindValue(0, shipmentId);
            m_shipmentLine.bindValue(1, l.id);
            m_shipmentLine.bindValue(2, l.shippedQty ? l.shippedQty : l.quantity);
            if (Status s = run(m_shipmentLine); !s)
                return s;
        }
    }
    return logChange(entity::Order, o.id, o.updatedAt ? o.updatedAt : o.placedAt);
}

Status HistoryWriter::writeRefund(Refund &r)
{
    const QVariantList values = {r.orderId,
                                 refundStatusName(r.status),
                                 text(r.reason),
                                 r.amount,
                                 r.cashAmount,
                                 r.balanceAmount,
                                 r.includesShipping ? 1 : 0,
                                 r.destination,
                                 r.restock ? 1 : 0,
                                 text(r.requestedBy),
                                 orNull(r.decidedBy),
                                 text(r.decisionNote),
                                 r.createdAt,
                                 orNull(r.decidedAt),
                                 orNull(r.refundedAt),
                                 r.refundedAt ? r.refundedAt : r.createdAt};
    for (int i = 0; i < values.size(); ++i)
        m_refund.bindValue(i, values[i]);
    if (Status s = run(m_refund); !s)
        return s;
    if (!m_refund.next())
        return storageError(m_refund);
    r.id = m_refund.value(0).toLongLong();
    m_refund.finish();
    for (const RefundLine &l : r.lines) {
        m_refundLine.bindValue(0, r.id);
        m_refundLine.bindValue(1, l.orderLineId);
        m_refundLine.bindValue(2, l.quantity);
        m_refundLine.bindValue(3, l.amount);
        if (Status s = run(m_refundLine); !s)
            return s;
        if (r.status == RefundStatus::Refunded) {
            m_lineRefunded.bindValue(0, l.quantity);
            m_lineRefunded.bindValue(1, l.amount);
            m_lineRefunded.bindValue(2, l.orderLineId);
            if (Status s = run(m_lineRefunded); !s)
                return s;
        }
    }
    return logChange(entity::Refund, r.id, r.createdAt);
}

Status HistoryWriter::writeReview(Review &r)
{
    const QVariantList values = {r.orderLineId,
                                 r.orderId,
                                 r.productId,
                                 r.memberId,
                                 r.rating,
                                 text(r.body),
                                 r.hidden ? QStringLiteral("hidden") : QStringLiteral("visible"),
                                 orNull(r.reply),
                                 orNull(r.repliedAt),
                                 r.createdAt,
                                 r.repliedAt ? r.repliedAt : r.createdAt};
    for (int i = 0; i < values.size(); ++i)
        m_review.bindValue(i, values[i]);
    if (Status s = run(m_review); !s)
        return s;
    if (!m_review.next())
        return storageError(m_review);
    r.id = m_review.value(0).toLongLong();
    m_review.finish();
    return logChange(entity::Review, r.id, r.createdAt);
}

} // namespace md
