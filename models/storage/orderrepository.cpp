#include "orderrepository.h"

#include "changelog.h"
#include "sqlquery.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace md {

namespace {

const QString kColumns =
    QStringLiteral("id, external_ref, member_id, status, currency, subtotal, tier_discount, "
                   "coupon_discount, points_discount, "
                   "points_used, shipping_fee, total, balance_applied, amount_due, paid_amount, "
                   "refunded_cash, refunded_balance, "
                   "payment_method, member_coupon_id, coupon_campaign_id, tier, tier_rate_bp, "
                   "ship_recipient, ship_phone, ship_region, "
                   "ship_detail, ship_postal_code, points_earned, points_reversed, "
                   "points_restored, source, placed_at, local_date, "
                   "pay_deadline, paid_at, shipped_at, delivered_at, completed_at, cancelled_at, "
                   "cancel_reason, version, updated_at");
const QString kLineColumns =
    QStringLiteral("id, order_id, sku_id, product_id, title, sku_code, options, unit_price, "
                   "list_price, unit_cost, quantity, subtotal, "
                   "tier_discount, coupon_discount, points_discount, line_total, "
                   "flash_sale_item_id, shipped_qty, refunded_qty, "
                   "refunded_amount");

Order fromRow(const SqlQuery &q)
{
    Order o;
    int c = 0;
    o.id = q.int64(c++);
    o.externalRef = q.text(c++);
    o.memberId = q.int64(c++);
    o.status = orderStatusFromName(q.text(c++)).value_or(OrderStatus::PendingPayment);
    o.currency = q.text(c++);
    o.subtotal = q.int64(c++);
    o.tierDiscount = q.int64(c++);
    o.couponDiscount = q.int64(c++);
    o.pointsDiscount = q.int64(c++);
    o.pointsUsed = q.int64(c++);
    o.shippingFee = q.int64(c++);
    o.total = q.int64(c++);
    o.balanceApplied = q.int64(c++);
    o.amountDue = q.int64(c++);
    o.paidAmount = q.int64(c++);
    o.refundedCash = q.int64(c++);
    o.refundedBalance = q.int64(c++);
    o.paymentMethod = q.text(c++);
    o.memberCouponId = q.int64(c++);
    o.couponCampaignId = q.int64(c++);
    o.tier = q.text(c++);
    o.tierRateBp = q.integer(c++);
    o.shipRecipient = q.text(c++);
    o.shipPhone = q.text(c++);
    o.shipRegion = q.text(c++);
    o.shipDetail = q.text(c++);
    o.shipPostalCode = q.text(c++);
    o.pointsEarned = q.int64(c++);
    o.pointsReversed = q.int64(c++);
    o.pointsRestored = q.int64(c++);
    o.source = q.text(c++);
    o.placedAt = q.int64(c++);
    o.localDate = q.text(c++);
    o.payDeadline = q.int64(c++);
    o.paidAt = q.int64(c++);
    o.shippedAt = q.int64(c++);
    o.deliveredAt = q.int64(c++);
    o.completedAt = q.int64(c++);
    o.cancelledAt = q.int64(c++);
    o.cancelReason = q.text(c++);
    o.version = q.int64(c++);
    o.updatedAt = q.int64(c++);
    return o;
}

OrderLine lineFromRow(const SqlQuery &q)
{
    OrderLine l;
    int c = 0;
    l.id = q.int64(c++);
    l.orderId = q.int64(c++);
    l.skuId = q.int64(c++);
    l.productId = q.int64(c++);
    l.title = q.text(c++);
    l.skuCode = q.text(c++);
    l.options = skuOptionsFromJson(QJsonDocument::fromJson(q.text(c++).toUtf8()).array());
    l.unitPrice = q.int64(c++);
    l.listPrice = q.int64(c++);
    l.unitCost = q.int64(c++);
    l.quantity = q.int64(c++);
    l.subtotal = q.int64(c++);
    l.tierDiscount = q.int64(c++);
    l.couponDiscount = q.int64(c++);
    l.pointsDiscount = q.int64(c++);
    l.lineTotal = q.int64(c++);
    l.flashSaleItemId = q.int64(c++);
    l.shippedQty = q.int64(c++);
    l.refundedQty = q.int64(c++);
    l.refundedAmount = q.int64(c++);
    return l;
}

QVariant orNull(qint64 v)
{
    return v ? QVariant(v) : QVariant();
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Column set by a transition into each state (a fixed mapping, never input).
QString timeColumn(OrderStatus s)
{
    switch (s) {
    case OrderStatus::PendingPayment:
        return QStringLiteral("placed_at");
    case OrderStatus::Paid:
        return QStringLiteral("paid_at");
    case OrderStatus::Shipped:
        return QStringLiteral("shipped_at");
    case OrderStatus::Delivered:
        return QStringLiteral("delivered_at");
    case OrderStatus::Completed:
        return QStringLiteral("completed_at");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled_at");
    }
    return {};
}

// The filter on columns of `table` (empty or "o.").
QString whereClause(const OrderQuery &query, QVariantList &values, const QString &table = {})
{
    QStringList c;
    if (query.memberId) {
        c << table + QStringLiteral("member_id = ?");
        values << query.memberId;
    }
    if (query.status) {
        c << table + QStringLiteral("status = ?");
        values << orderStatusName(*query.status);
    }
    if (query.fromMs) {
        c << table + QStringLiteral("placed_at >= ?");
        values << query.fromMs;
    }
    if (query.toMs) {
        c << table + QStringLiteral("placed_at < ?");
        values << query.toMs;
    }
    if (query.minTotal >= 0) {
        c << table + QStringLiteral("total >= ?");
        values << query.minTotal;
    }
    if (query.maxTotal >= 0) {
        c << table + QStringLiteral("total <= ?");
        values << query.maxTotal;
    }
    if (!query.memberText.isEmpty()) {
        c << table + QStringLiteral(
                         "member_id IN (SELECT id FROM members WHERE instr(display_name, ?) > 0 "
                         "OR email = ? OR phone = ?)");
        values << query.memberText << query.memberText << query.memberText;
    }
    if (!query.text.isEmpty()) {
        bool isNumber = false;
        const qint64 asId = query.text.section(QLatin1Char('-'), -1).toLongLong(&isNumber);
        c << QStringLiteral("(%1id = ? OR %1external_ref = ? OR instr(%1ship_recipient, ?) > 0)")
                 .arg(table);
        values << (isNumber ? asId : -1) << query.text << query.text;
    }
    return c.isEmpty() ? QString() : QStringLiteral(" WHERE ") + c.join(QStringLiteral(" AND "));
}

// "key DESC, id DESC" for the query's sort, on columns of `table` (empty or "o.").
QString orderBy(const OrderQuery &query, const QString &table)
{
    QString key;
    switch (query.sort) {
    case OrderSort::Placed:
        key = QStringLiteral("placed_at");
        break;
    case OrderSort::Number:
        break;
    case OrderSort::Member:
    case OrderSort::MemberName: // read by summariesByMemberName(); by id where a list has no names
        key = QStringLiteral("member_id");
        break;
    case OrderSort::Status:
        key = QStringLiteral("status");
        break;
    case OrderSort::Units:
        key = QStringLiteral("units");
        break;
    case OrderSort::Total:
        key = QStringLiteral("total");
        break;
    case OrderSort::Received:
        key = QStringLiteral("received");
        break;
    }
    const QString dir = query.newestFirst ? QStringLiteral(" DESC") : QString();
    QString out = QStringLiteral(" ORDER BY ");
    if (!key.isEmpty())
        out += table + key + dir + QStringLiteral(", ");
    // Then by time, as orders_member and orders_status hold them: the page is read off the index
    // instead of sorting the whole table (0.02 s instead of 0.5-0.9 s at offset 500,000).
    if (query.sort == OrderSort::Member || query.sort == OrderSort::MemberName ||
        query.sort == OrderSort::Status)
        out += table + QStringLiteral("placed_at") + dir + QStringLiteral(", ");
    return out + table + QStringLiteral("id") + dir;
}

} // namespace

Status OrderRepository::insert(Order &o, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO orders (external_ref, member_id, status, currency, subtotal, "
            "tier_discount, "
            "coupon_discount, points_discount, points_used, shipping_fee, total, balance_applied, "
            "amount_due, "
            "paid_amount, payment_method, member_coupon_id, coupon_campaign_id, tier, "
            "tier_rate_bp, "
            "ship_recipient, ship_phone, ship_region, ship_detail, ship_postal_code, "
            "points_earned, source, "
            "placed_at, local_date, pay_deadline, paid_at, shipped_at, delivered_at, completed_at, "
            "cancelled_at, units, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"),
        {orNull(o.externalRef),
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
         orNull(o.paymentMethod),
         orNull(o.memberCouponId),
         orNull(o.couponCampaignId),
         o.tier,
         o.tierRateBp,
         o.shipRecipient,
         o.shipPhone,
         o.shipRegion,
         o.shipDetail,
         o.shipPostalCode,
         o.pointsEarned,
         o.source,
         o.placedAt,
         o.localDate,
         orNull(o.payDeadline),
         orNull(o.paidAt),
         orNull(o.shippedAt),
         orNull(o.deliveredAt),
         orNull(o.completedAt),
         orNull(o.cancelledAt),
         o.units(),
         nowMs});
    auto id = q.scalar(0);
    if (!id)
        return id.error();
    o.id = *id;
    o.version = 1;
    for (OrderLine &l : o.lines) {
        l.orderId = o.id;
        SqlQuery line(
            m_db,
            QStringLiteral(
                "INSERT INTO order_lines (order_id, sku_id, product_id, title, sku_code, options, "
                "unit_price, list_price, unit_cost, quantity, subtotal, tier_discount, "
                "coupon_discount, "
                "points_discount, line_total, flash_sale_item_id, shipped_qty, refunded_qty, "
                "refunded_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "RETURNING id"),
            {o.id, orNull(l.skuId), orNull(l.productId), l.title, l.skuCode,
             QString::fromUtf8(
                 QJsonDocument(skuOptionsToJson(l.options)).toJson(QJsonDocument::Compact)),
             l.unitPrice, l.listPrice, l.unitCost, l.quantity, l.subtotal, l.tierDiscount,
             l.couponDiscount, l.pointsDiscount, l.lineTotal, orNull(l.flashSaleItemId),
             l.shippedQty, l.refundedQty, l.refundedAmount});
        auto lineId = line.scalar(0);
        if (!lineId)
            return lineId.error();
        l.id = *lineId;
    }
    return ChangeLog::record(m_db, entity::Order, o.id, o.version, ChangeOp::Upsert, nowMs);
}

Result<std::optional<Order>> OrderRepository::find(qint64 id, bool withDetail) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM orders WHERE id = ?"),
               {id});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Order>();
    Order o = fromRow(q);
    SqlQuery lines(m_db,
                   QStringLiteral("SELECT ") + kLineColumns +
                       QStringLiteral(" FROM order_lines WHERE order_id = ? ORDER BY id"),
                   {id});
    if (Status s = lines.exec(); !s)
        return s.error();
    while (lines.next())
        o.lines.append(lineFromRow(lines));
    if (withDetail) {
        if (Status s = loadDetail(o); !s)
            return s.error();
    }
    return std::optional<Order>(o);
}

