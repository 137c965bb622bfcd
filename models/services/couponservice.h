#pragma once

#include "actor.h"
#include "coupon.h"
#include "result.h"

#include <QList>

#include <optional>

namespace md {

class ServiceContext;

struct IssueReport
{
    int issued = 0;
    QList<qint64> atLimit; // already hold perMemberLimit coupons of the campaign
    QList<qint64> unknownMembers;
};

// Coupon campaigns (managers) and the coupons members hold: claimed with a public code or issued
// by staff. A member holds at most perMemberLimit coupons of a campaign; a coupon is used by at
// most one order; a campaign is used at most totalLimit times. Usage is counted by the order
// placement, in its transaction (CouponRepository::use).
class CouponService
{
public:
    explicit CouponService(const ServiceContext &context)
        : m_ctx(context)
    {}

    Result<CouponCampaign> createCampaign(const Actor &actor, const CampaignDraft &draft);
    Result<CouponCampaign> updateCampaign(const Actor &actor, qint64 id, const CampaignDraft &draft,
                                          std::optional<qint64> expectedVersion = std::nullopt);
    Result<CouponCampaign> setStatus(const Actor &actor, qint64 id, CampaignStatus status);
    Result<QList<CouponCampaign>> campaigns(const Actor &actor, int offset = 0,
                                            int limit = 100) const;
    Result<CouponCampaign> campaign(qint64 id) const;

    Result<MemberCoupon> claim(const Actor &member, const QString &code);
    Result<IssueReport> issue(const Actor &actor, qint64 campaignId,
                              const QList<qint64> &memberIds);
    Result<QList<MemberCoupon>> memberCoupons(const Actor &actor, qint64 memberId,
                                              bool availableOnly = false) const;

    static Status validate(const CampaignDraft &draft);

private:
    const ServiceContext &m_ctx;
};

} // namespace md
