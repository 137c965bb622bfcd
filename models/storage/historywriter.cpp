#include "historywriter.h"

#include "changelog.h"
#include "sqlquery.h"

#include <QJsonDocument>

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

const QString kOrderColumns = QStringLiteral(
    "id, external_ref, member_id, status, currency, subtotal, tier_discount, "
    "coupon_discount, points_discount, "
    "points_used, shipping_fee, total, balance_applied, amount_due, paid_amount, "
    "refunded_cash, refunded_balance, "
    "payment_method, member_coupon_id, coupon_campaign_id, tier, tier_rate_bp, "
    "ship_recipient, ship_phone, "
    "ship_region, ship_detail, ship_postal_code, points_earned, source, placed_at, "
    "local_date, paid_at, shipped_at, "
    "delivered_at, completed_at, cancelled_at, cancel_reason, units, version, updated_at");
const QString kLineColumns =
    QStringLiteral("id, order_id, sku_id, product_id, title, sku_code, options, unit_price, "
                   "list_price, unit_cost, quantity, "
                   "subtotal, tier_discount, coupon_discount, points_discount, line_total, "
                   "shipped_qty, refunded_qty, refunded_amount");
const QString kEventColumns = QStringLiteral("order_id, kind, actor, note, at");
const QString kPaymentColumns =
    QStringLiteral("id, order_id, method, amount, status, provider_ref, created_at, confirmed_at, "
                   "version, updated_at");
const QString kShipmentColumns =
    QStringLiteral("id, order_id, carrier, tracking_number, staff_id, shipped_at");
const QString kShipmentLineColumns = QStringLiteral("shipment_id, order_line_id, quantity");
const QString kRefundColumns =
    QStringLiteral("id, order_id, status, reason, amount, cash_amount, balance_amount, "
                   "includes_shipping, destination, restock, "
                   "requested_by, decided_by, decision_note, created_at, decided_at, refunded_at, "
                   "version, updated_at");
const QString kRefundLineColumns = QStringLiteral("refund_id, order_line_id, quantity, amount");
const QString kReviewColumns =
    QStringLiteral("id, order_line_id, order_id, product_id, member_id, rating, body, status, "
                   "reply, replied_at, created_at, version, "
                   "updated_at");

int columnCount(const QString &columns)
{
    return int(columns.count(QLatin1Char(','))) + 1;
}

} // namespace

HistoryWriter::HistoryWriter(const QSqlDatabase &db)
    : m_db(db)
{}

HistoryWriter::~HistoryWriter() = default;

Result<qint64> HistoryWriter::nextId(const QString &table, Range &range)
{
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(table));
    auto id = q.scalar(1);
    if (!id)
        return id;
    range.first = range.next = *id;
    return id;
}

// The ids continue from the largest present: the caller holds the write lock, so no other
// writer can take them meanwhile.
Status HistoryWriter::start()
{
    if (m_started)
        return {};
    for (const auto &[table, range] :
         {std::pair<QString, Range *>{QStringLiteral("orders"), &m_orders},
          {QStringLiteral("order_lines"), &m_lines},
          {QStringLiteral("payments"), &m_payments},
          {QStringLiteral("shipments"), &m_shipments},
          {QStringLiteral("refunds"), &m_refunds},
          {QStringLiteral("reviews"), &m_reviews}}) {
        if (auto id = nextId(table, *range); !id)
            return id.error();
    }
    m_started = true;
    return {};
}

QSqlQuery &HistoryWriter::multiRow(const QString &table, const QString &columns, int columns_,
                                   int rows)
{
    const QString key = table + QLatin1Char('/') + QString::number(rows);
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        QStringList placeholders(columns_, QStringLiteral("?"));
        const QString row =
            QLatin1Char('(') + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
        auto q = std::make_shared<QSqlQuery>(m_db);
        q->prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns) +
                   QStringList(rows, row).join(QStringLiteral(", ")));
        it = m_statements.insert(key, q);
    }
    return **it;
}

// Lines of one SKU carry the same options throughout a load: serialise them once.
QString HistoryWriter::optionsJson(const OrderLine &line)
{
    if (line.options.isEmpty())
        return QStringLiteral("[]");
    if (line.skuId) {
        if (auto it = m_optionsJson.constFind(line.skuId); it != m_optionsJson.cend())
            return *it;
    }
    const QString json = QString::fromUtf8(
        QJsonDocument(skuOptionsToJson(line.options)).toJson(QJsonDocument::Compact));
    if (line.skuId)
        m_optionsJson.insert(line.skuId, json);
    return json;
}

