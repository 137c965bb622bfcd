#include "rfmanalysis.h"

#include "sqlquery.h"
#include "validation.h"

namespace md {

Result<QList<MemberAggregate>> RfmAnalysis::aggregate(const QSqlDatabase &db, qint64 fromMs,
                                                      qint64 toMs)
{
    if (fromMs >= toMs)
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("The RFM window must end after it begins."),
                         QStringLiteral("to"));
    SqlQuery q(
        db,
        QStringLiteral("SELECT member_id, MAX(paid_at), COUNT(*), "
                       "SUM(paid_amount + balance_applied - refunded_cash - refunded_balance) "
                       "FROM orders WHERE member_id IS NOT NULL AND paid_at IS NOT NULL AND status "
                       "<> 'cancelled' "
                       "AND paid_at >= ? AND paid_at < ? GROUP BY member_id ORDER BY member_id"),
        {fromMs, toMs});
    MD_TRY(q.exec());
    QList<MemberAggregate> out;
    while (q.next())
        out.append({q.int64(0), q.int64(1), q.int64(2), q.int64(3)});
    return out;
}

Result<QList<RfmScore>> RfmAnalysis::run(const QSqlDatabase &db, qint64 fromMs, qint64 toMs)
{
    auto aggregates = aggregate(db, fromMs, toMs);
    if (!aggregates)
        return aggregates.error();
    return RfmScorer::score(aggregates.value());
}

QList<qint64> RfmAnalysis::membersOf(const QList<RfmScore> &scores, RfmSegment segment)
{
    QList<qint64> ids;
    for (const RfmScore &s : scores)
        if (s.segment == segment)
            ids.append(s.memberId);
    return ids;
}

} // namespace md
