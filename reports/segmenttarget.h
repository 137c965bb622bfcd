#pragma once

#include "couponservice.h"
#include "notificationservice.h"
#include "rfmanalysis.h"

namespace md {

// Makes an RFM segment the target of staff actions: resolves the segment to member ids over a
// window and hands them to the existing services, which keep their own permission checks and
// limits (so a segment action is exactly the same as picking those members by hand).
class SegmentTarget
{
public:
    SegmentTarget(const ServiceContext &context, qint64 fromMs, qint64 toMs)
        : m_ctx(context)
        , m_from(fromMs)
        , m_to(toMs)
    {}

    Result<QList<qint64>> members(RfmSegment segment) const;
    Result<IssueReport> issueCoupon(const Actor &actor, RfmSegment segment,
                                    qint64 campaignId) const;
    Result<BroadcastReport> broadcast(const Actor &actor, RfmSegment segment, const QString &title,
                                      const QString &body) const;

private:
    const ServiceContext &m_ctx;
    qint64 m_from;
    qint64 m_to;
};

} // namespace md