Result<std::optional<OrderHeader>> OrderRepository::header(qint64 id) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT member_id, status, amount_due, currency, local_date, "
                              "external_ref FROM orders WHERE id = ?"),
               {id});
    MD_TRY(q.exec());
    if (!q.next())
        return std::optional<OrderHeader>();
    const auto status = orderStatusFromName(q.text(1));
    if (!status)
        return makeError(ErrorCode::StorageError,
                         DomainText::tr("Order %1 has an unknown status.").arg(id));
    return std::optional<OrderHeader>(OrderHeader{id, q.int64(0), *status, q.int64(2), q.text(3),
                                                  Order::orderNumber(id, q.text(4), q.text(5))});
}

Status OrderRepository::loadDetail(Order &o) const
{
    SqlQuery events(
        m_db,
        QStringLiteral(
            "SELECT id, kind, actor, note, at FROM order_events WHERE order_id = ? ORDER BY id"),
        {o.id});
    if (Status s = events.exec(); !s)
        return s;
    while (events.next())
        o.events.append(
            {events.int64(0), events.text(1), events.text(2), events.text(3), events.int64(4)});

    SqlQuery ships(
        m_db,
        QStringLiteral(
            "SELECT s.id, s.carrier, s.tracking_number, s.staff_id, s.shipped_at, "
            "l.order_line_id, l.quantity FROM shipments s JOIN shipment_lines l "
            "ON l.shipment_id = s.id WHERE s.order_id = ? ORDER BY s.id, l.order_line_id"),
        {o.id});
    if (Status s = ships.exec(); !s)
        return s;
    while (ships.next()) {
        if (o.shipments.isEmpty() || o.shipments.last().id != ships.int64(0)) {
            Shipment sh;
            sh.id = ships.int64(0);
            sh.orderId = o.id;
            sh.carrier = ships.text(1);
            sh.trackingNumber = ships.text(2);
            sh.staffId = ships.int64(3);
            sh.shippedAt = ships.int64(4);
            o.shipments.append(sh);
        }
        o.shipments.last().lines.append({ships.int64(5), ships.int64(6)});
    }

    SqlQuery pays(
        m_db,
        QStringLiteral(
            "SELECT id, method, amount, status, provider_ref, failure_reason, created_at, "
            "confirmed_at, version FROM payments WHERE order_id = ? ORDER BY id"),
        {o.id});
    if (Status s = pays.exec(); !s)
        return s;
    while (pays.next()) {
        Payment p;
        p.id = pays.int64(0);
        p.orderId = o.id;
        p.method = paymentMethodFromName(pays.text(1)).value_or(PaymentMethod::Card);
        p.amount = pays.int64(2);
        p.status = pays.text(3);
        p.providerRef = pays.text(4);
        p.failureReason = pays.text(5);
        p.createdAt = pays.int64(6);
        p.confirmedAt = pays.int64(7);
        p.version = pays.int64(8);
        o.payments.append(p);
    }
    return {};
}

