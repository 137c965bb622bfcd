#include "ledgerrepository.h"

#include "changelog.h"
#include "sqlquery.h"

namespace md {

// Table and column names come from this fixed mapping, never from input.
QString LedgerRepository::table() const
{
    return m_kind == LedgerKind::Points ? QStringLiteral("points_ledger")
                                        : QStringLiteral("balance_ledger");
}

QString LedgerRepository::column() const
{
    return m_kind == LedgerKind::Points ? QStringLiteral("points") : QStringLiteral("balance");
}

Result<std::optional<LedgerEntry>> LedgerRepository::post(const LedgerPosting &p, qint64 nowMs)
{
    Q_ASSERT(p.delta != 0);
    const QString col = column();
    SqlQuery update(
        m_db,
        QStringLiteral("UPDATE members SET %1 = %1 + ?, version = version + 1, updated_at = ? "
                       "WHERE id = ? AND %1 + ? >= 0 RETURNING %1, version")
            .arg(col),
        {p.delta, nowMs, p.memberId, p.delta});
    if (Status s = update.exec(); !s)
        return s.error();
    if (!update.next())
        return std::optional<LedgerEntry>();
    LedgerEntry e;
    e.memberId = p.memberId;
    e.delta = p.delta;
    e.balanceAfter = update.int64(0);
    e.reason = p.reason;
    e.refType = p.refType;
    e.refId = p.refId;
    e.note = p.note;
    e.staffId = p.staffId.value_or(0);
    e.createdAt = nowMs;
    const qint64 memberVersion = update.int64(1);

    SqlQuery insert(
        m_db,
        QStringLiteral(
            "INSERT INTO %1 (member_id, delta, balance_after, reason, ref_type, ref_id, note, "
            "staff_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .arg(table()),
        {p.memberId, p.delta, e.balanceAfter, p.reason,
         p.refType.isEmpty() ? QVariant() : QVariant(p.refType),
         p.refId ? QVariant(p.refId) : QVariant(), p.note,
         p.staffId ? QVariant(*p.staffId) : QVariant(), nowMs});
    auto id = insert.scalar(0);
    if (!id)
        return id.error();
    e.id = *id;
    if (Status s = ChangeLog::record(m_db, entity::Member, p.memberId, memberVersion,
                                     ChangeOp::Upsert, nowMs);
        !s)
        return s.error();
    return std::optional<LedgerEntry>(e);
}

Result<QList<LedgerEntry>> LedgerRepository::entries(qint64 memberId, int offset, int limit) const
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "SELECT id, member_id, delta, balance_after, reason, ref_type, ref_id, note, staff_id, "
            "created_at FROM %1 WHERE member_id = ? ORDER BY id DESC LIMIT ? OFFSET ?")
            .arg(table()),
        {memberId, limit, offset});
    if (Status s = q.exec(); !s)
        return s.error();
    QList<LedgerEntry> out;
    while (q.next()) {
        LedgerEntry e;
        e.id = q.int64(0);
        e.memberId = q.int64(1);
        e.delta = q.int64(2);
        e.balanceAfter = q.int64(3);
        e.reason = q.text(4);
        e.refType = q.text(5);
        e.refId = q.int64(6);
        e.note = q.text(7);
        e.staffId = q.int64(8);
        e.createdAt = q.int64(9);
        out.append(e);
    }
    return out;
}

Result<qint64> LedgerRepository::entryCount(qint64 memberId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE member_id = ?").arg(table()),
               {memberId});
    return q.scalar();
}

Result<qint64> LedgerRepository::sum(qint64 memberId) const
{
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT COALESCE(SUM(delta), 0) FROM %1 WHERE member_id = ?").arg(table()),
        {memberId});
    return q.scalar();
}

} // namespace md
