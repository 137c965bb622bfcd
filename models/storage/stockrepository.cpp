#include "stockrepository.h"

#include "changelog.h"
#include "sqlquery.h"

namespace md {

namespace {

Result<std::optional<StockLevel>> guardedUpdate(const QSqlDatabase &db, qint64 skuId, qint64 delta,
                                                qint64 reservedDelta, qint64 nowMs)
{
    SqlQuery q(db,
               QStringLiteral(
                   "UPDATE skus SET stock_on_hand = stock_on_hand + ?, reserved = reserved + ?, "
                   "version = version + 1, updated_at = ? "
                   "WHERE id = ? AND stock_on_hand + ? >= 0 AND reserved + ? >= 0 "
                   "RETURNING stock_on_hand, reserved, version"),
               {delta, reservedDelta, nowMs, skuId, delta, reservedDelta});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<StockLevel>();
    const StockLevel level{q.int64(0), q.int64(1), q.int64(2)};
    if (Status s =
            ChangeLog::record(db, entity::Sku, skuId, level.version, ChangeOp::Upsert, nowMs);
        !s)
        return s.error();
    return std::optional<StockLevel>(level);
}

} // namespace

Result<std::optional<StockLevel>> StockRepository::apply(const StockChange &c, qint64 nowMs)
{
    Q_ASSERT(c.delta != 0);
    auto level = guardedUpdate(m_db, c.skuId, c.delta, c.reservedDelta, nowMs);
    if (!level || !level->has_value())
        return level;
    SqlQuery move(
        m_db,
        QStringLiteral(
            "INSERT INTO stock_moves (sku_id, delta, reason, stock_after, ref_type, ref_id, note, "
            "staff_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.skuId, c.delta, stockReasonName(c.reason), (*level)->stockOnHand,
         c.refType.isEmpty() ? QVariant() : QVariant(c.refType),
         c.refId ? QVariant(c.refId) : QVariant(), c.note,
         c.staffId ? QVariant(*c.staffId) : QVariant(), nowMs});
    if (Status s = move.exec(); !s)
        return s.error();
    return level;
}

Result<std::optional<StockLevel>> StockRepository::releaseReserved(qint64 skuId, qint64 quantity,
                                                                   qint64 nowMs)
{
    return guardedUpdate(m_db, skuId, 0, -quantity, nowMs);
}

Result<QList<StockMove>> StockRepository::moves(qint64 skuId, int limit) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, sku_id, delta, reason, stock_after, ref_type, ref_id, "
                              "note, staff_id, created_at "
                              "FROM stock_moves WHERE sku_id = ? ORDER BY id DESC LIMIT ?"),
               {skuId, limit});
    if (Status s = q.exec(); !s)
        return s.error();
    QList<StockMove> out;
    while (q.next()) {
        StockMove m;
        m.id = q.int64(0);
        m.skuId = q.int64(1);
        m.delta = q.int64(2);
        m.reason = stockReasonFromName(q.text(3)).value_or(StockReason::Adjustment);
        m.stockAfter = q.int64(4);
        m.refType = q.text(5);
        m.refId = q.int64(6);
        m.note = q.text(7);
        m.staffId = q.int64(8);
        m.createdAt = q.int64(9);
        out.append(m);
    }
    return out;
}

Result<qint64> StockRepository::sumOfMoves(qint64 skuId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT COALESCE(SUM(delta), 0) FROM stock_moves WHERE sku_id = ?"),
               {skuId});
    return q.scalar();
}

} // namespace md
