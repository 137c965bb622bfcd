#include "paymentrepository.h"

#include "changelog.h"
#include "sqlquery.h"

namespace md {

namespace {

const QString kColumns = QStringLiteral("id, order_id, method, amount, status, provider_ref, "
                                        "failure_reason, created_at, confirmed_at, version");

Payment fromRow(const SqlQuery &q)
{
    Payment p;
    p.id = q.int64(0);
    p.orderId = q.int64(1);
    p.method = paymentMethodFromName(q.text(2)).value_or(PaymentMethod::Card);
    p.amount = q.int64(3);
    p.status = q.text(4);
    p.providerRef = q.text(5);
    p.failureReason = q.text(6);
    p.createdAt = q.int64(7);
    p.confirmedAt = q.int64(8);
    p.version = q.int64(9);
    return p;
}

} // namespace

Status PaymentRepository::insert(Payment &p, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO payments (order_id, method, amount, status, provider_ref, created_at, "
            "confirmed_at, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"),
        {p.orderId, paymentMethodName(p.method), p.amount, p.status,
         p.providerRef.isEmpty() ? QVariant() : QVariant(p.providerRef), p.createdAt,
         p.confirmedAt ? QVariant(p.confirmedAt) : QVariant(), nowMs});
    auto id = q.scalar(0);
    if (!id)
        return id.error();
    p.id = *id;
    p.version = 1;
    return ChangeLog::record(m_db, entity::Payment, p.id, 1, ChangeOp::Upsert, nowMs);
}

Result<std::optional<Payment>> PaymentRepository::findWhere(const QString &column,
                                                            const QVariant &value) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kColumns +
                   QStringLiteral(" FROM payments WHERE %1 = ?").arg(column),
               {value});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Payment>();
    return std::optional<Payment>(fromRow(q));
}

Result<std::optional<Payment>> PaymentRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("id"), id);
}

Result<std::optional<Payment>> PaymentRepository::findByRef(const QString &providerRef) const
{
    return findWhere(QStringLiteral("provider_ref"), providerRef);
}

Result<std::optional<Payment>> PaymentRepository::findPending(qint64 orderId,
                                                              PaymentMethod method) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kColumns +
                   QStringLiteral(" FROM payments WHERE order_id = ? AND method = ? AND "
                                  "status = 'pending' ORDER BY id DESC LIMIT 1"),
               {orderId, paymentMethodName(method)});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Payment>();
    return std::optional<Payment>(fromRow(q));
}

Result<bool> PaymentRepository::settle(qint64 id, const QString &status,
                                       const QString &failureReason, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral("UPDATE payments SET status = ?, confirmed_at = ?, failure_reason = ?, "
                       "version = version + 1, updated_at = ? WHERE id = ? AND status = 'pending' "
                       "RETURNING version"),
        {status, nowMs, failureReason.isEmpty() ? QVariant() : QVariant(failureReason), nowMs, id});
    auto v = q.scalar(-1);
    if (!v)
        return v.error();
    if (*v < 0)
        return false;
    if (Status s = ChangeLog::record(m_db, entity::Payment, id, *v, ChangeOp::Upsert, nowMs); !s)
        return s.error();
    return true;
}

Status PaymentRepository::cancelPending(qint64 orderId, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE payments SET status = 'cancelled', version = version + 1, updated_at = ? "
            "WHERE order_id = ? AND status = 'pending' RETURNING id, version"),
        {nowMs, orderId});
    if (Status s = q.exec(); !s)
        return s;
    QList<std::pair<qint64, qint64>> changed;
    while (q.next())
        changed.append({q.int64(0), q.int64(1)});
    q.raw().finish();
    for (const auto &[id, version] : changed) {
        if (Status s =
                ChangeLog::record(m_db, entity::Payment, id, version, ChangeOp::Upsert, nowMs);
            !s)
            return s;
    }
    return {};
}

Result<bool> PaymentRepository::eventSeen(const QString &eventId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM payment_events WHERE event_id = ?"),
               {eventId});
    auto n = q.scalar(0);
    if (!n)
        return n.error();
    return *n > 0;
}

Status PaymentRepository::recordEvent(const QString &eventId, qint64 paymentId,
                                      const QString &outcome, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral("INSERT INTO payment_events (event_id, payment_id, outcome, received_at) "
                       "VALUES (?, ?, ?, ?)"),
        {eventId, paymentId, outcome, nowMs});
    return q.exec();
}

} // namespace md