Result<QList<Order>> OrderRepository::list(const OrderQuery &query) const
{
    QVariantList values;
    const QString where = whereClause(query, values);
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM orders") + where +
                         (query.newestFirst ? QStringLiteral(" ORDER BY placed_at DESC, id DESC")
                                            : QStringLiteral(" ORDER BY placed_at, id")) +
                         QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const auto &v : values)
        q.bind(v);
    q.bind(query.limit).bind(query.offset);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Order> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

namespace {

const QString kSummaryColumns =
    QStringLiteral("o.id, o.external_ref, o.local_date, o.member_id, %1, o.status, o.currency, "
                   "o.placed_at, o.units, o.total, o.paid_amount + o.balance_applied, "
                   "o.refunded_cash + o.refunded_balance, o.version");

Result<QList<OrderSummary>> readSummaries(SqlQuery &q, const QVariantList &values, int limit,
                                          int offset, QList<OrderSummary> out = {})
{
    for (const auto &v : values)
        q.bind(v);
    q.bind(limit).bind(offset);
    if (Status s = q.exec(); !s)
        return s.error();
    while (q.next()) {
        Order o; // for number()
        o.id = q.int64(0);
        o.externalRef = q.text(1);
        o.localDate = q.text(2);
        OrderSummary r;
        r.id = o.id;
        r.number = o.number();
        r.memberId = q.int64(3);
        r.memberName = q.text(4);
        r.status = orderStatusFromName(q.text(5)).value_or(OrderStatus::PendingPayment);
        r.currency = q.text(6);
        r.placedAt = q.int64(7);
        r.units = q.int64(8);
        r.total = q.int64(9);
        r.received = q.int64(10);
        r.refunded = q.int64(11);
        r.version = q.int64(12);
        out.append(r);
    }
    return out;
}

} // namespace

