#include "refundrepository.h"

#include "changelog.h"
#include "order.h"
#include "sqlquery.h"

namespace md {

namespace {

const QString kColumns = QStringLiteral("id, order_id, status, reason, amount, cash_amount, "
                                        "balance_amount, includes_shipping, destination, restock, "
                                        "requested_by, decided_by, decision_note, points_reversed, "
                                        "points_restored, created_at, decided_at, refunded_at, "
                                        "version");

Refund fromRow(const SqlQuery &q)
{
    Refund r;
    int c = 0;
    r.id = q.int64(c++);
    r.orderId = q.int64(c++);
    r.status = refundStatusFromName(q.text(c++)).value_or(RefundStatus::Requested);
    r.reason = q.text(c++);
    r.amount = q.int64(c++);
    r.cashAmount = q.int64(c++);
    r.balanceAmount = q.int64(c++);
    r.includesShipping = q.integer(c++) != 0;
    r.destination = q.text(c++);
    r.restock = q.integer(c++) != 0;
    r.requestedBy = q.text(c++);
    r.decidedBy = q.int64(c++);
    r.decisionNote = q.text(c++);
    r.pointsReversed = q.int64(c++);
    r.pointsRestored = q.int64(c++);
    r.createdAt = q.int64(c++);
    r.decidedAt = q.int64(c++);
    r.refundedAt = q.int64(c++);
    r.version = q.int64(c++);
    return r;
}

QString whereClause(const RefundQuery &query, QVariantList &values)
{
    QStringList c;
    if (query.status) {
        c << QStringLiteral("status = ?");
        values << refundStatusName(*query.status);
    }
    if (query.orderId) {
        c << QStringLiteral("order_id = ?");
        values << query.orderId;
    }
    if (!query.text.isEmpty()) {
        // The number as Order::orderNumber() builds it, so what the clerk sees in the list is
        // what matches. One order and member looked up per refund: the queue is small next to
        // the orders. instr() rather than LIKE: the text's % and _ stay plain characters.
        c << QStringLiteral(
                 "(instr(lower(refunds.reason), lower(?)) > 0 OR EXISTS (SELECT 1 FROM orders o "
                 "LEFT JOIN members m ON m.id = o.member_id WHERE o.id = refunds.order_id AND "
                 "(instr(lower(%1), lower(?)) > 0 OR "
                 "instr(lower(COALESCE(m.display_name, '')), lower(?)) > 0)))")
                 .arg(Order::orderNumberSql(QStringLiteral("o")));
        values << query.text << query.text << query.text;
    }
    return c.isEmpty() ? QString() : QStringLiteral(" WHERE ") + c.join(QStringLiteral(" AND "));
}

// " ORDER BY key DESC, id DESC": the key from this whitelist only, never from the caller's text.
QString orderBy(const RefundQuery &query)
{
    QString key;
    switch (query.sort) {
    case RefundSort::Requested:
        key = QStringLiteral("refunds.created_at");
        break;
    case RefundSort::OrderNumber:
        key = QStringLiteral("refunds.order_id");
        break;
    case RefundSort::MemberName:
        key = QStringLiteral("(SELECT m.display_name FROM orders o JOIN members m ON "
                             "m.id = o.member_id WHERE o.id = refunds.order_id)");
        break;
    case RefundSort::Units:
        key = QStringLiteral("(SELECT COALESCE(SUM(l.quantity), 0) FROM refund_lines l WHERE "
                             "l.refund_id = refunds.id)");
        break;
    case RefundSort::Amount:
        key = QStringLiteral("refunds.amount");
        break;
    case RefundSort::Status:
        key = QStringLiteral("refunds.status");
        break;
    case RefundSort::Reason:
        key = QStringLiteral("refunds.reason");
        break;
    }
    const QString dir = query.descending ? QStringLiteral(" DESC") : QString();
    return QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", refunds.id") + dir;
}

} // namespace