Status HistoryWriter::run(QSqlQuery &q)
{
    if (!q.exec())
        return storageError(q);
    ++m_rows;
    return {};
}

Status HistoryWriter::writeOrder(Order &o, const QList<OrderEvent> &events, const Payment *payment,
                                 const Shipment *shipment)
{
    if (Status s = start(); !s)
        return s;
    o.id = m_orders.next++;
    o.version = 1;
    const qint64 updatedAt = o.updatedAt ? o.updatedAt : o.placedAt;
    QSqlQuery &order =
        multiRow(QStringLiteral("orders"), kOrderColumns, columnCount(kOrderColumns), 1);
    const QVariantList values = {o.id,
                                 orNull(o.externalRef),
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
                                 o.units(),
                                 1,
                                 updatedAt};
    for (int i = 0; i < values.size(); ++i)
        order.bindValue(i, values[i]);
    if (Status s = run(order); !s)
        return s;

    // Lines go in statements of at most kLinesPerInsert rows: an imported invoice may have a
    // thousand lines, and Qt's SQLite driver binds each value at a cost that grows with the
    // statement's parameter count (quadratic over one huge INSERT: the Online Retail import took
    // 57.9 s in one statement per order, 10.7 s in chunks), besides SQLite's limit of 32,766
    // parameters.
    constexpr qsizetype kLinesPerInsert = 64;
    for (qsizetype first = 0; first < o.lines.size(); first += kLinesPerInsert) {
        const qsizetype count = qMin(kLinesPerInsert, o.lines.size() - first);
        const int n = columnCount(kLineColumns);
        QSqlQuery &lines = multiRow(QStringLiteral("order_lines"), kLineColumns, n, int(count));
        int p = 0;
        for (qsizetype i = first; i < first + count; ++i) {
            OrderLine &l = o.lines[i];
            l.id = m_lines.next++;
            l.orderId = o.id;
            const QVariantList lv = {l.id,
                                     o.id,
                                     orNull(l.skuId),
                                     orNull(l.productId),
                                     l.title,
                                     l.skuCode,
                                     optionsJson(l),
                                     l.unitPrice,
                                     l.listPrice,
                                     l.unitCost,
                                     l.quantity,
                                     l.subtotal,
                                     l.tierDiscount,
                                     l.couponDiscount,
                                     l.pointsDiscount,
                                     l.lineTotal,
                                     l.shippedQty,
                                     0,
                                     0};
            for (const QVariant &v : lv)
                lines.bindValue(p++, v);
        }
        if (Status s = run(lines); !s)
            return s;
    }
    if (!events.isEmpty()) {
        QSqlQuery &ev =
            multiRow(QStringLiteral("order_events"), kEventColumns, 5, int(events.size()));
        int p = 0;
        for (const OrderEvent &e : events) {
            ev.bindValue(p++, o.id);
            ev.bindValue(p++, e.kind);
            ev.bindValue(p++, e.actor);
            ev.bindValue(p++, text(e.note));
            ev.bindValue(p++, e.at);
        }
        if (Status s = run(ev); !s)
            return s;
    }
    if (payment) {
        QSqlQuery &pay =
            multiRow(QStringLiteral("payments"), kPaymentColumns, columnCount(kPaymentColumns), 1);
        const QVariantList pv = {m_payments.next++,
                                 o.id,
                                 paymentMethodName(payment->method),
                                 payment->amount,
                                 payment->status,
                                 orNull(payment->providerRef),
                                 payment->createdAt,
                                 orNull(payment->confirmedAt),
                                 1,
                                 payment->confirmedAt ? payment->confirmedAt : payment->createdAt};
        for (int i = 0; i < pv.size(); ++i)
            pay.bindValue(i, pv[i]);
        if (Status s = run(pay); !s)
            return s;
    }
    if (shipment && !o.lines.isEmpty()) {
        const qint64 shipmentId = m_shipments.next++;
        QSqlQuery &sh = multiRow(QStringLiteral("shipments"), kShipmentColumns, 6, 1);
        const QVariantList sv = {shipmentId,
                                 o.id,
                                 shipment->carrier,
                                 shipment->trackingNumber,
                                 orNull(shipment->staffId),
                                 shipment->shippedAt};
        for (int i = 0; i < sv.size(); ++i)
            sh.bindValue(i, sv[i]);
        if (Status s = run(sh); !s)
            return s;
        QSqlQuery &sl = multiRow(QStringLiteral("shipment_lines"), kShipmentLineColumns, 3,
                                 int(o.lines.size()));
        int p = 0;
        for (const OrderLine &l : o.lines) {
            sl.bindValue(p++, shipmentId);
            sl.bindValue(p++, l.id);
            sl.bindValue(p++, l.shippedQty ? l.shippedQty : l.quantity);
        }
        if (Status s = run(sl); !s)
            return s;
    }
    return {};
}