Result<QList<OrderSummary>> OrderRepository::summaries(const OrderQuery &query) const
{
    if (query.sort == OrderSort::MemberName)
        return summariesByMemberName(query);
    QVariantList values;
    const QString where = whereClause(query, values);
    // The subquery pages the orders alone (a LIMIT subquery is not flattened into the join), so
    // the rows skipped by OFFSET never look up a member.
    SqlQuery q(
        m_db, QStringLiteral("SELECT o.id, o.external_ref, o.local_date, o.member_id, "
                             "m.display_name, o.status, o.currency, o.placed_at, o.units, "
                             "o.total, o.received, o.refunded, o.version FROM (SELECT id, "
                             "external_ref, local_date, member_id, status, currency, placed_at, "
                             "units, total, paid_amount + balance_applied AS received, "
                             "refunded_cash + refunded_balance AS refunded, version FROM orders") +
                  where + orderBy(query, QString()) +
                  QStringLiteral(" LIMIT ? OFFSET ?) o LEFT JOIN members m ON m.id = o.member_id") +
                  orderBy(query, QStringLiteral("o.")));
    return readSummaries(q, values, query.limit, query.offset);
}

// Ascending: the guests' orders first (by time), then the members' by name, member id, time and
// id; descending is exactly the reverse. Each part is read in its order off an index (guests off
// orders_member's NULL range; members as a nested loop: members_display_name outside,
// orders_member inside), so no page sorts the table, and a page that straddles the two parts is
// read from both. Every order's member is in members (orders.member_id references it). The filter
// is written on "+o." columns so that no other index (orders_status, orders_placed) is chosen for
// the inner loop: it would be searched once per member, or the whole list sorted (0.9 s; by
// status through orders_status inside the loop, minutes). CROSS JOIN keeps members outside.
Result<QList<OrderSummary>> OrderRepository::summariesByMemberName(const OrderQuery &query) const
{
    QVariantList guestValues;
    QString guestWhere = whereClause(query, guestValues, QStringLiteral("+o."));
    guestWhere += (guestWhere.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                  QStringLiteral("o.member_id IS NULL");
    SqlQuery countGuests(m_db, QStringLiteral("SELECT COUNT(*) FROM orders o") + guestWhere);
    for (const auto &v : guestValues)
        countGuests.bind(v);
    auto guests = countGuests.scalar();
    MD_TRY(guests);
    qint64 members = 0;
    if (query.newestFirst) {
        auto all = count(query);
        MD_TRY(all);
        members = *all - *guests;
    }
    const QString dir = query.newestFirst ? QStringLiteral(" DESC") : QString();
    auto readGuests = [&](qint64 offset, qint64 limit, QList<OrderSummary> out) {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT ") + kSummaryColumns.arg(QStringLiteral("NULL")) +
                       QStringLiteral(" FROM orders o") + guestWhere +
                       QStringLiteral(" ORDER BY o.placed_at%1, o.id%1 LIMIT ? OFFSET ?").arg(dir));
        return readSummaries(q, guestValues, int(limit), int(offset), std::move(out));
    };
    auto readMembers = [&](qint64 offset, qint64 limit, QList<OrderSummary> out) {
        QVariantList values;
        const QString where = whereClause(query, values, QStringLiteral("+o."));
        SqlQuery q(m_db, QStringLiteral("SELECT ") +
                             kSummaryColumns.arg(QStringLiteral("m.display_name")) +
                             QStringLiteral(" FROM members m CROSS JOIN orders o ON "
                                            "o.member_id = m.id") +
                             where +
                             QStringLiteral(" ORDER BY m.display_name%1, m.id%1, o.placed_at%1, "
                                            "o.id%1 LIMIT ? OFFSET ?")
                                 .arg(dir));
        return readSummaries(q, values, int(limit), int(offset), std::move(out));
    };
    const qint64 first = query.offset;
    const qint64 end = first + query.limit;
    // The part read first, and how many of the list's rows it holds.
    const qint64 split = query.newestFirst ? members : *guests;
    Result<QList<OrderSummary>> out = QList<OrderSummary>();
    if (first < split) {
        const qint64 n = qMin(end, split) - first;
        out = query.newestFirst ? readMembers(first, n, {}) : readGuests(first, n, {});
        MD_TRY(out);
    }
    if (end > split) {
        const qint64 from = qMax(first, split) - split;
        const qint64 n = end - qMax(first, split);
        out = query.newestFirst ? readGuests(from, n, std::move(*out))
                                : readMembers(from, n, std::move(*out));
    }
    return out;
}