Status RefundRepository::insert(Refund &r, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO refunds (order_id, status, reason, amount, cash_amount, balance_amount, "
            "includes_shipping, destination, restock, requested_by, created_at, version, "
            "updated_at) "
            "VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, 1, ?) RETURNING id"),
        {r.orderId, refundStatusName(r.status), r.reason, r.amount, r.includesShipping ? 1 : 0,
         r.destination, r.restock ? 1 : 0, r.requestedBy, nowMs, nowMs});
    auto id = q.scalar(0);
    if (!id)
        return id.error();
    r.id = *id;
    r.version = 1;
    r.createdAt = nowMs;
    for (const RefundLine &l : r.lines) {
        SqlQuery line(
            m_db,
            QStringLiteral("INSERT INTO refund_lines (refund_id, order_line_id, quantity, amount) "
                           "VALUES (?, ?, ?, ?)"),
            {r.id, l.orderLineId, l.quantity, l.amount});
        if (Status s = line.exec(); !s)
            return s;
    }
    return ChangeLog::record(m_db, entity::Refund, r.id, r.version, ChangeOp::Upsert, nowMs);
}

Status RefundRepository::loadLines(Refund &r) const
{
    SqlQuery q(m_db,
               QStringLiteral(
                   "SELECT order_line_id, quantity, amount FROM refund_lines WHERE refund_id = ? "
                   "ORDER BY order_line_id"),
               {r.id});
    if (Status s = q.exec(); !s)
        return s;
    r.lines.clear();
    while (q.next())
        r.lines.append({q.int64(0), q.int64(1), q.int64(2)});
    return {};
}

Result<std::optional<Refund>> RefundRepository::find(qint64 id) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM refunds WHERE id = ?"),
               {id});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Refund>();
    Refund r = fromRow(q);
    if (Status s = loadLines(r); !s)
        return s.error();
    return std::optional<Refund>(r);
}

Result<QList<Refund>> RefundRepository::list(const RefundQuery &query) const
{
    QVariantList values;
    const QString where = whereClause(query, values);
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM refunds") +
                         where + orderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const auto &v : values)
        q.bind(v);
    q.bind(query.limit).bind(query.offset);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Refund> out;
    while (q.next())
        out.append(fromRow(q));
    for (Refund &r : out) {
        if (Status s = loadLines(r); !s)
            return s.error();
    }
    return out;
}

Result<qint64> RefundRepository::count(const RefundQuery &query) const
{
    QVariantList values;
    const QString where = whereClause(query, values);
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM refunds") + where);
    for (const auto &v : values)
        q.bind(v);
    return q.scalar();
}

Result<bool> RefundRepository::update(const Refund &r, RefundStatus fromStatus, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE refunds SET status = ?, amount = ?, cash_amount = ?, balance_amount = ?, "
            "destination = ?, restock = ?, decided_by = ?, decision_note = ?, points_reversed = ?, "
            "points_restored = ?, decided_at = ?, refunded_at = ?, version = version + 1, "
            "updated_at = ? WHERE id = ? AND status = ? RETURNING version"),
        {refundStatusName(r.status), r.amount, r.cashAmount, r.balanceAmount, r.destination,
         r.restock ? 1 : 0, r.decidedBy ? QVariant(r.decidedBy) : QVariant(), r.decisionNote,
         r.pointsReversed, r.pointsRestored, r.decidedAt ? QVariant(r.decidedAt) : QVariant(),
         r.refundedAt ? QVariant(r.refundedAt) : QVariant(), nowMs, r.id,
         refundStatusName(fromStatus)});
    auto v = q.scalar(-1);
    if (!v)
        return v.error();
    if (*v < 0)
        return false;
    for (const RefundLine &l : r.lines) {
        SqlQuery line(
            m_db,
            QStringLiteral(
                "UPDATE refund_lines SET amount = ? WHERE refund_id = ? AND order_line_id = ?"),
            {l.amount, r.id, l.orderLineId});
        if (Status s = line.exec(); !s)
            return s.error();
    }
    if (Status s = ChangeLog::record(m_db, entity::Refund, r.id, *v, ChangeOp::Upsert, nowMs); !s)
        return s.error();
    return true;
}

Result<QHash<qint64, qint64>> RefundRepository::pendingUnits(qint64 orderId) const
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "SELECT l.order_line_id, SUM(l.quantity) FROM refund_lines l JOIN refunds r "
            "ON r.id = l.refund_id WHERE r.order_id = ? AND r.status IN ('requested', 'approved') "
            "GROUP BY l.order_line_id"),
        {orderId});
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.int64(0), q.int64(1));
    return out;
}

} // namespace md