Status HistoryWriter::writeRefund(Refund &r)
{
    if (Status s = start(); !s)
        return s;
    r.id = m_refunds.next++;
    QSqlQuery &refund =
        multiRow(QStringLiteral("refunds"), kRefundColumns, columnCount(kRefundColumns), 1);
    const QVariantList values = {r.id,
                                 r.orderId,
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
                                 1,
                                 r.refundedAt ? r.refundedAt : r.createdAt};
    for (int i = 0; i < values.size(); ++i)
        refund.bindValue(i, values[i]);
    if (Status s = run(refund); !s)
        return s;
    for (const RefundLine &l : r.lines) {
        QSqlQuery &line = multiRow(QStringLiteral("refund_lines"), kRefundLineColumns, 4, 1);
        line.bindValue(0, r.id);
        line.bindValue(1, l.orderLineId);
        line.bindValue(2, l.quantity);
        line.bindValue(3, l.amount);
        if (Status s = run(line); !s)
            return s;
        if (r.status == RefundStatus::Refunded) {
            SqlQuery update(
                m_db,
                QStringLiteral("UPDATE order_lines SET refunded_qty = refunded_qty + ?, "
                               "refunded_amount = refunded_amount + ? WHERE id = ?"),
                {l.quantity, l.amount, l.orderLineId});
            if (Status s = update.exec(); !s)
                return s;
        }
    }
    return {};
}

Status HistoryWriter::writeReview(Review &r)
{
    if (Status s = start(); !s)
        return s;
    r.id = m_reviews.next++;
    QSqlQuery &review =
        multiRow(QStringLiteral("reviews"), kReviewColumns, columnCount(kReviewColumns), 1);
    const QVariantList values = {r.id,
                                 r.orderLineId,
                                 r.orderId,
                                 r.productId,
                                 r.memberId,
                                 r.rating,
                                 text(r.body),
                                 r.hidden ? QStringLiteral("hidden") : QStringLiteral("visible"),
                                 orNull(r.reply),
                                 orNull(r.repliedAt),
                                 r.createdAt,
                                 1,
                                 r.repliedAt ? r.repliedAt : r.createdAt};
    for (int i = 0; i < values.size(); ++i)
        review.bindValue(i, values[i]);
    return run(review);
}

Status HistoryWriter::deferIndexes()
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
            "tbl_name IN ('orders', 'order_lines', 'order_events', 'payments', 'shipments', "
            "'shipment_lines', 'reviews', 'change_log')"));
    if (Status s = q.exec(); !s)
        return s;
    QList<std::pair<QString, QString>> indexes;
    while (q.next())
        indexes.append({q.text(0), q.text(1)});
    q.raw().finish();
    m_statements.clear(); // prepared statements must not outlive a schema change
    for (const auto &[name, sql] : indexes) {
        SqlQuery drop(m_db, QStringLiteral("DROP INDEX %1").arg(name));
        if (Status s = drop.exec(); !s)
            return s;
        m_deferredIndexes.append(sql);
    }
    return {};
}

Status HistoryWriter::finish()
{
    m_statements.clear();
    for (const QString &sql : std::as_const(m_deferredIndexes)) {
        SqlQuery create(m_db, sql);
        if (Status s = create.exec(); !s)
            return s;
    }
    m_deferredIndexes.clear();
    if (!m_started)
        return {};
    const struct
    {
        const QString &entity;
        const char *table;
        const char *at;
        Range range;
    } logs[] = {{entity::Order, "orders", "updated_at", m_orders},
                {entity::Payment, "payments", "updated_at", m_payments},
                {entity::Refund, "refunds", "updated_at", m_refunds},
                {entity::Review, "reviews", "updated_at", m_reviews}};
    for (const auto &l : logs) {
        if (l.range.next == l.range.first)
            continue;
        SqlQuery q(
            m_db,
            QStringLiteral(
                "INSERT INTO change_log (entity, entity_id, version, op, changed_at) SELECT ?, id, "
                "version, 'upsert', %1 FROM %2 WHERE id >= ? AND id < ? ORDER BY id")
                .arg(QLatin1String(l.at), QLatin1String(l.table)),
            {l.entity, l.range.first, l.range.next});
        if (Status s = q.exec(); !s)
            return s;
    }
    m_orders.first = m_orders.next;
    m_payments.first = m_payments.next;
    m_refunds.first = m_refunds.next;
    m_reviews.first = m_reviews.next;
    return {};
}

} // namespace md