Result<qint64> OrderRepository::count(const OrderQuery &query) const
{
    QVariantList values;
    const QString where = whereClause(query, values);
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM orders") + where);
    for (const auto &v : values)
        q.bind(v);
    return q.scalar();
}

Result<bool> OrderRepository::transition(qint64 id, const QList<OrderStatus> &from, OrderStatus to,
                                         qint64 nowMs, const QString &cancelReason)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < from.size(); ++i)
        placeholders << QStringLiteral("?");
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE orders SET status = ?, %1 = ?, cancel_reason = COALESCE(?, cancel_reason), "
            "version = version + 1, updated_at = ? WHERE id = ? AND status IN (%2) RETURNING "
            "version")
            .arg(timeColumn(to), placeholders.join(QStringLiteral(", "))));
    q.bind(orderStatusName(to)).bind(nowMs).bind(orNull(cancelReason)).bind(nowMs).bind(id);
    for (OrderStatus s : from)
        q.bind(orderStatusName(s));
    auto v = q.scalar(-1);
    if (!v)
        return v.error();
    if (*v < 0)
        return false;
    if (Status s = ChangeLog::record(m_db, entity::Order, id, *v, ChangeOp::Upsert, nowMs); !s)
        return s.error();
    return true;
}

Status OrderRepository::setPayment(qint64 id, qint64 paidAmount, const QString &method,
                                   qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE orders SET paid_amount = ?, payment_method = ?, updated_at = ? WHERE id = ?"),
        {paidAmount, method, nowMs, id});
    return q.exec();
}

