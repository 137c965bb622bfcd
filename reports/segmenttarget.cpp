#include "segmenttarget.h"

#include "servicecontext.h"

namespace md {

Result<QList<qint64>> SegmentTarget::members(RfmSegment segment) const
{
    auto scores = RfmAnalysis::run(m_ctx.connection(), m_from, m_to);
    if (!scores)
        return scores.error();
    return RfmAnalysis::membersOf(scores.value(), segment);
}

Result<IssueReport> SegmentTarget::issueCoupon(const Actor &actor, RfmSegment segment,
                                               qint64 campaignId) const
{
    auto ids = members(segment);
    if (!ids)
        return ids.error();
    return CouponService(m_ctx).issue(actor, campaignId, ids.value());
}

Result<BroadcastReport> SegmentTarget::broadcast(const Actor &actor, RfmSegment segment,
                                                 const QString &title, const QString &body) const
{
    auto ids = members(segment);
    if (!ids)
        return ids.error();
    return NotificationService(m_ctx).broadcast(actor, ids.value(), title, body);
}

} // namespace md