Status OrderRepository::addRefunded(qint64 id, qint64 cash, qint64 balance, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral("UPDATE orders SET refunded_cash = refunded_cash + ?, refunded_balance = "
                       "refunded_balance + ?, updated_at = ? WHERE id = ?"),
        {cash, balance, nowMs, id});
    return q.exec();
}

Status OrderRepository::addPoints(qint64 id, qint64 earned, qint64 reversed, qint64 restored,
                                  qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral("UPDATE orders SET points_earned = points_earned + ?, points_reversed = "
                       "points_reversed + ?, points_restored = points_restored + ?, updated_at = ? "
                       "WHERE id = ?"),
        {earned, reversed, restored, nowMs, id});
    return q.exec();
}

Status OrderRepository::coverDueWithBalance(qint64 id)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE orders SET balance_applied = balance_applied + amount_due, amount_due = 0 "
            "WHERE id = ?"),
        {id});
    return q.exec();
}

Status OrderRepository::touch(qint64 id, qint64 nowMs)
{
    SqlQuery q(m_db,
               QStringLiteral("UPDATE orders SET version = version + 1, updated_at = ? WHERE id = "
                              "? RETURNING version"),
               {nowMs, id});
    auto v = q.scalar(-1);
    if (!v)
        return v.error();
    return ChangeLog::record(m_db, entity::Order, id, *v, ChangeOp::Upsert, nowMs);
}

Status OrderRepository::addEvent(qint64 orderId, const QString &kind, const QString &actor,
                                 const QString &note, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO order_events (order_id, kind, actor, note, at) VALUES (?, ?, ?, ?, ?)"),
        {orderId, kind, actor, note, nowMs});
    return q.exec();
}

Result<bool> OrderRepository::shipLine(qint64 lineId, qint64 quantity)
{
    SqlQuery q(
        m_db,
        QStringLiteral("UPDATE order_lines SET shipped_qty = shipped_qty + ? WHERE id = ? AND "
                       "shipped_qty + refunded_qty + ? <= quantity"),
        {quantity, lineId, quantity});
    if (Status s = q.exec(); !s)
        return s.error();
    return q.rowsAffected() == 1;
}

Result<bool> OrderRepository::refundLine(qint64 lineId, qint64 quantity, qint64 amount)
{
    SqlQuery q(
        m_db,
        QStringLiteral("UPDATE order_lines SET refunded_qty = refunded_qty + ?, refunded_amount = "
                       "refunded_amount + ? WHERE id = ? AND refunded_qty + ? <= quantity AND "
                       "refunded_amount + ? <= line_total"),
        {quantity, amount, lineId, quantity, amount});
    if (Status s = q.exec(); !s)
        return s.error();
    return q.rowsAffected() == 1;
}

Result<qint64> OrderRepository::insertShipment(const Shipment &s)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO shipments (order_id, carrier, tracking_number, staff_id, shipped_at) "
            "VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {s.orderId, s.carrier, s.trackingNumber, orNull(s.staffId), s.shippedAt});
    auto id = q.scalar(0);
    if (!id)
        return id;
    for (const auto &l : s.lines) {
        SqlQuery line(m_db,
                      QStringLiteral("INSERT INTO shipment_lines (shipment_id, order_line_id, "
                                     "quantity) VALUES (?, ?, ?)"),
                      {*id, l.orderLineId, l.quantity});
        if (Status st = line.exec(); !st)
            return st.error();
    }
    return id;
}

Result<std::optional<IdempotencyRecord>> OrderRepository::idempotencyKey(qint64 memberId,
                                                                         const QString &key) const
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "SELECT request_hash, order_id, created_at FROM idempotency_keys WHERE member_id = ? "
            "AND idem_key = ?"),
        {memberId, key});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<IdempotencyRecord>();
    return std::optional<IdempotencyRecord>(IdempotencyRecord{q.text(0), q.int64(1), q.int64(2)});
}

Status OrderRepository::insertIdempotencyKey(qint64 memberId, const QString &key,
                                             const QString &requestHash, qint64 orderId,
                                             qint64 nowMs)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO idempotency_keys (member_id, idem_key, request_hash, "
                              "order_id, created_at) "
                              "VALUES (?, ?, ?, ?, ?)"),
               {memberId, key, requestHash, orderId, nowMs});
    return q.exec();
}

Status OrderRepository::purgeIdempotencyKeys(qint64 olderThanMs)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < ?"),
               {olderThanMs});
    return q.exec();
}

Result<QList<qint64>> OrderRepository::unpaidPastDeadline(qint64 nowMs, int limit) const
{
    SqlQuery q(m_db,
               QStringLiteral(
                   "SELECT id FROM orders WHERE status = 'pending_payment' AND pay_deadline <= ? "
                   "ORDER BY pay_deadline LIMIT ?"),
               {nowMs, limit});
    if (Status s = q.exec(); !s)
        return s.error();
    QList<qint64> out;
    while (q.next())
        out.append(q.int64(0));
    return out;
}

Result<QList<qint64>> OrderRepository::deliveredBefore(qint64 cutoffMs, int limit) const
{
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT id FROM orders WHERE status = 'delivered' AND delivered_at <= ? "
                       "ORDER BY delivered_at LIMIT ?"),
        {cutoffMs, limit});
    if (Status s = q.exec(); !s)
        return s.error();
    QList<qint64> out;
    while (q.next())
        out.append(q.int64(0));
    return out;
}

} // namespace md
